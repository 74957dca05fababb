"""File names from mail made safe to save: no escaping the target folder, on any system."""

from __future__ import annotations

import re
import unicodedata

from proxydesk.mail.header_values import decode_words

MAX_NAME_CHARS = 150
MAX_NAME_BYTES = 240  # most file systems allow 255 bytes of UTF-8 per name

_RESERVED = re.compile(
    r"^(?:con|prn|aux|nul|clock\$|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$", re.IGNORECASE
)
_DRIVE = re.compile(r"^[A-Za-z]:")
_FORBIDDEN = re.compile(r'[<>:"|?*\x00-\x1f\x7f]')
# Invisible and direction-changing characters ("evil\u202egpj.exe" shows as "evilexe.jpg").
_INVISIBLE = re.compile(
    "[\u0080-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]"
)
_SPACES = re.compile(r"\s+")
_EXTENSION = re.compile(r"\.[A-Za-z0-9][A-Za-z0-9_-]{0,15}$")


def safe_filename(name: str, fallback: str) -> str:
    """A single path component safe on Windows, macOS and Linux; `fallback` if nothing is left."""
    cleaned = _clean(name)
    if cleaned:
        return cleaned
    cleaned = _clean(fallback)
    return cleaned or "attachment.bin"


def _clean(name: str) -> str:
    text = name or ""
    if "=?" in text:
        text = decode_words(text, [], "file name")
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\\", "/")
    text = text.rsplit("/", 1)[-1]  # directory parts, absolute or relative, are dropped
    text = _DRIVE.sub("", text)
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _FORBIDDEN.sub("_", text)
    # Leading dots hide files (or are "." / ".."); trailing dots and spaces vanish on Windows.
    text = text.strip(" ").lstrip(".").rstrip(". ").strip()
    if not text:
        return ""
    stem = text.split(".", 1)[0].strip()
    if _RESERVED.match(stem):
        text = f"_{text}"
    return _shorten(text)


def _shorten(text: str) -> str:
    if len(text) <= MAX_NAME_CHARS and len(text.encode("utf-8")) <= MAX_NAME_BYTES:
        return text
    m = _EXTENSION.search(text)
    extension = m.group(0) if m else ""
    stem = text[: len(text) - len(extension)]
    stem = stem[: MAX_NAME_CHARS - len(extension)]
    budget = MAX_NAME_BYTES - len(extension.encode("utf-8"))
    while len(stem.encode("utf-8")) > budget:
        stem = stem[:-1]
    stem = stem.rstrip(". ")
    return f"{stem}{extension}" if stem else f"file{extension}"
