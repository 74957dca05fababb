"""What a write changed: which kinds of thing, in which cases; the views read only that again.

Every write from a face returns one ``Changes`` (Anki's ``OpChanges`` in spirit): the app's
change notifier hands it to every open view, and each view reads again only what it shows.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass


class Kind(enum.StrEnum):
    """The kinds of thing a write can change, in the user's words."""

    RELATIVES = "relatives"
    ORGANIZATIONS = "organizations"
    ACCOUNTS = "accounts"
    #: a case itself: title, status, story so far, references, people
    CASES = "cases"
    #: a case's entries: calls, visits, letters, notes, mail filed into it
    TIMELINE = "timeline"
    PROMISES = "promises"
    REMINDERS = "reminders"
    POWERS = "powers"
    #: mail accounts, the quarantine, mail not yet filed
    MAIL = "mail"
    #: the file's own settings ("you", the time zone)
    SETTINGS = "settings"


@dataclass(frozen=True)
class Changes:
    """What one write changed. ``cases`` None: it may touch any case (a relative renamed)."""

    kinds: frozenset[Kind] = frozenset()
    cases: frozenset[int] | None = frozenset()

    @classmethod
    def of(cls, *kinds: Kind, cases: Iterable[int] | None = ()) -> Changes:
        """``Changes.of(Kind.TIMELINE, Kind.PROMISES, cases=[3])``; ``cases=None`` for any."""
        return cls(frozenset(kinds), None if cases is None else frozenset(cases))

    @classmethod
    def everything(cls) -> Changes:
        """Read all again (another file, a restored backup)."""
        return cls(frozenset(Kind), None)

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def __or__(self, other: Changes) -> Changes:
        cases = None if self.cases is None or other.cases is None else self.cases | other.cases
        return Changes(self.kinds | other.kinds, cases)

    def touches(self, *kinds: Kind) -> bool:
        """Any of these kinds changed."""
        return not self.kinds.isdisjoint(kinds)

    def touches_case(self, case_id: int | None, *kinds: Kind) -> bool:
        """Something of that case changed (of these kinds, when given)."""
        if case_id is None or (kinds and not self.touches(*kinds)):
            return False
        return self.cases is None or case_id in self.cases


#: nothing changed (a write that was refused, or found nothing to do)
NOTHING = Changes()
