"""Turning mail bytes into text: declared charsets, wrong declarations and mojibake."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

# Names seen in real mail that Python does not know, or knows as something narrower than
# what the sender's software really wrote (WHATWG-style supersets).
_ALIASES: dict[str, str] = {
    "utf8mb4": "utf-8",
    "utf8mb3": "utf-8",
    "unicode-1-1-utf-8": "utf-8",
    "x-unicode20utf8": "utf-8",
    "iso-8859-8-i": "iso-8859-8",
    "iso-8859-6-i": "iso-8859-6",
    "iso-8859-8-e": "iso-8859-8",
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "ansi_x3.4-1968": "cp1252",
    "windows-874": "cp874",
    "tis-620": "cp874",
    "x-mac-roman": "mac-roman",
    "macintosh": "mac-roman",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "x-sjis": "cp932",
    "sjis": "cp932",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "ks_c_5601": "cp949",
    "iso-2022-jp": "iso2022_jp_ext",
    "cp-850": "cp850",
    "x-user-defined": "cp1252",
}

_ASCII_LABELS = {"us-ascii", "ascii", "ansi_x3.4-1968", "us", "iso646-us"}

# Codecs that are not charsets of mail text (or would interpret the text as code).
_REFUSED = {"unicode_escape", "raw_unicode_escape", "idna", "punycode", "undefined", "mbcs", "oem"}

# Codecs in which plain ASCII bytes do not simply mean ASCII text.
_NOT_ASCII_COMPATIBLE_PREFIXES = (
    "utf_7",
    "utf-7",
    "iso2022",
    "hz",
    "utf_16",
    "utf-16",
    "utf_32",
    "utf-32",
)

_SINGLE_BYTE_PREFIXES = (
    "cp125",
    "iso8859",
    "latin",
    "mac-",
    "mac_",
    "koi8",
    "cp437",
    "cp850",
    "cp874",
    "ascii",
)

_MULTI_BYTE_PREFIXES = (
    "big5",
    "gb",
    "cp932",
    "cp936",
    "cp949",
    "cp950",
    "euc",
    "shift",
    "iso2022",
    "hz",
    "johab",
)

# Candidates for guessing when the declaration failed: what real senders use.
_GUESS_CANDIDATES = [
    "cp1252",
    "cp1250",
    "cp1251",
    "koi8_r",
    "cp1253",
    "cp1254",
    "cp1257",
    "iso8859_15",
    "iso8859_2",
    "shift_jis",
    "euc_jp",
    "iso2022_jp",
    "gb18030",
    "big5",
    "euc_kr",
    "utf_16",
]
_WESTERN_LOOKALIKES = {"cp1250", "iso8859_2", "iso8859_15", "latin_1"}

# UTF-8 bytes read as latin-1/cp1252: a lead byte (C2..F4) followed by a continuation byte.
_CP1252_HIGH = (
    "\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d"
    "\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178"
)
_MOJIBAKE = re.compile(f"[\u00c2-\u00f4][\u0080-\u00bf{_CP1252_HIGH}]")

_GUESS_SAMPLE = 64 * 1024


def _cp1252_fallback(exc: UnicodeError) -> tuple[str, int]:
    """Map the five bytes cp1252 leaves undefined to the same code points latin-1 gives them."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start : exc.end]
    return bytes(bad).decode("latin-1"), exc.end


codecs.register_error("proxydesk-cp1252", _cp1252_fallback)


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, with a note when the declared charset was not used as is."""

    text: str
    note: str | None = None


def resolve_codec(declared: str | None) -> str | None:
    """Python codec name for a charset label from a mail, or None when unknown or unusable."""
    if not declared:
        return None
    label = declared.strip().strip("\"'").strip().lower()
    if not label or len(label) > 64:
        return None
    label = _ALIASES.get(label, label)
    try:
        info = codecs.lookup(label)
    except (LookupError, ValueError):
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _REFUSED:
        return None
    return info.name


def _ascii_compatible(codec: str) -> bool:
    return not codec.startswith(_NOT_ASCII_COMPATIBLE_PREFIXES)


def _single_byte(codec: str) -> bool:
    return codec.startswith(_SINGLE_BYTE_PREFIXES)


def latin_fallback(data: bytes) -> str:
    """Decode as windows-1252; never fails."""
    return data.decode("cp1252", "proxydesk-cp1252")


def looks_like_mojibake(text: str) -> bool:
    """Cheap test for UTF-8 that was read as latin-1/cp1252 somewhere on its way."""
    return not text.isascii() and _MOJIBAKE.search(text) is not None


def repair_mojibake(text: str) -> str | None:
    """The repaired text, or None when there was nothing (safely) repairable."""
    if not looks_like_mojibake(text):
        return None
    import ftfy  # ~90 ms to import; only mails that look garbled need it

    fixed = ftfy.fix_encoding(text)
    return fixed if fixed != text else None


def _guess(data: bytes) -> Decoded | None:
    """Ask charset-normalizer, restricted to charsets real senders use."""
    non_ascii = sum(1 for b in data[:_GUESS_SAMPLE] if b > 0x7F)
    if non_ascii < 4:
        return None  # too little to tell; the caller falls back to cp1252
    import charset_normalizer  # only wrongly declared mails need it

    sample = data[:_GUESS_SAMPLE]
    best = charset_normalizer.from_bytes(sample, cp_isolation=_GUESS_CANDIDATES).best()
    if best is None:
        return None
    codec = codecs.lookup(best.encoding).name
    try:
        text = data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None
    if codec in _WESTERN_LOOKALIKES and latin_fallback(data) == text:
        codec = "cp1252"
    return Decoded(text, codec)


def _label(codec: str) -> str:
    return {"cp1252": "windows-1252", "utf_8": "utf-8"}.get(codec, codec.replace("_", "-"))


def decode_bytes(data: bytes, declared: str | None) -> Decoded:
    """Decode a text part or an encoded word; repair a wrong declaration and mojibake."""
    codec = resolve_codec(declared)
    if data.isascii() and (codec is None or _ascii_compatible(codec)):
        return Decoded(data.decode("ascii"))
    shown = (declared or "").strip().strip("\"'").lower()
    if codec is None:
        return _decode_undeclared(data, shown or None)
    if codec != "utf-8" and _single_byte(codec):
        # Random latin-1 text almost never forms valid multi-byte UTF-8; UTF-8 inside a
        # latin-1 label is the most common wrong declaration there is.
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode(codec, "proxydesk-cp1252" if codec == "cp1252" else "replace")
            note = (
                f"wrong charset {shown} declared, decoded as windows-1252"
                if shown in _ASCII_LABELS
                else None
            )
            return _with_mojibake_repair(text, note)
        return _with_mojibake_repair(text, f"wrong charset {shown} declared, decoded as utf-8")
    try:
        return _with_mojibake_repair(data.decode(codec), None)
    except UnicodeDecodeError:
        pass
    return _decode_failed(data, codec, shown)


def _decode_undeclared(data: bytes, shown: str | None) -> Decoded:
    what = f"unknown charset {shown}" if shown else "no charset declared"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        guessed = _guess(data)
        if guessed is not None and guessed.note is not None:
            return _with_mojibake_repair(guessed.text, f"{what}, decoded as {_label(guessed.note)}")
        return Decoded(latin_fallback(data), f"{what}, decoded as windows-1252")
    return _with_mojibake_repair(text, f"{what}, decoded as utf-8" if shown else None)


def _decode_failed(data: bytes, codec: str, shown: str) -> Decoded:
    replaced = data.decode(codec, "replace")
    bad = replaced.count("\ufffd")
    if codec != "utf-8":
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            undone = undo_double_encoding(text, codec) if _multi_byte(codec) else None
            if undone is not None:
                return Decoded(undone, f"double-encoded {shown} repaired")
            return _with_mojibake_repair(text, f"wrong charset {shown} declared, decoded as utf-8")
    if bad * 200 <= len(replaced):
        return Decoded(replaced, f"{bad} bytes not valid in {shown} replaced")
    guessed = _guess(data)
    if guessed is not None and guessed.note is not None and guessed.note != codec:
        note = f"wrong charset {shown} declared, decoded as {_label(guessed.note)}"
        return _with_mojibake_repair(guessed.text, note)
    if codec == "utf-8" or guessed is None:
        note = f"wrong charset {shown} declared, decoded as windows-1252"
        return Decoded(latin_fallback(data), note)
    return Decoded(replaced, f"{bad} bytes not valid in {shown} replaced")


def _with_mojibake_repair(text: str, note: str | None) -> Decoded:
    fixed = repair_mojibake(text)
    if fixed is None:
        return Decoded(text, note)
    return Decoded(fixed, f"{note}; mojibake repaired" if note else "mojibake repaired")


def _multi_byte(codec: str) -> bool:
    return codec.startswith(_MULTI_BYTE_PREFIXES)


def undo_double_encoding(text: str, codec: str) -> str | None:
    """CJK bytes once read as latin-1 and re-encoded as UTF-8: read them as `codec` again."""
    if text.isascii():
        return None
    for middle in ("latin-1", "cp1252"):
        try:
            return text.encode(middle).decode(codec)
        except UnicodeError:
            continue
    return None


def decode_8bit_header(data: bytes, hint: str | None = None) -> Decoded:
    """Raw 8-bit bytes in a header: UTF-8 (RFC 6532), else the body's charset, else cp1252."""
    codec = resolve_codec(hint)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if codec is not None and _multi_byte(codec):
            undone = undo_double_encoding(text, codec)
            if undone is not None:
                return Decoded(undone, f"double-encoded {hint} repaired")
        return Decoded(text)
    if codec is not None and codec != "utf-8" and not _single_byte(codec):
        # Senders that put raw 8-bit into headers use the charset of their body (Big5, SJIS...).
        try:
            return Decoded(data.decode(codec), f"undeclared 8-bit characters decoded as {hint}")
        except UnicodeDecodeError:
            pass
    return Decoded(latin_fallback(data), "undeclared 8-bit characters decoded as windows-1252")
