"""Putting fetched messages into the case file: stored once, filed, receipts matched.

A batch reads what it needs to know (known contents, Message-IDs, threads, locations) in a
few queries up front and keeps track of what it adds, so storing a message costs no query
of its own: the rows of mail outside any case are collected and written with one
executemany per table. Only mail that goes into a case is flushed and looked up one by one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from proxydesk.mail.case_mail import file_into_case, fill_body, match_receipts
from proxydesk.mail.filing import GENERIC_SUBJECTS, choose_case
from proxydesk.mail.header_process import Read, needs_parsing, read_headers_safely
from proxydesk.mail.headers import Headers, normalized_subject
from proxydesk.mail.known_mail import Known, Remembered, read_known
from proxydesk.mail.parse import ParsedMessage, UnparseableMessage, parse_message
from proxydesk.mail.relevance import Relevance
from proxydesk.mail.rows import PlainInsert
from proxydesk.storage import audit
from proxydesk.storage.mail_models import (
    MailFolder,
    MailLocation,
    MailMessage,
    QuarantinedMail,
)
from proxydesk.storage.models import AuditEntry, Blob

NEW, DUPLICATE, QUARANTINED = "new", "duplicate", "quarantined"

# the plain rows of mail that goes into no case: every column named, as the ORM would fill it
_MESSAGE_FIELDS = (
    "message_id",
    "in_reply_to",
    "references",
    "thread_key",
    "subject",
    "normalized_subject",
    "from_name",
    "from_address",
    "to_addresses",
    "cc_addresses",
    "sent_at",
    "date_from_header",
    "outgoing",
    "receipt_requested",
    "is_read_receipt",
)
_UNPARSED: dict[str, Any] = {
    "text": "",
    "html": None,
    "repaired": [],
    "body_parsed": False,
    "receipt_for_message_id": None,
    "read_at": None,
    "event_id": None,
    "filed_by_user": False,
}
_INSERT_MESSAGE = PlainInsert(MailMessage, ("id", "raw_sha256", *_MESSAGE_FIELDS, *_UNPARSED))
_INSERT_LOCATION = PlainInsert(MailLocation, ("message_id", "folder_id", "uidvalidity", "uid"))
_INSERT_BLOB = PlainInsert(Blob, ("sha256", "size", "data"))
_INSERT_AUDIT = PlainInsert(AuditEntry, ("at", "action", "entity", "entity_id", "changes"))


@dataclass(frozen=True)
class Fetched:
    """A message as the server sent it, with its content hash and header block read.

    Both are worked out before it reaches the store, by the fetch thread (or for a big import
    the header process), while the previous batch is being written.
    """

    uid: int
    raw: bytes
    internaldate: datetime | None
    digest: str = field(repr=False)
    headers: Headers | Exception = field(repr=False)
    #: worked out by the header process for a big import; else the store does it
    relevant: bool | None = field(default=None, repr=False)
    parsed: ParsedMessage | None = field(default=None, repr=False)

    @classmethod
    def read(
        cls, uid: int, raw: bytes, internaldate: datetime | None, done: Read | None = None
    ) -> Fetched:
        """The message with its hash and header block, worked out here unless done already."""
        if done is None:
            digest = hashlib.sha256(raw).hexdigest()
            return cls(uid, raw, internaldate, digest, read_headers_safely(raw, internaldate))
        return cls(uid, raw, internaldate, done.digest, done.headers, done.relevant, done.parsed)


@dataclass
class SyncContext:
    """What stays the same for a whole folder."""

    folder: MailFolder
    relevance: Relevance
    own_addresses: set[str]
    import_all: bool
    now: datetime
    #: what this run stored so far, when the file held no mail before it; else None
    remembered: Remembered | None = None


class BatchStore:
    """Stores one batch of fetched messages of one folder in one session."""

    def __init__(self, session: Session, context: SyncContext, batch: Iterable[Fetched]) -> None:
        self.session = session
        self.context = context
        self.batch = list(batch)
        self.digests = {f.uid: f.digest for f in self.batch}
        self.headers = {f.uid: f.headers for f in self.batch}
        self.known = self._read_known()
        self.looked_up = set(self.digests.values())
        self.connection = session.connection()
        # rows written together by _write_pending; message ids are given here, in UID order,
        # as SQLite would give them (the largest so far plus one)
        self.next_id = (session.scalar(select(func.max(MailMessage.id))) or 0) + 1
        self.blob_rows: list[dict[str, Any]] = []
        self.message_rows: list[dict[str, Any]] = []
        self.location_rows: list[dict[str, Any]] = []
        self.audit_rows: list[dict[str, Any]] = []

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
        relevant = fetched.relevant
        if relevant is None:
            relevant = not context.import_all or context.relevance.matches_raw(headers, fetched.raw)
        parsed: ParsedMessage | None = None
        if needs_parsing(relevant, headers):
            try:
                parsed = fetched.parsed or parse_message(fetched.raw, fetched.internaldate)
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
            # mail outside any case, headers only: a row for one INSERT of many, no ORM
            self._blob_row(fetched.raw, digest)
            new_id = self.next_id
            self.next_id += 1
            self.message_rows.append({"id": new_id, "raw_sha256": digest, **fields, **_UNPARSED})
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
        # by its key: loading the Blob back for the relationship cost more than the insert
        message = MailMessage(raw_sha256=self._blob_row(fetched.raw, digest), **fields)
        fill_body(self.session, message, parsed, self._blob)
        self.session.add(message)
        # the few messages that need looking up: read receipts and mail for a case
        self._write_pending()
        self.session.flush()
        self.next_id = max(self.next_id, message.id + 1)
        self._locate(message.id, fetched.uid)
        self._remember(
            message.id, digest, message.message_id, message.from_address, subject, thread
        )
        match_receipts(self.session, message)
        if not relevant or message.is_read_receipt:
            return NEW, False
        case_id = choose_case(self.session, context.relevance, headers, thread, message.text)
        if case_id is None:
            return NEW, False
        file_into_case(self.session, message, case_id)
        return NEW, True

    def _read_known(self) -> Known:
        context = self.context
        return read_known(
            self.session, context.folder, self.digests, self.headers, context.remembered
        )

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
        self.location_rows.append(
            {
                "message_id": message_id,
                "folder_id": folder.id,
                "uidvalidity": folder.uidvalidity,
                "uid": uid,
            }
        )
        self.known.located.add(uid)

    def _blob(self, data: bytes, digest: str | None = None) -> Blob:
        """The blob for an ORM object: content stored once, also within the batch."""
        digest = self._blob_row(data, digest)
        self._write_pending()
        blob = self.session.get(Blob, digest)
        assert blob is not None
        return blob

    def _blob_row(self, data: bytes, digest: str | None = None) -> str:
        """Content stored once, with the batch's other plain rows; returns its digest."""
        digest = digest or hashlib.sha256(data).hexdigest()
        if digest not in self.known.blobs and (
            digest in self.looked_up or self.session.get(Blob, digest) is None
        ):
            self.blob_rows.append({"sha256": digest, "size": len(data), "data": data})
        self.known.blobs.add(digest)
        return digest

    def _write_pending(self) -> None:
        """The collected rows, one executemany per table, in foreign key order; before
        anything the ORM flushes, which may refer to them."""
        for statement, rows in (
            (_INSERT_BLOB, self.blob_rows),
            (_INSERT_MESSAGE, self.message_rows),
            (_INSERT_LOCATION, self.location_rows),
            (_INSERT_AUDIT, self.audit_rows),
        ):
            statement.write(self.connection, rows)
            rows.clear()

    def finish(self) -> None:
        """Write what is still collected: plain rows and their audit log entries."""
        self._write_pending()

    def _quarantine(self, fetched: Fetched, reason: str) -> tuple[str, bool]:
        folder = self.context.folder
        assert folder.uidvalidity is not None
        if fetched.uid not in self.known.quarantined:
            self.session.add(
                QuarantinedMail(
                    folder_id=folder.id,
                    uidvalidity=folder.uidvalidity,
                    uid=fetched.uid,
                    raw_sha256=self._blob_row(fetched.raw, fetched.digest),
                    reason=reason,
                    at=self.context.now,
                )
            )
            self.known.quarantined.add(fetched.uid)
        return QUARANTINED, False
