"""The timeline of a case: calls, mails, visits, letters, notes, and promises made outside them."""

from __future__ import annotations

import mimetypes
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    Subquery,
    and_,
    false,
    func,
    literal,
    or_,
    select,
    text,
    union_all,
)
from sqlalchemy.orm import Session, selectinload

from proxydesk.domain import (
    KIND_DEFAULTS,
    CallOutcome,
    Channel,
    Direction,
    EventKind,
    parse_enum,
)
from proxydesk.errors import InvalidInput, NotFound
from proxydesk.services.base import Service
from proxydesk.services.cases import find_case
from proxydesk.services.directory import contact_named
from proxydesk.services.views import PromiseBrief, TimelineEntry
from proxydesk.storage.blobs import store_blob
from proxydesk.storage.mail_models import MailMessage
from proxydesk.storage.models import Attachment, Case, Contact, Event, Promise

PROMISE_ENTRY = "promise"
EVENT_ENTRY = "event"
#: a text filter whose every word is at least this long is matched by the full-text index;
#: shorter words are looked for anywhere in the summary and text (LIKE)
FTS_MIN_WORD = 3
_EVENT_KINDS = frozenset(k.value for k in EventKind)


@dataclass(frozen=True)
class TimelineFilter:
    """Which entries of a case's timeline to show; the default shows all of them.

    ``kinds`` holds event kinds and ``"promise"`` (a promise recorded without an event);
    None means every kind. ``contact`` is a part of the contact's name, ``text`` words that
    must all appear in the summary or text (as word beginnings, or anywhere when short).
    """

    kinds: frozenset[str] | None = None
    contact: str = ""
    text: str = ""

    @property
    def active(self) -> bool:
        return self.kinds is not None or bool(self.contact.strip()) or bool(self.words)

    @property
    def words(self) -> list[str]:
        return [w for w in self.text.replace('"', " ").split() if w]


def _filter_of(
    kinds: Iterable[str] | None, contact: str | None, text_query: str | None
) -> TimelineFilter:
    return TimelineFilter(
        frozenset(kinds) if kinds is not None else None, contact or "", text_query or ""
    )


if TYPE_CHECKING:
    #: the keys of a page: ("event" or "promise", id, time); a string for SQLAlchemy 2.0
    _Keys: TypeAlias = "Select[str, int, datetime]"


def fts_match(words: list[str]) -> str:
    """An FTS5 query: every word, each as the beginning of a word in the text."""
    return " ".join(f'"{w}"*' for w in words)


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


def _mail_fields(
    message: MailMessage | None, local: Callable[[datetime | None], datetime | None]
) -> dict[str, Any]:
    if message is None:
        return {}
    receipt = None
    if message.read_at is not None:
        receipt = "read"
    elif message.receipt_requested:
        receipt = "requested"
    return {"mail_id": message.id, "receipt": receipt, "read_at": local(message.read_at)}


def find_event(session: Session, event_id: int) -> Event:
    event = session.get(Event, event_id)
    if event is None:
        raise NotFound(f"there is no event with id {event_id}")
    return event


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


class TimelineService(Service):
    def add_event(self, case: str | int, new: NewEvent) -> TimelineEntry:
        with self.case_file.unit_of_work() as session:
            event = write_event(session, find_case(session, case), new)
            return self._entries_for(session, [event])[0]

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
        if minutes < 0 or hold_minutes < 0:
            raise InvalidInput("minutes must not be negative")
        if hold_minutes > minutes:
            raise InvalidInput(
                f"the time on hold ({hold_minutes:g} min) is longer than the call ({minutes:g} min)"
            )
        if transfers < 0:
            raise InvalidInput("transfers must not be negative")
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
            event.attachments.append(Attachment(blob=blob, filename=path.name, mime_type=mime))
            return blob.sha256

    def count(
        self,
        case: str | int,
        *,
        kinds: Iterable[str] | None = None,
        contact: str | None = None,
        text: str | None = None,
    ) -> int:
        """How many entries the case's timeline has (those the filters let through)."""
        where = _filter_of(kinds, contact, text)
        with self.case_file.reading() as session:
            return self._page_query_count(session, find_case(session, case).id, where)

    def entries(
        self,
        case: str | int,
        *,
        offset: int = 0,
        limit: int | None = None,
        newest_first: bool = False,
        kinds: Iterable[str] | None = None,
        contact: str | None = None,
        text: str | None = None,
    ) -> list[TimelineEntry]:
        """One page of the timeline in time order: a fixed number of queries per page.

        ``kinds``, ``contact`` and ``text`` narrow it down (see ``TimelineFilter``).
        """
        where = _filter_of(kinds, contact, text)
        with self.case_file.reading() as session:
            case_id = find_case(session, case).id
            keys = self._page_keys(session, case_id, offset, limit, newest_first, where)
            event_ids = [key for entry, key in keys if entry == EVENT_ENTRY]
            promise_ids = [key for entry, key in keys if entry == PROMISE_ENTRY]
            events = {
                e.id: e
                for e in session.scalars(
                    select(Event)
                    .where(Event.id.in_(event_ids))
                    .options(selectinload(Event.contact), selectinload(Event.attachments))
                )
            }
            promises = {
                p.id: p
                for p in session.scalars(
                    select(Promise)
                    .where(Promise.id.in_(promise_ids))
                    .options(selectinload(Promise.made_by))
                )
            }
            built = {
                (EVENT_ENTRY, e.id): entry
                for e, entry in zip(
                    events.values(), self._entries_for(session, list(events.values())), strict=True
                )
            }
            built.update({(PROMISE_ENTRY, p.id): self._promise_entry(p) for p in promises.values()})
            return [built[key] for key in keys]

    def position(
        self,
        case: str | int,
        entry_id: int,
        *,
        promise: bool = False,
        newest_first: bool = False,
        kinds: Iterable[str] | None = None,
        contact: str | None = None,
        text: str | None = None,
    ) -> int | None:
        """The row of an event (or, with ``promise``, a loose promise) in the timeline as
        ``entries`` orders and filters it; None when it is not there."""
        where = _filter_of(kinds, contact, text)
        entry = PROMISE_ENTRY if promise else EVENT_ENTRY
        with self.case_file.reading() as session:
            page = self._page_union(find_case(session, case).id, where)
            at = session.scalar(
                select(page.c.at).where(page.c.entry == entry, page.c.key == entry_id)
            )
            if at is None:
                return None
            before = _ahead_of(page, at, entry, entry_id, newest_first)
            return int(session.scalar(select(func.count()).select_from(page).where(before)) or 0)

    def contacts(self, case: str | int) -> list[str]:
        """The names of everyone who appears in the case's timeline, sorted, each once."""
        with self.case_file.reading() as session:
            case_id = find_case(session, case).id
            in_events = (
                select(Contact.name)
                .join(Event, Event.contact_id == Contact.id)
                .where(Event.case_id == case_id)
            )
            in_promises = (
                select(Contact.name)
                .join(Promise, Promise.made_by_id == Contact.id)
                .where(Promise.case_id == case_id)
            )
            names = set(session.scalars(in_events)) | set(session.scalars(in_promises))
            return sorted(names, key=str.casefold)

    def search(self, query: str, *, limit: int = 200) -> list[TimelineEntry]:
        """Full-text search over every case's timeline, best matches first."""
        terms = TimelineFilter(text=query).words
        if not terms:
            return []
        match = fts_match(terms)
        with self.case_file.reading() as session:
            ids = list(
                session.scalars(
                    text(
                        "SELECT rowid FROM events_fts WHERE events_fts MATCH :match "
                        "ORDER BY rank LIMIT :limit"
                    ),
                    {"match": match, "limit": limit},
                )
            )
            events = {
                e.id: e
                for e in session.scalars(
                    select(Event)
                    .where(Event.id.in_(ids))
                    .options(selectinload(Event.contact), selectinload(Event.attachments))
                )
            }
            ordered = [events[i] for i in ids if i in events]
            return self._entries_for(session, ordered)

    # -- building the views --------------------------------------------------------------

    def _page_union(self, case_id: int, where: TimelineFilter | None = None) -> Subquery:
        where = where or TimelineFilter()
        parts: list[_Keys] = [self._event_keys(case_id, where)]
        if where.kinds is None or PROMISE_ENTRY in where.kinds:
            parts.append(self._loose_promise_keys(case_id, where))
        return union_all(*parts).subquery() if len(parts) > 1 else parts[0].subquery()

    def _event_keys(self, case_id: int, where: TimelineFilter) -> _Keys:
        query = select(
            literal(EVENT_ENTRY).label("entry"),
            Event.id.label("key"),
            Event.occurred_at.label("at"),
        ).where(Event.case_id == case_id)
        if where.kinds is not None:
            kinds = [EventKind(k) for k in where.kinds if k in _EVENT_KINDS]
            query = query.where(Event.kind.in_(kinds) if kinds else false())
        if where.contact.strip():
            query = query.join(Contact, Contact.id == Event.contact_id).where(
                Contact.name.icontains(where.contact.strip(), autoescape=True)
            )
        words = where.words
        if words and all(len(w) >= FTS_MIN_WORD for w in words):
            matching = text("SELECT rowid FROM events_fts WHERE events_fts MATCH :match")
            query = query.where(
                Event.id.in_(matching.bindparams(match=fts_match(words)).columns(rowid=Integer))
            )
        elif words:
            query = query.where(*(_contains(w, Event.summary, Event.body) for w in words))
        return query

    def _loose_promise_keys(self, case_id: int, where: TimelineFilter) -> _Keys:
        query = select(
            literal(PROMISE_ENTRY).label("entry"),
            Promise.id.label("key"),
            Promise.made_at.label("at"),
        ).where(Promise.case_id == case_id, Promise.made_in_event_id.is_(None))
        if where.contact.strip():
            query = query.join(Contact, Contact.id == Promise.made_by_id).where(
                Contact.name.icontains(where.contact.strip(), autoescape=True)
            )
        if where.words:
            query = query.where(*(_contains(w, Promise.text) for w in where.words))
        return query

    def _page_keys(
        self,
        session: Session,
        case_id: int,
        offset: int,
        limit: int | None,
        newest_first: bool,
        where: TimelineFilter | None = None,
    ) -> list[tuple[str, int]]:
        page = self._page_union(case_id, where)
        order = (
            (page.c.at.desc(), page.c.entry.desc(), page.c.key.desc())
            if newest_first
            else (page.c.at, page.c.entry, page.c.key)
        )
        query = select(page.c.entry, page.c.key).order_by(*order).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        return [(row.entry, row.key) for row in session.execute(query)]

    def _page_query_count(
        self, session: Session, case_id: int, where: TimelineFilter | None = None
    ) -> int:
        page = self._page_union(case_id, where)
        return int(session.scalar(select(func.count()).select_from(page)) or 0)

    def _entries_for(self, session: Session, events: Iterable[Event]) -> list[TimelineEntry]:
        events = list(events)
        briefs: dict[int, list[PromiseBrief]] = {}
        if events:
            for p in session.scalars(
                select(Promise)
                .where(Promise.made_in_event_id.in_([e.id for e in events]))
                .order_by(Promise.made_at, Promise.id)
            ):
                assert p.made_in_event_id is not None
                briefs.setdefault(p.made_in_event_id, []).append(
                    PromiseBrief(
                        p.id, p.kind.value, p.text, p.status.value, self.local_or_none(p.due_at)
                    )
                )
        mails = (
            {
                m.event_id: m
                for m in session.scalars(
                    select(MailMessage)
                    .where(MailMessage.event_id.in_([e.id for e in events]))
                    .options(selectinload(MailMessage.attachments))
                )
            }
            if events
            else {}
        )
        return [
            TimelineEntry(
                id=e.id,
                case_id=e.case_id,
                kind=e.kind.value,
                occurred_at=self.local(e.occurred_at),
                ended_at=self.local_or_none(e.ended_at),
                channel=e.channel.value,
                direction=e.direction.value,
                contact=e.contact.name if e.contact else None,
                summary=e.summary,
                body=e.body,
                number_dialed=e.number_dialed,
                hold_seconds=e.hold_seconds,
                transfers=e.transfers,
                outcome=e.outcome.value if e.outcome else None,
                attachments=[a.filename for a in e.attachments]
                + ([a.filename for a in mails[e.id].attachments] if e.id in mails else []),
                promises=briefs.get(e.id, []),
                **_mail_fields(mails.get(e.id), self.local_or_none),
            )
            for e in events
        ]

    def _promise_entry(self, p: Promise) -> TimelineEntry:
        return TimelineEntry(
            id=p.id,
            case_id=p.case_id,
            kind=PROMISE_ENTRY,
            occurred_at=self.local(p.made_at),
            ended_at=None,
            channel=Channel.NONE.value,
            direction=Direction.INCOMING.value,
            contact=p.made_by.name if p.made_by else None,
            summary=p.text,
            body="",
            promises=[
                PromiseBrief(
                    p.id, p.kind.value, p.text, p.status.value, self.local_or_none(p.due_at)
                )
            ],
        )


def _contains(word: str, *columns: Any) -> ColumnElement[bool]:
    """The word anywhere in one of the columns, ignoring case."""
    return or_(*(column.icontains(word, autoescape=True) for column in columns))


def _ahead_of(
    page: Subquery, at: datetime, entry: str, key: int, newest_first: bool
) -> ColumnElement[bool]:
    """Rows of the page that ``entries`` puts before (at, entry, key)."""

    def ahead(column: Any, value: Any) -> ColumnElement[bool]:
        return column > value if newest_first else column < value

    return or_(
        ahead(page.c.at, at),
        and_(
            page.c.at == at,
            or_(ahead(page.c.entry, entry), and_(page.c.entry == entry, ahead(page.c.key, key))),
        ),
    )
