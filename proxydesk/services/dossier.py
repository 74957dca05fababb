"""The whole record of a case, read at once for paper: dossier, letters, fax cover sheet.

Everything is read in one reading transaction (a consistent snapshot, so the fingerprint
matches what is printed) and handed over as plain views; rendering happens afterwards with
no session open.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from proxydesk.domain import PoaStatus, poa_is_valid
from proxydesk.reading.cases import CaseReader
from proxydesk.reading.connection import driver_connection
from proxydesk.services.base import Service
from proxydesk.services.cases import find_case
from proxydesk.services.directory import relative_view
from proxydesk.services.fingerprint import case_fingerprint
from proxydesk.services.poa import ProxyView, ScanView, read_proxy, scan_view
from proxydesk.services.promises import PromiseService
from proxydesk.services.timeline import PROMISE_ENTRY, TimelineService
from proxydesk.storage.mail_models import MailAttachment, MailMessage
from proxydesk.storage.models import (
    Attachment,
    Blob,
    Contradiction,
    Event,
    PowerOfAttorney,
    Promise,
)
from proxydesk.views import (
    CaseDetail,
    ContradictionView,
    PromiseView,
    RelativeView,
    TimelineEntry,
)


@dataclass(frozen=True)
class MailBrief:
    """The headers of a mail filed as an event, for excerpts and the summary."""

    event_id: int
    sender: str
    recipients: list[str]
    subject: str
    sent_at: datetime
    outgoing: bool
    receipt_requested: bool
    read_at: datetime | None
    #: an incoming mail of the case replies to it (by In-Reply-To or References)
    answered_by_reply: bool


@dataclass(frozen=True)
class AttachmentBrief:
    event_id: int
    occurred_at: datetime
    event_summary: str
    filename: str
    mime_type: str
    size: int
    sha256: str


@dataclass(frozen=True)
class CaseRecord:
    """A case as it stands: what every piece of paper about it is made from."""

    detail: CaseDetail
    relatives: list[RelativeView]
    proxy: ProxyView
    entries: list[TimelineEntry]
    mails: dict[int, MailBrief]
    promises: list[PromiseView]
    contradictions: list[ContradictionView]
    attachments: list[AttachmentBrief]
    #: signed scans of the valid powers of attorney, each content once
    scans: list[ScanView]
    fingerprint: str
    #: when the record was read, in the file's time zone
    read_at: datetime


class DossierService(Service):
    def record(self, case: str | int) -> CaseRecord:
        with self._snapshot() as session:
            item = find_case(session, case)
            entries = self._entries(session, item.id)
            events = [e for e in entries if e.kind != PROMISE_ENTRY]
            promise_rows = list(
                session.scalars(
                    select(Promise)
                    .where(Promise.case_id == item.id)
                    .order_by(Promise.made_at, Promise.id)
                )
            )
            promises = PromiseService(self.case_file, self.clock)._views(session, promise_rows)
            return CaseRecord(
                detail=self._detail(session, item.id),
                relatives=[relative_view(r) for r in item.relatives],
                proxy=read_proxy(session),
                entries=entries,
                mails=self._mails(session, [e.id for e in events]),
                promises=promises,
                contradictions=self._contradictions(session, promises),
                attachments=self._attachments(session, item.id),
                scans=self._scans(session, item.id),
                fingerprint=case_fingerprint(session, item.id),
                read_at=self.local(self.clock()),
            )

    def fingerprint(self, case: str | int) -> str:
        with self._snapshot() as session:
            return case_fingerprint(session, find_case(session, case).id)

    @contextmanager
    def _snapshot(self) -> Iterator[Session]:
        """A reading session inside one SQLite read transaction, so nothing moves meanwhile."""
        with self.case_file.reading() as session:
            connection = session.connection()
            raw = connection.connection.dbapi_connection
            if not getattr(raw, "in_transaction", True):
                connection.exec_driver_sql("BEGIN")
            yield session

    def _detail(self, session: Session, case_id: int) -> CaseDetail:
        return CaseReader(driver_connection(session), self.tz, self.clock).detail(case_id)

    def _entries(self, session: Session, case_id: int) -> list[TimelineEntry]:
        timeline = TimelineService(self.case_file, self.clock)
        events = list(
            session.scalars(
                select(Event)
                .where(Event.case_id == case_id)
                .order_by(Event.occurred_at, Event.id)
                .options(selectinload(Event.contact), selectinload(Event.attachments))
            )
        )
        loose = list(
            session.scalars(
                select(Promise)
                .where(Promise.case_id == case_id, Promise.made_in_event_id.is_(None))
                .options(selectinload(Promise.made_by))
            )
        )
        entries = timeline._entries_for(session, events)
        entries.extend(timeline._promise_entry(p) for p in loose)
        # the timeline's own order: time, then events before promises, then id
        return sorted(entries, key=lambda e: (e.occurred_at, e.kind == PROMISE_ENTRY, e.id))

    def _mails(self, session: Session, event_ids: list[int]) -> dict[int, MailBrief]:
        if not event_ids:
            return {}
        messages = list(
            session.scalars(select(MailMessage).where(MailMessage.event_id.in_(event_ids)))
        )
        replied_to: set[str] = set()
        for m in messages:
            if not m.outgoing:
                replied_to.update(r for r in [m.in_reply_to, *m.references] if r)
        result = {}
        for m in messages:
            assert m.event_id is not None
            sender = f"{m.from_name} <{m.from_address}>" if m.from_name else m.from_address or ""
            result[m.event_id] = MailBrief(
                event_id=m.event_id,
                sender=sender,
                recipients=list(m.to_addresses),
                subject=m.subject,
                sent_at=self.local(m.sent_at),
                outgoing=m.outgoing,
                receipt_requested=m.receipt_requested,
                read_at=self.local_or_none(m.read_at),
                answered_by_reply=bool(m.message_id and m.message_id in replied_to),
            )
        return result

    def _contradictions(
        self, session: Session, promises: list[PromiseView]
    ) -> list[ContradictionView]:
        views = {p.id: p for p in promises}
        if not views:
            return []
        links = session.scalars(
            select(Contradiction)
            .where(Contradiction.first_id.in_(list(views)))
            .order_by(Contradiction.id)
        )
        return [
            ContradictionView(link.id, views[link.first_id], views[link.second_id], link.note)
            for link in links
            if link.second_id in views
        ]

    def _attachments(self, session: Session, case_id: int) -> list[AttachmentBrief]:
        """Files kept with the events and with their mails, in timeline order."""
        events = select(Event.id, Event.occurred_at, Event.summary).where(Event.case_id == case_id)
        direct = session.execute(
            select(
                Attachment.event_id,
                Attachment.filename,
                Attachment.mime_type,
                Blob.size,
                Blob.sha256,
            )
            .join(Blob, Attachment.blob_sha256 == Blob.sha256)
            .join(Event, Attachment.event_id == Event.id)
            .where(Event.case_id == case_id)
            .order_by(Attachment.id)
        ).all()
        by_mail = session.execute(
            select(
                MailMessage.event_id,
                MailAttachment.filename,
                MailAttachment.mime_type,
                Blob.size,
                Blob.sha256,
            )
            .join(MailMessage, MailAttachment.message_id == MailMessage.id)
            .join(Blob, MailAttachment.blob_sha256 == Blob.sha256)
            .join(Event, MailMessage.event_id == Event.id)
            .where(Event.case_id == case_id, MailAttachment.inline.is_(False))
            .order_by(MailAttachment.id)
        ).all()
        about = {row.id: row for row in session.execute(events)}
        found = [
            AttachmentBrief(
                event_id=event_id,
                occurred_at=self.local(about[event_id].occurred_at),
                event_summary=about[event_id].summary,
                filename=filename,
                mime_type=mime,
                size=size,
                sha256=sha,
            )
            for event_id, filename, mime, size, sha in [*direct, *by_mail]
            if event_id is not None
        ]
        return sorted(found, key=lambda a: (a.occurred_at, a.event_id))

    def _scans(self, session: Session, case_id: int) -> list[ScanView]:
        item = find_case(session, case_id)
        today = self.local(self.clock()).date()
        powers = session.scalars(
            select(PowerOfAttorney)
            .where(
                PowerOfAttorney.relative_id.in_([r.id for r in item.relatives]),
                (PowerOfAttorney.organization_id == item.organization_id)
                | PowerOfAttorney.organization_id.is_(None),
                PowerOfAttorney.scan_document_id.is_not(None),
                PowerOfAttorney.status != PoaStatus.REFUSED,
            )
            .order_by(PowerOfAttorney.organization_id.is_(None), PowerOfAttorney.id.desc())
        )
        scans: dict[str, ScanView] = {}
        for p in powers:
            if poa_is_valid(p, today) and p.scan is not None:
                scans.setdefault(p.scan.blob_sha256, scan_view(p))
        return list(scans.values())
