"""A case's timeline read with plain sqlite3: order, paging, filters, positions and names.

A small case with ties spells out what a page holds; the demo file and a long generated case
are checked against the timeline worked out in Python from the ORM's objects.
"""

from __future__ import annotations

import dataclasses
import re
import sqlite3
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import insert, select
from sqlalchemy.orm import selectinload

from proxydesk.domain import EventKind, PromiseKind, PromiseStatus
from proxydesk.reading.engine import file_zone, open_for_reading
from proxydesk.reading.timeline import TimelineReader
from proxydesk.reading.timeline_filter import (
    FTS_MIN_WORD,
    PROMISE_ENTRY,
    TimelineFilter,
    filter_of,
)
from proxydesk.services.registry import Services
from proxydesk.storage.database import CaseFile, open_case_file
from proxydesk.storage.mail_models import MailAttachment, MailMessage
from proxydesk.storage.models import Attachment, Blob, Contact, Event, Promise
from proxydesk.views import PromiseBrief, TimelineEntry
from tests.ui.queries import statements

CALLS = TimelineFilter(kinds=frozenset({"call"}))

BERLIN = ZoneInfo("Europe/Berlin")
T0 = datetime(2012, 3, 5, 9, 0, tzinfo=UTC)
T1, T2 = T0 + timedelta(minutes=1), T0 + timedelta(minutes=2)


class Clock:
    def __call__(self) -> datetime:
        return T0


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def case_id(services: Services) -> int:
    services.directory.add_organization("Telvia AG")
    return services.cases.add_case("Move the line", "Telvia", opened_at=T0).id


@pytest.fixture
def connection(case_path: Path, case_file: CaseFile) -> Iterator[sqlite3.Connection]:
    opened = open_for_reading(case_path)
    yield opened
    opened.close()


def keys(entries: list[TimelineEntry]) -> list[tuple[str, int]]:
    return [(e.kind, e.id) for e in entries]


# -- a small case whose pages are spelled out ----------------------------------------------


@dataclass
class Tied:
    """Ids of a case whose events and loose promises share their moments."""

    case: int
    keller_call: int  # T1, Frau Keller, says a promise
    dead_line: int  # T0, no contact
    letter: int  # T1, from Post_office, two files
    order_mail: int  # T2, Frau Keller
    technician: int  # loose promise at T1, Herr Brandl
    back_soon: int  # loose promise at T0, nobody
    new_router: int  # said in keller_call


@pytest.fixture
def tied(case_file: CaseFile, case_id: int) -> Tied:
    with case_file.unit_of_work() as session:
        keller, post, brandl, anna = (
            Contact(name=n) for n in ("Frau Keller", "Post_office", "Herr Brandl", "Anna Zoë")
        )

        def event(kind: EventKind, at: datetime, summary: str, **more: Any) -> Event:
            return Event(
                case_id=case_id,
                kind=kind,
                occurred_at=at,
                channel="none",
                direction="none",
                summary=summary,
                **more,
            )

        call = event(EventKind.CALL, T1, "Order the router", contact=keller)
        dead = event(EventKind.NOTE, T0, "Line is dead", body="ab_cd costs 100%")
        letter = event(EventKind.LETTER, T1, "Letter about the line", contact=post)
        mail = event(EventKind.EMAIL_IN, T2, "Your order A-77", body="ref abxcd", contact=keller)
        # stored in this order: the ids do not follow the times
        session.add_all([call, dead, letter, mail])

        def loose(at: datetime, text: str, by: Contact | None) -> Promise:
            return Promise(
                case_id=case_id, kind=PromiseKind.CLAIM, text=text, made_by=by, made_at=at
            )

        technician = loose(T1, "Technician comes on Monday", brandl)
        back = loose(T0, "Line back in two days", None)
        session.add_all([technician, back])
        session.flush()
        router = Promise(
            case_id=case_id,
            kind=PromiseKind.PROMISE,
            text="We send a new router",
            made_by=anna,
            made_in_event_id=call.id,
            made_at=T1,
            due_at=T1 + timedelta(days=2),
            status=PromiseStatus.OPEN,
        )
        blob = Blob(sha256="0" * 64, size=3, data=b"pdf")
        raw = Blob(sha256="1" * 64, size=4, data=b"mail")
        files = [
            Attachment(event_id=letter.id, blob_sha256=blob.sha256, filename=name)
            for name in ("scan-2.pdf", "scan-1.pdf")
        ]
        # the order mail: a file of its own, and the mail with its file and read receipt
        files.append(Attachment(event_id=mail.id, blob_sha256=blob.sha256, filename="note.txt"))
        message = MailMessage(
            raw=raw, thread_key="a-77", sent_at=T2, receipt_requested=True, read_at=T2, event=mail
        )
        message.attachments.append(
            MailAttachment(blob=blob, filename="invoice.pdf", mime_type="application/pdf")
        )
        session.add_all([router, blob, raw, *files, message])
        session.flush()
        return Tied(
            case_id, call.id, dead.id, letter.id, mail.id, technician.id, back.id, router.id
        )


def in_order(t: Tied) -> list[tuple[str, int]]:
    """At T0 the note, then the promise; at T1 the two events by id, then the promise."""
    return [
        ("note", t.dead_line),
        (PROMISE_ENTRY, t.back_soon),
        ("call", t.keller_call),
        ("letter", t.letter),
        (PROMISE_ENTRY, t.technician),
        ("email_in", t.order_mail),
    ]


def test_events_come_before_promises_at_the_same_moment_then_by_id(
    connection: sqlite3.Connection, tied: Tied
) -> None:
    reader = TimelineReader(connection, BERLIN)
    assert keys(reader.entries(tied.case)) == in_order(tied)
    assert keys(reader.entries(tied.case, newest_first=True)) == in_order(tied)[::-1]
    assert reader.count(tied.case) == 6


def test_the_reader_makes_no_entry_until_one_is_asked_for(
    connection: sqlite3.Connection, tied: Tied
) -> None:
    page = TimelineReader(connection, BERLIN).entries(tied.case)
    assert len(page) == 6
    assert page._made == {}
    first = page[0]
    assert list(page._made.values()) == [first]


@pytest.mark.parametrize("size", [1, 2, 3, 4, 5])
@pytest.mark.parametrize("newest_first", [False, True])
def test_pages_start_behind_the_last_entry_read(
    connection: sqlite3.Connection, tied: Tied, size: int, newest_first: bool
) -> None:
    reader = TimelineReader(connection, BERLIN)
    pages: list[list[tuple[str, int]]] = []
    after = None
    while True:
        page = reader.entries(tied.case, limit=size, after=after, newest_first=newest_first)
        pages.append(keys(page))
        if len(page) < size:
            break
        after = page[-1]
    whole = in_order(tied)[::-1] if newest_first else in_order(tied)
    expected = [whole[start : start + size] for start in range(0, len(whole) + 1, size)]
    assert pages == expected
    assert (
        keys(reader.entries(tied.case, offset=1, limit=2, newest_first=newest_first))
        == (whole[1:3])
    )
    # with ``after``, the offset counts from behind it
    first = reader.entries(tied.case, limit=1, newest_first=newest_first)[0]
    behind = reader.entries(tied.case, offset=1, limit=2, after=first, newest_first=newest_first)
    assert keys(behind) == whole[2:4]


def test_an_entry_carries_its_contact_promises_files_and_local_times(
    connection: sqlite3.Connection, tied: Tied
) -> None:
    entries = {(e.kind, e.id): e for e in TimelineReader(connection, BERLIN).entries(tied.case)}
    call = entries["call", tied.keller_call]
    assert call.contact == "Frau Keller" and call.summary == "Order the router"
    assert call.occurred_at == T1 and call.occurred_at.tzinfo == BERLIN
    assert call.occurred_at.hour == 10  # 9:01 UTC is 10:01 in Berlin in March
    due = (T1 + timedelta(days=2)).astimezone(BERLIN)
    assert call.promises == [
        PromiseBrief(tied.new_router, "promise", "We send a new router", "open", due)
    ]
    assert entries["letter", tied.letter].attachments == ["scan-2.pdf", "scan-1.pdf"]
    assert call.mail_id is None and call.receipt is None and call.read_at is None
    mail = entries["email_in", tied.order_mail]
    assert mail.attachments == ["note.txt", "invoice.pdf"]
    assert mail.mail_id is not None and mail.receipt == "read"
    assert mail.read_at == T2 and mail.read_at.tzinfo == BERLIN
    assert entries["note", tied.dead_line].contact is None
    assert entries["note", tied.dead_line].body == "ab_cd costs 100%"
    promise = entries[PROMISE_ENTRY, tied.technician]
    assert (promise.contact, promise.summary, promise.channel) == (
        "Herr Brandl",
        "Technician comes on Monday",
        "none",
    )
    assert promise.promises == [
        PromiseBrief(tied.technician, "claim", "Technician comes on Monday", "open", None)
    ]
    assert promise.occurred_at.tzinfo == BERLIN
    # the reader fills an entry's fields in without its __init__: every field, as __init__ would
    names = {field.name for field in dataclasses.fields(TimelineEntry)}
    for entry in entries.values():
        assert set(vars(entry)) == names
        assert dataclasses.replace(entry) == entry


FILTERED: list[tuple[dict[str, Any], list[str]]] = [
    ({"kinds": {"call"}}, ["keller_call"]),
    ({"kinds": {PROMISE_ENTRY}}, ["back_soon", "technician"]),
    ({"kinds": {"letter", PROMISE_ENTRY}}, ["back_soon", "letter", "technician"]),
    ({"kinds": {"no such kind"}}, []),
    ({"kinds": set()}, []),
    ({"contact": " keller "}, ["keller_call", "order_mail"]),
    ({"contact": "_"}, ["letter"]),  # taken literally, not as LIKE's "any character"
    ({"contact": "%"}, []),
    ({"contact": "x' OR 1=1 --"}, []),
    # long words: the full-text index for events (word beginnings), LIKE for promises
    ({"text": "line"}, ["dead_line", "back_soon", "letter"]),
    ({"text": "rout"}, ["keller_call"]),
    ({"text": "line dead"}, ["dead_line"]),
    ({"text": '"Monday"'}, ["technician"]),
    # a short word is looked for anywhere, its wildcards taken literally
    ({"text": "or"}, ["keller_call", "order_mail"]),
    ({"text": "b_"}, ["dead_line"]),
    ({"text": "0%"}, ["dead_line"]),
    ({"text": "in", "kinds": {PROMISE_ENTRY, "note"}}, ["dead_line", "back_soon"]),
    ({"text": "line", "contact": "post"}, ["letter"]),
]


@pytest.mark.parametrize(("filters", "names"), FILTERED)
def test_each_filter_lets_through_what_it_names(
    connection: sqlite3.Connection, tied: Tied, filters: dict[str, Any], names: list[str]
) -> None:
    reader = TimelineReader(connection, BERLIN)
    expected = [getattr(tied, name) for name in names]
    assert [e.id for e in reader.entries(tied.case, where=filter_of(**filters))] == expected
    newest = reader.entries(tied.case, newest_first=True, where=filter_of(**filters))
    assert [e.id for e in newest] == expected[::-1]
    assert reader.count(tied.case, filter_of(**filters)) == len(expected)
    for row, entry in enumerate(newest):
        promise = entry.kind == PROMISE_ENTRY
        place = reader.position(
            tied.case, entry.id, promise=promise, newest_first=True, where=filter_of(**filters)
        )
        assert place == row


def test_the_position_of_what_is_not_shown_is_none(
    connection: sqlite3.Connection, tied: Tied
) -> None:
    reader = TimelineReader(connection, BERLIN)
    case = tied.case
    assert reader.position(case, tied.letter) == 3
    assert reader.position(case, tied.technician, promise=True) == 4
    assert reader.position(case, tied.letter, where=CALLS) is None
    assert reader.position(case, tied.technician, promise=True, where=CALLS) is None
    # a promise said in an event is shown with that event, not on its own
    assert reader.position(case, tied.new_router, promise=True) is None
    assert reader.position(case, 10_000) is None


def test_the_names_are_everyone_in_the_timeline_once(
    connection: sqlite3.Connection, tied: Tied, case_file: CaseFile
) -> None:
    with case_file.unit_of_work() as session:
        session.add(Contact(name="Nobody in this case"))
    names = TimelineReader(connection, BERLIN).contacts(tied.case)
    assert names == ["Anna Zoë", "Frau Keller", "Herr Brandl", "Post_office"]


def test_a_page_is_four_statements_in_one_read(connection: sqlite3.Connection, tied: Tied) -> None:
    reader = TimelineReader(connection, BERLIN)
    with statements(connection) as seen:
        reader.entries(tied.case, limit=5)
    # events, loose promises, the promises said in them, their files
    assert len(seen) == 4
    assert not connection.in_transaction


# -- the demo file and a long case, against the timeline worked out from the objects ------


@dataclass(frozen=True)
class Shown:
    """An entry as the filters see it."""

    order: tuple[datetime, int, int]
    kind: str
    contact: str | None
    texts: tuple[str, ...]


def whole_timeline(case_file: CaseFile, case: int) -> list[Shown]:
    with case_file.reading() as session:
        events = session.scalars(
            select(Event).where(Event.case_id == case).options(selectinload(Event.contact))
        )
        shown = [
            Shown(
                (e.occurred_at, 0, e.id),
                e.kind.value,
                e.contact.name if e.contact else None,
                (e.summary, e.body),
            )
            for e in events
        ]
        loose = session.scalars(
            select(Promise)
            .where(Promise.case_id == case, Promise.made_in_event_id.is_(None))
            .options(selectinload(Promise.made_by))
        )
        shown += [
            Shown(
                (p.made_at, 1, p.id),
                PROMISE_ENTRY,
                p.made_by.name if p.made_by else None,
                (p.text,),
            )
            for p in loose
        ]
    return sorted(shown, key=lambda s: s.order)


def _tokens(text: str) -> list[str]:
    """Words as the index's unicode61 tokenizer (diacritics removed) sees them."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return re.findall(r"[^\W_]+", plain.lower())


def passes(s: Shown, filters: dict[str, Any]) -> bool:
    kinds = filters.get("kinds")
    if kinds is not None and s.kind not in kinds:
        return False
    contact = filters.get("contact", "").strip().lower()
    if contact and (s.contact is None or contact not in s.contact.lower()):
        return False
    words = filters.get("text", "").lower().split()
    if s.kind != PROMISE_ENTRY and words and all(len(w) >= FTS_MIN_WORD for w in words):
        tokens = [t for text in s.texts for t in _tokens(text)]
        return all(any(t.startswith(w) for t in tokens) for w in words)
    return all(any(w in text.lower() for text in s.texts) for w in words)


def expected(
    case_file: CaseFile, case: int, filters: dict[str, Any], newest_first: bool
) -> list[tuple[str, int]]:
    shown = [s for s in whole_timeline(case_file, case) if passes(s, filters)]
    if newest_first:
        shown.reverse()
    return [(s.kind, s.order[2]) for s in shown]


def read_in_pages(
    reader: TimelineReader, case: int, size: int, *, newest_first: bool, where: TimelineFilter
) -> list[TimelineEntry]:
    read: list[TimelineEntry] = []
    while True:
        after = read[-1] if read else None
        page = reader.entries(case, limit=size, newest_first=newest_first, where=where, after=after)
        read += page
        if len(page) < size:
            return read


def check_against_objects(
    reader: TimelineReader,
    case_file: CaseFile,
    case: int,
    filters: dict[str, Any],
    size: int,
) -> int:
    """Pages, counts and positions as worked out from the objects; how many were shown."""
    for newest_first in (False, True):
        wanted = expected(case_file, case, filters, newest_first)
        read = read_in_pages(
            reader, case, size, newest_first=newest_first, where=filter_of(**filters)
        )
        assert keys(read) == wanted
        assert reader.count(case, filter_of(**filters)) == len(wanted)
        for row in sorted({0, len(read) // 3, len(read) - 1} if read else ()):
            entry = read[row]
            promise = entry.kind == PROMISE_ENTRY
            where = reader.position(
                case,
                entry.id,
                promise=promise,
                newest_first=newest_first,
                where=filter_of(**filters),
            )
            assert where == row
    return len(wanted)


DEMO_FILTERS: list[dict[str, Any]] = [
    {},
    {"kinds": {"call"}},
    {"kinds": {"email_out", PROMISE_ENTRY}},
    {"kinds": {"note", "letter"}},
    {"contact": "telvia"},
    {"contact": "Frau "},
    {"contact": "a_h"},
    {"text": "line"},
    {"text": "order"},
    {"text": "mail team"},
    {"text": "tel mail"},
    {"text": "no"},
    {"text": "ip"},
    {"text": "a_"},
    {"text": "the", "contact": "e", "kinds": {"call", "email_in", PROMISE_ENTRY}},
]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CaseFile]:
    from proxydesk.services.demo import DEMO_TIMEZONE, build_demo

    path = tmp_path_factory.mktemp("timeline") / "demo.proxydesk"
    case_file = open_case_file(path, create=True, timezone=DEMO_TIMEZONE)
    build_demo(case_file)
    yield case_file
    case_file.close()


@pytest.mark.parametrize("filters", DEMO_FILTERS)
def test_the_demo_timelines_are_what_their_objects_make(
    demo: CaseFile, filters: dict[str, Any]
) -> None:
    connection = open_for_reading(demo.path)
    try:
        reader = TimelineReader(connection, file_zone(connection))
        cases = [row[0] for row in connection.execute("SELECT id FROM cases ORDER BY id")]
        shown = sum(check_against_objects(reader, demo, case, filters, 7) for case in cases)
    finally:
        connection.close()
    assert shown > 0, "the filter should let something through"


def test_the_demo_names_and_first_entry(demo: CaseFile) -> None:
    connection = open_for_reading(demo.path)
    try:
        reader = TimelineReader(connection, file_zone(connection))
        first = reader.entries(1, limit=1)[0]
        names = reader.contacts(2)
    finally:
        connection.close()
    assert (first.kind, first.contact) == ("social", None)
    assert first.summary.startswith("Public tweet to @Telvia_hilft")
    assert first.occurred_at == datetime(2012, 2, 28, 10, 20, tzinfo=UTC)
    assert {"Frau Brandl", "Herr Gruber", "Clara Sonnenschein"} <= set(names)
    assert names == sorted(set(names), key=str.casefold)


LONG_FILTERS: list[dict[str, Any]] = [
    {},
    {"kinds": {"call", PROMISE_ENTRY}},
    {"contact": "agent 1"},
    {"text": "router"},
    {"text": "li"},
]


@pytest.fixture
def long_case(case_file: CaseFile, case_id: int) -> int:
    """3,000 events and 400 loose promises, three events to a minute, some promises on them."""
    with case_file.unit_of_work() as session:
        agents = [Contact(name=f"Agent {n}") for n in range(4)]
        session.add_all(agents)
        session.flush()
        session.execute(
            insert(Event),
            [
                {
                    "case_id": case_id,
                    "kind": "call" if n % 2 else "note",
                    "occurred_at": T0 + timedelta(minutes=n // 3),
                    "channel": "phone" if n % 2 else "none",
                    "direction": "out" if n % 2 else "none",
                    "contact_id": agents[n % 4].id if n % 2 else None,
                    "summary": f"Event {n} about the {'router' if n % 5 == 0 else 'line'}",
                    "body": "",
                }
                for n in range(3000)
            ],
        )
        session.execute(
            insert(Promise),
            [
                {
                    "case_id": case_id,
                    "kind": "claim",
                    "text": f"Loose claim {n} about the line",
                    "made_by_id": agents[n % 4].id,
                    "made_at": T0 + timedelta(minutes=n * 2 + (n % 3)),
                    "status": "open",
                    "resolution_note": "",
                }
                for n in range(400)
            ],
        )
    return case_id


def test_a_long_case_read_in_pages_is_what_its_objects_make(
    connection: sqlite3.Connection, case_file: CaseFile, long_case: int
) -> None:
    reader = TimelineReader(connection, BERLIN)
    for filters in LONG_FILTERS:
        assert check_against_objects(reader, case_file, long_case, filters, 200) > 200, filters


def test_reading_loads_neither_sqlalchemy_nor_qt() -> None:
    probe = (
        "import sys\n"
        "import proxydesk.reading.timeline, proxydesk.reading.timeline_filter\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'PySide6'}))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
