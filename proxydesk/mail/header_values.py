"""Reading header values: RFC 2047 words, addresses, message ids, dates, subjects."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from email.utils import getaddresses, parsedate_tz

from proxydesk.mail.charsets import decode_8bit_header, decode_bytes, repair_mojibake
from proxydesk.mail.transfer import decode_base64, decode_quoted_printable

MAX_HEADER_CHARS = 64 * 1024  # longer values are cut before any parsing (hostile or broken)

_FOLD = re.compile(r"\r?\n(?=[ \t])")
_NEWLINES = re.compile(r"[\r\n]+")
_WS = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([BbQq])\?([^?]*?)\?=")
_ID_IN_BRACKETS = re.compile(r"<([^<>]*)>")
_ADDRESS = re.compile(r"^[^\s@<>,;\"()\[\]]+@[^\s@<>,;\"()\[\]]+$")
_LOOSE_ADDRESS = re.compile(r"[^\s@<>,;\"()\[\]:]+@[^\s@<>,;\"()\[\]:]+")
_NOT_SIMPLE = re.compile(r'["()\\;:\[\]]')
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_ADDR_SPEC = rf"{_ATOM}(?:\.{_ATOM})*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*"
_SIMPLE_ADDRESS = re.compile(
    rf"\s*(?:([A-Za-z0-9!#$%&'*+/=?^_`{{|}}~.\s-]*?)\s*<({_ADDR_SPEC})>|({_ADDR_SPEC}))\s*"
)
_REPLY_PREFIX = re.compile(
    r"^\s*(?:(?:re|aw|antw|antwort|fw|fwd|wg|wtr|tr|rv|rif|r|sv|vs|odp|res|enc|ynt|ref|betr)"
    r"\s*(?:\[\d+\]|\(\d+\))?\s*[:：]|\[[^\[\]]*\])\s*",
    re.IGNORECASE,
)
_TRAILING_TAG = re.compile(r"\s*(?:\[[^\[\]]*\]|\((?:fwd|fw)\))\s*$", re.IGNORECASE)
_EARLIEST_PLAUSIBLE = datetime(1980, 1, 1, tzinfo=UTC)
_FUTURE_SLACK = timedelta(days=2)


@dataclass
class HeaderText:
    """A decoded header value and what had to be repaired on the way."""

    text: str
    notes: list[str] = field(default_factory=list)


def unfold(raw: str) -> str:
    """Undo header folding and cut absurdly long values."""
    if len(raw) > MAX_HEADER_CHARS:
        raw = raw[:MAX_HEADER_CHARS]
    return _NEWLINES.sub(" ", _FOLD.sub("", raw))


def _has_surrogates(value: str) -> bool:
    return not value.isascii() and any("\udc80" <= ch <= "\udcff" for ch in value)


def undo_8bit(raw: str, notes: list[str], what: str, hint: str | None = None) -> str:
    """The email package keeps undeclared 8-bit header bytes as surrogates; decode them."""
    if not _has_surrogates(raw):
        return raw
    decoded = decode_8bit_header(raw.encode("utf-8", "surrogateescape"), hint)
    if decoded.note:
        notes.append(f"{what}: {decoded.note}")
    return decoded.text


def decode_words(value: str, notes: list[str], what: str) -> str:
    """Decode RFC 2047 encoded words, leniently (also inside quotes and mid-word)."""
    if "=?" not in value:
        return value
    pieces: list[str] = []
    pending: tuple[str, bytearray] | None = None  # adjacent words of one charset are joined
    pos = 0
    for m in _ENCODED_WORD.finditer(value):
        gap = value[pos : m.start()]
        if pending is not None and gap and not gap.isspace():
            pieces.append(_decode_word(pending, notes, what))
            pending = None
        if pending is None:
            pieces.append(gap)
        charset = m.group(1).split("*", 1)[0]
        payload = m.group(3).encode("utf-8", "surrogateescape")
        if m.group(2) in "Bb":
            data = decode_base64(payload)
        else:
            data = decode_quoted_printable(payload, header=True)
        if pending is not None and pending[0].lower() == charset.lower():
            pending[1].extend(data)
        else:
            if pending is not None:
                pieces.append(_decode_word(pending, notes, what))
            pending = (charset, bytearray(data))
        pos = m.end()
    if pending is not None:
        pieces.append(_decode_word(pending, notes, what))
    pieces.append(value[pos:])
    return "".join(pieces)


def _decode_word(word: tuple[str, bytearray], notes: list[str], what: str) -> str:
    decoded = decode_bytes(bytes(word[1]), word[0])
    if decoded.note:
        notes.append(
            f"{what} {decoded.note}"
            if decoded.note == "mojibake repaired"
            else f"{what}: {decoded.note}"
        )
    return decoded.text


def clean_text(value: str) -> str:
    """Collapse whitespace and drop control characters (for one-line display)."""
    return _WS.sub(" ", _CONTROL.sub("", value)).strip()


def decode_header_text(raw: str | None, what: str, hint: str | None = None) -> HeaderText:
    """A free-text header (Subject, a display name): 8-bit, RFC 2047, mojibake, whitespace."""
    if not raw:
        return HeaderText("")
    notes: list[str] = []
    text = decode_words(undo_8bit(unfold(raw), notes, what, hint), notes, what)
    fixed = repair_mojibake(text)
    if fixed is not None:
        notes.append(f"{what} mojibake repaired")
        text = fixed
    return HeaderText(clean_text(text), notes)


def parse_addresses(
    raw: str | None, what: str, notes: list[str], hint: str | None = None
) -> list[tuple[str, str]]:
    """(name, lower-cased address) pairs; entries without a usable address are dropped."""
    if not raw:
        return []
    value = undo_8bit(unfold(raw), notes, what, hint)
    result: list[tuple[str, str]] = []
    for name, address in _simple_addresses(value) or getaddresses([value]):
        address = address.strip().lower()
        if _ADDRESS.match(address):
            result.append((_display_name(name, notes, what), address))
    if not result and "@" in value:
        # getaddresses gave up (unbalanced quotes, stray brackets); take what looks like one.
        result = [("", a.lower()) for a in _LOOSE_ADDRESS.findall(value) if _ADDRESS.match(a)]
        if result:
            notes.append(f"{what}: unparseable header, addresses picked out of it")
    return result


def _simple_addresses(value: str) -> list[tuple[str, str]] | None:
    """What getaddresses gives for the plain lists nearly all mail has ("Name <a@b.c>, d@e.f"),
    read 5x faster; None for anything else (quotes, comments, groups, 8-bit, literals)."""
    if not value.isascii() or _NOT_SIMPLE.search(value):
        return None
    pairs: list[tuple[str, str]] = []
    for item in value.split(","):
        if not item.strip():
            continue  # getaddresses skips empty list entries too
        m = _SIMPLE_ADDRESS.fullmatch(item)
        if m is None:
            return None
        name, bracketed, bare = m.groups()
        pairs.append((" ".join(name.split()) if name else "", bracketed or bare))
    return pairs


def _display_name(name: str, notes: list[str], what: str) -> str:
    if not name:
        return ""
    text = decode_header_text(name, f"{what} name")
    notes.extend(text.notes)
    return text.text.strip("\"' ")


def parse_message_ids(raw: str | None) -> list[str]:
    """Message ids in order, without <>; anything that is not a plausible id is dropped."""
    if not raw:
        return []
    value = unfold(raw)
    found = _ID_IN_BRACKETS.findall(value)
    if not found:
        found = [t for t in re.split(r"[\s,]+", value) if "@" in t]
    ids: list[str] = []
    for candidate in found:
        candidate = candidate.strip()
        if (
            candidate
            and len(candidate) <= 998
            and not _WS.search(candidate)
            and not _CONTROL.search(candidate)
        ):
            ids.append(candidate)
    return ids


def parse_message_id(raw: str | None) -> str | None:
    """The first plausible message id, without <>."""
    ids = parse_message_ids(raw)
    return ids[0] if ids else None


@dataclass(frozen=True)
class HeaderDate:
    """A date read from a Date header, or the reason it could not be used."""

    value: datetime | None
    problem: str | None = None  # "missing", "unreadable (...)", "implausible (...)"


def parse_date(raw: str | None, reference: datetime) -> HeaderDate:
    """Read an RFC 5322 date leniently; reject the unreadable and the implausible."""
    if raw is None or not raw.strip():
        return HeaderDate(None, "missing")
    value = clean_text(unfold(raw).encode("ascii", "replace").decode("ascii"))
    shown = value if len(value) <= 60 else value[:57] + "..."
    try:
        parts = parsedate_tz(value)
        if parts is None:
            return HeaderDate(None, f"unreadable ({shown!r})")
        # parsedate_tz reads a missing, unknown or "-0000" zone as UTC; so do we.
        when = datetime(*parts[:6], tzinfo=timezone(timedelta(seconds=parts[9] or 0)))
    except (ValueError, OverflowError, IndexError, TypeError):
        return HeaderDate(None, f"unreadable ({shown!r})")
    if when < _EARLIEST_PLAUSIBLE or when > reference + _FUTURE_SLACK:
        return HeaderDate(None, f"implausible ({when.isoformat()})")
    return HeaderDate(when)


def normalized_subject(subject: str) -> str:
    """Threading key: reply/forward prefixes and [tags] stripped, case-folded, spaces collapsed."""
    text = clean_text(subject)
    while True:
        stripped = _TRAILING_TAG.sub("", _REPLY_PREFIX.sub("", text, count=1))
        if stripped == text:
            break
        text = stripped
    return _WS.sub(" ", text).strip().casefold()
