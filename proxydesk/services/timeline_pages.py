"""Reading a case's timeline: pages in time order, counts, positions, names, the search.

The reading itself is ``proxydesk.reading.timeline`` (plain sqlite3, shared with the window);
the service finds the case by its name or reference and lends the reader its session's
connection, inside the session's transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy.orm import Session

from proxydesk.reading.connection import driver_connection
from proxydesk.reading.timeline import TimelineReader
from proxydesk.reading.timeline_filter import (  # defined here before they moved
    FTS_MIN_WORD,
    PagePlace,
    TimelineFilter,
    filter_of,
    fts_match,
)
from proxydesk.services.base import Service
from proxydesk.services.cases import find_case
from proxydesk.services.timeline_rows import promise_entry
from proxydesk.storage.models import Event, Promise
from proxydesk.views import TimelineEntry

__all__ = [
    "FTS_MIN_WORD",
    "PagePlace",
    "TimelineFilter",
    "TimelineReading",
    "filter_of",
    "fts_match",
]


class TimelineReading(Service):
    """What the timeline shows: pages, counts, positions, names, search results."""

    def _reader(self, session: Session) -> TimelineReader:
        return TimelineReader(driver_connection(session), self.tz)

    def count(
        self,
        case: str | int,
        *,
        kinds: Iterable[str] | None = None,
        contact: str | None = None,
        text: str | None = None,
    ) -> int:
        """How many entries the case's timeline has (those the filters let through)."""
        with self.case_file.reading() as session:
            case_id = find_case(session, case).id
            return self._reader(session).count(case_id, kinds=kinds, contact=contact, text=text)

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
        """One page of the timeline in time order (see ``TimelineReader.entries``)."""
        with self.case_file.reading() as session:
            case_id = find_case(session, case).id
            page = self._reader(session).entries(
                case_id,
                offset=offset,
                limit=limit,
                newest_first=newest_first,
                kinds=kinds,
                contact=contact,
                text=text,
                after=after,
            )
            return list(page)  # every entry made inside the session's snapshot

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
        with self.case_file.reading() as session:
            case_id = find_case(session, case).id
            return self._reader(session).position(
                case_id,
                entry_id,
                promise=promise,
                newest_first=newest_first,
                kinds=kinds,
                contact=contact,
                text=text,
            )

    def contacts(self, case: str | int) -> list[str]:
        """The names of everyone who appears in the case's timeline, sorted, each once."""
        with self.case_file.reading() as session:
            case_id = find_case(session, case).id
            return self._reader(session).contacts(case_id)

    def search(self, query: str, *, limit: int = 200) -> list[TimelineEntry]:
        """Full-text search over every case's timeline, best matches first."""
        with self.case_file.reading() as session:
            return self._reader(session).search(query, limit=limit)

    # -- entries for the other services (the dossier, a new event) --------------------

    def _entries_by_id(self, session: Session, ids: Sequence[int]) -> list[TimelineEntry]:
        # what the session holds unwritten is read through its connection too
        session.flush()
        return self._reader(session).events_by_id(ids)

    def _entries_for(self, session: Session, events: Iterable[Event]) -> list[TimelineEntry]:
        """Events read as objects (the dossier reads the whole timeline so) as entries."""
        return self._entries_by_id(session, [e.id for e in events])

    def _promise_entry(self, p: Promise) -> TimelineEntry:
        return promise_entry(p, self.tz)
