"""Reading one MIME part: its parameters, disposition, file name and decoded bytes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.generator import BytesGenerator
from email.message import Message
from email.policy import Compat32
from io import BytesIO
from urllib.parse import unquote_to_bytes

from proxydesk.mail.charsets import decode_bytes
from proxydesk.mail.header_values import decode_words, undo_8bit, unfold
from proxydesk.mail.transfer import decode_transfer, normalized_cte, uuencoded_name

_PARAM = re.compile(r";\s*([^\s=;\"]+)\s*=\s*(\"(?:[^\"\\]|\\.)*\"|[^;]*)", re.DOTALL)
_SECTION = re.compile(r"^(.*?)(?:\*(\d{1,3}))?(\*)?$")
_QUOTED_PAIR = re.compile(r"\\(.)")


def raw_header(part: Message, name: str) -> str | None:
    """The first raw value of a header (8-bit bytes still as surrogates), or None."""
    wanted = name.lower()
    for key, value in part.raw_items():
        if key.lower() == wanted:
            return value if isinstance(value, str) else str(value)
    return None


def raw_headers(part: Message, name: str) -> list[str]:
    """Every raw value of a header, in order."""
    wanted = name.lower()
    return [v if isinstance(v, str) else str(v) for k, v in part.raw_items() if k.lower() == wanted]


def parse_params(
    value: str | None, notes: list[str], what: str, hint: str | None = None
) -> tuple[str, dict[str, str]]:
    """('attachment', {'filename': ...}) from a structured header, RFC 2231 and 2047 decoded."""
    if not value:
        return "", {}
    text = undo_8bit(unfold(value), notes, what, hint)
    head, sep, rest = text.partition(";")
    plain: dict[str, str] = {}
    sections: dict[str, list[tuple[int, bool, str]]] = {}
    for m in _PARAM.finditer(sep + rest):
        raw_value = m.group(2).strip()
        if raw_value.startswith('"'):
            raw_value = _QUOTED_PAIR.sub(
                r"\1",
                raw_value[1:-1]
                if raw_value.endswith('"') and len(raw_value) > 1
                else raw_value[1:],
            )
        section = _SECTION.match(m.group(1).lower())
        if section is None:  # pragma: no cover - the pattern matches every string
            continue
        base, number, encoded = section.group(1), section.group(2), section.group(3)
        if number is None and not encoded:
            plain.setdefault(base, raw_value)
        else:
            sections.setdefault(base, []).append((int(number or 0), bool(encoded), raw_value))
    params = {base: decode_words(value, notes, what) for base, value in plain.items()}
    # RFC 2231 values win over plain ones of the same name (senders add both for old readers).
    params.update({base: _join_sections(parts, notes, what) for base, parts in sections.items()})
    return head.strip().lower(), params


def _join_sections(parts: list[tuple[int, bool, str]], notes: list[str], what: str) -> str:
    """RFC 2231: charset'lang'%XX continuations; plain values may hold RFC 2047 words."""
    parts.sort(key=lambda p: p[0])
    charset: str | None = None
    data = bytearray()
    for index, (_, encoded, value) in enumerate(parts):
        if encoded:
            if index == 0 and value.count("'") >= 2:
                charset, _, value = value.split("'", 2)
            data.extend(unquote_to_bytes(value))
        else:
            data.extend(value.encode("utf-8", "surrogateescape"))
    decoded = decode_bytes(bytes(data), charset or "utf-8")
    if decoded.note:
        notes.append(f"{what}: {decoded.note}")
    return decode_words(decoded.text, notes, what)


@dataclass(frozen=True)
class PartInfo:
    """What a MIME part says about itself."""

    content_type: str
    params: dict[str, str]
    disposition: str
    filename: str | None
    content_id: str | None
    cte: str


def content_type(part: Message) -> str:
    """The part's type exactly as the stdlib parser decides it (and so builds the tree)."""
    return _content_type(part, raw_header(part, "content-type"))


def _content_type(part: Message, raw: str | None) -> str:
    if raw is None:
        return part.get_default_type()
    ctype = raw.partition(";")[0].strip().lower()
    return ctype if ctype.count("/") == 1 else "text/plain"


_PART_HEADERS = ("content-type", "content-disposition", "content-id", "content-transfer-encoding")


def part_info(part: Message, notes: list[str], hint: str | None = None) -> PartInfo:
    """Content type (as the parser understood it), parameters, disposition, name, id."""
    found: dict[str, str] = {}
    for key, value in part.raw_items():
        name = key.lower()
        if name in _PART_HEADERS and name not in found:
            found[name] = value if isinstance(value, str) else str(value)
    _, params = parse_params(found.get("content-type"), notes, "Content-Type", hint)
    disposition, dparams = parse_params(
        found.get("content-disposition"), notes, "Content-Disposition", hint
    )
    if disposition not in ("inline", "attachment"):
        disposition = ""
    filename = dparams.get("filename") or params.get("name") or None
    content_id = found.get("content-id")
    if content_id is not None:
        content_id = unfold(content_id).strip().strip("<>").strip() or None
    return PartInfo(
        content_type=_content_type(part, found.get("content-type")),
        params=params,
        disposition=disposition,
        filename=filename,
        content_id=content_id,
        cte=normalized_cte(found.get("content-transfer-encoding")),
    )


class _VerbatimHeaders(Compat32):
    """Write header values as they came; compat32 would refold each through email.header."""

    def fold_binary(self, name: str, value: str) -> bytes:
        return f"{name}: {value}".encode("utf-8", "surrogateescape") + b"\r\n"


_VERBATIM = _VerbatimHeaders(linesep="\r\n")


def message_bytes(message: Message) -> bytes:
    """Serialize a parsed (sub)message back to bytes, as close to the original as possible."""
    try:
        out = BytesIO()
        BytesGenerator(out, mangle_from_=False, policy=_VERBATIM).flatten(message)
        return out.getvalue()
    except Exception:  # the generator trips over some broken structures
        try:
            return message.as_string().encode("utf-8", "surrogateescape")
        except Exception:
            return b""


def raw_payload(part: Message) -> object:
    """The payload exactly as parsed.

    Message.get_payload() re-decodes 8-bit text with the declared charset, replacing what
    does not fit; charset repair needs the original bytes (kept there as surrogates).
    """
    return getattr(part, "_payload", None)


def part_bytes(part: Message, info: PartInfo) -> bytes:
    """The part's content with the transfer encoding undone."""
    payload = raw_payload(part)
    if isinstance(payload, list):
        data = b"".join(message_bytes(m) for m in payload if isinstance(m, Message))
        # A message/* part in base64 was mis-parsed as a headerless message: decode its text.
        return (
            decode_transfer(data, info.cte) if info.cte in ("base64", "quoted-printable") else data
        )
    if isinstance(payload, bytes):
        data = payload
    elif isinstance(payload, str):
        data = payload.encode("utf-8", "surrogateescape")
    else:
        return b""
    return decode_transfer(data, info.cte)


def uu_filename(part: Message, info: PartInfo) -> str | None:
    """The name on a uuencode 'begin' line, for parts that carry no other name."""
    if info.cte != "x-uuencode":
        return None
    payload = raw_payload(part)
    if isinstance(payload, str):
        return uuencoded_name(payload.encode("utf-8", "surrogateescape"))
    return None


def unflow(text: str, delsp: bool) -> str:
    """Join the soft line breaks of format=flowed text (RFC 3676)."""
    out: list[str] = []
    buffer: list[str] = []
    depth = 0
    for line in text.split("\n"):
        stripped = line.lstrip(">")
        line_depth = len(line) - len(stripped)
        if stripped.startswith(" "):
            stripped = stripped[1:]  # space-stuffing
        if buffer and line_depth != depth:
            out.append(_quoted(depth, "".join(buffer)))
            buffer = []
        depth = line_depth
        flowed = stripped.endswith(" ") and stripped != "-- "
        if flowed and delsp:
            stripped = stripped[:-1]
        buffer.append(stripped)
        if not flowed:
            out.append(_quoted(depth, "".join(buffer)))
            buffer = []
    if buffer:
        out.append(_quoted(depth, "".join(buffer)))
    return "\n".join(out)


def _quoted(depth: int, text: str) -> str:
    return f"{'>' * depth} {text}" if depth else text
