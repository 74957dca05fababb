"""Reading only a message's header block: what the sync needs to store and file every mail.

The values are read by the same functions as the full parse (header_values), so a mail's
subject, addresses and date are the same whether its body has been parsed yet or not.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from email.parser import BytesHeaderParser
from email.policy import compat32

from proxydesk.mail.header_values import (
    decode_header_text,
    normalized_subject,
    parse_addresses,
    parse_date,
    parse_message_id,
    parse_message_ids,
)

__all__ = ["Headers", "normalized_subject", "read_headers"]

_HEADER_PARSER = BytesHeaderParser(policy=compat32)


@dataclass(frozen=True)
class Headers:
    message_id: str | None
    in_reply_to: str | None
    references: list[str]
    subject: str
    from_name: str
    from_address: str | None
    to: list[str]
    cc: list[str]
    date: datetime
    date_from_header: bool
    receipt_requested: bool
    is_read_receipt: bool

    @property
    def empty(self) -> bool:
        """No header a mail would have: the data is not a mail at all."""
        return not (
            self.from_address
            or self.from_name
            or self.to
            or self.subject
            or self.message_id
            or self.date_from_header
        )

    @property
    def addresses(self) -> list[str]:
        return [a for a in (self.from_address, *self.to, *self.cc) if a]


def _value(message: object, name: str) -> str | None:
    raw = message.get(name)  # type: ignore[attr-defined]
    return None if raw is None else str(raw)


def _header_block(raw: bytes) -> bytes:
    """The bytes up to the first empty line: the parser need not walk the body."""
    ends = [i for i in (raw.find(b"\r\n\r\n"), raw.find(b"\n\n")) if i >= 0]
    return raw[: min(ends) + 2] if ends else raw


def read_headers(raw: bytes, internaldate: datetime | None = None) -> Headers:
    message = _HEADER_PARSER.parsebytes(_header_block(raw))
    notes: list[str] = []
    senders = parse_addresses(_value(message, "From"), "From", notes)
    from_name, from_address = senders[0] if senders else ("", None)
    if not senders:
        from_name = decode_header_text(_value(message, "From"), "From").text
    fallback = internaldate if internaldate is not None else datetime.now(UTC)
    if fallback.tzinfo is None:
        fallback = fallback.astimezone()
    header_date = parse_date(_value(message, "Date"), fallback)
    content_type = (_value(message, "Content-Type") or "").lower()
    return Headers(
        message_id=parse_message_id(_value(message, "Message-ID")),
        in_reply_to=parse_message_id(_value(message, "In-Reply-To")),
        references=parse_message_ids(_value(message, "References")),
        subject=decode_header_text(_value(message, "Subject"), "Subject").text,
        from_name=from_name,
        from_address=from_address,
        to=[a for _, a in parse_addresses(_value(message, "To"), "To", notes)],
        cc=[a for _, a in parse_addresses(_value(message, "Cc"), "Cc", notes)],
        date=header_date.value or fallback,
        date_from_header=header_date.value is not None,
        receipt_requested=_value(message, "Disposition-Notification-To") is not None,
        is_read_receipt="multipart/report" in content_type
        and "disposition-notification" in content_type,
    )
