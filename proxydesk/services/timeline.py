"""The timeline of a case: calls, mails, visits, letters, notes, and promises made outside them.

Reading (pages, filters, search) lives in ``timeline_pages`` (over ``proxydesk.reading``),
writing (events, calls, notes, attachments) in ``timeline_events``; ``TimelineService`` is
both, as ``Services`` hands it out.
"""

from __future__ import annotations

from proxydesk.reading.timeline_filter import (
    EVENT_ENTRY,
    FTS_MIN_WORD,
    PROMISE_ENTRY,
    PagePlace,
    TimelineFilter,
    filter_of,
    fts_match,
)
from proxydesk.services.timeline_events import (
    NewEvent,
    TimelineWriting,
    call_summary,
    find_event,
    write_event,
)

__all__ = [
    "EVENT_ENTRY",
    "FTS_MIN_WORD",
    "PROMISE_ENTRY",
    "NewEvent",
    "PagePlace",
    "TimelineFilter",
    "TimelineService",
    "call_summary",
    "filter_of",
    "find_event",
    "fts_match",
    "write_event",
]


class TimelineService(TimelineWriting):
    """A case's timeline: what it shows (``TimelineReading``) and what is added to it."""
