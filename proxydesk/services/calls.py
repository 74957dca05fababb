"""A call while it runs: a draft saved as typed, then one event with its promises."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from proxydesk.changes import Changes, Kind
from proxydesk.domain import (
    CallOutcome,
    EventKind,
    PromiseKind,
    check_due_after_made,
    parse_enum,
)
from proxydesk.errors import InvalidInput
from proxydesk.services.base import Service, find_by_id, mapping
from proxydesk.services.cases import find_case
from proxydesk.services.history import Action, Verb
from proxydesk.services.promises import write_promise
from proxydesk.services.row_states import RowStates, row_step
from proxydesk.services.timeline_events import NewEvent, call_summary, write_event
from proxydesk.storage.call_models import CallDraft
from proxydesk.storage.models import Case


class CallState(enum.StrEnum):
    """Where a hotline call is: the voice menu, on hold, talking to someone, being transferred."""

    MENU = "menu"
    HOLD = "hold"
    TALKING = "talking"
    TRANSFERRED = "transferred"


@dataclass(frozen=True)
class CallSegment:
    """A stretch of the call in one state; the running one has no end yet."""

    state: CallState
    start: datetime
    end: datetime | None = None

    def seconds(self, now: datetime) -> float:
        end = self.end if self.end is not None else now
        return max((end - self.start).total_seconds(), 0.0)


@dataclass(frozen=True)
class CallNote:
    at: datetime
    text: str
    #: still in the input line when the draft was saved
    typing: bool = False


@dataclass(frozen=True)
class PendingPromise:
    """A statement noted during the call; it becomes a promise when the call ends."""

    at: datetime
    text: str
    due: datetime | None = None
    kind: PromiseKind = PromiseKind.PROMISE


@dataclass(frozen=True)
class CallContent:
    """What the user has told about the running call so far."""

    number: str = ""
    segments: tuple[CallSegment, ...] = ()
    agent: str = ""
    team: str = ""
    notes: tuple[CallNote, ...] = ()
    promises: tuple[PendingPromise, ...] = ()

    @property
    def state(self) -> CallState | None:
        """The state of the running segment; None before the first or after the end."""
        if self.segments and self.segments[-1].end is None:
            return self.segments[-1].state
        return None

    def switched(self, state: CallState, at: datetime) -> CallContent:
        """The running segment ends at ``at`` and one in ``state`` begins (same state: as is)."""
        if self.state is state:
            return self
        return replace(self, segments=(*self.closed(at).segments, CallSegment(state, at)))

    def closed(self, at: datetime) -> CallContent:
        """The running segment, if any, ends at ``at`` (never before it began)."""
        if self.state is None:
            return self
        last = self.segments[-1]
        return replace(self, segments=(*self.segments[:-1], replace(last, end=max(at, last.start))))

    def seconds_in(self, state: CallState, now: datetime) -> int:
        return round(sum(s.seconds(now) for s in self.segments if s.state is state))

    @property
    def transfers(self) -> int:
        return sum(1 for s in self.segments if s.state is CallState.TRANSFERRED)

    @property
    def written_notes(self) -> list[CallNote]:
        return [n for n in self.notes if n.text.strip()]


@dataclass(frozen=True)
class CallDraftView:
    id: int
    case_id: int
    case_title: str
    started_at: datetime
    updated_at: datetime
    content: CallContent


@dataclass(frozen=True)
class FinishedCall:
    event_id: int
    case_id: int
    promise_ids: list[int]
    seconds: int
    hold_seconds: int


# -- the draft's JSON --------------------------------------------------------------------


def _time(value: datetime | None) -> str | None:
    return None if value is None else value.astimezone(UTC).isoformat()


def _parse(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def _required_time(value: str) -> datetime:
    parsed = _parse(value)
    assert parsed is not None
    return parsed


def _store(draft: CallDraft, content: CallContent) -> None:
    draft.number = content.number.strip()
    draft.agent = content.agent.strip()
    draft.team = content.team.strip()
    draft.segments = [
        {"state": s.state.value, "from": _time(s.start), "to": _time(s.end)}
        for s in content.segments
    ]
    draft.notes = [{"at": _time(n.at), "text": n.text, "typing": n.typing} for n in content.notes]
    draft.promises = [
        {"at": _time(p.at), "text": p.text, "due": _time(p.due), "kind": p.kind.value}
        for p in content.promises
    ]


def _content(draft: CallDraft) -> CallContent:
    return CallContent(
        number=draft.number,
        segments=tuple(
            CallSegment(CallState(s["state"]), _required_time(s["from"]), _parse(s.get("to")))
            for s in draft.segments
        ),
        agent=draft.agent,
        team=draft.team,
        notes=tuple(
            CallNote(_required_time(n["at"]), n.get("text", ""), bool(n.get("typing", False)))
            for n in draft.notes
        ),
        promises=tuple(
            PendingPromise(
                _required_time(p["at"]),
                p.get("text", ""),
                _parse(p.get("due")),
                PromiseKind(p.get("kind", PromiseKind.PROMISE.value)),
            )
            for p in draft.promises
        ),
    )


def _find(session: Session, draft_id: int) -> CallDraft:
    return find_by_id(session, CallDraft, draft_id, "unfinished call")


class CallDraftService(Service):
    """Start, keep and finish the call being logged; its draft lives in the case file."""

    def start(
        self,
        case: str | int,
        number: str = "",
        *,
        at: datetime | None = None,
        state: CallState = CallState.MENU,
    ) -> CallDraftView:
        when = at or self.clock()
        content = CallContent(number=number).switched(state, when)
        with self.case_file.unit_of_work() as session:
            item = find_case(session, case)
            draft = CallDraft(case_id=item.id, started_at=when, updated_at=when)
            _store(draft, content)
            session.add(draft)
            session.flush()
            return self._views(session, [draft])[0]

    def update(self, draft_id: int, content: CallContent) -> CallDraftView:
        """Replace what the draft holds; called as the user types and on every button."""
        with self.case_file.unit_of_work() as session:
            draft = _find(session, draft_id)
            _store(draft, content)
            draft.updated_at = self.clock()
            return self._views(session, [draft])[0]

    def drafts(self) -> list[CallDraftView]:
        """The calls that were not finished, oldest first: offered back when the app starts."""
        with self.case_file.reading() as session:
            found = session.scalars(select(CallDraft).order_by(CallDraft.started_at, CallDraft.id))
            return self._views(session, list(found))

    def draft(self, draft_id: int) -> CallDraftView:
        with self.case_file.reading() as session:
            return self._views(session, [_find(session, draft_id)])[0]

    def discard(self, draft_id: int) -> None:
        with self.case_file.unit_of_work() as session:
            session.delete(_find(session, draft_id))

    def finish(
        self,
        draft_id: int,
        outcome: CallOutcome | str | None = None,
        *,
        ended_at: datetime | None = None,
    ) -> FinishedCall:
        """The call as one event with its promises, and the draft gone: all of it, or none."""
        parsed = parse_enum(CallOutcome, str(outcome), "outcome") if outcome else None
        with self.case_file.unit_of_work() as session:
            draft = _find(session, draft_id)
            end = ended_at or self.clock()
            if end < draft.started_at:
                raise InvalidInput("the call cannot end before it started")
            content = _content(draft).closed(end)
            number = content.number.strip()
            if not number:
                raise InvalidInput("the call needs the number dialed")
            for pending in content.promises:
                check_due_after_made(self.local(pending.at), self.local_or_none(pending.due))
            case = session.get(Case, draft.case_id)
            assert case is not None
            rows = RowStates(session)
            agent = content.agent.strip() or None
            hold = min(
                content.seconds_in(CallState.HOLD, end),
                round((end - draft.started_at).total_seconds()),
            )
            event = write_event(
                session,
                case,
                NewEvent(
                    kind=EventKind.CALL,
                    occurred_at=draft.started_at,
                    ended_at=end,
                    summary=call_summary(number, agent, parsed),
                    body=self._body(content.written_notes, draft.started_at),
                    contact=agent,
                    contact_team=content.team.strip(),
                    number_dialed=number,
                    hold_seconds=hold,
                    transfers=content.transfers,
                    outcome=parsed,
                ),
            )
            promises = [
                write_promise(
                    session,
                    case,
                    text=p.text,
                    by=agent,
                    at=p.at,
                    due=p.due,
                    kind=p.kind,
                    event=event,
                    team=content.team.strip(),
                )
                for p in content.promises
                if p.text.strip()
            ]
            rows.added(event, *promises)  # the draft is scratch: undo leaves it gone
            session.delete(draft)
            taken = rows.taken()
            finished = FinishedCall(
                event.id,
                case.id,
                [p.id for p in promises],
                round((end - draft.started_at).total_seconds()),
                hold,
            )
            action = Action(Verb.FINISH_CALL, case.title, number)
        changes = Changes.of(Kind.TIMELINE, Kind.PROMISES, Kind.CASES, cases=[case.id])
        self.undo_history.record(row_step(self.case_file, action, changes, taken))
        return finished

    def _body(self, notes: Iterable[CallNote], started: datetime) -> str:
        """One line per note, with the time it was taken (the date too on another day)."""
        first_day = self.local(started).date()
        lines = []
        for note in sorted(notes, key=lambda n: n.at):
            at = self.local(note.at)
            stamp = at.strftime("%H:%M" if at.date() == first_day else "%Y-%m-%d %H:%M")
            lines.append(f"{stamp}  {note.text.strip()}")
        return "\n".join(lines)

    def _views(self, session: Session, drafts: list[CallDraft]) -> list[CallDraftView]:
        titles: dict[int, Any] = mapping(
            session, select(Case.id, Case.title).where(Case.id.in_({d.case_id for d in drafts}))
        )
        return [
            CallDraftView(
                id=d.id,
                case_id=d.case_id,
                case_title=titles[d.case_id],
                started_at=self.local(d.started_at),
                updated_at=self.local(d.updated_at),
                content=_localized(_content(d), self.local),
            )
            for d in drafts
        ]


def _localized(content: CallContent, local: Callable[[datetime], datetime]) -> CallContent:
    """The content with every time in the file's zone, as the UI shows it."""
    return replace(
        content,
        segments=tuple(
            replace(s, start=local(s.start), end=None if s.end is None else local(s.end))
            for s in content.segments
        ),
        notes=tuple(replace(n, at=local(n.at)) for n in content.notes),
        promises=tuple(
            replace(p, at=local(p.at), due=None if p.due is None else local(p.due))
            for p in content.promises
        ),
    )
