"""What parsing a mail yields: the message, its attachments, and the refusal."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from proxydesk.errors import ProxyDeskError


@dataclass(frozen=True)
class ParsedAttachment:
    """One attached (or inline) file of a mail."""

    filename: str  # sanitized; never empty
    mime_type: str
    data: bytes
    inline: bool  # has a Content-ID and is not marked as attachment: shown inside the HTML
    content_id: str | None = None  # without <>; what the HTML's cid: references point to

    @property
    def sha256(self) -> str:
        """Content hash: the key under which the file is stored once."""
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True)
class ParsedMessage:
    """Everything ProxyDesk keeps of one mail."""

    message_id: str | None
    in_reply_to: str | None
    references: list[str]
    subject: str
    from_name: str
    from_address: str | None
    to: list[tuple[str, str]]
    cc: list[tuple[str, str]]
    date: datetime
    date_from_header: bool
    text: str
    html: str | None
    attachments: list[ParsedAttachment]
    disposition_notification_to: str | None
    is_read_receipt: bool
    receipt_for_message_id: str | None
    receipt_disposition: str | None
    repaired: list[str]


class UnparseableMessage(ProxyDeskError):
    """A mail that cannot be read at all; it goes to quarantine with `reason`."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
