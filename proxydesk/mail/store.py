"""Putting fetched messages into the case file: stored once, filed, receipts matched.

A batch reads what it needs to know (known contents, Message-IDs, threads, locations) in a
few queries up front and keeps track of what it adds, so storing a message costs no query
of its own; only mail that goes into a case is flushed and looked up one by one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from proxydesk.domain import KIND_DEFAULTS, EventKind
from proxydesk.mail.filing import GENERIC_SUBJECTS, Relevance, choose_case
from proxydesk.mail.headers import Headers, normalized_subject, read_headers
from proxydesk.mail.parse import ParsedMessage, UnparseableMessage, parse_message
from proxydesk.services.directory import contact_named
from proxydesk.storage import audit
from proxydesk.storage.blobs import store_blob
from proxydesk.storage.mail_models import (
    MailAttachment,
    MailFolder,
    MailLocation,
    MailMessage,
    QuarantinedMail,
)
from proxydesk.storage.models import AuditEntry, Blob, Case, Event

NEW, DUPLICATE, QUARANTINED = "new", "duplicate", "quarantined"

# built once: plain INSERTs for the many messages that go into no case
_INSERT_MESSAGE = insert(MailMessage).returning(MailMessage.id)
_INSERT_LOCATION = insert(MailLocation)
_INSERT_BLOB = insert(Blob)
_INSERT_AUDIT = insert(AuditEntry)


@dataclass(frozen=True)
class Fetched:
    uid: int
    raw: bytes
    internaldate: datetime | None


@dataclass
class SyncContext:
    """What stays the same for a whole folder."""

    folder: MailFolder
    relevance: Relevance
    own_addresses: set[str]
    import_all: bool
    now: datetime


@dataclass
class _Known:
    """What the file already holds that this batch's messages may refer to."""

    by_content: dict[str, int] = field(default_factory=dict)  # content -> message id
    by_message_id: dict[tuple[str, str | None], int] = field(default_factory=dict)
    thread_of_id: dict[str, str] = field(default_factory=dict)
    thread_of_subject: dict[str, str] = field(default_factory=dict)
    located: set[int] = field(default_factory=set)
    quarantined: set[int] = field(default_factory=set)
    blobs: set[str] = field(default_factory=set)  # contents the file holds


class BatchStore:
    """Stores one batch of fetched messages of one folder in one session."""

    def __init__(self, session: Session, context: SyncContext, batch: Iterable[Fetched]) -> None:
        self.session = session
        self.context = context
        self.batch = list(batch)
        self.digests = {f.uid: hashlib.sha256(f.raw).hexdigest() for f in self.batch}
        self.headers: dict[int, Headers | Exception] = {}
        for fetched in self.batch:
            try:
                self.headers[fetched.uid] = read_headers(fetched.raw, fetched.internaldate)
            except Exception as exc:  # any header failure quarantines that mail
                self.headers[fetched.uid] = exc
        self.known = self._read_known()
        self.looked_up = set(self.digests.values())
        self.audit_rows: list[dict[str, object]] = []
        self.connection = session.connection()

    def store(self, fetched: Fetched) -> tuple[str, bool]:
        """Store one message of the batch; returns its fate and whether it went into a case."""
        with self.session.no_autoflush:
            return self._store(fetched)

    def _store(self, fetched: Fetched) -> tuple[str, bool]:
        context, known = self.context, self.known
        digest = self.digests[fetched.uid]
        headers = self.headers[fetched.uid]
        existing = known.by_content.get(digest)
        if existing is None:
            if isinstance(headers, Exception):
                return self._quarantine(fetched, f"unreadable header block ({headers})")
            if headers.empty:
                return self._quarantine(
                    fetched, "the data has no header lines; it does not look like a mail"
                )
            if headers.message_id is not None:
                existing = known.by_message_id.get((headers.message_id, headers.from_address))
        if existing is not None:
            self._locate(existing, fetched.uid)
            return DUPLICATE, False
        assert isinstance(headers, Headers)

        outgoing = (
            context.folder.role == "sent" or (headers.from_address or "") in context.own_addresses
        )
        relevant = not context.import_all or context.relevance.matches_raw(headers, fetched.raw)
        parsed: ParsedMessage | None = None
        if relevant or headers.is_read_receipt or headers.receipt_requested:
            try:
                parsed = parse_message(fetched.raw, fetched.internaldate)
            except UnparseableMessage as exc:
                return self._quarantine(fetched, exc.reason)
        subject = normalized_subject(headers.subject)
        thread = self._thread_key(headers, subject)
        fields = {
            "message_id": headers.message_id,
            "in_reply_to": headers.in_reply_to,
            "references": headers.references,
            "thread_key": thread,
            "subject": headers.subject,
            "normalized_subject": subject,
            "from_name": headers.from_name,
            "from_address": headers.from_address,
            "to_addresses": headers.to,
            "cc_addresses": headers.cc,
            "sent_at": headers.date,
            "date_from_header": headers.date_from_header,
            "outgoing": outgoing,
            "receipt_requested": headers.receipt_requested and outgoing,
            "is_read_receipt": headers.is_read_receipt,
        }
        if parsed is None:
            # mail outside any case, headers only: a plain INSERT, no ORM bookkeeping
            self._blob_row(fetched.raw, digest)
            new_id = self.connection.execute(
                _INSERT_MESSAGE, {"raw_sha256": digest, "body_parsed": False, **fields}
            ).scalar_one()
            self._locate(new_id, fetched.uid)
            self._remember(
                new_id, digest, headers.message_id, headers.from_address, subject, thread
            )
            self.audit_rows.append(
                audit.row(
                    "insert",
                    "mail_messages",
                    str(new_id),
                    {
                        "subject": headers.subject,
                        "from_address": headers.from_address,
                        "raw_sha256": digest,
                    },
                    self.context.now,
                )
            )
            return NEW, False
        message = MailMessage(raw=self._blob(fetched.raw, digest), **fields)
        fill_body(self.session, message, parsed, self._blob)
        self.session.add(message)
        # the few messages that need looking up: read receipts and mail for a case
        self.session.flush()
        self._locate(message.id, fetched.uid)
        self._remember(
            message.id, digest, message.message_id, message.from_address, subject, thread
        )
        _match_receipts(self.session, message)
        if not relevant or message.is_read_receipt:
            return NEW, False
        case_id = choose_case(self.session, context.relevance, headers, thread, message.text)
        if case_id is None:
            return NEW, False
        file_into_case(self.session, message, case_id)
        return NEW, True

    def _read_known(self) -> _Known:
        known = _Known()
        session, folder = self.session, self.context.folder
        digests = list(self.digests.values())
        known.by_content = {
            sha: id_
            for id_, sha in session.execute(
                select(MailMessage.id, MailMessage.raw_sha256).where(
                    MailMessage.raw_sha256.in_(digests)
                )
            )
        }
        known.blobs = set(session.scalars(select(Blob.sha256).where(Blob.sha256.in_(digests))))
        headers = [h for h in self.headers.values() if isinstance(h, Headers)]
        ids = {h.message_id for h in headers if h.message_id}
        parents = {p for h in headers for p in (*h.references, h.in_reply_to) if p}
        for id_, message_id, sender, thread in session.execute(
            select(
                MailMessage.id,
                MailMessage.message_id,
                MailMessage.from_address,
                MailMessage.thread_key,
            ).where(MailMessage.message_id.in_(ids | parents))
        ):
            if message_id is not None:
                known.by_message_id[(message_id, sender)] = id_
                known.thread_of_id.setdefault(message_id, thread)
        subjects = {normalized_subject(h.subject) for h in headers} - GENERIC_SUBJECTS
        # one message per subject is enough to know its thread (subjects repeat thousands
        # of times in a big mailbox: "Ihre Rechnung")
        first_of_each = (
            select(func.min(MailMessage.id))
            .where(MailMessage.normalized_subject.in_(subjects))
            .group_by(MailMessage.normalized_subject)
        )
        for subject, thread in session.execute(
            select(MailMessage.normalized_subject, MailMessage.thread_key).where(
                MailMessage.id.in_(first_of_each)
            )
        ):
            known.thread_of_subject.setdefault(subject, thread)
        uids = list(self.digests)
        known.located = set(
            session.scalars(
                select(MailLocation.uid).where(
                    MailLocation.folder_id == folder.id,
                    MailLocation.uidvalidity == folder.uidvalidity,
                    MailLocation.uid.in_(uids),
                )
            )
        )
        known.quarantined = set(
            session.scalars(
                select(QuarantinedMail.uid).where(
                    QuarantinedMail.folder_id == folder.id,
                    QuarantinedMail.uidvalidity == folder.uidvalidity,
                    QuarantinedMail.uid.in_(uids),
                )
            )
        )
        return known

    def _thread_key(self, headers: Headers, subject: str) -> str:
        """The thread's root: References, In-Reply-To, else a mail with the same subject."""
        parents = [*headers.references, *([headers.in_reply_to] if headers.in_reply_to else [])]
        for parent in parents:
            if parent in self.known.thread_of_id:
                return self.known.thread_of_id[parent]
        if parents:
            return parents[0]
        if subject not in GENERIC_SUBJECTS and subject in self.known.thread_of_subject:
            return self.known.thread_of_subject[subject]
        return headers.message_id or "subject:" + subject

    def _remember(
        self,
        message_id: int,
        digest: str,
        header_id: str | None,
        sender: str | None,
        subject: str,
        thread: str,
    ) -> None:
        known = self.known
        known.by_content[digest] = message_id
        if header_id:
            known.by_message_id[(header_id, sender)] = message_id
            known.thread_of_id.setdefault(header_id, thread)
        if subject not in GENERIC_SUBJECTS:
            known.thread_of_subject.setdefault(subject, thread)

    def _locate(self, message_id: int, uid: int) -> None:
        if uid in self.known.located:
            return
        folder = self.context.folder
        self.connection.execute(
            _INSERT_LOCATION,
            {
                "message_id": message_id,
                "folder_id": folder.id,
                "uidvalidity": folder.uidvalidity,
                "uid": uid,
            },
        )
        self.known.located.add(uid)

    def _blob(self, data: bytes, digest: str | None = None) -> Blob:
        """The blob for an ORM object: content stored once, also within the batch."""
        digest = self._blob_row(data, digest)
        blob = self.session.get(Blob, digest)
        assert blob is not None
        return blob

    def _blob_row(self, data: bytes, digest: str | None = None) -> str:
        """Store content once with a plain INSERT; returns its digest."""
        digest = digest or hashlib.sha256(data).hexdigest()
        if digest not in self.known.blobs and (
            digest in self.looked_up or self.session.get(Blob, digest) is None
        ):
            self.connection.execute(
                _INSERT_BLOB, {"sha256": digest, "size": len(data), "data": data}
            )
        self.known.blobs.add(digest)
        return digest

    def finish(self) -> None:
        """Record what the plain INSERTs stored in the audit log."""
        if self.audit_rows:
            self.connection.execute(_INSERT_AUDIT, self.audit_rows)
            self.audit_rows.clear()

    def _quarantine(self, fetched: Fetched, reason: str) -> tuple[str, bool]:
        folder = self.context.folder
        assert folder.uidvalidity is not None
        if fetched.uid not in self.known.quarantined:
            self.session.add(
                QuarantinedMail(
                    folder_id=folder.id,
                    uidvalidity=folder.uidvalidity,
                    uid=fetched.uid,
                    raw_sha256=self._blob_row(fetched.raw, self.digests.get(fetched.uid)),
                    reason=reason,
                    at=self.context.now,
                )
            )
            self.known.quarantined.add(fetched.uid)
        return QUARANTINED, False


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
