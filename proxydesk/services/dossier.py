"""The whole record of a case, read at once for paper: dossier, letters, fax cover sheet.

Everything is read through the readers of ``proxydesk.reading`` in one read transaction (a
consistent snapshot, so the fingerprint matches what is printed), each thing once, and handed
over as plain views; rendering happens afterwards with no session open.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from proxydesk.reading.cases import CaseReader
from proxydesk.reading.directory import DirectoryReader
from proxydesk.reading.engine import driver_connection, snapshot
from proxydesk.reading.fingerprint import case_fingerprint
from proxydesk.reading.papers import PaperReader
from proxydesk.reading.promises import PromiseReader
from proxydesk.reading.timeline import TimelineReader
from proxydesk.reading.timeline_filter import PROMISE_ENTRY
from proxydesk.services.base import Service
from proxydesk.services.cases import find_case
from proxydesk.views import (
    AttachmentBrief,
    CaseDetail,
    ContradictionView,
    MailBrief,
    PromiseView,
    ProxyView,
    RelativeView,
    ScanView,
    TimelineEntry,
)


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
        with self.case_file.reading() as session:
            connection = driver_connection(session)
            with snapshot(connection) as db:
                case_id = find_case(session, case).id
                papers = PaperReader(db, self.tz, self.clock)
                detail = CaseReader(db, self.tz, self.clock).detail(case_id)
                entries = list(TimelineReader(db, self.tz).entries(case_id))
                events = [e.id for e in entries if e.kind != PROMISE_ENTRY]
                promises = PromiseReader(db, self.tz, self.clock)
                statements = promises.promises(case_id)
                own = {p.id for p in statements}
                return CaseRecord(
                    detail=detail,
                    relatives=DirectoryReader(db).relatives(case_id=case_id),
                    proxy=papers.proxy(),
                    entries=entries,
                    mails=papers.mails(events),
                    promises=statements,
                    contradictions=[
                        c for c in promises.contradictions(case_id) if c.second.id in own
                    ],
                    attachments=papers.attachments(case_id),
                    scans=papers.scans(detail.powers_of_attorney),
                    fingerprint=case_fingerprint(db, case_id),
                    read_at=self.local(self.clock()),
                )

    def fingerprint(self, case: str | int) -> str:
        with self.case_file.reading() as session:
            connection = driver_connection(session)
            with snapshot(connection) as db:
                return case_fingerprint(db, find_case(session, case).id)
