"""Parsing one raw mail into what a case timeline needs; broken mail is repaired or refused."""

from __future__ import annotations

import mimetypes
import re
from collections.abc import Callable
from datetime import UTC, datetime
from email.errors import MissingHeaderBodySeparatorDefect
from email.message import Message
from email.parser import BytesParser
from email.policy import compat32
from functools import partial
from typing import TypeVar

from proxydesk.mail.charsets import decode_bytes
from proxydesk.mail.filenames import safe_filename
from proxydesk.mail.header_block import repair_header_block
from proxydesk.mail.header_values import (
    MAX_HEADER_CHARS,
    decode_header_text,
    normalized_subject,
    parse_addresses,
    parse_date,
    parse_message_ids,
)
from proxydesk.mail.html import sanitize_html
from proxydesk.mail.html_text import html_to_text
from proxydesk.mail.mime_parts import (
    PartInfo,
    content_type,
    part_bytes,
    part_info,
    raw_header,
    unflow,
    uu_filename,
)
from proxydesk.mail.parsed import ParsedAttachment, ParsedMessage, UnparseableMessage
from proxydesk.mail.receipts import is_receipt_type, read_receipt_fields

__all__ = [
    "ParsedAttachment",
    "ParsedMessage",
    "UnparseableMessage",
    "normalized_subject",
    "parse_message",
    "safe_filename",
]

MAX_DEPTH = 50
MAX_PARTS = 2000
MAX_REFERENCES = 500

# compat32: the modern policy builds a header object per access and is 5-9x slower on the
# same mail; every header here is decoded by our own lenient code from the raw value anyway.
_PARSER = BytesParser(policy=compat32)
_ANY_CHARSET = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_:.-]+)""", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)
_EXTENSIONS = {
    "message/rfc822": ".eml",
    "text/plain": ".txt",
    "text/html": ".html",
    "message/delivery-status": ".txt",
    "message/disposition-notification": ".txt",
    "text/rfc822-headers": ".txt",
    "application/octet-stream": ".bin",
    "image/jpg": ".jpg",
    "image/pjpeg": ".jpg",
    "text/enriched": ".txt",
}
_T = TypeVar("_T")
_READ_HEADERS = (
    "subject",
    "from",
    "sender",
    "to",
    "cc",
    "references",
    "message-id",
    "in-reply-to",
    "date",
    "disposition-notification-to",
)


def parse_message(raw: bytes, internaldate: datetime | None = None) -> ParsedMessage:
    """Parse a raw RFC 5322 mail; raises only UnparseableMessage.

    A naive `internaldate` is taken as local time (what IMAPClient returns by default).
    """
    if not isinstance(raw, bytes | bytearray | memoryview):
        raise UnparseableMessage(f"The mail data is {type(raw).__name__}, not bytes.")
    data = bytes(raw).lstrip(b"\r\n")
    if not data.strip():
        raise UnparseableMessage("The mail is empty.")
    try:
        return _Reader(data, internaldate).read()
    except UnparseableMessage:
        raise
    except RecursionError as exc:
        raise UnparseableMessage("The mail's parts are nested too deeply to be read.") from exc
    except MemoryError as exc:
        raise UnparseableMessage("The mail is too large to be read.") from exc
    except Exception as exc:
        raise UnparseableMessage(
            f"Reading the mail failed unexpectedly ({type(exc).__name__}: {exc})."
        ) from exc


class _Reader:
    """The state of parsing one mail: its notes and what was found in its parts."""

    def __init__(self, data: bytes, internaldate: datetime | None) -> None:
        self.data = data
        self.internaldate = _aware(internaldate) if internaldate is not None else None
        self.notes: list[str] = []
        self.plain: list[str] = []
        self.html: list[str] = []
        self.attachments: list[ParsedAttachment] = []
        self.receipt_for: str | None = None
        self.receipt_disposition: str | None = None
        self.is_receipt = False
        self.parts_seen = 0
        self.hint: str | None = None  # a body charset, for raw 8-bit header bytes
        self.headers: dict[str, list[str]] = {}

    def guarded(self, what: str, read: Callable[[], _T], default: _T) -> _T:
        """A broken header or part costs only itself, never the whole mail."""
        try:
            return read()
        except (RecursionError, MemoryError):
            raise
        except Exception as exc:
            self.notes.append(f"{what} could not be read ({type(exc).__name__}: {exc})")
            return default

    def _parse(self) -> tuple[Message, dict[str, list[str]]]:
        message = _PARSER.parsebytes(self.data)
        cut_short = any(isinstance(d, MissingHeaderBodySeparatorDefect) for d in message.defects)
        if cut_short or not message.keys():
            repaired = repair_header_block(self.data)
            if repaired is not None:
                message = _PARSER.parsebytes(repaired[0])
                self.notes.extend(repaired[1])
        headers: dict[str, list[str]] = {}
        for name, value in message.raw_items():
            headers.setdefault(name.lower(), []).append(
                value if isinstance(value, str) else str(value)
            )
        if not headers:
            raise UnparseableMessage("The data has no header lines; it does not look like a mail.")
        for name in _READ_HEADERS:
            if any(len(v) > MAX_HEADER_CHARS for v in headers.get(name, ())):
                self.notes.append(f"{name} header longer than {MAX_HEADER_CHARS // 1024} KiB: cut")
        if not all(v.isascii() for values in headers.values() for v in values):
            self.hint = _body_charset(self.data)
        return message, headers

    def read(self) -> ParsedMessage:
        message, headers = self._parse()
        self.headers = headers
        subject = self._text("subject", "subject")
        senders = self._addresses("from")
        from_name, from_address = senders[0] if senders else ("", None)
        if not senders:
            sender = self._addresses("sender")
            if sender:
                from_name, from_address = sender[0]
                self.notes.append("From header unusable: used Sender")
            else:
                from_name = self._text("from", "from")
        to = self._addresses("to")
        cc = self._addresses("cc")
        receipt_to = self._addresses("disposition-notification-to", joined=False)
        date, date_from_header = self._date(self._first("date"))
        references = _dedupe(self._ids("references", joined=True))
        if len(references) > MAX_REFERENCES:
            references = references[:1] + references[-(MAX_REFERENCES - 1) :]
        own_ids = self._ids("message-id")
        reply_ids = self._ids("in-reply-to")
        message_id = own_ids[0] if own_ids else None
        in_reply_to = reply_ids[0] if reply_ids else None

        root = part_info(message, self.notes, self.hint)
        self.is_receipt = is_receipt_type(root.content_type, root.params.get("report-type"))
        self._walk(message)
        if self.is_receipt and self.receipt_for is None:
            fallback = in_reply_to or (references[-1] if references else None)
            if fallback:
                self.receipt_for = fallback
                self.notes.append(
                    "read receipt without Original-Message-ID: matched by its references"
                )

        html = sanitize_html("\n".join(self.html)).strip() if self.html else None
        plain = "\n\n".join(t for t in self.plain if t.strip())
        text = plain if plain.strip() else (html_to_text(html) if html else "")
        return ParsedMessage(
            message_id=message_id,
            in_reply_to=in_reply_to,
            references=references,
            subject=subject,
            from_name=from_name,
            from_address=from_address,
            to=to,
            cc=cc,
            date=date,
            date_from_header=date_from_header,
            text=text,
            html=html,
            attachments=self.attachments,
            disposition_notification_to=receipt_to[0][1] if receipt_to else None,
            is_read_receipt=self.is_receipt,
            receipt_for_message_id=self.receipt_for,
            receipt_disposition=self.receipt_disposition,
            repaired=_dedupe(self.notes),
        )

    def _first(self, name: str) -> str | None:
        values = self.headers.get(name)
        return values[0] if values else None

    def _raw(self, name: str, joined: bool) -> str | None:
        values = self.headers.get(name)
        if not values:
            return None
        return ", ".join(values) if joined else values[0]

    def _text(self, name: str, what: str) -> str:
        def read() -> str:
            decoded = decode_header_text(self._first(name), what, self.hint)
            self.notes.extend(decoded.notes)
            return decoded.text

        return self.guarded(what, read, "")

    def _addresses(self, name: str, joined: bool = True) -> list[tuple[str, str]]:
        empty: list[tuple[str, str]] = []
        return self.guarded(
            name,
            lambda: parse_addresses(self._raw(name, joined), name, self.notes, self.hint),
            empty,
        )

    def _ids(self, name: str, joined: bool = False) -> list[str]:
        empty: list[str] = []
        return self.guarded(name, lambda: parse_message_ids(self._raw(name, joined)), empty)

    def _date(self, raw: str | None) -> tuple[datetime, bool]:
        reference = self.internaldate or datetime.now(UTC)
        found = self.guarded("Date", lambda: parse_date(raw, reference), None)
        if found is not None and found.value is not None:
            return found.value, True
        problem = found.problem if found is not None else "unreadable"
        if self.internaldate is not None:
            self.notes.append(f"Date header {problem}: used server time")
            return self.internaldate, False
        self.notes.append(f"Date header {problem} and no server time known: used time of import")
        return reference, False

    def _walk(self, root: Message) -> None:
        stack: list[tuple[Message, int]] = [(root, 0)]
        while stack:
            part, depth = stack.pop()
            self.parts_seen += 1
            if self.parts_seen > MAX_PARTS:
                self.notes.append(f"more than {MAX_PARTS} parts: the rest were skipped")
                return
            ctype = content_type(part)
            if part.is_multipart() and not ctype.startswith("message/"):
                children = part.get_payload()
                if depth >= MAX_DEPTH:
                    self.notes.append(f"parts nested deeper than {MAX_DEPTH} levels were skipped")
                    continue
                if isinstance(children, list):
                    stack.extend(
                        (c, depth + 1) for c in reversed(children) if isinstance(c, Message)
                    )
                continue
            self.guarded(
                f"part {self.parts_seen} ({ctype})", partial(self._leaf, part, part is root), None
            )

    def _leaf(self, part: Message, is_root: bool) -> None:
        info = part_info(part, self.notes, self.hint)
        ctype = info.content_type
        if ctype.startswith("multipart/"):
            if not part_bytes(part, info).strip():
                return  # a header-only mail: nothing lost
            self.notes.append(f"{ctype} without usable boundary: shown as plain text")
            ctype = "text/plain"
        if ctype == "message/disposition-notification" and self.is_receipt:
            fields = read_receipt_fields(part_bytes(part, info))
            if fields.original_message_id or fields.disposition:
                self.receipt_for = self.receipt_for or fields.original_message_id
                self.receipt_disposition = self.receipt_disposition or fields.disposition
                return
        is_body_type = ctype in ("text/plain", "text/html")
        if is_body_type and info.disposition != "attachment" and (not info.filename or is_root):
            self._body(part, info, ctype)
        else:
            self._attachment(part, info)

    def _body(self, part: Message, info: PartInfo, ctype: str) -> None:
        data = part_bytes(part, info)
        charset = info.params.get("charset")
        if ctype == "text/html" and not charset:
            m = _META_CHARSET.search(data[:4096])
            charset = m.group(1).decode("ascii") if m else None
        decoded = decode_bytes(data, charset)
        kind = "html" if ctype == "text/html" else "text"
        if decoded.note:
            self.notes.append(f"{decoded.note} ({kind} part)")
        text = decoded.text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
        if kind == "html":
            self.html.append(text)
            return
        if info.params.get("format", "").lower() == "flowed":
            text = unflow(text, info.params.get("delsp", "").lower() == "yes")
        self.plain.append(text.strip("\n"))

    def _attachment(self, part: Message, info: PartInfo) -> None:
        data = part_bytes(part, info)
        name = info.filename or uu_filename(part, info)
        if not data and not name:
            return  # an empty part without a name carries nothing
        if not name and info.content_type == "message/rfc822":
            name = _attached_subject(part)
        number = len(self.attachments) + 1
        extension = (
            _EXTENSIONS.get(info.content_type)
            or mimetypes.guess_extension(info.content_type)
            or ".bin"
        )
        filename = safe_filename(name or "", f"attachment-{number}{extension}")
        inline = info.content_id is not None and info.disposition != "attachment"
        self.attachments.append(
            ParsedAttachment(filename, info.content_type, data, inline, info.content_id)
        )


def _attached_subject(part: Message) -> str | None:
    payload = part.get_payload()
    if isinstance(payload, list) and payload and isinstance(payload[0], Message):
        subject = decode_header_text(raw_header(payload[0], "subject"), "subject").text
        return f"{subject}.eml" if subject else None
    return None


def _body_charset(data: bytes) -> str | None:
    m = _ANY_CHARSET.search(data, 0, 256 * 1024)
    return m.group(1).decode("ascii") if m else None


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.astimezone()


def _dedupe(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))
