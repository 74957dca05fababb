"""Filtering a case's timeline: by kind, contact and text, oldest or newest first, still paged."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from proxydesk.domain import EventKind
from proxydesk.reading.timeline_filter import PROMISE_ENTRY, TimelineFilter, filter_of
from proxydesk.services.registry import Services
from proxydesk.services.timeline_events import NewEvent

START = datetime(2012, 3, 5, 9, 0, tzinfo=UTC)


@pytest.fixture
def filled(services: Services, telco_case: int) -> dict[str, int]:
    """Calls, mails, a letter, a note and a loose promise, with contacts; ids by name."""
    t = services.timeline

    def event(hours: int, kind: EventKind, summary: str, **more: Any) -> int:
        return t.add_event(
            telco_case, NewEvent(kind, START + timedelta(hours=hours), summary, **more)
        ).id

    ids = {
        "keller": t.log_call(
            telco_case,
            number="+49 800 5550100",
            start=START,
            minutes=38,
            agent="Frau Keller",
            notes="No order for these lines; she takes the order again.",
        ).id,
        "mail": event(1, EventKind.EMAIL_IN, "Your order A-77", body="Technician on 13 March"),
        "letter": event(2, EventKind.LETTER, "Three letters arrived", contact="Post office"),
        "brandl": t.log_call(
            telco_case,
            number="+49 800 5550100",
            start=START + timedelta(hours=3),
            minutes=47,
            agent="Herr Brandl",
            notes="Moving the email address is complete nonsense, no problem.",
        ).id,
        "note": event(4, EventKind.NOTE, "Über die Störung informiert", body="IP line"),
    }
    ids["promise"] = services.promises.add(
        telco_case,
        text="The ticket number comes by mail",
        by="Frau Ost",
        at=START + timedelta(hours=5),
    ).id
    return ids


def summaries(services: Services, case: int, **filters: Any) -> list[str]:
    return [e.summary for e in services.timeline.entries(case, where=filter_of(**filters))]


def test_no_filter_is_the_whole_timeline(
    services: Services, telco_case: int, filled: dict[str, int]
) -> None:
    assert services.timeline.count(telco_case) == 6
    assert services.timeline.count(telco_case, filter_of(kinds=None, contact="", text="")) == 6
    assert not TimelineFilter().active
    assert TimelineFilter(text='  " ').words == []


def test_filter_by_kind_includes_loose_promises_only_when_asked(
    services: Services, telco_case: int, filled: dict[str, int]
) -> None:
    calls = services.timeline.entries(telco_case, where=filter_of(kinds={"call"}))
    assert [e.id for e in calls] == [filled["keller"], filled["brandl"]]
    assert services.timeline.count(telco_case, filter_of(kinds={"call"})) == 2
    both = services.timeline.entries(telco_case, where=filter_of(kinds={"letter", PROMISE_ENTRY}))
    assert [(e.kind, e.id) for e in both] == [
        ("letter", filled["letter"]),
        (PROMISE_ENTRY, filled["promise"]),
    ]
    assert services.timeline.count(telco_case, filter_of(kinds=set())) == 0
    assert services.timeline.entries(telco_case, where=filter_of(kinds={"no such kind"})) == []


def test_filter_by_part_of_the_contact_name(
    services: Services, telco_case: int, filled: dict[str, int]
) -> None:
    assert summaries(services, telco_case, contact="keller") == [
        "Call to +49 800 5550100 with Frau Keller"
    ]
    frau = services.timeline.entries(telco_case, where=filter_of(contact="Frau"))
    assert [e.id for e in frau] == [filled["keller"], filled["promise"]]
    assert services.timeline.count(telco_case, filter_of(contact="nobody")) == 0
    # LIKE wildcards in the name are taken literally
    assert services.timeline.count(telco_case, filter_of(contact="%")) == 0


def test_filter_by_text_uses_the_index_for_words_and_like_for_short_ones(
    services: Services, telco_case: int, filled: dict[str, int]
) -> None:
    t = services.timeline
    assert [e.id for e in t.entries(telco_case, where=filter_of(text="order"))] == [
        filled["keller"],
        filled["mail"],
    ]
    # word beginnings, every word must be there, in summary or text
    assert [e.id for e in t.entries(telco_case, where=filter_of(text="nons probl"))] == [
        filled["brandl"]
    ]
    assert t.count(telco_case, filter_of(text="order nonsense")) == 0
    # diacritics do not matter to the index
    assert [e.id for e in t.entries(telco_case, where=filter_of(text="uber stor"))] == [
        filled["note"]
    ]
    # short words: anywhere, also inside words
    assert [e.id for e in t.entries(telco_case, where=filter_of(text="IP"))] == [filled["note"]]
    assert [e.id for e in t.entries(telco_case, where=filter_of(text="77"))] == [filled["mail"]]
    # a loose promise's text
    assert [e.id for e in t.entries(telco_case, where=filter_of(text="ticket"))] == [
        filled["promise"]
    ]
    # punctuation and quotes never break the query
    assert t.count(telco_case, filter_of(text='"---" ...')) == 0
    assert t.count(telco_case, filter_of(text='"order"')) == 2


def test_filters_combine_and_page_newest_first(
    services: Services, telco_case: int, filled: dict[str, int]
) -> None:
    t = services.timeline
    where: dict[str, Any] = {"kinds": {"call", "email_in"}, "text": "order"}
    assert t.count(telco_case, filter_of(**where)) == 2
    newest = t.entries(telco_case, newest_first=True, where=filter_of(**where))
    assert [e.id for e in newest] == [filled["mail"], filled["keller"]]
    first = t.entries(telco_case, offset=0, limit=1, newest_first=True, where=filter_of(**where))
    second = t.entries(telco_case, offset=1, limit=1, newest_first=True, where=filter_of(**where))
    assert [e.id for e in first + second] == [filled["mail"], filled["keller"]]
    (brandl,) = t.entries(
        telco_case, where=filter_of(kinds={"call"}, contact="Brandl", text="nonsense")
    )
    assert brandl.id == filled["brandl"]


def test_position_of_an_entry_follows_order_and_filters(
    services: Services, telco_case: int, filled: dict[str, int]
) -> None:
    t = services.timeline
    assert t.position(telco_case, filled["keller"]) == 0
    assert t.position(telco_case, filled["note"]) == 4
    assert t.position(telco_case, filled["promise"], promise=True) == 5
    assert t.position(telco_case, filled["promise"], promise=True, newest_first=True) == 0
    assert t.position(telco_case, filled["note"], newest_first=True) == 1
    assert t.position(telco_case, filled["brandl"], where=filter_of(kinds={"call"})) == 1
    assert t.position(telco_case, filled["letter"], where=filter_of(kinds={"call"})) is None
    for row, entry in enumerate(t.entries(telco_case, newest_first=True)):
        promise = entry.kind == PROMISE_ENTRY
        assert t.position(telco_case, entry.id, promise=promise, newest_first=True) == row


def test_contacts_of_a_case(services: Services, telco_case: int, filled: dict[str, int]) -> None:
    assert services.timeline.contacts(telco_case) == [
        "Frau Keller",
        "Frau Ost",
        "Herr Brandl",
        "Post office",
    ]
