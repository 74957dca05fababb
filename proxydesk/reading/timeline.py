"""A case's timeline read with plain sqlite3: pages in time order, counts, positions, names.

A page is the events the filter lets through with their contact and mail (one statement),
the promises said outside any event (another), then what the page's events carry: their
promises and their files, one statement each, the page's ids bound as one JSON array. Paging
walks the ``(case, time, id)`` indexes from the last entry shown, so a page deep in a long
case costs what the first one does, and nothing is counted unless a count is asked for.

The SQL is put together from fixed pieces chosen by the filter's shape; everything the user
typed is a bound parameter. sqlite3 keeps each text's prepared statement, so each shape is
prepared once per connection.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo
from functools import lru_cache
from typing import Any

from proxydesk.domain import EventKind
from proxydesk.reading.engine import (
    BEST_EVENTS,
    EVENTS_MATCHING,
    IN_LIST,
    IN_LIST_1,
    NO_LIMIT,
    Connection,
    fts_match,
    listed,
    snapshot,
)
from proxydesk.reading.entry_rows import EntryPage, Maker, event_maker, loose_maker
from proxydesk.reading.timeline_filter import (
    EVENT_ENTRY,
    EVERYTHING,
    PROMISE_ENTRY,
    RANK,
    PagePlace,
    TimelineFilter,
)
from proxydesk.storage.stored import stored_time
from proxydesk.views import PromiseBrief, TimelineEntry

_EVENT_KINDS = frozenset(k.value for k in EventKind)
#: LIKE's escape character, as SQLAlchemy's ``autoescape`` used it before
_ESCAPE = "/"

_EVENT_COLUMNS = """
    SELECT e.id, e.case_id, e.kind, e.occurred_at, e.ended_at, e.channel, e.direction,
           c.name, e.summary, e.body, e.number_dialed, e.hold_seconds, e.transfers, e.outcome,
           m.id, m.read_at, m.receipt_requested,
           EXISTS (SELECT 1 FROM attachments AS a WHERE a.event_id = e.id)
               OR EXISTS (SELECT 1 FROM mail_attachments AS ma WHERE ma.message_id = m.id),
           EXISTS (SELECT 1 FROM promises AS p WHERE p.made_in_event_id = e.id)
    FROM events AS e
    LEFT JOIN contacts AS c ON c.id = e.contact_id
    LEFT JOIN mail_messages AS m ON m.event_id = e.id
"""
_LOOSE_COLUMNS = """
    SELECT p.id, p.case_id, p.kind, p.text, p.status, p.made_at, p.due_at, c.name
    FROM promises AS p
    LEFT JOIN contacts AS c ON c.id = p.made_by_id
"""
_WITH_CONTACT = " LEFT JOIN contacts AS c ON c.id = e.contact_id"
_LOOSE_WITH_CONTACT = " LEFT JOIN contacts AS c ON c.id = p.made_by_id"
_CASE_EVENTS = " WHERE e.case_id = ?"
_CASE_LOOSE = " WHERE p.case_id = ? AND p.made_in_event_id IS NULL"
_ORDER = {
    (EVENT_ENTRY, False): " ORDER BY e.occurred_at, e.id LIMIT ?",
    (EVENT_ENTRY, True): " ORDER BY e.occurred_at DESC, e.id DESC LIMIT ?",
    (PROMISE_ENTRY, False): " ORDER BY p.made_at, p.id LIMIT ?",
    (PROMISE_ENTRY, True): " ORDER BY p.made_at DESC, p.id DESC LIMIT ?",
}
#: the time and key columns of each half of the timeline
_AT = {EVENT_ENTRY: ("e.occurred_at", "e.id"), PROMISE_ENTRY: ("p.made_at", "p.id")}

_EVENTS_BY_ID = _EVENT_COLUMNS + f" WHERE e.id IN {IN_LIST}"
_SEARCH = (
    _EVENT_COLUMNS
    + f"""
    JOIN {BEST_EVENTS} AS best ON best.rowid = e.id
    ORDER BY best.rank
"""
)
_SAID_IN = f"""
    SELECT made_in_event_id, id, kind, text, status, due_at
    FROM promises
    WHERE made_in_event_id IN {IN_LIST}
    ORDER BY made_at, id
"""
#: the files of each event: its own attachments, then those of its mail
_FILES_OF = f"""
    SELECT a.event_id, 0 AS mail, a.id AS id, a.filename
    FROM attachments AS a
    WHERE a.event_id IN {IN_LIST_1}
    UNION ALL
    SELECT m.event_id, 1, ma.id, ma.filename
    FROM mail_messages AS m JOIN mail_attachments AS ma ON ma.message_id = m.id
    WHERE m.event_id IN {IN_LIST_1}
    ORDER BY mail, id
"""
#: one index look per contact (ix_events_contact_case), whatever the case's length
_CONTACTS = """
    SELECT c.name FROM contacts AS c
    WHERE EXISTS (SELECT 1 FROM events AS e WHERE e.contact_id = c.id AND e.case_id = ?1)
    UNION ALL
    SELECT c.name FROM contacts AS c
    WHERE c.id IN (SELECT p.made_by_id FROM promises AS p WHERE p.case_id = ?1)
"""

Params = list[Any]
#: an entry is made by filling its fields in, not through the frozen dataclass's ``__init__``,
#: which sets each of its 19 fields with ``object.__setattr__``: that took a third of the
#: Python time of a 200-row page (the same object, in half the time)
#: where an event row (``_EVENT_COLUMNS``) and a loose promise row hold their time
_EVENT_AT = 3
_LOOSE_AT = 5


@lru_cache(maxsize=256)
def _statement(*parts: str) -> str:
    """The SQL of one shape, made once: its text is also sqlite3's key to the prepared one."""
    return "".join(parts)


def _pattern(part: str) -> str:
    """A LIKE operand for ``part`` anywhere, its wildcards taken literally."""
    return (
        part.replace(_ESCAPE, _ESCAPE * 2).replace("%", _ESCAPE + "%").replace("_", _ESCAPE + "_")
    )


def _contains(column: str) -> str:
    return f"lower({column}) LIKE '%' || lower(?) || '%' ESCAPE '{_ESCAPE}'"


_CONTACT_HAS = " AND " + _contains("c.name")
_EVENT_HAS = f" AND ({_contains('e.summary')} OR {_contains('e.body')})"
_LOOSE_HAS = " AND " + _contains("p.text")
_EVENT_KIND_IN = f" AND e.kind IN {IN_LIST}"
_EVENT_MATCHES = f" AND e.id IN ({EVENTS_MATCHING})"


def _event_kinds(where: TimelineFilter) -> list[str] | None:
    """The event kinds the filter lets through (None: all of them)."""
    if where.kinds is None:
        return None
    return sorted(k for k in where.kinds if k in _EVENT_KINDS)


def _event_filter(where: TimelineFilter, sql: list[str], params: Params) -> bool:
    """The filter's conditions on events (``e``, contacts ``c``); False when none can pass."""
    kinds = _event_kinds(where)
    if kinds is not None:
        if not kinds:
            return False
        sql.append(_EVENT_KIND_IN)
        params.append(listed(kinds))
    contact = where.contact.strip()
    if contact:
        sql.append(_CONTACT_HAS)
        params.append(_pattern(contact))
    words = where.words
    if where.by_index:
        sql.append(_EVENT_MATCHES)
        params.append(fts_match(words))
    else:
        for word in words:
            sql.append(_EVENT_HAS)
            params += [_pattern(word), _pattern(word)]
    return True


def _loose_filter(where: TimelineFilter, sql: list[str], params: Params) -> bool:
    """The filter's conditions on loose promises (``p``, contacts ``c``)."""
    if not where.shows_loose_promises:
        return False
    contact = where.contact.strip()
    if contact:
        sql.append(_CONTACT_HAS)
        params.append(_pattern(contact))
    for word in where.words:
        sql.append(_LOOSE_HAS)
        params.append(_pattern(word))
    return True


def _beyond(
    entry: str, place: PagePlace, newest_first: bool, sql: list[str], params: Params
) -> None:
    """Rows of one half (``entry``) that come after ``place`` in the timeline's order."""
    at, key = _AT[entry]
    mark = stored_time(place.at)
    rank, theirs = RANK[entry], RANK[place.entry]
    if rank == theirs:
        sql.append(f" AND ({at}, {key}) {'<' if newest_first else '>'} (?, ?)")
        params += [mark, place.key]
        return
    # the other half: at the same moment, events come first
    later_at_same_time = rank < theirs if newest_first else rank > theirs
    if newest_first:
        sql.append(f" AND {at} {'<=' if later_at_same_time else '<'} ?")
    else:
        sql.append(f" AND {at} {'>=' if later_at_same_time else '>'} ?")
    params.append(mark)


class TimelineReader:
    """What a case's timeline shows, read on one sqlite3 connection (case by its id)."""

    def __init__(self, connection: Connection, tz: tzinfo) -> None:
        self.connection = connection
        self.tz = tz

    def count(self, case_id: int, where: TimelineFilter = EVERYTHING) -> int:
        """How many entries the case's timeline has (those the filter lets through)."""
        return self._count(case_id, where)

    def entries(
        self,
        case_id: int,
        *,
        offset: int = 0,
        limit: int | None = None,
        newest_first: bool = False,
        where: TimelineFilter = EVERYTHING,
        after: TimelineEntry | None = None,
    ) -> EntryPage:
        """One page of the timeline in time order: a fixed number of statements per page.

        ``where`` narrows it down; with ``after`` (the last entry of the page before) the
        page starts right behind it, and ``offset`` counts from there.
        """
        place = PagePlace.of(after) if after is not None else None
        wanted = None if limit is None else offset + limit
        if wanted == 0:
            return EntryPage()
        size = NO_LIMIT if wanted is None else wanted
        with snapshot(self.connection) as db:
            sql, params = [_EVENT_COLUMNS, _CASE_EVENTS], [case_id]
            rows: list[Any] = []
            if _event_filter(where, sql, params):
                if place is not None:
                    _beyond(EVENT_ENTRY, place, newest_first, sql, params)
                sql.append(_ORDER[EVENT_ENTRY, newest_first])
                rows = db.execute(_statement(*sql), [*params, size]).fetchall()
            entries = self._event_rows(db, rows)
            sql, params = [_LOOSE_COLUMNS, _CASE_LOOSE], [case_id]
            if _loose_filter(where, sql, params):
                if place is not None:
                    _beyond(PROMISE_ENTRY, place, newest_first, sql, params)
                if len(rows) == size:
                    # a full page of events ends the page: no promise said after its last one
                    sql.append(" AND p.made_at >= ?" if newest_first else " AND p.made_at <= ?")
                    params.append(rows[-1][3])
                sql.append(_ORDER[PROMISE_ENTRY, newest_first])
                loose = db.execute(_statement(*sql), [*params, size]).fetchall()
                if loose:
                    make = loose_maker(self.tz)
                    entries += [(make, row) for row in loose]
                    # PagePlace.order on the rows, events first at the same time: stored
                    # UTC times order as their text (as SQL orders them)
                    entries.sort(
                        key=lambda pair: (
                            pair[1][_LOOSE_AT] if pair[0] is make else pair[1][_EVENT_AT],
                            pair[0] is make,
                            pair[1][0],
                        ),
                        reverse=newest_first,
                    )
        return EntryPage(entries[offset:wanted])

    def position(
        self,
        case_id: int,
        entry_id: int,
        *,
        promise: bool = False,
        newest_first: bool = False,
        where: TimelineFilter = EVERYTHING,
    ) -> int | None:
        """The row of an event (or, with ``promise``, a loose promise) in the timeline as
        ``entries`` orders and filters it; None when it is not there."""
        entry = PROMISE_ENTRY if promise else EVENT_ENTRY
        params: Params = [case_id]
        with snapshot(self.connection) as db:
            if promise:
                sql = ["SELECT p.made_at FROM promises AS p", _LOOSE_WITH_CONTACT, _CASE_LOOSE]
                passes = _loose_filter(where, sql, params)
                sql.append(" AND p.id = ?")
            else:
                sql = ["SELECT e.occurred_at FROM events AS e", _WITH_CONTACT, _CASE_EVENTS]
                passes = _event_filter(where, sql, params)
                sql.append(" AND e.id = ?")
            if not passes:
                return None
            found = db.execute(_statement(*sql), [*params, entry_id]).fetchone()
            if found is None:
                return None
            place = PagePlace(datetime.fromisoformat(found[0]), entry, entry_id)
            return self._count(case_id, where, before=place, newest_first=newest_first)

    def contacts(self, case_id: int) -> list[str]:
        """The names of everyone who appears in the case's timeline, sorted, each once."""
        names = {name for (name,) in self.connection.execute(_CONTACTS, (case_id,))}
        return sorted(names, key=str.casefold)

    def search(self, query: str, *, limit: int = 200) -> list[TimelineEntry]:
        """Full-text search over every case's timeline, best matches first."""
        words = TimelineFilter(text=query).words
        if not words:
            return []
        with snapshot(self.connection) as db:
            rows = db.execute(_SEARCH, (fts_match(words), limit)).fetchall()
            return list(EntryPage(self._event_rows(db, rows)))

    def events_by_id(self, ids: Sequence[int]) -> list[TimelineEntry]:
        """The events with these ids as timeline entries, in the order of ``ids``."""
        with snapshot(self.connection) as db:
            rows = {row[0]: row for row in db.execute(_EVENTS_BY_ID, (listed(ids),))}
            return list(EntryPage(self._event_rows(db, [rows[i] for i in ids if i in rows])))

    # -- counting --------------------------------------------------------------------

    def _count(
        self,
        case_id: int,
        where: TimelineFilter,
        *,
        before: PagePlace | None = None,
        newest_first: bool = False,
    ) -> int:
        """How many entries pass the filter (and, with ``before``, come before that place)."""
        sql: list[str] = []
        params: Params = []
        events = ["(SELECT count(*) FROM events AS e"]
        if where.contact.strip():
            events.append(_WITH_CONTACT)
        events.append(_CASE_EVENTS)
        loose = ["(SELECT count(*) FROM promises AS p"]
        if where.contact.strip():
            loose.append(_LOOSE_WITH_CONTACT)
        loose.append(_CASE_LOOSE)
        for half, part, passes in (
            (EVENT_ENTRY, events, _event_filter),
            (PROMISE_ENTRY, loose, _loose_filter),
        ):
            conditions: Params = [case_id]
            if not passes(where, part, conditions):
                continue
            if before is not None:
                # what comes before the place is what lies beyond it, looking the other way
                _beyond(half, before, not newest_first, part, conditions)
            sql.append(" + " if sql else "SELECT ")
            sql += [*part, ")"]
            params += conditions
        if not sql:
            return 0
        return int(self.connection.execute(_statement(*sql), params).fetchone()[0])

    # -- rows into entries -----------------------------------------------------------

    def _event_rows(self, db: Connection, rows: Sequence[Any]) -> list[tuple[Maker, Any]]:
        """Event rows (``_EVENT_COLUMNS``) with their maker: what each says and holds is
        read now, for the whole page; the entries are made when asked for."""
        if not rows:
            return []
        tz = self.tz
        briefs: dict[int, list[PromiseBrief]] = {}
        files: dict[int, list[str]] = {}
        saying = [row[0] for row in rows if row[-1]]
        if saying:
            for event_id, promise_id, kind, text, status, due_at in db.execute(
                _SAID_IN, (listed(saying),)
            ):
                due = None if due_at is None else datetime.fromisoformat(due_at).astimezone(tz)
                briefs.setdefault(event_id, []).append(
                    PromiseBrief(promise_id, kind, text, status, due)
                )
        holding = [row[0] for row in rows if row[-2]]
        if holding:
            for event_id, _mail, _id, filename in db.execute(_FILES_OF, (listed(holding),)):
                files.setdefault(event_id, []).append(filename)
        make = event_maker(briefs, files, tz)
        return [(make, row) for row in rows]
