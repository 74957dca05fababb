"""Mail HTML rendered as plain text: blocks on their own lines, lists and links kept readable."""

from __future__ import annotations

import re
from html import unescape

from proxydesk.mail.html import LINK_SCHEMES

_BLOCK = {
    "address",
    "article",
    "caption",
    "center",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "header",
    "main",
    "section",
    "tr",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "form",
    "fieldset",
    "nav",
    "aside",
}
_PARAGRAPH = {
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "ul",
    "ol",
    "hr",
    "table",
}
_SKIP = {"script", "style", "head", "title", "template", "noscript", "svg", "math"}
_INVISIBLE = re.compile("[\u00ad\u034f\u200b-\u200d\u2060\ufeff]")
_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# Tags of well-formed (sanitized) HTML; quoted attribute values may contain ">".
_TAG = re.compile(
    r"<(?:!--.*?-->|[!?][^>]*>"
    r"|(/?)([A-Za-z][A-Za-z0-9]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>)",
    re.DOTALL,
)
_HREF = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)


class _TextRenderer:
    """One pass over the tags; output pieces are joined once at the end (linear time)."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self._breaks = 0  # newlines owed before the next text
        self._line_start = True
        self._skip = 0
        self._pre = 0
        self._quote = 0
        self._lists: list[list[int]] = []  # per open list: [is_ordered, counter]
        self._links: list[tuple[str, int]] = []

    def feed(self, html: str) -> None:
        pos = 0
        for m in _TAG.finditer(html):
            if m.start() > pos:
                self.handle_data(unescape(html[pos : m.start()]))
            pos = m.end()
            name = (m.group(2) or "").lower()
            if not name:
                continue  # comment, doctype, processing instruction
            if m.group(1):
                self.handle_endtag(name)
                continue
            href = _HREF.search(m.group(3)) if name == "a" else None
            link = (href.group(1) or href.group(2) or href.group(3) or "") if href else ""
            self.handle_starttag(name, unescape(link))
            if m.group(3).rstrip().endswith("/") and name not in ("br", "hr"):
                self.handle_endtag(name)
        if pos < len(html):
            self.handle_data(unescape(html[pos:]))

    def _owe(self, count: int) -> None:
        if self.out:
            self._breaks = max(self._breaks, count)

    def _emit(self, text: str) -> None:
        if self._breaks:
            self.out.append("\n" * self._breaks)
            self._breaks = 0
            self._line_start = True
        if self._line_start:
            if self._quote:
                self.out.append("> " * self._quote)
            self._line_start = False
        self.out.append(text)

    def handle_starttag(self, tag: str, href: str) -> None:
        if tag in _SKIP:
            self._skip += 1
        elif self._skip:
            return
        elif tag == "br":
            self._emit("")
            self.out.append("\n")
            self._line_start = True
        elif tag == "li":
            self._owe(1)
            indent = "  " * max(len(self._lists) - 1, 0)
            if self._lists and self._lists[-1][0]:
                self._lists[-1][1] += 1
                self._emit(f"{indent}{self._lists[-1][1]}. ")
            else:
                self._emit(f"{indent}- ")
        elif tag in ("ul", "ol"):
            self._owe(1 if self._lists else 2)
            self._lists.append([int(tag == "ol"), 0])
        elif tag in ("td", "th"):
            if not self._line_start and not self._breaks:
                self._emit("  ")
        elif tag == "a":
            self._links.append((href, len(self.out)))
        else:
            self._block_boundary(tag)
            if tag == "pre":
                self._pre += 1
            elif tag == "blockquote":
                self._quote += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip = max(self._skip - 1, 0)
        elif self._skip:
            return
        elif tag in ("ul", "ol"):
            if self._lists:
                self._lists.pop()
            self._owe(1 if self._lists else 2)
        elif tag == "li":
            self._owe(1)
        elif tag == "a":
            self._end_link()
        else:
            if tag == "pre":
                self._pre = max(self._pre - 1, 0)
            elif tag == "blockquote":
                self._quote = max(self._quote - 1, 0)
            self._block_boundary(tag)

    def _block_boundary(self, tag: str) -> None:
        if tag in _PARAGRAPH:
            self._owe(2)
        elif tag in _BLOCK:
            self._owe(1)

    def _end_link(self) -> None:
        if not self._links:
            return
        href, start = self._links.pop()
        lowered = href.lower()
        if not lowered.startswith(LINK_SCHEMES):
            return
        shown = href[7:] if lowered.startswith("mailto:") else href
        label = "".join(self.out[start:])
        if shown and shown not in label and shown.rstrip("/") not in label:
            self._emit(f" ({shown})" if label.strip() else shown)

    def handle_data(self, data: str) -> None:
        if self._skip or not data:
            return
        data = _INVISIBLE.sub("", data)
        if self._pre:
            text = data.replace("\r\n", "\n")
        else:
            text = _SPACES.sub(" ", data)
            if self._line_start or self._breaks:
                text = text.lstrip(" ")
            elif self.out and self.out[-1].endswith(" ") and text.startswith(" "):
                text = text[1:]
        if text:
            self._emit(text)


_TRAILING_SPACES = re.compile(r"[ \t]+\n")
_MANY_NEWLINES = re.compile(r"\n{3,}")


def html_to_text(html: str) -> str:
    """Readable text: blocks on their own lines, lists with '- ', links as 'text (url)'.

    Meant for sanitized HTML (what sanitize_html returns): tags well-formed, text escaped.
    """
    renderer = _TextRenderer()
    renderer.feed(html)
    text = "".join(renderer.out)
    text = _MANY_NEWLINES.sub("\n\n", _TRAILING_SPACES.sub("\n", text))
    return text.strip()
