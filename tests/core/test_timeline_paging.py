"""Paging a long timeline from the last entry shown: the same entries as one full read, in
the same order, at the same cost per page; and opening a current file without Alembic."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from proxydesk.domain import EventKind, PromiseKind, PromiseStatus
from proxydesk.reading.timeline_filter import PROMISE_ENTRY, filter_of
from proxydesk.services.registry import Services
from proxydesk.storage.database import SCHEMA_HEAD, head_revision, open_case_file
from proxydesk.storage.models import Attachment, Blob, Contact, Event, Promise
from proxydesk.views import TimelineEntry
from tests.ui.queries import statements

START = datetime(2020, 5, 1, 8, 0, tzinfo=UTC)


@pytest.fixture
def crowded(services: Services, telco_case: int) -> int:
    """300 events and 40 loose promises, many at the very same moments (ties to break)."""
    with services.case_file.unit_of_work() as session:
        agents = [Contact(name=f"Agent {n}") for n in range(4)]
        # every moment is shared by three events; some loose promises fall on them too
        events = [
            Event(
                case_id=telco_case,
                kind=EventKind.CALL if n % 2 else EventKind.NOTE,
                occurred_at=START + timedelta(minutes=n // 3),
                channel="phone" if n % 2 else "none",
                direction="out" if n % 2 else "none",
                contact=agents[n % 4] if n % 2 else None,
                summary=f"Event {n} about the {'router' if n % 5 == 0 else 'line'}",
            )
            for n in range(300)
        ]
        loose = [
            Promise(
                case_id=telco_case,
                kind=PromiseKind.CLAIM,
                text=f"Loose claim {n} about the line",
                made_by=agents[n % 4],
                made_at=START + timedelta(minutes=n * 2 + (n % 3)),
                status=PromiseStatus.OPEN,
            )
            for n in range(40)
        ]
        blob = Blob(sha256="0" * 64, size=3, data=b"pdf")
        session.add_all([*agents, *events, *loose, blob])
        session.flush()
        said = [
            Promise(
                case_id=telco_case,
                kind=PromiseKind.PROMISE,
                text=f"Said in event {e.id}",
                made_in_event_id=e.id,
                made_at=e.occurred_at,
                status=PromiseStatus.OPEN,
            )
            for e in events[::7]
        ]
        files = [
            Attachment(event_id=e.id, blob_sha256=blob.sha256, filename=f"scan-{e.id}-{k}.pdf")
            for e in events[::11]
            for k in (2, 1)
        ]
        session.add_all([*said, *files])
    return telco_case


def keys(entries: list[TimelineEntry]) -> list[tuple[str, int]]:
    return [("promise" if e.kind == PROMISE_ENTRY else "event", e.id) for e in entries]


def shown(filters: dict[str, Any]) -> dict[str, Any]:
    """The order and the filter of a case of ``FILTERS``, as ``entries`` takes them."""
    narrowing = {k: v for k, v in filters.items() if k != "newest_first"}
    return {"newest_first": bool(filters.get("newest_first")), "where": filter_of(**narrowing)}


def paged(services: Services, case: int, size: int, **filters: Any) -> list[TimelineEntry]:
    """The timeline read page by page, each page starting behind the last entry read."""
    read: list[TimelineEntry] = []
    while True:
        page = services.timeline.entries(
            case, limit=size, after=read[-1] if read else None, **shown(filters)
        )
        read += page
        if len(page) < size:
            return read


FILTERS: list[dict[str, Any]] = [
    {},
    {"newest_first": True},
    {"kinds": {"call", "promise"}},
    {"contact": "Agent 1", "newest_first": True},
    {"text": "line"},
    {"text": "router", "kinds": {"call"}},
]


@pytest.mark.parametrize("filters", FILTERS)
def test_pages_behind_the_last_entry_read_make_the_whole_timeline(
    services: Services, crowded: int, filters: dict[str, Any]
) -> None:
    whole = services.timeline.entries(crowded, **shown(filters))
    assert whole, "the filter should let something through"
    for size in (1, 7, 50, 1000):
        assert keys(paged(services, crowded, size, **filters)) == keys(whole)
    # and by offset, as before
    by_offset = [
        e
        for start in range(0, len(whole), 45)
        for e in services.timeline.entries(crowded, offset=start, limit=45, **shown(filters))
    ]
    assert keys(by_offset) == keys(whole)
    narrowing = {k: v for k, v in filters.items() if k != "newest_first"}
    assert services.timeline.count(crowded, filter_of(**narrowing)) == len(whole)
    # the order: by time, events before promises said at the same moment, then by id
    order = [(e.occurred_at, e.kind == PROMISE_ENTRY, e.id) for e in whole]
    assert order == sorted(order, reverse=bool(filters.get("newest_first")))


@pytest.mark.parametrize("filters", FILTERS)
def test_the_position_of_an_entry_is_its_row(
    services: Services, crowded: int, filters: dict[str, Any]
) -> None:
    whole = services.timeline.entries(crowded, **shown(filters))
    for row in (0, 1, len(whole) // 2, len(whole) - 1):
        entry = whole[row]
        promise = entry.kind == PROMISE_ENTRY
        found = services.timeline.position(crowded, entry.id, promise=promise, **shown(filters))
        assert found == row


def test_an_entry_carries_its_promises_files_and_contact(services: Services, crowded: int) -> None:
    entries = services.timeline.entries(crowded)
    with_files = [e for e in entries if e.attachments]
    assert len(with_files) == 28
    # in the order they were stored
    assert all(e.attachments == [f"scan-{e.id}-2.pdf", f"scan-{e.id}-1.pdf"] for e in with_files)
    saying = [e for e in entries if e.kind != PROMISE_ENTRY and e.promises]
    assert len(saying) == 43 and all(e.promises[0].text == f"Said in event {e.id}" for e in saying)
    calls = [e for e in entries if e.kind == "call"]
    assert all(e.contact and e.contact.startswith("Agent ") for e in calls)
    assert services.timeline.contacts(crowded) == [f"Agent {n}" for n in range(4)]


def test_a_page_costs_the_same_few_statements_wherever_it_is(
    services: Services, crowded: int
) -> None:
    engine = services.case_file.engine
    first = services.timeline.entries(crowded, limit=60)
    with statements(engine) as near:
        services.timeline.entries(crowded, limit=60, after=first[-1])
    deep = paged(services, crowded, 60)[-70]
    with statements(engine) as far:
        services.timeline.entries(crowded, limit=60, after=deep)
    assert len(near) == len(far) <= 5
    assert not any("count(" in sql.lower() for sql in near + far)


def test_the_newest_schema_is_known_without_alembic(case_path: Path) -> None:
    assert head_revision() == SCHEMA_HEAD
    open_case_file(case_path, create=True).close()
    # a fresh process opens the file at the newest schema without loading any of Alembic
    probe = (
        "import sys\n"
        "from pathlib import Path\n"
        "from proxydesk.storage.database import open_case_file\n"
        f"open_case_file(Path({str(case_path)!r})).close()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
