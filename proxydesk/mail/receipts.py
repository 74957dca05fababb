"""Read receipts (MDN, RFC 8098): which message was displayed, and how."""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.parser import BytesHeaderParser
from email.policy import compat32

from proxydesk.mail.header_values import parse_message_id, unfold

_HEADER_PARSER = BytesHeaderParser(policy=compat32)
_DISPOSITION = re.compile(r";\s*([A-Za-z-]+)")
_KNOWN = re.compile(r"\b(displayed|deleted|dispatched|processed|denied|failed)\b", re.IGNORECASE)


@dataclass(frozen=True)
class ReceiptFields:
    """The fields of a message/disposition-notification part that ProxyDesk uses."""

    original_message_id: str | None
    disposition: str | None


def is_receipt_type(content_type: str, report_type: str | None) -> bool:
    """multipart/report; report-type=disposition-notification."""
    return (
        content_type == "multipart/report"
        and (report_type or "").strip().lower() == "disposition-notification"
    )


def read_receipt_fields(data: bytes) -> ReceiptFields:
    """Parse the header-like body of a message/disposition-notification part."""
    fields = _HEADER_PARSER.parsebytes(data.lstrip(b"\r\n\t "))
    original: str | None = None
    disposition: str | None = None
    for name, value in fields.raw_items():
        key = name.lower()
        text = unfold(value if isinstance(value, str) else str(value))
        if key == "original-message-id" and original is None:
            original = parse_message_id(text)
        elif key == "disposition" and disposition is None:
            disposition = _disposition_type(text)
    return ReceiptFields(original, disposition)


def _disposition_type(value: str) -> str | None:
    """'manual-action/MDN-sent-manually; displayed/error' -> 'displayed'."""
    m = _DISPOSITION.search(value)
    if m:
        return m.group(1).lower()
    m = _KNOWN.search(value)
    return m.group(1).lower() if m else None
