"""Searching the whole file: the results model, Ctrl+F, and opening a result in its case."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from proxydesk.reading.timeline_filter import TimelineFilter
from proxydesk.services.registry import Services
from proxydesk.ui.main_window import MainWindow
from proxydesk.ui.search.results_model import SearchResultsModel
from proxydesk.ui.search.search_panel import DEBOUNCE_MS
from tests.ui.queries import statements
from tests.ui.story import Story


def test_results_across_cases_with_their_titles(
    services: Services, story: Story, qtmodeltester: ModelTester
) -> None:
    model = SearchResultsModel(services.timeline, services.cases)
    model.search("team")
    cases = {model.case_title(r) for r in range(model.rowCount())}
    assert cases == {"Move Erika's line to Ilse's house", "Move Erika's email address"}
    summaries = {model.result(r).summary for r in range(model.rowCount())}
    assert "Social team phones: done in 30 minutes" in summaries
    row = next(r for r in range(model.rowCount()) if model.result(r).id == story.hold_call)
    assert model.data(model.index(row, SearchResultsModel.COLUMN_CASE)) == (
        "Move Erika's email address"
    )
    assert model.data(model.index(row, SearchResultsModel.COLUMN_KIND)) == "Call"
    tip = model.data(
        model.index(row, SearchResultsModel.COLUMN_SUMMARY), Qt.ItemDataRole.ToolTipRole
    )
    assert "complete nonsense" in tip
    qtmodeltester.check(model)


def test_a_search_costs_the_same_queries_however_much_it_finds(
    services: Services, story: Story
) -> None:
    model = SearchResultsModel(services.timeline, services.cases)
    with statements(services.case_file.engine) as one:
        model.search("nonsense")
    assert model.rowCount() == 1
    with statements(services.case_file.engine) as many:
        model.search("letter")
    assert model.rowCount() > 10
    # a handful either way (the match, the events and what they carry, the case titles),
    # never a query per result
    assert len(many) <= len(one) + 1 <= 14
    with statements(services.case_file.engine) as seen:
        model.search("   ")
    assert model.rowCount() == 0 and seen == []
    model.search("zzzznothing")
    assert model.rowCount() == 0 and model.query == "zzzznothing"


def test_ctrl_f_goes_to_the_search_field(qtbot: QtBot, window: MainWindow) -> None:
    field = window.features.search.field
    window.timeline.setFocus()
    window.features.search.field.find_action.trigger()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    assert field.find_action.shortcut().toString() == "Ctrl+F"


def test_typing_shows_results_and_choosing_one_opens_it_in_its_case(
    qtbot: QtBot, window: MainWindow, story: Story
) -> None:
    assert window.current_case_id == story.move_case
    window.filter_bar.kind_actions["letter"].trigger()  # a filter that hides the call
    field = window.features.search.field
    qtbot.keyClicks(field, "nonsense")
    assert window.features.search.dock.isVisible()
    panel = window.features.search.panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=DEBOUNCE_MS * 8)
    assert "1 found" in panel.summary.text()
    panel.choose(0)
    assert window.current_case_id == story.email_case
    assert window.timeline_model.filter == TimelineFilter()
    assert window.detail.entry is not None and window.detail.entry.id == story.hold_call


def test_enter_in_the_field_searches_at_once_and_activating_a_row_opens_it(
    qtbot: QtBot, window: MainWindow, story: Story
) -> None:
    field = window.features.search.field
    field.setText("parcels")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    panel = window.features.search.panel
    assert panel.model.rowCount() == 1
    index = panel.model.index(0, 0)
    panel.results.activated.emit(index)
    assert window.current_case_id == story.move_case
    assert window.detail.summary.text() == "Three letters and two parcels arrived"


def test_nothing_found_says_so(window: MainWindow) -> None:
    window.features.search.search("zzzznothing")
    assert window.features.search.panel.summary.text() == "Nothing found for “zzzznothing”."
