"""A promise object as a timeline entry; the names the timeline's readers share.

The timeline's rows are read by ``proxydesk.reading.timeline`` with plain sqlite3; this
module keeps what the services make of ORM objects (the dossier reads a whole case so).
"""

from __future__ import annotations

from datetime import tzinfo

from proxydesk.reading.entry_rows import loose_promise_entry
from proxydesk.reading.timeline_filter import EVENT_ENTRY, PROMISE_ENTRY
from proxydesk.storage.models import Promise
from proxydesk.views import TimelineEntry

__all__ = ["EVENT_ENTRY", "PROMISE_ENTRY", "promise_entry"]


def promise_entry(p: Promise, tz: tzinfo) -> TimelineEntry:
    """A promise object said outside any event as an entry (for the dossier)."""
    return loose_promise_entry(
        p.id,
        p.case_id,
        p.kind.value,
        p.text,
        p.status.value,
        p.made_at,
        p.due_at,
        p.made_by.name if p.made_by else None,
        tz,
    )
