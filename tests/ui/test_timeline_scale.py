"""A long case in the main window: opened without counting, scrolled without a query per row."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QApplication, QHeaderView
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from proxydesk.domain import EventKind, PromiseKind, PromiseStatus
from proxydesk.services.registry import Services
from proxydesk.storage.models import Contact, Event, Promise
from proxydesk.ui.main_window import MainWindow
from proxydesk.ui.models.timeline import TimelineModel
from tests.ui.queries import statements
from tests.ui.story import Story

EVENTS = 3000


@pytest.fixture
def long_case(services: Services, story: Story) -> int:
    """3,000 calls and notes over a year, with agents and a few promises."""
    org = services.directory.organizations()[0]
    case = services.cases.add_case("Ein langer Fall", org.id, relatives=[story.erika])
    start = datetime(2011, 1, 3, 8, 0, tzinfo=UTC)
    with services.case_file.unit_of_work() as session:
        agents = [Contact(organization_id=org.id, name=f"Agent {n}") for n in range(5)]
        session.add_all(agents)
        session.flush()
        rows = [
            {
                "case_id": case.id,
                "kind": EventKind.CALL if n % 2 else EventKind.NOTE,
                "occurred_at": start + timedelta(hours=3 * n),
                "channel": "phone" if n % 2 else "none",
                "direction": "out" if n % 2 else "none",
                "contact_id": agents[n % 5].id if n % 2 else None,
                "summary": f"Entry {n}",
                "body": "",
            }
            for n in range(EVENTS)
        ]
        session.execute(insert(Event), rows)
        session.add_all(
            Promise(
                case_id=case.id,
                kind=PromiseKind.PROMISE,
                text=f"Callback {n}",
                made_at=start + timedelta(days=n * 20),
                status=PromiseStatus.KEPT,
            )
            for n in range(15)
        )
    return case.id


def test_a_long_case_opens_without_a_count_and_scrolls_without_a_query_per_row(
    services: Services, window: MainWindow, long_case: int
) -> None:
    window.load()
    # the window reads what it shows on its own connection (plain sqlite3)
    engine = window.reader.connection
    with statements(engine) as opening:
        assert window.select_case(long_case)
        QApplication.processEvents()
    model = window.timeline_model
    assert model.rowCount() == TimelineModel.PAGE_SIZE and model.canFetchMore(QModelIndex())
    assert opening, "the window read the case elsewhere"
    # the timeline counts nothing (the case header's summary counts events by case, once)
    assert not any(sql.lower().startswith("select count(") for sql in opening), opening

    bar = window.timeline.verticalScrollBar()
    inserted: list[int] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append(last - first + 1))
    fetching: list[str] = []
    painting: list[str] = []
    for _ in range(5):
        with statements(engine) as seen:
            bar.setValue(bar.maximum())  # the view asks the model for the next page
            QApplication.processEvents()
        fetching += seen
        with statements(engine) as seen:
            window.timeline.viewport().repaint()
        painting += seen
    assert inserted == [TimelineModel.PAGE_SIZE] * 5
    # a page is a handful of statements, however many rows it brings; painting asks none
    assert len(fetching) <= 5 * 4
    assert painting == []
    assert model.rowCount() == 6 * TimelineModel.PAGE_SIZE
    times = [model.entry(r).occurred_at for r in range(model.rowCount())]
    assert times == sorted(times)


def test_the_timeline_columns_fit_their_texts_without_measuring_rows(
    window: MainWindow, story: Story
) -> None:
    header = window.timeline.horizontalHeader()
    # no column measures the rows (that cost more than reading a page, at every case)
    fitted = QHeaderView.ResizeMode.ResizeToContents
    assert all(header.sectionResizeMode(c) != fitted for c in range(header.count()))
    # yet the time, kind and duration of the entries on screen fit their columns whole:
    # what Qt would fit the column to is no wider than it is
    model = window.timeline_model
    for case_id in (story.move_case, story.email_case):
        assert window.select_case(case_id)
        QApplication.processEvents()
        assert model.rowCount() >= 5
        for column in (model.COLUMN_WHEN, model.COLUMN_KIND, model.COLUMN_DURATION):
            wanted = window.timeline.sizeHintForColumn(column)
            assert 0 < wanted <= header.sectionSize(column), (case_id, column)


def test_the_hidden_promises_dock_reads_a_case_only_when_shown(
    qtbot: QtBot, window: MainWindow, story: Story
) -> None:
    panel = window.features.promises.panel
    window.select_case(story.email_case)
    assert not window.features.promises.dock.isVisible()
    assert panel.model.case_id != story.email_case
    window.features.promises.show_action.trigger()
    qtbot.waitUntil(lambda: panel.model.case_id == story.email_case)
    assert panel.model.rowCount() > 0
    window.select_case(story.move_case)
    assert panel.model.case_id == story.move_case
