"""Cases: what we are trying to get done with one organization, and the story so far."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import partial

from sqlalchemy import func, select
from sqlalchemy.orm import Session, object_session

from proxydesk.changes import Changes, Kind
from proxydesk.domain import CaseStatus, ReferenceKind, parse_enum
from proxydesk.errors import InvalidInput
from proxydesk.reading.cases import CaseReader
from proxydesk.reading.engine import driver_connection
from proxydesk.reading.powers import PowerReader
from proxydesk.services.base import Service, resolve
from proxydesk.services.directory import contact_named
from proxydesk.services.directory_reading import find_organization, find_relative
from proxydesk.services.directory_records import get_or_new, remove_unused
from proxydesk.services.history import Action, Verb, record_step, value_step
from proxydesk.storage.call_models import CallDraft
from proxydesk.storage.models import (
    Account,
    Appointment,
    Case,
    Document,
    Event,
    PowerOfAttorney,
    Promise,
    Reference,
    Relative,
    Reminder,
    case_relatives,
)
from proxydesk.views import (
    CaseDetail,
    CaseSummary,
    PowerOfAttorneyView,
    ReferenceView,
)


@dataclass(frozen=True)
class ReferenceRecord:
    id: int
    kind: str
    value: str
    given_by_id: int | None
    given_at: datetime | None
    note: str


@dataclass(frozen=True)
class CaseRecord:
    """Everything stored in a case's own row and links, as plain values (not its timeline)."""

    id: int
    title: str
    organization_id: int
    status: str
    opened_at: datetime
    closed_at: datetime | None
    story_so_far: str
    relative_ids: tuple[int, ...]
    account_ids: tuple[int, ...]
    references: tuple[ReferenceRecord, ...]


def case_record(item: Case) -> CaseRecord:
    return CaseRecord(
        item.id,
        item.title,
        item.organization_id,
        item.status.value,
        item.opened_at,
        item.closed_at,
        item.story_so_far,
        tuple(r.id for r in item.relatives),
        tuple(a.id for a in item.accounts),
        tuple(
            ReferenceRecord(r.id, r.kind.value, r.value, r.given_by_id, r.given_at, r.note)
            for r in item.references
        ),
    )


def _accounts_of(
    session: Session, organization_id: int, relatives: list[Relative]
) -> list[Account]:
    """The accounts involved in a case: each relative's accounts at its organization."""
    return list(
        session.scalars(
            select(Account)
            .where(
                Account.organization_id == organization_id,
                Account.relative_id.in_([r.id for r in relatives]),
            )
            .order_by(Account.id)
        )
    )


def find_case(session: Session, ref: str | int) -> Case:
    return resolve(session, Case, ref, Case.title, "case")


def parse_reference(text: str) -> tuple[ReferenceKind, str]:
    """``ticket:4711``, ``order:A-1`` or a bare ``4711`` (kind "other")."""
    kind_text, sep, value = text.partition(":")
    if sep and kind_text.strip().lower() in {k.value for k in ReferenceKind}:
        kind, cleaned = ReferenceKind(kind_text.strip().lower()), value.strip()
    else:
        kind, cleaned = ReferenceKind.OTHER, text.strip()
    if not cleaned or cleaned.endswith(":"):
        raise InvalidInput(f"the reference '{text}' has no number")
    return kind, cleaned


def poa_view(p: PowerOfAttorney) -> PowerOfAttorneyView:
    """The power of attorney as the readers show it (read again through its session)."""
    session = object_session(p)
    assert session is not None
    session.flush()
    return PowerReader(driver_connection(session)).by_id([p.id])[0]


class CaseService(Service):
    def add_case(
        self,
        title: str,
        organization: str | int,
        *,
        relatives: Iterable[str | int] = (),
        references: Iterable[str] = (),
        story_so_far: str = "",
        opened_at: datetime | None = None,
    ) -> CaseSummary:
        cleaned = title.strip()
        if not cleaned:
            raise InvalidInput("the case needs a title")
        with self.case_file.unit_of_work() as session:
            org = find_organization(session, organization)
            members = [find_relative(session, r) for r in relatives]
            item = Case(
                title=cleaned,
                organization=org,
                opened_at=opened_at or self.clock(),
                story_so_far=story_so_far,
                status=CaseStatus.OPEN,
            )
            item.relatives = list(dict.fromkeys(members))
            item.accounts = _accounts_of(session, org.id, item.relatives)
            for text in references:
                kind, value = parse_reference(text)
                item.references.append(Reference(kind=kind, value=value, given_at=None))
            session.add(item)
            session.flush()
            after = case_record(item)
            summary = self._summaries(session, [item.id])[0]
        self._case_step(Verb.OPEN_CASE, None, after)
        return summary

    def cases(
        self, relative: str | int | None = None, *, count_events: bool = False
    ) -> list[CaseSummary]:
        """The cases (of one relative); ``count_events`` counts each one's timeline too."""
        with self.case_file.reading() as session:
            reader = self._reader(session)
            if relative is None:
                return reader.cases(count_events=count_events)
            query = (
                select(Case.id)
                .join(case_relatives)
                .where(case_relatives.c.relative_id == find_relative(session, relative).id)
                .order_by(Case.opened_at, Case.id)
            )
            return reader.summaries(session.scalars(query), count_events=count_events)

    def summary(self, ref: str | int) -> CaseSummary:
        with self.case_file.reading() as session:
            return self._summaries(session, [find_case(session, ref).id])[0]

    def detail(self, ref: str | int, *, count_events: bool = False) -> CaseDetail:
        """All the case header shows; ``count_events`` counts the timeline's events too
        (a walk over the case's index: 100,000 events cost more than the rest of a page)."""
        with self.case_file.reading() as session:
            case_id = find_case(session, ref).id
            return self._reader(session).detail(case_id, count_events=count_events)

    def set_story(self, ref: str | int, text: str) -> None:
        with self.case_file.unit_of_work() as session:
            item = find_case(session, ref)
            case_id, title, before = item.id, item.title, item.story_so_far
            item.story_so_far = text
        changes = Changes.of(Kind.CASES, cases=[case_id])
        write = partial(self.set_story, case_id)  # undone: records nothing
        self.undo_history.record(
            value_step(Action(Verb.EDIT_STORY, title), changes, write, before, text)
        )

    def set_status(self, ref: str | int, status: CaseStatus | str) -> CaseSummary:
        new = parse_enum(CaseStatus, str(status), "case status")
        with self.case_file.unit_of_work() as session:
            item = find_case(session, ref)
            before = (item.status, item.closed_at)
            item.status = new
            item.closed_at = self.clock() if new is CaseStatus.RESOLVED else None
            session.flush()
            after = (item.status, item.closed_at)
            summary = self._summaries(session, [item.id])[0]
        action = Action(Verb.SET_STATUS, summary.title, new.value)
        changes = Changes.of(Kind.CASES, cases=[summary.id])
        write = partial(self.restore_status, summary.id)
        self.undo_history.record(value_step(action, changes, lambda v: write(*v), before, after))
        return summary

    def add_reference(
        self,
        ref: str | int,
        reference: str,
        *,
        given_by: str | None = None,
        given_at: datetime | None = None,
        note: str = "",
    ) -> ReferenceView:
        kind, value = parse_reference(reference)
        with self.case_file.unit_of_work() as session:
            item = find_case(session, ref)
            contact = contact_named(session, item.organization_id, given_by) if given_by else None
            before = case_record(item)
            item.references.append(
                Reference(kind=kind, value=value, given_by=contact, given_at=given_at, note=note)
            )
            session.flush()
            after = case_record(item)
        self._case_step(Verb.ADD_REFERENCE, before, after, value)
        return ReferenceView(kind.value, value, given_by, self.local_or_none(given_at), note)

    # -- editing, removing and putting back (each one unit of work) ------------------------

    def case_record(self, ref: str | int) -> CaseRecord:
        with self.case_file.reading() as session:
            return case_record(find_case(session, ref))

    def update_case(
        self,
        ref: str | int,
        *,
        title: str,
        organization: str | int,
        relatives: Iterable[str | int],
        status: CaseStatus | str,
        story_so_far: str,
        references: Iterable[str],
    ) -> CaseSummary:
        """Change what the case is; references already known keep who gave them and when."""
        cleaned = title.strip()
        if not cleaned:
            raise InvalidInput("the case needs a title")
        new_status = parse_enum(CaseStatus, str(status), "case status")
        wanted = list(dict.fromkeys(parse_reference(text) for text in references))
        with self.case_file.unit_of_work() as session:
            item = find_case(session, ref)
            before = case_record(item)
            org = find_organization(session, organization)
            members = list(dict.fromkeys(find_relative(session, r) for r in relatives))
            if org.id != item.organization_id or members != list(item.relatives):
                item.accounts = _accounts_of(session, org.id, members)
            item.title = cleaned
            item.organization = org
            item.relatives = members
            item.story_so_far = story_so_far
            if new_status is not item.status:
                item.status = new_status
                item.closed_at = self.clock() if new_status is CaseStatus.RESOLVED else None
            kept = [r for r in item.references if (r.kind, r.value) in wanted]
            known = {(r.kind, r.value) for r in kept}
            item.references = kept + [
                Reference(kind=kind, value=value, given_at=None)
                for kind, value in wanted
                if (kind, value) not in known
            ]
            session.flush()
            after = case_record(item)
            summary = self._summaries(session, [item.id])[0]
        self._case_step(Verb.EDIT_CASE, before, after)
        return summary

    def restore_status(
        self, ref: str | int, status: CaseStatus | str, closed_at: datetime | None
    ) -> CaseSummary:
        """Put a status back as it was, with the time the case was closed then."""
        new = parse_enum(CaseStatus, str(status), "case status")
        with self.case_file.unit_of_work() as session:
            item = find_case(session, ref)
            item.status = new
            item.closed_at = closed_at
            session.flush()
            return self._summaries(session, [item.id])[0]

    def case_uses(self, ref: str | int) -> dict[str, int]:
        """What the case's timeline holds; a case with any of it is not removed."""
        with self.case_file.reading() as session:
            return self._case_uses(session, find_case(session, ref).id)

    def _case_uses(self, session: Session, case_id: int) -> dict[str, int]:
        counts = {}
        for kind, column in (
            ("events", Event.case_id),
            ("promises", Promise.case_id),
            ("reminders", Reminder.case_id),
            ("appointments", Appointment.case_id),
            ("documents", Document.case_id),
            ("unfinished calls", CallDraft.case_id),
        ):
            count = int(session.scalar(select(func.count()).where(column == case_id)) or 0)
            if count:
                counts[kind] = count
        return counts

    def remove_case(self, ref: str | int) -> CaseRecord:
        """Remove a case with an empty timeline; its numbers and links go with it."""
        with self.case_file.unit_of_work() as session:
            item = find_case(session, ref)
            record = case_record(item)
            remove_unused(session, item, "case", item.title, self._case_uses(session, item.id))
        self._case_step(Verb.REMOVE_CASE, record, None)
        return record

    def restore_case(self, record: CaseRecord) -> CaseSummary:
        """Make the case be as recorded, under the same ids (added back if removed)."""
        with self.case_file.unit_of_work() as session:
            # a record added back is filled before it is written; no lookup flushes it half-done
            session.autoflush = False
            item = get_or_new(session, Case, record.id)
            item.title = record.title
            item.organization = find_organization(session, record.organization_id)
            item.status = CaseStatus(record.status)
            item.opened_at = record.opened_at
            item.closed_at = record.closed_at
            item.story_so_far = record.story_so_far
            item.relatives = [find_relative(session, i) for i in record.relative_ids]
            item.accounts = [a for i in record.account_ids if (a := session.get(Account, i))]
            existing = {r.id: r for r in item.references}
            restored = []
            for ref in record.references:
                reference = existing.get(ref.id) or Reference(id=ref.id)
                reference.kind = ReferenceKind(ref.kind)
                reference.value = ref.value
                reference.given_by_id = ref.given_by_id
                reference.given_at = ref.given_at
                reference.note = ref.note
                restored.append(reference)
            item.references = restored
            session.flush()
            return self._summaries(session, [item.id])[0]

    def _case_step(
        self, verb: Verb, before: CaseRecord | None, after: CaseRecord | None, detail: str = ""
    ) -> None:
        shown = after or before
        if shown is not None:
            self.undo_history.record(
                record_step(
                    Action(verb, shown.title, detail),
                    Changes.of(Kind.CASES, cases=[shown.id]),
                    before,
                    after,
                    self.restore_case,
                    self.remove_case,
                )
            )

    def _summaries(
        self, session: Session, ids: list[int], count_events: bool = False
    ) -> list[CaseSummary]:
        """Summaries of these cases, in that order, as the session sees them (writes too)."""
        return self._reader(session).summaries(ids, count_events=count_events)

    def _reader(self, session: Session) -> CaseReader:
        """The plain sqlite3 reader on the session's connection, inside its transaction."""
        return CaseReader(driver_connection(session), self.tz, self.clock)
