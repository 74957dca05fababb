"""Lenient Content-Transfer-Encoding decoders: what real mailers send, not what RFCs allow."""

from __future__ import annotations

import binascii
import re

_B64_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/="
_B64_DELETE = bytes(b for b in range(256) if b not in _B64_ALPHABET)
_CTE_TOKEN = re.compile(r"\s*([A-Za-z0-9_-]+)")
_UU_BEGIN = re.compile(rb"^begin(?:-base64)?\s+[0-7]{3,4}\s+(.*?)\s*$")


def normalized_cte(value: str | None) -> str:
    """'Quoted-Printable;' -> 'quoted-printable'; unknown spellings map to the usual names."""
    if not value:
        return ""
    m = _CTE_TOKEN.match(value)
    token = m.group(1).lower() if m else ""
    if token in ("qp", "quoted_printable", "quotedprintable"):
        return "quoted-printable"
    if token in ("b64", "base-64"):
        return "base64"
    if token in ("uuencode", "x-uue", "uue", "x-uuencode"):
        return "x-uuencode"
    return token


def decode_base64(data: bytes) -> bytes:
    """Decode base64 ignoring junk characters, bad padding and padded chunks glued together."""
    clean = data.translate(None, _B64_DELETE)
    body = clean.rstrip(b"=")
    if b"=" not in body:
        return _b64_chunk(body)
    return b"".join(_b64_chunk(chunk) for chunk in body.split(b"=") if chunk)


def _b64_chunk(chunk: bytes) -> bytes:
    if len(chunk) % 4 == 1:
        chunk = chunk[:-1]  # a lone trailing character carries no full byte
    chunk += b"=" * (-len(chunk) % 4)
    try:
        return binascii.a2b_base64(chunk)
    except binascii.Error:
        return b""


def decode_quoted_printable(data: bytes, header: bool = False) -> bytes:
    """Quoted-printable; binascii already leaves malformed escapes as they are."""
    return binascii.a2b_qp(data, header=header)


def decode_uuencode(data: bytes) -> bytes:
    """Decode a uuencoded body (between 'begin' and 'end'), skipping damaged lines' tails."""
    out: list[bytes] = []
    started = False
    for line in data.splitlines():
        if not started:
            started = _UU_BEGIN.match(line) is not None
            continue
        stripped = line.strip()
        if stripped == b"end":
            break
        if not stripped:
            continue
        try:
            out.append(binascii.a2b_uu(stripped))
        except binascii.Error:
            # Some encoders pad lines wrongly; decode only the bytes the length char promises.
            nbytes = (((stripped[0] - 32) & 63) * 4 + 5) // 3
            try:
                out.append(binascii.a2b_uu(stripped[:nbytes]))
            except binascii.Error:
                continue
    return b"".join(out) if started else data


def uuencoded_name(data: bytes) -> str | None:
    """File name from a uuencode 'begin 644 name' line, if there is one."""
    for line in data.splitlines()[:20]:
        m = _UU_BEGIN.match(line)
        if m:
            return m.group(1).decode("utf-8", "replace") or None
    return None


def decode_transfer(data: bytes, cte: str) -> bytes:
    """Undo a (normalized) Content-Transfer-Encoding; unknown ones are taken as identity."""
    if cte == "base64":
        return decode_base64(data)
    if cte == "quoted-printable":
        return decode_quoted_printable(data)
    if cte == "x-uuencode":
        return decode_uuencode(data)
    return data
