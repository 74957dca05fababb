"""Empty lists say why they are empty and what to do next: timeline, promises, search, mail."""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget
from pytestqt.qtbot import QtBot

from proxydesk.services.registry import Services
from proxydesk.ui.main_window import MainWindow
from proxydesk.ui.promises.model import PromiseFilter
from tests.ui.story import Story


def test_a_filter_that_matches_nothing_says_so_and_offers_everything(
    window: MainWindow, qtbot: QtBot
) -> None:
    empty = window.timeline_empty
    assert window.timeline_model.rowCount() > 0
    assert not empty.shown

    window.filter_bar.set_text("zebra crossing in the fog")
    qtbot.waitUntil(lambda: window.timeline_model.rowCount() == 0)
    assert empty.shown
    assert empty.label.text() == "No entry of this case matches the filter."
    assert empty.button is not None and empty.button.isVisibleTo(window)
    # in the middle of the table, inside it
    viewport = window.timeline.viewport().rect()
    assert viewport.contains(empty.panel.geometry())

    empty.button.click()
    assert window.timeline_model.rowCount() > 0
    assert not empty.shown
    assert window.filter_bar.text.text() == ""


def test_a_case_without_entries_says_how_to_start(
    window: MainWindow, services: Services, story: Story
) -> None:
    move = services.cases.summary(story.move_case)
    case_id = services.cases.add_case(
        "A new case", move.organization_id, relatives=move.relative_ids
    ).id
    window.load()
    assert window.select_case(case_id)
    empty = window.timeline_empty
    assert empty.shown
    assert "Ctrl+Shift+C" in empty.label.text()
    assert empty.button is not None and not empty.button.isVisibleTo(window)


def test_the_promises_panel_says_what_is_not_there(window: MainWindow) -> None:
    window.features.promises.dock.show()
    panel = window.features.promises.panel
    panel.set_scope(all_cases=True)
    panel.set_filter(PromiseFilter.DUE_TODAY)
    if panel.proxy.rowCount() == 0:
        assert panel.empty.shown
        assert panel.empty.label.text() == "Nothing is due today."
    panel.set_filter(PromiseFilter.ALL)
    assert panel.proxy.rowCount() > 0
    assert not panel.empty.shown

    panel.set_scope(all_cases=False)
    panel.set_current_case(None)
    assert panel.empty.shown
    assert panel.empty.label.text() == "Choose a case on the left to see its promises and claims."


def test_no_reminders_and_no_search_results_are_explained(window: MainWindow) -> None:
    reminders = window.features.reminders.panel
    if reminders.model.rowCount() == 0:
        assert reminders.empty.shown
        assert "Add…" in reminders.empty.label.text()

    search = window.features.search
    window.findChild(QDockWidget, "search-dock").show()
    assert search.panel.empty.shown
    assert "every case" in search.panel.empty.label.text()
    search.search("xylophone quartet")
    assert search.panel.model.rowCount() == 0
    assert search.panel.empty.label.text() == "Nothing found. Try fewer words, or other ones."
    search.search("technician")
    assert search.panel.model.rowCount() > 0
    assert not search.panel.empty.shown


def test_no_mail_account_offers_to_set_one_up(window: MainWindow, qtbot: QtBot) -> None:
    mail = window.features.mail
    assert mail.hint.isVisibleTo(window)
    assert mail.hint_label.text() == "No mail account yet — set one up"
    mail.hint_button.click()
    assert mail.accounts_dialog is not None
    qtbot.waitExposed(mail.accounts_dialog)
    assert mail.accounts_dialog.empty.isVisibleTo(mail.accounts_dialog)
