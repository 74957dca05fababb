"""The timeline of a case: calls, mails, visits, letters, notes, and promises made outside them.

Reading (pages, filters, search) lives in ``timeline_pages`` (over ``proxydesk.reading``),
writing (events, calls, notes, attachments) in ``timeline_events``; ``TimelineService`` is
both, as ``Services`` hands it out.
"""

from __future__ import annotations

from proxydesk.services.timeline_events import TimelineWriting


class TimelineService(TimelineWriting):
    """A case's timeline: what it shows (``TimelineReading``) and what is added to it."""
