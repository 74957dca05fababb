"""Promises, claims of fact and instructions an agent gave, and how each turned out."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from proxydesk.changes import Changes, Kind
from proxydesk.domain import (
    EventKind,
    PromiseKind,
    PromiseStatus,
    check_due_after_made,
    check_promise_resolution,
    is_overdue,
    parse_enum,
)
from proxydesk.errors import InvalidInput, NotFound
from proxydesk.services.base import Service, mapping
from proxydesk.services.cases import find_case
from proxydesk.services.directory import contact_named
from proxydesk.services.history import Action, Verb
from proxydesk.services.row_states import RowStates, Taken, row_step
from proxydesk.services.timeline import find_event
from proxydesk.storage.models import Case, Contradiction, Event, Promise
from proxydesk.views import (
    ContradictionView,
    EventBrief,
    PromiseHistory,
    PromiseView,
)


def find_promise(session: Session, promise_id: int | str) -> Promise:
    text = str(promise_id).strip()
    promise = session.get(Promise, int(text)) if text.isdigit() else None
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
            query = select(Promise).order_by(Promise.made_at, Promise.id)
            if case is not None:
                query = query.where(Promise.case_id == find_case(session, case).id)
            if only_open or only_overdue:
                query = query.where(Promise.status == PromiseStatus.OPEN)
            if only_overdue:
                query = query.where(Promise.due_at < self.clock())
            return self._views(session, list(session.scalars(query)))

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
            query = select(Contradiction).order_by(Contradiction.id)
            if case is not None:
                case_id = find_case(session, case).id
                query = query.join(Promise, Promise.id == Contradiction.first_id).where(
                    Promise.case_id == case_id
                )
            links = list(session.scalars(query))
            views = {
                v.id: v
                for v in self._views(
                    session, [p for link in links for p in (link.first, link.second)]
                )
            }
            return [
                ContradictionView(link.id, views[link.first_id], views[link.second_id], link.note)
                for link in links
            ]

    def history(self, promise_id: int | str) -> PromiseHistory:
        """The promise with the event it came from, how it turned out, what contradicts it."""
        with self.case_file.reading() as session:
            promise = find_promise(session, promise_id)
            links = list(
                session.scalars(
                    select(Contradiction)
                    .where(
                        or_(
                            Contradiction.first_id == promise.id,
                            Contradiction.second_id == promise.id,
                        )
                    )
                    .order_by(Contradiction.id)
                )
            )
            views = {
                v.id: v
                for v in self._views(
                    session, [promise, *(p for link in links for p in (link.first, link.second))]
                )
            }
            return PromiseHistory(
                promise=views[promise.id],
                made_by_team=promise.made_by.team if promise.made_by else "",
                made_in=self._brief(promise.made_in_event),
                resolved_by=self._brief(promise.resolved_by_event),
                resolution_note=promise.resolution_note,
                contradictions=[
                    ContradictionView(
                        link.id, views[link.first_id], views[link.second_id], link.note
                    )
                    for link in links
                ],
            )

    def events_after(self, promise_id: int | str) -> list[EventBrief]:
        """The case's events since the promise was made, newest first: what may show its fate."""
        with self.case_file.reading() as session:
            promise = find_promise(session, promise_id)
            events = session.scalars(
                select(Event)
                .where(Event.case_id == promise.case_id, Event.occurred_at >= promise.made_at)
                .options(selectinload(Event.contact))
                .order_by(Event.occurred_at.desc(), Event.id.desc())
            )
            return [brief for e in events if (brief := self._brief(e)) is not None]

    def _brief(self, event: Event | None) -> EventBrief | None:
        if event is None:
            return None
        return EventBrief(
            event.id,
            event.kind.value,
            self.local(event.occurred_at),
            event.summary,
            event.contact.name if event.contact else None,
        )

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
        if not promises:
            return []
        ids = list({p.id for p in promises})
        linked: dict[int, list[int]] = {}
        for link in session.scalars(
            select(Contradiction).where(
                or_(Contradiction.first_id.in_(ids), Contradiction.second_id.in_(ids))
            )
        ):
            linked.setdefault(link.first_id, []).append(link.second_id)
            linked.setdefault(link.second_id, []).append(link.first_id)
        titles = mapping(
            session, select(Case.id, Case.title).where(Case.id.in_({p.case_id for p in promises}))
        )
        session.execute(
            select(Promise).where(Promise.id.in_(ids)).options(selectinload(Promise.made_by))
        ).all()
        now = self.clock()
        return [
            PromiseView(
                id=p.id,
                case_id=p.case_id,
                case_title=titles[p.case_id],
                kind=p.kind.value,
                text=p.text,
                made_by=p.made_by.name if p.made_by else None,
                made_at=self.local(p.made_at),
                due_at=self.local_or_none(p.due_at),
                status=p.status.value,
                overdue=is_overdue(p.status, p.due_at, now),
                made_in_event_id=p.made_in_event_id,
                resolved_at=self.local_or_none(p.resolved_at),
                resolved_by_event_id=p.resolved_by_event_id,
                contradicts=sorted(linked.get(p.id, [])),
            )
            for p in promises
        ]
