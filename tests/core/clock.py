"""A clock the tests set by hand."""

from __future__ import annotations

from datetime import UTC, datetime

#: the tests' "now": a week after the story ends, so its open promises are overdue
NOW = datetime(2012, 3, 27, 9, 0, tzinfo=UTC)


class FixedClock:
    def __init__(self, at: datetime = NOW) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at
