"""Reading a case's timeline: filters, pages in time order, positions, the full-text search.

A page is read as rows, not as ORM objects: the events of the page with their contact in one
query, the promises said outside any event in another, then what the page's events carry
(promises, attachment names, mail receipts) in one query each. Paging walks the
``(case, time, id)`` indexes from the last entry shown, so a page deep in a long case costs
what the first one does, and nothing is counted unless a count is asked for.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    ColumnElement,
    Float,
    Integer,
    false,
    func,
    literal,
    or_,
    select,
    text,
    tuple_,
    union_all,
)
from sqlalchemy.orm import Session

from proxydesk.domain import EventKind
from proxydesk.services.base import Service
from proxydesk.services.cases import find_case
from proxydesk.services.timeline_rows import (
    EVENT_ENTRY,
    LOOSE_PROMISE_COLUMNS,
    PROMISE_ENTRY,
    event_entries,
    event_select,
    events_by_id,
    loose_entry,
    promise_entry,
    stored_time,
)
from proxydesk.services.views import TimelineEntry
from proxydesk.storage.models import Contact, Event, Promise

if TYPE_CHECKING:
    from proxydesk.services.timeline_rows import AnySelect

#: a text filter whose every word is at least this long is matched by the full-text index;
#: shorter words are looked for anywhere in the summary and text (LIKE)
FTS_MIN_WORD = 3
_EVENT_KINDS = frozenset(k.value for k in EventKind)
#: at the same moment an event comes before a promise said outside any event
_RANK = {EVENT_ENTRY: 0, PROMISE_ENTRY: 1}


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

    @property
    def shows_loose_promises(self) -> bool:
        return self.kinds is None or PROMISE_ENTRY in self.kinds


def filter_of(
    kinds: Iterable[str] | None, contact: str | None, text_query: str | None
) -> TimelineFilter:
    return TimelineFilter(
        frozenset(kinds) if kinds is not None else None, contact or "", text_query or ""
    )


def fts_match(words: list[str]) -> str:
    """An FTS5 query: every word, each as the beginning of a word in the text."""
    return " ".join(f'"{w}"*' for w in words)


@dataclass(frozen=True)
class PagePlace:
    """Where an entry stands in the timeline's order: time, events before promises, id."""

    at: datetime
    entry: str
    key: int

    @classmethod
    def of(cls, entry: TimelineEntry) -> PagePlace:
        kind = PROMISE_ENTRY if entry.kind == PROMISE_ENTRY else EVENT_ENTRY
        return cls(entry.occurred_at, kind, entry.id)

    def order(self) -> tuple[datetime, int, int]:
        return (self.at, _RANK[self.entry], self.key)


# -- which rows: the two halves of a page ------------------------------------------------


def _contains(word: str, *columns: Any) -> ColumnElement[bool]:
    """The word anywhere in one of the columns, ignoring case."""
    return or_(*(column.icontains(word, autoescape=True) for column in columns))


def event_rows(case_id: int, where: TimelineFilter) -> AnySelect:
    """The case's events the filter lets through, each with its contact's name."""
    query = event_select().where(Event.case_id == case_id)
    if where.kinds is not None:
        kinds = [EventKind(k) for k in where.kinds if k in _EVENT_KINDS]
        query = query.where(Event.kind.in_(kinds) if kinds else false())
    if where.contact.strip():
        query = query.where(Contact.name.icontains(where.contact.strip(), autoescape=True))
    words = where.words
    if words and all(len(w) >= FTS_MIN_WORD for w in words):
        matching = text("SELECT rowid FROM events_fts WHERE events_fts MATCH :match")
        query = query.where(
            Event.id.in_(matching.bindparams(match=fts_match(words)).columns(rowid=Integer))
        )
    elif words:
        query = query.where(*(_contains(w, Event.summary, Event.body) for w in words))
    return query


def loose_promise_rows(case_id: int, where: TimelineFilter) -> AnySelect:
    """The case's promises said outside any event that the filter lets through."""
    query: AnySelect = (
        select(*LOOSE_PROMISE_COLUMNS)
        .select_from(Promise)
        .outerjoin(Contact, Contact.id == Promise.made_by_id)
        .where(Promise.case_id == case_id, Promise.made_in_event_id.is_(None))
    )
    if where.contact.strip():
        query = query.where(Contact.name.icontains(where.contact.strip(), autoescape=True))
    if where.words:
        query = query.where(*(_contains(w, Promise.text) for w in where.words))
    return query


def _beyond(
    at: Any, key: Any, entry: str, place: PagePlace, newest_first: bool
) -> ColumnElement[bool]:
    """Rows of one half (``entry``) that come after ``place`` in the timeline's order."""
    rank, theirs = _RANK[entry], _RANK[place.entry]
    if rank == theirs:
        # the place's values bound as the columns' types (UTC text for the time)
        mark = tuple_(literal(place.at, at.type), literal(place.key, key.type))
        ours_ = tuple_(at, key)
        return ours_ < mark if newest_first else ours_ > mark
    # the other half: at the same moment, events come first
    later_at_same_time = rank > theirs if not newest_first else rank < theirs
    if newest_first:
        return at <= place.at if later_at_same_time else at < place.at
    return at >= place.at if later_at_same_time else at > place.at


def _ordered(query: AnySelect, at: Any, key: Any, newest_first: bool) -> AnySelect:
    if newest_first:
        return query.order_by(at.desc(), key.desc())
    return query.order_by(at, key)


# -- building the views ------------------------------------------------------------------


class TimelineReading(Service):
    """What the timeline shows: pages, counts, positions, names, search results."""

    def count(
        self,
        case: str | int,
        *,
        kinds: Iterable[str] | None = None,
        contact: str | None = None,
        text: str | None = None,
    ) -> int:
        """How many entries the case's timeline has (those the filters let through)."""
        where = filter_of(kinds, contact, text)
        with self.case_file.reading() as session:
            case_id = find_case(session, case).id
            return self._count(session, case_id, where)

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
        after: TimelineEntry | None = None,
    ) -> list[TimelineEntry]:
        """One page of the timeline in time order: a fixed number of queries per page.

        ``kinds``, ``contact`` and ``text`` narrow it down (see ``TimelineFilter``); with
        ``after`` (the last entry of the page before) the page starts right behind it,
        and ``offset`` counts from there.
        """
        where = filter_of(kinds, contact, text)
        place = PagePlace.of(after) if after is not None else None
        wanted = None if limit is None else offset + limit
        with self.case_file.reading() as session:
            case_id = find_case(session, case).id
            events = event_rows(case_id, where)
            if place is not None:
                events = events.where(
                    _beyond(Event.occurred_at, Event.id, EVENT_ENTRY, place, newest_first)
                )
            events = _ordered(events, Event.occurred_at, Event.id, newest_first).limit(wanted)
            db = session.connection()
            rows = db.execute(events).all()
            entries = event_entries(db, rows, self.tz)
            if where.shows_loose_promises:
                loose = loose_promise_rows(case_id, where)
                if place is not None:
                    loose = loose.where(
                        _beyond(Promise.made_at, Promise.id, PROMISE_ENTRY, place, newest_first)
                    )
                if wanted is not None and len(rows) == wanted:
                    # a full page of events ends the page: no promise said after its last one
                    last = stored_time(rows[-1].occurred_at)
                    loose = loose.where(
                        Promise.made_at >= last if newest_first else Promise.made_at <= last
                    )
                loose = _ordered(loose, Promise.made_at, Promise.id, newest_first).limit(wanted)
                entries += [loose_entry(row, self.tz) for row in db.execute(loose)]
            # PagePlace.order without a PagePlace per entry
            entries.sort(
                key=lambda e: (e.occurred_at, e.kind == PROMISE_ENTRY, e.id),
                reverse=newest_first,
            )
            return entries[offset:wanted]

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
        where = filter_of(kinds, contact, text)
        with self.case_file.reading() as session:
            case_id = find_case(session, case).id
            if promise:
                shown = loose_promise_rows(case_id, where).where(Promise.id == entry_id)
                at = session.execute(shown).first() if where.shows_loose_promises else None
                place = PagePlace(at.made_at, PROMISE_ENTRY, entry_id) if at else None
            else:
                shown = event_rows(case_id, where).where(Event.id == entry_id)
                at = session.execute(shown).first()
                place = (
                    PagePlace(stored_time(at.occurred_at), EVENT_ENTRY, entry_id) if at else None
                )
            if place is None:
                return None
            return self._count(session, case_id, where, before=place, newest_first=newest_first)

    def contacts(self, case: str | int) -> list[str]:
        """The names of everyone who appears in the case's timeline, sorted, each once."""
        with self.case_file.reading() as session:
            case_id = find_case(session, case).id
            # one index look per contact (ix_events_contact_case), whatever the case's length
            in_events = select(Contact.name).where(
                select(Event.id)
                .where(Event.contact_id == Contact.id, Event.case_id == case_id)
                .exists()
            )
            in_promises = select(Contact.name).where(
                Contact.id.in_(select(Promise.made_by_id).where(Promise.case_id == case_id))
            )
            names = set(session.scalars(in_events)) | set(session.scalars(in_promises))
            return sorted(names, key=str.casefold)

    def search(self, query: str, *, limit: int = 200) -> list[TimelineEntry]:
        """Full-text search over every case's timeline, best matches first."""
        terms = TimelineFilter(text=query).words
        if not terms:
            return []
        best = (
            text(
                "SELECT rowid, rank FROM events_fts WHERE events_fts MATCH :match "
                "ORDER BY rank LIMIT :limit"
            )
            .bindparams(match=fts_match(terms), limit=limit)
            .columns(rowid=Integer, rank=Float)
            .subquery("best")
        )
        found = event_select().join(best, best.c.rowid == Event.id).order_by(best.c.rank)
        with self.case_file.reading() as session:
            db = session.connection()
            return event_entries(db, db.execute(found).all(), self.tz)

    # -- counting ----------------------------------------------------------------------

    def _count(
        self,
        session: Session,
        case_id: int,
        where: TimelineFilter,
        *,
        before: PagePlace | None = None,
        newest_first: bool = False,
    ) -> int:
        """How many entries pass the filter (and, with ``before``, come before that place)."""
        events = event_rows(case_id, where).with_only_columns(Event.id)
        parts = [events]
        if before is not None:
            ahead = _beyond(Event.occurred_at, Event.id, EVENT_ENTRY, before, not newest_first)
            parts[0] = events.where(ahead)
        if where.shows_loose_promises:
            loose = loose_promise_rows(case_id, where).with_only_columns(Promise.id)
            if before is not None:
                ahead = _beyond(
                    Promise.made_at, Promise.id, PROMISE_ENTRY, before, not newest_first
                )
                loose = loose.where(ahead)
            parts.append(loose)
        counted = union_all(*parts).subquery() if len(parts) > 1 else parts[0].subquery()
        return int(session.scalar(select(func.count()).select_from(counted)) or 0)

    # -- rows into entries (``timeline_rows``) --------------------------------------------

    def _entries_by_id(self, session: Session, ids: Sequence[int]) -> list[TimelineEntry]:
        return events_by_id(session.connection(), ids, self.tz)

    def _entries_for(self, session: Session, events: Iterable[Event]) -> list[TimelineEntry]:
        """Events read as objects (the dossier reads the whole timeline so) as entries."""
        return events_by_id(session.connection(), [e.id for e in events], self.tz)

    def _promise_entry(self, p: Promise) -> TimelineEntry:
        return promise_entry(p, self.tz)
