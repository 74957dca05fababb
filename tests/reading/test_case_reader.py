"""The tree and a case's header read with plain sqlite3, on the demo case file."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from proxydesk.errors import NotFound
from proxydesk.reading import cases as cases_module
from proxydesk.reading.cases import CaseReader
from proxydesk.reading.engine import file_zone, open_for_reading
from proxydesk.services.registry import Services
from proxydesk.storage.database import CaseFile, open_case_file

BERLIN = ZoneInfo("Europe/Berlin")
#: after the story: the last open promise (due 15 April 2012) is not overdue yet
AFTER_STORY = datetime(2012, 3, 27, 9, 0, tzinfo=UTC)
#: after that promise's due time
LATE_APRIL = datetime(2012, 4, 20, 9, 0, tzinfo=UTC)
MOTHER, AUNT = "Hildegard Brenner", "Gerda Voit"


class Clock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture
def clock() -> Clock:
    return Clock(AFTER_STORY)


@pytest.fixture
def demo_file(tmp_path: Path) -> Iterator[CaseFile]:
    from proxydesk.services.demo import DEMO_TIMEZONE, build_demo

    case_file = open_case_file(tmp_path / "demo.proxydesk", create=True, timezone=DEMO_TIMEZONE)
    build_demo(case_file)
    yield case_file
    case_file.close()


@pytest.fixture
def connection(demo_file: CaseFile, tmp_path: Path) -> Iterator[sqlite3.Connection]:
    opened = open_for_reading(tmp_path / "demo.proxydesk")
    yield opened
    opened.close()


@pytest.fixture
def reader(connection: sqlite3.Connection, clock: Clock) -> CaseReader:
    return CaseReader(connection, file_zone(connection), clock)


def test_relatives_come_by_name_with_their_numbers(reader: CaseReader) -> None:
    relatives = reader.relatives()
    assert [r.name for r in relatives] == [AUNT, MOTHER]
    aunt, mother = relatives
    assert aunt.born == date(1939, 11, 8)
    assert aunt.phone_numbers == ["+49 9280 555 3105", "+49 9561 555 7720"]
    assert mother.phone_numbers == ["+49 9280 555 3104"]
    assert mother.address.startswith("Schulgasse 4, 95183 Oberwaldbach")


def test_cases_count_open_and_overdue_promises_against_the_clock(
    reader: CaseReader, clock: Clock
) -> None:
    line, mail = reader.cases()
    assert line.title.startswith("Move Gerda's internet line")
    assert mail.title.startswith("Move Gerda's email address")
    assert (line.relative_ids, line.relative_names) == ([1, 2], [MOTHER, AUNT])
    assert line.organization_name == "Telvia AG"
    assert line.status == "resolved"
    assert line.opened_at == datetime(2012, 2, 28, 11, 20, tzinfo=BERLIN)
    assert line.opened_at.utcoffset() == BERLIN.utcoffset(datetime(2012, 2, 28))
    assert line.closed_at == datetime(2012, 3, 14, 20, 0, tzinfo=BERLIN)
    assert (line.open_promises, line.overdue_promises, line.events) == (1, 0, None)
    assert (mail.open_promises, mail.overdue_promises) == (0, 0)
    clock.at = LATE_APRIL
    assert reader.cases()[0].overdue_promises == 1
    assert [c.events for c in reader.cases(count_events=True)] == [36, 24]


def test_detail_shows_accounts_references_and_channels(reader: CaseReader) -> None:
    detail = reader.detail(2)
    assert detail.summary == reader.cases()[1]
    assert detail.story_so_far.startswith("I am calling about my aunt Gerda Voit's email")
    org = detail.organization
    assert (org.name, org.asks_for_power_of_attorney) == ("Telvia AG", True)
    assert len(org.channels) == 13
    assert org.channel_values("fax") == ["+49 800 555 0109", "+49 800 555 0209"]
    assert org.channels[0].purpose.startswith("General customer service")
    household, old_line = detail.accounts
    assert (household.customer_number, household.relative_name) == ("550 311 8742", MOTHER)
    assert household.phone_lines == ["+49 9280 555 3104", "+49 9280 555 3105", "+49 9280 555 3106"]
    assert household.email_addresses == ["gerda.voit@telvia-online.example"]
    assert old_line.contract_numbers == ["VT 7730 2291 (Kombi Basic, Kornbach - cancelled)"]
    assert old_line.email_addresses == []
    assert old_line.login_names == ["access 4402977310-0001 (old access data)"]
    ticket, subject, fax_form = detail.references
    assert (ticket.kind, ticket.given_by) == ("ticket", "Frau Wenzel")
    assert ticket.given_at == datetime(2012, 3, 16, 12, 15, tzinfo=BERLIN)
    assert (subject.kind, subject.given_by) == ("other", None)
    assert (fax_form.value, fax_form.given_by) == ("Vorgang 7781-20120319", "Herr Gruber")


def test_powers_of_attorney_hold_from_their_first_day_once_signed(
    demo_file: CaseFile, reader: CaseReader, clock: Clock
) -> None:
    powers = reader.detail(2).powers_of_attorney
    assert [(p.id, p.relative_name, p.organization_name) for p in powers] == [
        (1, AUNT, "Telvia AG"),
        (2, AUNT, None),
        (3, MOTHER, None),
    ]
    assert powers[0].account_ids == [1, 2]
    assert powers[0].acts == ["information", "email_transfer"]
    assert (powers[0].valid_from, powers[0].status, powers[0].has_scan) == (
        date(2012, 3, 16),
        "draft",
        False,
    )
    assert not reader.detail(2).valid_power_of_attorney
    Services.for_file(demo_file, clock).poa.set_status(1, "signed")
    assert reader.detail(2).powers_of_attorney[0].status == "signed"
    assert reader.detail(2).valid_power_of_attorney
    # 15 March, 23:30 UTC is already the 16th in Berlin, the power's first day
    clock.at = datetime(2012, 3, 15, 23, 30, tzinfo=UTC)
    assert reader.detail(2).valid_power_of_attorney
    clock.at = datetime(2012, 3, 15, 22, 30, tzinfo=UTC)
    assert not reader.detail(2).valid_power_of_attorney


def test_a_case_at_an_organization_with_nothing_known_yet(
    demo_file: CaseFile, reader: CaseReader, clock: Clock
) -> None:
    services = Services.for_file(demo_file, clock)
    services.directory.add_organization("Stadtwerke Oberwaldbach")
    added = services.cases.add_case("Meter reading", "Stadtwerke", relatives=[MOTHER])
    detail = reader.detail(added.id)
    assert detail.organization.name == "Stadtwerke Oberwaldbach"
    assert detail.organization.channels == []
    assert detail.accounts == []
    assert detail.references == []
    # only the mother's power for any organization applies here
    assert [p.id for p in detail.powers_of_attorney] == [3]
    assert detail.summary.relative_names == [MOTHER]
    assert (detail.summary.open_promises, detail.summary.overdue_promises) == (0, 0)
    services.promises.add(added.id, text="We will read the meter", by="Frau Kern", at=AFTER_STORY)
    clock.at = LATE_APRIL
    summary = reader.cases()[2]
    assert (summary.id, summary.open_promises, summary.overdue_promises) == (added.id, 1, 0)


def test_an_unknown_case_is_not_found(reader: CaseReader) -> None:
    with pytest.raises(NotFound, match="there is no case with id 99"):
        reader.detail(99)


def test_the_services_read_through_the_reader(demo_file: CaseFile, clock: Clock) -> None:
    services = Services.for_file(demo_file, clock)
    detail = services.cases.detail(1, count_events=True)
    assert detail.summary.events == 36
    assert detail.summary.open_promises == 1
    assert [r.name for r in services.directory.relatives()] == [AUNT, MOTHER]
    assert [c.id for c in services.cases.cases(MOTHER)] == [1, 2]


def test_importing_the_reader_loads_neither_sqlalchemy_nor_qt(tmp_path: Path) -> None:
    code = textwrap.dedent("""
        import sys
        import proxydesk.reading.cases
        loaded = sorted(m for m in sys.modules if m.split(".")[0] in {"sqlalchemy", "PySide6"})
        print(loaded)
    """)
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, check=True
    )
    assert result.stdout.strip() == "[]"


def test_the_promise_counts_are_read_by_index(reader: CaseReader) -> None:
    """A case's open and overdue promises are counted in the index, not by reading each
    promise of the case (a case of 2,000 promises spent most of its header's time there)."""
    plan = reader.connection.execute(
        "EXPLAIN QUERY PLAN " + cases_module._PROMISE_COUNTS, ("2012-04-15", "[1]")
    ).fetchall()
    steps = " ".join(str(row[-1]) for row in plan)
    assert "COVERING INDEX ix_promises_case_status" in steps, steps
