"""A page of the timeline makes each entry from its row when it is first asked for."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from proxydesk.reading.entry_rows import EntryPage
from proxydesk.views import TimelineEntry


def entry(number: int) -> TimelineEntry:
    at = datetime(2012, 3, 1, tzinfo=UTC)
    return TimelineEntry(number, 1, "note", at, None, "none", "incoming", None, str(number), "")


class Counting:
    """A maker that counts what it makes."""

    def __init__(self) -> None:
        self.made: list[int] = []

    def __call__(self, row: Any) -> TimelineEntry:
        self.made.append(row)
        return entry(row)


def test_an_entry_is_made_once_when_first_asked_for() -> None:
    make = Counting()
    page = EntryPage((make, n) for n in range(10))
    assert len(page) == 10 and make.made == []
    assert page[3].id == 3 and page[-1].id == 9
    assert page[3] is page[3]
    assert make.made == [3, 9]
    # a slice keeps its rows unmade; iterating makes each in order
    rest = page[5:8]
    assert make.made == [3, 9]
    assert [e.id for e in rest] == [5, 6, 7]
    with pytest.raises(IndexError):
        page[10]


def test_a_page_grows_by_rows_and_by_entries_made_already() -> None:
    make = Counting()
    page = EntryPage((make, n) for n in range(2))
    page.extend(EntryPage((make, n) for n in range(2, 4)))
    page.extend([entry(4)])
    assert [e.id for e in page] == [0, 1, 2, 3, 4]
    assert make.made == [0, 1, 2, 3]
