"""Putting one fetched message into the case file: stored once, filed, receipts matched."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from proxydesk.domain import KIND_DEFAULTS, EventKind
from proxydesk.mail.filing import Relevance, choose_case, thread_key
from proxydesk.mail.headers import Headers, normalized_subject, read_headers
from proxydesk.mail.parse import ParsedMessage, UnparseableMessage, parse_message
from proxydesk.services.directory import contact_named
from proxydesk.storage.blobs import store_blob
from proxydesk.storage.mail_models import (
    MailAttachment,
    MailFolder,
    MailLocation,
    MailMessage,
    QuarantinedMail,
)
from proxydesk.storage.models import Case, Event

NEW, DUPLICATE, QUARANTINED = "new", "duplicate", "quarantined"


@dataclass(frozen=True)
class Fetched:
    uid: int
    raw: bytes
    internaldate: datetime | None


def store_message(
    session: Session,
    folder: MailFolder,
    fetched: Fetched,
    relevance: Relevance,
    *,
    own_addresses: set[str],
    import_all: bool,
    now: datetime,
) -> tuple[str, bool]:
    """Store one message; returns its fate and whether it was filed into a case."""
    assert folder.uidvalidity is not None
    digest = hashlib.sha256(fetched.raw).hexdigest()
    existing = session.scalars(select(MailMessage).where(MailMessage.raw_sha256 == digest)).first()
    if existing is None:
        try:
            headers = read_headers(fetched.raw, fetched.internaldate)
        except Exception as exc:  # any header failure quarantines this mail
            return _quarantine(session, folder, fetched, f"unreadable header block ({exc})", now)
        if headers.empty:
            reason = "the data has no header lines; it does not look like a mail"
            return _quarantine(session, folder, fetched, reason, now)
        existing = _same_message(session, headers)
    if existing is not None:
        _add_location(session, existing, folder, fetched.uid)
        return DUPLICATE, False

    outgoing = folder.role == "sent" or (headers.from_address or "") in own_addresses
    thread = thread_key(session, headers)
    relevant = not import_all or relevance.matches_raw(headers, fetched.raw)
    needs_body = relevant or headers.is_read_receipt or headers.receipt_requested
    parsed: ParsedMessage | None = None
    if needs_body:
        try:
            parsed = parse_message(fetched.raw, fetched.internaldate)
        except UnparseableMessage as exc:
            return _quarantine(session, folder, fetched, exc.reason, now)
    message = MailMessage(
        raw=store_blob(session, fetched.raw),
        message_id=headers.message_id,
        in_reply_to=headers.in_reply_to,
        references=headers.references,
        thread_key=thread,
        subject=parsed.subject if parsed else headers.subject,
        normalized_subject=normalized_subject(headers.subject),
        from_name=headers.from_name,
        from_address=headers.from_address,
        to_addresses=headers.to,
        cc_addresses=headers.cc,
        sent_at=headers.date,
        date_from_header=headers.date_from_header,
        outgoing=outgoing,
        receipt_requested=headers.receipt_requested and outgoing,
        is_read_receipt=headers.is_read_receipt,
    )
    if parsed is not None:
        fill_body(session, message, parsed)
    session.add(message)
    _add_location(session, message, folder, fetched.uid)
    _match_receipts(session, message)
    filed = False
    if relevant and not message.is_read_receipt:
        case_id = choose_case(session, relevance, headers, thread, message.text)
        if case_id is not None:
            file_into_case(session, message, case_id)
            filed = True
    return NEW, filed


def fill_body(session: Session, message: MailMessage, parsed: ParsedMessage) -> None:
    message.subject = parsed.subject
    message.text = parsed.text
    message.html = parsed.html
    message.repaired = list(parsed.repaired)
    message.receipt_for_message_id = parsed.receipt_for_message_id
    if parsed.is_read_receipt and parsed.receipt_for_message_id is None:
        message.is_read_receipt = False  # a report without a usable original: ordinary mail
    message.attachments = [
        MailAttachment(
            blob=store_blob(session, a.data),
            filename=a.filename,
            mime_type=a.mime_type,
            inline=a.inline,
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
    channel, direction = KIND_DEFAULTS[kind]
    contact = None
    if not message.outgoing and (message.from_name or message.from_address):
        contact = contact_named(
            session, case.organization_id, message.from_name or message.from_address or ""
        )
    event = Event(
        case_id=case_id,
        kind=kind,
        occurred_at=message.sent_at,
        channel=channel,
        direction=direction,
        contact=contact,
        summary=message.subject or "(no subject)",
        body=message.text,
    )
    session.add(event)
    message.event = event
    return event


def _same_message(session: Session, headers: Headers) -> MailMessage | None:
    """The same mail fetched from another folder (a copy, a mail to oneself): one Message-ID."""
    if headers.message_id is None:
        return None
    return session.scalars(
        select(MailMessage).where(
            MailMessage.message_id == headers.message_id,
            MailMessage.from_address == headers.from_address,
        )
    ).first()


def _add_location(session: Session, message: MailMessage, folder: MailFolder, uid: int) -> None:
    assert folder.uidvalidity is not None
    exists = session.scalars(
        select(MailLocation.id).where(
            MailLocation.folder_id == folder.id,
            MailLocation.uidvalidity == folder.uidvalidity,
            MailLocation.uid == uid,
        )
    ).first()
    if exists is None:
        message.locations.append(
            MailLocation(folder_id=folder.id, uidvalidity=folder.uidvalidity, uid=uid)
        )


def _match_receipts(session: Session, message: MailMessage) -> None:
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


def _quarantine(
    session: Session, folder: MailFolder, fetched: Fetched, reason: str, now: datetime
) -> tuple[str, bool]:
    assert folder.uidvalidity is not None
    exists = session.scalars(
        select(QuarantinedMail.id).where(
            QuarantinedMail.folder_id == folder.id,
            QuarantinedMail.uidvalidity == folder.uidvalidity,
            QuarantinedMail.uid == fetched.uid,
        )
    ).first()
    if exists is None:
        session.add(
            QuarantinedMail(
                folder_id=folder.id,
                uidvalidity=folder.uidvalidity,
                uid=fetched.uid,
                raw=store_blob(session, fetched.raw),
                reason=reason,
                at=now,
            )
        )
    return QUARANTINED, False
