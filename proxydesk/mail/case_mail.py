"""A stored message in a case: its body filled in, its timeline entry, its read receipts."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from proxydesk.domain import EventKind
from proxydesk.mail.parse import ParsedMessage
from proxydesk.services.timeline_events import NewEvent, write_event
from proxydesk.storage.blobs import store_blob
from proxydesk.storage.mail_models import MailAttachment, MailMessage
from proxydesk.storage.models import Blob, Case, Event


def fill_body(
    session: Session,
    message: MailMessage,
    parsed: ParsedMessage,
    blob: Callable[[bytes], Blob] | None = None,
) -> None:
    """The parsed body, attachments stored once by content."""
    store = blob or (lambda data: store_blob(session, data))
    message.subject = parsed.subject
    message.text = parsed.text
    message.html = parsed.html
    message.repaired = list(parsed.repaired)
    message.receipt_for_message_id = parsed.receipt_for_message_id
    if parsed.is_read_receipt and parsed.receipt_for_message_id is None:
        message.is_read_receipt = False  # a report without a usable original: ordinary mail
    message.attachments = [
        MailAttachment(
            blob=store(a.data), filename=a.filename, mime_type=a.mime_type, inline=a.inline
        )
        for a in parsed.attachments
    ]
    message.body_parsed = True


def file_into_case(session: Session, message: MailMessage, case_id: int) -> Event:
    """The message's timeline entry in that case (made once, moved when the case changes)."""
    if message.event is not None:
        message.event.case_id = case_id
        return message.event
    case = session.get(Case, case_id)
    assert case is not None
    kind = EventKind.EMAIL_OUT if message.outgoing else EventKind.EMAIL_IN
    sender = None if message.outgoing else message.from_name or message.from_address or None
    summary = (message.subject or "").strip() or "(no subject)"
    new = NewEvent(kind, message.sent_at, summary, body=message.text, contact=sender)
    event = write_event(session, case, new)
    message.event = event
    return event


def match_receipts(session: Session, message: MailMessage) -> None:
    """A read receipt marks its original as read, whichever of the two arrives first."""
    if message.is_read_receipt and message.receipt_for_message_id:
        for original in session.scalars(
            select(MailMessage).where(MailMessage.message_id == message.receipt_for_message_id)
        ):
            original.read_at = message.sent_at
    if message.receipt_requested and message.message_id:
        receipt = session.scalars(
            select(MailMessage)
            .where(
                MailMessage.is_read_receipt.is_(True),
                MailMessage.receipt_for_message_id == message.message_id,
            )
            .order_by(MailMessage.sent_at)
        ).first()
        if receipt is not None:
            message.read_at = receipt.sent_at
