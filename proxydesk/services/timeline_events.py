"""Writing to a case's timeline: events, calls, notes and the files kept with them."""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from proxydesk.changes import Changes, Kind
from proxydesk.domain import (
    KIND_DEFAULTS,
    CallOutcome,
    Channel,
    Direction,
    EventKind,
    check_call_length,
    parse_enum,
)
from proxydesk.errors import InvalidInput
from proxydesk.services.base import find_by_id
from proxydesk.services.cases import find_case
from proxydesk.services.directory import contact_named
from proxydesk.services.history import Action, Verb
from proxydesk.services.row_states import RowStates, Taken, row_step
from proxydesk.services.timeline_pages import TimelineReading
from proxydesk.storage.blobs import store_blob
from proxydesk.storage.models import Attachment, Case, Event
from proxydesk.views import TimelineEntry


@dataclass(frozen=True)
class NewEvent:
    """What the user tells about something that happened."""

    kind: EventKind
    occurred_at: datetime
    summary: str
    body: str = ""
    ended_at: datetime | None = None
    contact: str | None = None
    contact_team: str = ""
    channel: Channel | None = None
    direction: Direction | None = None
    number_dialed: str | None = None
    hold_seconds: int | None = None
    transfers: int | None = None
    outcome: CallOutcome | None = None


def find_event(session: Session, event_id: int) -> Event:
    return find_by_id(session, Event, event_id, "event")


def write_event(session: Session, case: Case, new: NewEvent) -> Event:
    """Check and add one event inside an open unit of work: every way of adding one ends here."""
    summary = new.summary.strip()
    if not summary:
        raise InvalidInput("the event needs a summary")
    if new.ended_at is not None and new.ended_at < new.occurred_at:
        raise InvalidInput("the event ends before it starts")
    default_channel, default_direction = KIND_DEFAULTS[new.kind]
    contact = (
        contact_named(session, case.organization_id, new.contact, new.contact_team)
        if new.contact
        else None
    )
    event = Event(
        case_id=case.id,
        kind=new.kind,
        occurred_at=new.occurred_at,
        ended_at=new.ended_at,
        channel=new.channel or default_channel,
        direction=new.direction or default_direction,
        contact=contact,
        summary=summary,
        body=new.body,
        number_dialed=new.number_dialed,
        hold_seconds=new.hold_seconds,
        transfers=new.transfers,
        outcome=new.outcome,
    )
    session.add(event)
    session.flush()
    return event


def call_summary(number: str, agent: str | None, outcome: CallOutcome | None) -> str:
    """``Call to +49 800 ... with Frau Keller (promise made)``."""
    who = f" with {agent}" if agent else ""
    summary = f"Call to {number.strip()}{who}"
    if outcome is not None:
        summary += f" ({outcome.value.replace('_', ' ')})"
    return summary


class TimelineWriting(TimelineReading):
    """Adding to the timeline: each call one unit of work, answered with the new entry."""

    def add_event(self, case: str | int, new: NewEvent) -> TimelineEntry:
        with self.case_file.unit_of_work() as session:
            item = find_case(session, case)
            event = write_event(session, item, new)
            rows = RowStates(session)
            rows.added(event)
            taken = rows.taken()
            entry = self._entries_by_id(session, [event.id])[0]
            action = Action(Verb.ADD_ENTRY, item.title, event.summary)
        self._record(action, item.id, taken)
        return entry

    def log_call(
        self,
        case: str | int,
        *,
        number: str,
        start: datetime,
        minutes: float,
        hold_minutes: float = 0,
        transfers: int = 0,
        agent: str | None = None,
        team: str = "",
        outcome: CallOutcome | str | None = None,
        notes: str = "",
        summary: str | None = None,
    ) -> TimelineEntry:
        if not number.strip():
            raise InvalidInput("the call needs the number dialed")
        check_call_length(minutes, hold_minutes, transfers)
        parsed_outcome = parse_enum(CallOutcome, str(outcome), "outcome") if outcome else None
        if summary is None:
            summary = call_summary(number, agent, parsed_outcome)
        return self.add_event(
            case,
            NewEvent(
                kind=EventKind.CALL,
                occurred_at=start,
                ended_at=start + timedelta(minutes=minutes),
                summary=summary,
                body=notes,
                contact=agent,
                contact_team=team,
                number_dialed=number.strip(),
                hold_seconds=round(hold_minutes * 60),
                transfers=transfers,
                outcome=parsed_outcome,
            ),
        )

    def add_note(self, case: str | int, note: str, at: datetime | None = None) -> TimelineEntry:
        cleaned = note.strip()
        if not cleaned:
            raise InvalidInput("the note is empty")
        first_line = cleaned.splitlines()[0]
        summary = first_line if len(first_line) <= 100 else first_line[:99] + "…"
        return self.add_event(
            case,
            NewEvent(EventKind.NOTE, at or self.clock(), summary, body=cleaned),
        )

    def attach(self, event_id: int, path: Path) -> str:
        """Store a file with an event; the same content is kept once in the file."""
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InvalidInput(f"cannot read {path}: {exc.strerror}") from None
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        with self.case_file.unit_of_work() as session:
            event = find_event(session, event_id)
            blob = store_blob(session, data)
            attachment = Attachment(blob=blob, filename=path.name, mime_type=mime)
            event.attachments.append(attachment)
            rows = RowStates(session)
            rows.added(attachment)  # undone, the file's content may stay stored
            taken = rows.taken()
            action = Action(Verb.ATTACH_FILE, path.name, event.summary)
            case_id = event.case_id
        self._record(action, case_id, taken)
        return blob.sha256

    def _record(self, action: Action, case_id: int, taken: Taken) -> None:
        changes = Changes.of(Kind.TIMELINE, Kind.CASES, cases=[case_id])
        self.undo_history.record(row_step(self.case_file, action, changes, taken))
