"""Which entries of a timeline to show, and where an entry stands in its order (plain Python)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from proxydesk.views import TimelineEntry

PROMISE_ENTRY = "promise"
EVENT_ENTRY = "event"
#: a text filter whose every word is at least this long is matched by the full-text index;
#: shorter words are looked for anywhere in the summary and text (LIKE)
FTS_MIN_WORD = 3
#: at the same moment an event comes before a promise said outside any event
RANK = {EVENT_ENTRY: 0, PROMISE_ENTRY: 1}


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

    @property
    def by_index(self) -> bool:
        """Whether the words are matched by the full-text index (all of them long enough)."""
        words = self.words
        return bool(words) and all(len(w) >= FTS_MIN_WORD for w in words)


#: the filter that lets every entry through
EVERYTHING = TimelineFilter()


def filter_of(
    kinds: Iterable[str] | None = None, contact: str | None = None, text: str | None = None
) -> TimelineFilter:
    """A filter from loose parts (any iterable of kinds, None for no contact or text)."""
    return TimelineFilter(
        frozenset(kinds) if kinds is not None else None, contact or "", text or ""
    )


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
        return (self.at, RANK[self.entry], self.key)
