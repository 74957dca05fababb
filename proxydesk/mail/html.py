"""Mail HTML made safe to show: nothing fetched, nothing run."""

from __future__ import annotations

import re

import nh3

_TAGS = {
    "a",
    "abbr",
    "address",
    "article",
    "b",
    "bdi",
    "bdo",
    "big",
    "blockquote",
    "br",
    "caption",
    "center",
    "cite",
    "code",
    "col",
    "colgroup",
    "dd",
    "del",
    "dfn",
    "div",
    "dl",
    "dt",
    "em",
    "figcaption",
    "figure",
    "font",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "i",
    "img",
    "ins",
    "kbd",
    "li",
    "main",
    "mark",
    "ol",
    "p",
    "pre",
    "q",
    "s",
    "samp",
    "section",
    "small",
    "span",
    "strike",
    "strong",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "tt",
    "u",
    "ul",
    "var",
    "wbr",
}
# Dropped together with everything inside them; all other unknown tags lose only the tag.
_CLEAN_CONTENT = {
    "script",
    "style",
    "title",
    "template",
    "noscript",
    "xmp",
    "noembed",
    "noframes",
    "iframe",
    "object",
    "embed",
    "svg",
    "math",
    "head",
}
_TABLE_ATTRS = {
    "align",
    "valign",
    "width",
    "height",
    "bgcolor",
    "colspan",
    "rowspan",
    "border",
    "cellpadding",
    "cellspacing",
    "nowrap",
}
_ATTRIBUTES: dict[str, set[str]] = {
    "*": {"style", "title", "dir", "lang", "align"},
    "a": {"href"},
    "img": {"src", "alt", "width", "height", "border"},
    "font": {"color", "face", "size"},
    "ol": {"start", "type"},
    "ul": {"type"},
    "col": {"span", "width"},
    "colgroup": {"span", "width"},
    **{tag: _TABLE_ATTRS for tag in ("table", "tbody", "thead", "tfoot", "tr", "td", "th")},
}
# Properties whose values cannot name a URL; background, list-style(-image), border-image,
# content, cursor, behavior ... are not here.
_STYLE_PROPERTIES = {
    "color",
    "background-color",
    "font",
    "font-family",
    "font-size",
    "font-style",
    "font-weight",
    "font-variant",
    "text-align",
    "text-decoration",
    "text-indent",
    "text-transform",
    "line-height",
    "letter-spacing",
    "word-spacing",
    "white-space",
    "vertical-align",
    "direction",
    "width",
    "height",
    "max-width",
    "min-width",
    "max-height",
    "min-height",
    "margin",
    "margin-top",
    "margin-right",
    "margin-bottom",
    "margin-left",
    "padding",
    "padding-top",
    "padding-right",
    "padding-bottom",
    "padding-left",
    "border",
    "border-top",
    "border-right",
    "border-bottom",
    "border-left",
    "border-color",
    "border-style",
    "border-width",
    "border-collapse",
    "border-spacing",
    "border-radius",
    "list-style-type",
    "table-layout",
}
# the links kept, in the safe HTML and in its text rendering
LINK_SCHEMES = ("http:", "https:", "mailto:")
# Raster images only: an SVG data: URL could carry script.
_SAFE_DATA_IMAGE = re.compile(
    r"^data:image/(?:png|gif|jpe?g|webp|bmp);base64,[a-z0-9+/=\s]*$", re.IGNORECASE
)
_CSS_DANGER = re.compile(
    r"url\s*\(|image-set\s*\(|image\s*\(|expression\s*\(|@import|\\|"
    r"javascript:|behavior|binding",
    re.IGNORECASE,
)


def _filter_attribute(tag: str, attribute: str, value: str) -> str | None:
    if attribute == "style":
        return None if _CSS_DANGER.search(value) else value
    if tag == "a" and attribute == "href":
        return value if value.strip().lower().startswith(LINK_SCHEMES) else None
    if tag == "img" and attribute == "src":
        src = value.strip()
        if src.lower().startswith("cid:") or _SAFE_DATA_IMAGE.match(src):
            return src
        return None  # remote (tracking) or relative image: never loaded
    return value


_CLEANER = nh3.Cleaner(
    tags=_TAGS,
    clean_content_tags=_CLEAN_CONTENT,
    attributes=_ATTRIBUTES,
    attribute_filter=_filter_attribute,
    strip_comments=True,
    link_rel="noopener noreferrer",
    url_schemes={"http", "https", "mailto", "cid", "data"},
    filter_style_properties=_STYLE_PROPERTIES,
    url_relative="deny",
)


def sanitize_html(html: str) -> str:
    """Keep formatting; drop scripts, forms, handlers and every remote resource.

    Kept images: ``cid:`` references to the mail's own parts and raster ``data:`` images.
    Links stay as http(s)/mailto with rel="noopener noreferrer"; nothing is followed.
    """
    return _CLEANER.clean(html)
