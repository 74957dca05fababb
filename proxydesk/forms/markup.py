"""User text made safe for reportlab: markup comes out literally, nothing breaks the layout.

Every text a user typed or a mail brought in goes through `para` before it reaches a
Paragraph (which parses a small XML-like markup) and through `plain` before the canvas draws
it. Very long words need no help here: the paragraph styles split words wider than a line.
"""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth

# C0 controls but tab and newline, DEL, C1 controls and the non-characters U+FFFE/U+FFFF
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]")
_SPACES = re.compile(r"[ \t]{2,}")
#: the most of one text that goes on paper; the rest is named, never silently dropped
MAX_CHARS = 20_000


def plain(text: str | None) -> str:
    """Text that any font and the PDF can carry: no controls, no lone surrogates, NFC."""
    if not text:
        return ""
    text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    return unicodedata.normalize("NFC", _CONTROL.sub("", text))


def para(text: str | None, *, limit: int = MAX_CHARS, more: str = "") -> str:
    """User text as Paragraph markup: escaped, lines kept, cut after `limit` characters.

    `more` is the (already escaped) note put after a cut text, e.g. "[12,000 more characters]".
    """
    cleaned = plain(text).strip()
    cut = len(cleaned) > limit
    if cut:
        cleaned = cleaned[:limit].rstrip() + " …"
    lines = [_SPACES.sub(" ", escape(line)) for line in cleaned.split("\n")]
    result = "<br/>".join(lines)
    return result + (f" {more}" if cut and more else "")


def line(text: str | None) -> str:
    """User text as markup on one line: newlines become spaces."""
    return para(" ".join(plain(text).split()))


def fit(text: str | None, font: str, size: float, width: float) -> str:
    """Plain text cut with an ellipsis so that it fits `width` points on one line."""
    cleaned = " ".join(plain(text).split())
    if stringWidth(cleaned, font, size) <= width:
        return cleaned
    low, high = 0, len(cleaned)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(cleaned[:middle] + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return cleaned[:low].rstrip() + "…"


def excerpt(text: str | None, limit: int) -> tuple[str, int]:
    """The start of a text, cut at a word near `limit`, and how many characters were left out."""
    cleaned = plain(text).strip()
    if len(cleaned) <= limit:
        return cleaned, 0
    cut = cleaned.rfind(" ", int(limit * 0.8), limit)
    cut = cut if cut > 0 else limit
    return cleaned[:cut].rstrip(), len(cleaned) - cut
