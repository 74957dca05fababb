"""Reading a case's timeline: pages in time order, counts, positions, names, the search.

The reading itself is ``proxydesk.reading.timeline`` (plain sqlite3, shared with the window);
the service finds the case by its name or reference and lends the reader its session's
connection, inside the session's transaction.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from proxydesk.reading.engine import driver_connection
from proxydesk.reading.timeline import TimelineReader
from proxydesk.reading.timeline_filter import EVERYTHING, TimelineFilter
from proxydesk.services.base import Service
from proxydesk.services.cases import find_case
from proxydesk.views import TimelineEntry


class TimelineReading(Service):
    """What the timeline shows: pages, counts, positions, names, search results."""

    def _reader(self, session: Session) -> TimelineReader:
        return TimelineReader(driver_connection(session), self.tz)

    def count(self, case: str | int, where: TimelineFilter = EVERYTHING) -> int:
        """How many entries the case's timeline has (those the filter lets through)."""
        with self.case_file.reading() as session:
            case_id = find_case(session, case).id
            return self._reader(session).count(case_id, where)

    def entries(
        self,
        case: str | int,
        *,
        offset: int = 0,
        limit: int | None = None,
        newest_first: bool = False,
        where: TimelineFilter = EVERYTHING,
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
                where=where,
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
        where: TimelineFilter = EVERYTHING,
    ) -> int | None:
        """The row of an event (or, with ``promise``, a loose promise) in the timeline as
        ``entries`` orders and filters it; None when it is not there."""
        with self.case_file.reading() as session:
            case_id = find_case(session, case).id
            return self._reader(session).position(
                case_id, entry_id, promise=promise, newest_first=newest_first, where=where
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

    def _entries_by_id(self, session: Session, ids: list[int]) -> list[TimelineEntry]:
        """New events as entries (a write answers with them), read through the session."""
        # what the session holds unwritten is read through its connection too
        session.flush()
        return self._reader(session).events_by_id(ids)
