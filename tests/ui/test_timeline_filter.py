"""Filtering the timeline by kind, contact and words, oldest or newest first: model and window."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from proxydesk.reading.timeline_filter import PROMISE_ENTRY, TimelineFilter
from proxydesk.services.registry import Services
from proxydesk.ui.main_window import MainWindow
from proxydesk.ui.models.timeline import TimelineModel
from proxydesk.ui.widgets.timeline_filter import DEBOUNCE_MS, TimelineFilterBar
from tests.ui.queries import statements
from tests.ui.story import Story

ROOT = QModelIndex()


def model_for(services: Services, case: int, page_size: int = 200) -> TimelineModel:
    model = TimelineModel(services.timeline, page_size=page_size)
    model.set_case(case)
    return model


def kinds(model: TimelineModel) -> list[str]:
    return [model.entry(r).kind for r in range(model.rowCount())]


def summaries(model: TimelineModel) -> list[str]:
    return [model.entry(r).summary for r in range(model.rowCount())]


# -- the model, without a window ---------------------------------------------------------


def test_filter_by_kind_and_back(services: Services, story: Story) -> None:
    model = model_for(services, story.move_case)
    everything = model.total
    model.set_filter(TimelineFilter(kinds=frozenset({"call"})))
    assert kinds(model) == ["call", "call", "call"]
    assert model.total == 3 and model.filter.active
    model.set_filter(TimelineFilter(kinds=frozenset({PROMISE_ENTRY})))
    assert summaries(model) == ["The old line was cancelled on 1 March"]
    model.set_filter(TimelineFilter())
    assert model.total == everything and not model.filter.active


def test_filter_by_contact_and_words(services: Services, story: Story) -> None:
    model = model_for(services, story.move_case)
    model.set_filter(TimelineFilter(contact="Anna"))
    assert summaries(model) == [
        "Social team confirms the order",
        "Social team asks for the customer numbers",
        "The old line was cancelled on 1 March",
    ]
    model.set_filter(TimelineFilter(text="order"))
    assert summaries(model) == [
        "Order placed via social media",
        "Social team confirms the order",
        "Shop cannot see orders",
        "Call to +49 800 330 1000 with Frau Keller (promise made)",
        *[f"Letter {n} of the order pile" for n in range(1, 11)],
        "Technician arrives early",
    ]
    model.set_filter(TimelineFilter(kinds=frozenset({"call"}), text="order"))
    assert summaries(model) == ["Call to +49 800 330 1000 with Frau Keller (promise made)"]


def test_newest_first_turns_the_order_round(services: Services, story: Story) -> None:
    model = model_for(services, story.move_case)
    oldest = summaries(model)
    model.set_newest_first(True)
    assert model.newest_first
    assert summaries(model) == list(reversed(oldest))
    model.set_filter(TimelineFilter(kinds=frozenset({"call"})))
    times = [model.entry(r).occurred_at for r in range(model.rowCount())]
    assert times == sorted(times, reverse=True)


def test_a_filtered_timeline_still_loads_page_by_page(
    services: Services, story: Story, qtmodeltester: ModelTester
) -> None:
    model = model_for(services, story.move_case, page_size=4)
    model.set_filter(TimelineFilter(kinds=frozenset({"letter"})))
    assert model.total == 11 and model.rowCount() == 4
    assert model.canFetchMore(ROOT)
    engine = services.case_file.engine
    with statements(engine) as second:
        model.fetchMore(ROOT)
    with statements(engine) as third:
        model.fetchMore(ROOT)
    assert model.rowCount() == 11 and not model.canFetchMore(ROOT)
    # a page costs the same few queries however long the timeline is
    assert len(second) == len(third) <= 8
    qtmodeltester.check(model)


def test_row_of_loads_the_pages_up_to_the_entry(services: Services, story: Story) -> None:
    model = model_for(services, story.move_case, page_size=3)
    last = services.timeline.entries(story.move_case)[-1]
    row = model.row_of(last.id)
    assert row == model.total - 1
    assert model.entry(row).id == last.id
    model.set_filter(TimelineFilter(kinds=frozenset({"call"})))
    assert model.row_of(last.id) is None  # the technician is no call


def test_changing_case_with_a_filter_is_one_reload(services: Services, story: Story) -> None:
    model = model_for(services, story.move_case)
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.set_case(story.email_case, where=TimelineFilter(kinds=frozenset({"call"})))
    assert resets == [1]
    assert kinds(model) == ["call", "call"]


# -- the filter bar in the window ------------------------------------------------------------


def bar_of(window: MainWindow) -> TimelineFilterBar:
    return window.filter_bar


def test_the_bar_filters_by_kind_from_its_menu(window: MainWindow, story: Story) -> None:
    bar = bar_of(window)
    assert bar.kinds_button.text() == "All kinds"
    assert not bar.matches.isVisibleTo(window)
    bar.kind_actions["call"].trigger()
    assert kinds(window.timeline_model) == ["call", "call", "call"]
    assert bar.kinds_button.text() == "Call"
    assert bar.matches.text() == "3 entries" and bar.matches.isVisibleTo(window)
    bar.kind_actions["visit"].trigger()
    assert bar.kinds_button.text() == "2 kinds"
    assert sorted(set(kinds(window.timeline_model))) == ["call", "visit"]
    bar.all_kinds.trigger()
    assert bar.kinds_button.text() == "All kinds"
    assert not window.timeline_model.filter.active


def test_the_contact_box_lists_the_cases_people(window: MainWindow, story: Story) -> None:
    bar = bar_of(window)
    # opening the case read nobody's name: the box asks once it is used
    assert [bar.contact.itemText(i) for i in range(bar.contact.count())] == ["Anyone"]
    bar.contact.showPopup()
    names = [bar.contact.itemText(i) for i in range(bar.contact.count())]
    bar.contact.hidePopup()
    assert names == ["Anyone", "Anna", "Frau Keller", "Salesman", "Technician"]
    bar.set_contact("Frau Keller")
    assert window.timeline_model.total == 1
    assert window.timeline_model.entry(0).contact == "Frau Keller"
    bar.set_contact("Anna")
    assert {window.timeline_model.entry(r).contact for r in range(3)} == {"Anna"}


def test_typing_filters_after_a_pause(qtbot: QtBot, window: MainWindow, story: Story) -> None:
    bar = bar_of(window)
    total = window.timeline_model.total
    qtbot.keyClicks(bar.text, "parcels")
    assert window.timeline_model.total == total  # not yet: the user may still be typing
    qtbot.waitUntil(lambda: window.timeline_model.total == 1, timeout=DEBOUNCE_MS * 8)
    assert summaries(window.timeline_model) == ["Three letters and two parcels arrived"]
    bar.clear_button.click()
    assert window.timeline_model.total == total
    assert bar.text.text() == ""


def test_enter_filters_at_once(qtbot: QtBot, window: MainWindow, story: Story) -> None:
    bar = bar_of(window)
    bar.text.setText("IP")  # short: matched anywhere, also inside words
    qtbot.keyClick(bar.text, Qt.Key.Key_Return)
    assert "Sent both customer numbers and 'IP line'" in summaries(window.timeline_model)


def test_newest_first_in_the_window(window: MainWindow, story: Story) -> None:
    bar = bar_of(window)
    assert bar.newest_first.text() == "Oldest first"
    bar.newest_first.click()
    assert bar.newest_first.text() == "Newest first"
    first = window.timeline_model.entry(0)
    assert first.summary == "Technician arrives early"


def test_another_case_keeps_the_kinds_but_not_contact_or_words(
    window: MainWindow, story: Story
) -> None:
    bar = bar_of(window)
    bar.kind_actions["call"].trigger()
    bar.set_contact("Frau Keller")
    assert window.timeline_model.total == 1
    assert window.select_case(story.email_case)
    assert window.timeline_model.filter == TimelineFilter(kinds=frozenset({"call"}))
    assert window.timeline_model.total == 2
    assert bar.contact.people() == ["Email team", "Frau Ost", "Herr Brandl"]


def test_selecting_a_filtered_row_shows_it(qtbot: QtBot, window: MainWindow, story: Story) -> None:
    bar_of(window).kind_actions["technician"].trigger()
    window.select_entry(0)
    assert window.detail.entry is not None
    assert window.detail.summary.text() == "Technician arrives early"
