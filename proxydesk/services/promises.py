"""Promises, claims of fact and instructions an agent gave, and how each turned out."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from proxydesk.changes import Changes, Kind
from proxydesk.domain import (
    EventKind,
    PromiseKind,
    PromiseStatus,
    check_due_after_made,
    check_promise_resolution,
    parse_enum,
    written_id,
)
from proxydesk.errors import InvalidInput, NotFound
from proxydesk.reading.engine import driver_connection
from proxydesk.reading.promises import PromiseReader
from proxydesk.services.base import Service, get_by_id
from proxydesk.services.cases import find_case
from proxydesk.services.directory import contact_named
from proxydesk.services.history import Action, Verb
from proxydesk.services.row_states import RowStates, Taken, row_step
from proxydesk.services.timeline_events import find_event
from proxydesk.storage.models import Case, Contradiction, Event, Promise
from proxydesk.views import (
    ContradictionView,
    EventBrief,
    PromiseHistory,
    PromiseView,
)


def find_promise(session: Session, promise_id: int | str) -> Promise:
    text = str(promise_id).strip()
    number = written_id(promise_id)
    promise = None if number is None else get_by_id(session, Promise, number)
    if promise is None:
        raise NotFound(f"there is no promise with id {text}")
    return promise


def write_promise(
    session: Session,
    case: Case,
    *,
    text: str,
    by: str | None,
    at: datetime,
    due: datetime | None = None,
    kind: PromiseKind | str = PromiseKind.PROMISE,
    event: Event | None = None,
    team: str = "",
) -> Promise:
    """Check and add one statement inside an open unit of work (``by`` None: nobody named)."""
    cleaned = text.strip()
    if not cleaned:
        raise InvalidInput("what was promised must not be empty")
    parsed_kind = parse_enum(PromiseKind, str(kind), "promise kind")
    check_due_after_made(at, due)
    promise = Promise(
        case_id=case.id,
        kind=parsed_kind,
        text=cleaned,
        made_by=contact_named(session, case.organization_id, by, team) if by is not None else None,
        made_in_event=event,
        made_at=at,
        due_at=due,
        status=PromiseStatus.OPEN,
    )
    session.add(promise)
    session.flush()
    return promise


class PromiseService(Service):
    def add(
        self,
        case: str | int,
        *,
        text: str,
        by: str,
        at: datetime,
        due: datetime | None = None,
        kind: PromiseKind | str = PromiseKind.PROMISE,
        event_id: int | None = None,
        team: str = "",
    ) -> PromiseView:
        """Record a statement; without an event it joins the call that was running at ``at``."""
        # checked here too, to name the times in the file's zone
        check_due_after_made(self.local(at), self.local_or_none(due))
        with self.case_file.unit_of_work() as session:
            item = find_case(session, case)
            event: Event | None
            if event_id is not None:
                event = find_event(session, event_id)
                if event.case_id != item.id:
                    raise InvalidInput(f"event {event_id} belongs to another case")
            else:
                event = self._running_call(session, item.id, at)
            rows = RowStates(session)
            promise = write_promise(
                session, item, text=text, by=by, at=at, due=due, kind=kind, event=event, team=team
            )
            rows.added(promise)
            taken = rows.taken()
            view = self._views(session, [promise])[0]
        self._record(Action(Verb.ADD_PROMISE, view.text), view.case_id, taken)
        return view

    def resolve(
        self,
        promise_id: int | str,
        status: PromiseStatus | str,
        *,
        event_id: int | None = None,
        note: str = "",
        at: datetime | None = None,
    ) -> PromiseView:
        """Record how it turned out, at the event's time, else ``at``, else now."""
        new = parse_enum(PromiseStatus, str(status), "outcome")
        with self.case_file.unit_of_work() as session:
            promise = find_promise(session, promise_id)
            check_promise_resolution(promise.status, new)
            rows = RowStates(session)
            rows.before(promise)
            when = at or self.clock()
            if event_id is not None:
                event = find_event(session, event_id)
                if event.case_id != promise.case_id:
                    raise InvalidInput(f"event {event_id} belongs to another case")
                if event.occurred_at < promise.made_at:
                    raise InvalidInput(f"event {event_id} happened before the promise was made")
                promise.resolved_by_event = event
                when = event.occurred_at
            promise.status = new
            promise.resolved_at = when
            promise.resolution_note = note
            taken = rows.taken()
            view = self._views(session, [promise])[0]
        self._record(Action(Verb.MARK_PROMISE, view.text, new.value), view.case_id, taken)
        return view

    def reopen(self, promise_id: int | str) -> PromiseView:
        """Take back how a promise turned out (an undo): open again, as it was before.

        A new change in the audit log, like any other; the resolution stays on record there.
        """
        with self.case_file.unit_of_work() as session:
            promise = find_promise(session, promise_id)
            promise.status = PromiseStatus.OPEN
            promise.resolved_at = None
            promise.resolved_by_event = None
            promise.resolution_note = ""
            session.flush()
            return self._views(session, [promise])[0]

    def promises(
        self,
        *,
        case: str | int | None = None,
        only_open: bool = False,
        only_overdue: bool = False,
    ) -> list[PromiseView]:
        with self.case_file.reading() as session:
            case_id = find_case(session, case).id if case is not None else None
            return self._reader(session).promises(
                case_id, only_open=only_open, only_overdue=only_overdue
            )

    def promise(self, promise_id: int | str) -> PromiseView:
        with self.case_file.reading() as session:
            return self._views(session, [find_promise(session, promise_id)])[0]

    def link_contradiction(
        self, first_id: int | str, second_id: int | str, note: str = ""
    ) -> ContradictionView:
        with self.case_file.unit_of_work() as session:
            first, second = find_promise(session, first_id), find_promise(session, second_id)
            if first.id == second.id:
                raise InvalidInput("a statement cannot contradict itself")
            low, high = sorted((first, second), key=lambda p: p.id)
            exists = session.scalars(
                select(Contradiction).where(
                    Contradiction.first_id == low.id, Contradiction.second_id == high.id
                )
            ).first()
            if exists is not None:
                raise InvalidInput(f"promises {low.id} and {high.id} are already linked")
            link = Contradiction(first=low, second=high, note=note)
            session.add(link)
            rows = RowStates(session)
            rows.added(link)
            taken = rows.taken()
            a, b = self._views(session, [low, high])
        self._record(Action(Verb.LINK_CONTRADICTION, a.text, b.text), a.case_id, taken)
        return ContradictionView(link.id, a, b, note)

    def _record(self, action: Action, case_id: int, taken: Taken) -> None:
        changes = Changes.of(Kind.PROMISES, Kind.TIMELINE, cases=[case_id])
        self.undo_history.record(row_step(self.case_file, action, changes, taken))

    def contradictions(self, case: str | int | None = None) -> list[ContradictionView]:
        with self.case_file.reading() as session:
            case_id = find_case(session, case).id if case is not None else None
            return self._reader(session).contradictions(case_id)

    def history(self, promise_id: int | str) -> PromiseHistory:
        """The promise with the event it came from, how it turned out, what contradicts it."""
        with self.case_file.reading() as session:
            promise_id = find_promise(session, promise_id).id
            history = self._reader(session).history(promise_id)
            assert history is not None
            return history

    def events_after(self, promise_id: int | str) -> list[EventBrief]:
        """The case's events since the promise was made, newest first: what may show its fate."""
        with self.case_file.reading() as session:
            return self._reader(session).events_after(find_promise(session, promise_id).id)

    def _running_call(self, session: Session, case_id: int, at: datetime) -> Event | None:
        return session.scalars(
            select(Event)
            .where(
                Event.case_id == case_id,
                Event.kind == EventKind.CALL,
                Event.occurred_at <= at,
                Event.ended_at >= at,
            )
            .order_by(Event.occurred_at.desc())
        ).first()

    def _views(self, session: Session, promises: list[Promise]) -> list[PromiseView]:
        """These statements as views, as the session sees them (its writes too)."""
        session.flush()
        return self._reader(session).views([p.id for p in promises])

    def _reader(self, session: Session) -> PromiseReader:
        return PromiseReader(driver_connection(session), self.tz, self.clock)
