"""The item models on their own, without a window: structure, words, paging, no SQL in data()."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont
from pytestqt.modeltest import ModelTester

from proxydesk.domain import EventKind, PromiseKind, PromiseStatus
from proxydesk.reading.file import FileReader
from proxydesk.services.registry import Services
from proxydesk.services.timeline_events import NewEvent
from proxydesk.storage.models import Contact, Event, Promise
from proxydesk.ui.models.relatives_cases import RelativesCasesModel
from proxydesk.ui.models.timeline import TimelineModel
from proxydesk.ui.widgets.colors import Tone, tone
from proxydesk.views import CaseSummary, TimelineEntry
from tests.ui.queries import statements
from tests.ui.story import Story

ROLES = [
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.DecorationRole,
]


def tree_model(services: Services) -> RelativesCasesModel:
    """The tree on its own reader of the file, as the window has it."""
    model = RelativesCasesModel(window_reader(services).cases)
    model.reload()
    return model


def window_reader(services: Services) -> FileReader:
    return FileReader.open(services.case_file.path, services.timeline.clock)


def children(model: RelativesCasesModel, parent: QModelIndex) -> list[str]:
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


# -- relatives and cases ---------------------------------------------------------------


def test_tree_passes_the_model_tester(
    qtmodeltester: ModelTester, services: Services, story: Story
) -> None:
    qtmodeltester.check(tree_model(services))


def test_relatives_on_top_with_their_cases_below_a_shared_case_under_both(
    services: Services, story: Story
) -> None:
    model = tree_model(services)
    assert children(model, QModelIndex()) == ["Erika Brandt", "Ilse Lindner"]
    erika, ilse = model.index(0, 0), model.index(1, 0)
    assert children(model, erika) == [
        "Move Erika's line to Ilse's house",
        "Move Erika's email address",
    ]
    assert children(model, ilse) == ["Move Erika's line to Ilse's house"]
    assert erika.data(RelativesCasesModel.RELATIVE_ID_ROLE) == story.erika
    # asked through the model: QModelIndex.data() returning None leaks (see case_at)
    assert model.data(erika, RelativesCasesModel.CASE_ID_ROLE) is None
    assert model.case_at(erika) is None
    shared = model.index(0, 0, ilse)
    assert shared.data(RelativesCasesModel.CASE_ID_ROLE) == story.move_case
    assert shared.data(RelativesCasesModel.RELATIVE_ID_ROLE) == story.ilse
    assert isinstance(shared.data(RelativesCasesModel.CASE_ROLE), CaseSummary)
    assert model.case_at(shared) == shared.data(RelativesCasesModel.CASE_ROLE)
    assert shared.parent() == ilse
    assert not model.flags(erika) & Qt.ItemFlag.ItemIsSelectable
    assert model.flags(shared) & Qt.ItemFlag.ItemIsSelectable


def test_counts_match_the_service_and_overdue_stands_out(services: Services, story: Story) -> None:
    model = tree_model(services)
    erika = model.index(0, 0)
    for row in range(model.rowCount(erika)):
        case_id = model.index(row, 0, erika).data(RelativesCasesModel.CASE_ID_ROLE)
        summary = services.cases.summary(case_id)
        open_cell = model.index(row, RelativesCasesModel.COLUMN_OPEN, erika)
        overdue_cell = model.index(row, RelativesCasesModel.COLUMN_OVERDUE, erika)
        assert open_cell.data() == str(summary.open_promises)
        assert overdue_cell.data() == str(summary.overdue_promises)
        assert summary.overdue_promises > 0
        assert overdue_cell.data(Qt.ItemDataRole.ForegroundRole) == tone(Tone.BAD)
        font = overdue_cell.data(Qt.ItemDataRole.FontRole)
        assert isinstance(font, QFont) and font.bold()
    # the relative's row adds up its cases
    email = services.cases.summary(story.email_case)
    move = services.cases.summary(story.move_case)
    total = model.index(0, RelativesCasesModel.COLUMN_OVERDUE).data()
    assert total == str(email.overdue_promises + move.overdue_promises)


def test_no_highlight_without_overdue_promises(services: Services, clock: object) -> None:
    services.directory.add_relative("Erika Brandt")
    services.directory.add_organization("Telvia AG")
    services.cases.add_case("Quiet case", "Telvia", relatives=["Erika"])
    model = tree_model(services)
    cell = model.index(0, RelativesCasesModel.COLUMN_OVERDUE, model.index(0, 0))
    assert cell.data() == "0"
    assert model.data(cell, Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(cell, Qt.ItemDataRole.FontRole) is None


def test_cases_without_a_relative_get_a_group_only_when_there_are_some(
    qtmodeltester: ModelTester, services: Services, story: Story
) -> None:
    model = tree_model(services)
    assert model.rowCount() == 2
    services.cases.add_case("Aunt's old bank account", "Telvia")
    model.reload()
    assert children(model, QModelIndex())[-1] == "Cases without a relative"
    group = model.index(2, 0)
    assert model.data(group, RelativesCasesModel.RELATIVE_ID_ROLE) is None
    assert children(model, group) == ["Aunt's old bank account"]
    assert model.relative_count == 2
    qtmodeltester.check(model)


def test_tree_reload_costs_fixed_queries_and_data_none(services: Services, story: Story) -> None:
    reader = window_reader(services)
    model = RelativesCasesModel(reader.cases)
    with statements(reader.connection) as reload_sql:
        model.reload()
    assert 0 < len(reload_sql) <= 8
    with statements(reader.connection) as data_sql:
        for group_row in range(model.rowCount()):
            group = model.index(group_row, 0)
            for row in range(-1, model.rowCount(group)):
                for column in range(model.columnCount()):
                    index = (
                        model.index(group_row, column)
                        if row < 0
                        else model.index(row, column, group)
                    )
                    for role in [*ROLES, RelativesCasesModel.CASE_ROLE]:
                        model.data(index, role)
    assert data_sql == []


# -- the timeline ----------------------------------------------------------------------


def test_timeline_passes_the_model_tester(
    qtmodeltester: ModelTester, services: Services, story: Story
) -> None:
    model = TimelineModel(services.timeline)
    model.set_case(story.move_case)
    qtmodeltester.check(model)


def test_timeline_columns_in_words(services: Services, story: Story) -> None:
    model = TimelineModel(services.timeline)
    model.set_case(story.email_case)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["When", "Kind", "Who", "Summary", "Duration / hold"]
    assert model.rowCount() == services.timeline.count(story.email_case)
    entries = [model.index(r, 0).data(TimelineModel.ENTRY_ROLE) for r in range(model.rowCount())]
    assert all(isinstance(e, TimelineEntry) for e in entries)
    row = next(r for r, e in enumerate(entries) if e.id == story.hold_call)
    cell = lambda column: model.index(row, column).data()  # noqa: E731
    assert cell(TimelineModel.COLUMN_KIND) == "Call"
    assert cell(TimelineModel.COLUMN_WHO) == "Herr Brandl"
    assert cell(TimelineModel.COLUMN_SUMMARY).endswith("[2 promises]")
    assert cell(TimelineModel.COLUMN_DURATION) == "47 min / 12 min"
    # times in the file's zone (Berlin, UTC+1 in March): the call began at 10:14 local time
    assert "10:14" in cell(TimelineModel.COLUMN_WHEN)
    kinds = {model.index(r, TimelineModel.COLUMN_KIND).data() for r in range(model.rowCount())}
    assert {"Call", "Email received", "Note", "Social media"} <= kinds
    model.set_case(story.move_case)
    kinds = {model.index(r, TimelineModel.COLUMN_KIND).data() for r in range(model.rowCount())}
    # a claim recorded outside any call shows what it was
    assert {"Visit", "Letter", "Technician", "Email sent", "Claim"} <= kinds


def test_set_case_resets_and_none_empties(services: Services, story: Story) -> None:
    model = TimelineModel(services.timeline)
    model.set_case(story.move_case)
    assert model.rowCount() == services.timeline.count(story.move_case)
    model.set_case(story.email_case)
    assert model.case_id == story.email_case
    assert model.rowCount() == services.timeline.count(story.email_case)
    model.set_case(None)
    assert (model.rowCount(), model.total, model.canFetchMore(QModelIndex())) == (0, 0, False)


@pytest.fixture
def long_case(services: Services) -> int:
    """450 timeline entries (more than two pages), with contacts, promises and loose claims."""
    org = services.directory.add_organization("Telvia AG")
    case = services.cases.add_case("A long case", "Telvia")
    start = datetime(2012, 1, 1, 8, 0, tzinfo=UTC)
    # through the service once, to show they are ordinary entries, then in bulk for speed
    services.timeline.add_event(case.id, NewEvent(EventKind.NOTE, start, "Event 1"))
    with services.case_file.unit_of_work() as session:
        agents = [Contact(organization_id=org.id, name=f"Agent {n}") for n in range(3)]
        events = [
            Event(
                case_id=case.id,
                kind=EventKind.CALL if n % 3 == 0 else EventKind.NOTE,
                occurred_at=start + timedelta(hours=n),
                ended_at=start + timedelta(hours=n, minutes=10) if n % 3 == 0 else None,
                channel="phone" if n % 3 == 0 else "none",
                direction="out" if n % 3 == 0 else "none",
                contact=agents[n % 3] if n % 3 == 0 else None,
                summary=f"Event {n + 1}",
                hold_seconds=120 if n % 3 == 0 else None,
            )
            for n in range(1, 445)
        ]
        said = [
            Promise(
                case_id=case.id,
                kind=PromiseKind.PROMISE,
                text=f"Promise in event {n + 1}",
                made_by=agents[n % 3],
                made_in_event=event,
                made_at=event.occurred_at,
                status=PromiseStatus.OPEN,
            )
            for n, event in enumerate(events, start=1)
            if n % 3 == 0
        ]
        loose = [
            Promise(
                case_id=case.id,
                kind=PromiseKind.CLAIM,
                text=f"Loose claim {n}",
                made_by=agents[0],
                made_at=start + timedelta(hours=hour, minutes=30),
                status=PromiseStatus.FALSE,
            )
            for n, hour in enumerate((50, 150, 250, 350, 440))
        ]
        session.add_all([*agents, *events, *said, *loose])
    return case.id


def test_pages_load_lazily_through_fetch_more(services: Services, long_case: int) -> None:
    model = TimelineModel(services.timeline)
    model.set_case(long_case)
    root = QModelIndex()
    assert (model.rowCount(), model.total) == (200, 450)
    assert model.canFetchMore(root)
    model.fetchMore(root)
    assert model.rowCount() == 400
    model.fetchMore(root)
    assert model.rowCount() == 450
    assert not model.canFetchMore(root)
    model.fetchMore(root)
    assert model.rowCount() == 450
    times = [model.entry(r).occurred_at for r in range(450)]
    assert times == sorted(times)
    assert len({(model.entry(r).kind, model.entry(r).id) for r in range(450)}) == 450


def test_fetch_more_inserts_rows_with_signals(
    qtbot: object, services: Services, long_case: int
) -> None:
    model = TimelineModel(services.timeline)
    model.set_case(long_case)
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert inserted == [(200, 399), (400, 449)]


def test_a_page_costs_a_fixed_number_of_queries_and_data_none(
    services: Services, long_case: int
) -> None:
    engine = services.case_file.engine
    model = TimelineModel(services.timeline)
    with statements(engine) as first:
        model.set_case(long_case)
    with statements(engine) as second:
        model.fetchMore(QModelIndex())
    with statements(engine) as third:
        model.fetchMore(QModelIndex())
    # 200 rows cost what the last 50 cost (each page holds calls, agents, promises and
    # loose claims): nothing per row
    assert len(second) == len(third)
    assert len(second) <= 5  # the case, events, loose promises, then promises and files said
    # set_case reads the first page and counts nothing
    assert len(first) == len(second)
    assert not any("count(" in sql for sql in first + second + third)
    with statements(engine) as data_sql:
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                for role in [*ROLES, TimelineModel.ENTRY_ROLE]:
                    model.data(model.index(row, column), role)
    assert data_sql == []
