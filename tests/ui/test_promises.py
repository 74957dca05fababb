"""Promises in the window: marked broken with the event that shows it, contradictions side by
side, a promise's history in the right pane, overdue counts that follow the clock."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from proxydesk.changes import Changes
from proxydesk.services.registry import Services
from proxydesk.ui.main_window import MainWindow
from proxydesk.ui.promises.dialogs import LinkDialog, ResolveDialog, SideBySideDialog
from proxydesk.ui.promises.model import PromiseFilter
from proxydesk.ui.promises.panel import PromisesPanel
from tests.ui.story import FixedClock, Story, at
from tests.ui.writes import written


def tree_counts(window: MainWindow) -> dict[int, tuple[int, int]]:
    return {
        c.id: (c.open_promises, c.overdue_promises)
        for i in window.case_indexes()
        if (c := window.tree_model.case_at(i)) is not None
    }


def row_of(panel: PromisesPanel, text: str) -> int:
    shown = [p.text for p in panel.visible_promises()]
    return shown.index(text)


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def ok(qtbot: QtBot, buttons: QDialogButtonBox) -> None:
    click(qtbot, buttons.button(QDialogButtonBox.StandardButton.Ok))
    written(qtbot)


def test_marking_a_promise_broken_and_linking_a_contradiction_shows_them_side_by_side(
    qtbot: QtBot, window: MainWindow, services: Services, story: Story
) -> None:
    impossible = services.promises.add(
        story.email_case,
        text="Moving the address is impossible for 180 days",
        by="Frau Ost",
        at=at(16, 9, 5),
        kind="claim",
    )
    no_problem = services.promises.add(
        story.email_case,
        text="Moving the address is no problem",
        by="Herr Brandl",
        at=at(15, 10, 30),
        kind="claim",
    )
    window.select_case(story.email_case)
    window.notifier.tell(Changes.everything())
    assert window.features.promises.show_action.shortcut().toString() == "Ctrl+Shift+P"
    window.features.promises.show_action.trigger()
    panel = window.features.promises.panel
    assert window.features.promises.dock.isVisible()
    assert panel.model.case_id == story.email_case

    # "they call back today" was never kept: broken, shown by the template mail next day
    calls_back = next(
        p for p in panel.visible_promises() if p.text == "The email team calls you back today"
    )
    assert panel.select_promise(calls_back.id)
    click(qtbot, panel.broken)
    dialog = window.features.promises.actions.dialog
    assert isinstance(dialog, ResolveDialog)
    template = next(
        e for e in services.promises.events_after(dialog.promise.id) if "Template" in e.summary
    )
    dialog.choose_event(template.id)
    qtbot.keyClicks(dialog.note, "Nobody called back")
    before = tree_counts(window)[story.email_case]
    ok(qtbot, dialog.findChild(QDialogButtonBox))
    broken = services.promises.history(dialog.promise.id)
    assert broken.promise.status == "broken"
    assert broken.resolved_by is not None and broken.resolved_by.id == template.id
    assert broken.resolution_note == "Nobody called back"
    # the tree's counts follow at once: one open and one overdue promise fewer
    assert tree_counts(window)[story.email_case] == (before[0] - 1, before[1] - 1)
    # the open list no longer shows it; "All" shows it as broken
    assert "The email team calls you back today" not in [p.text for p in panel.visible_promises()]
    panel.set_filter(PromiseFilter.ALL)
    row = row_of(panel, "The email team calls you back today")
    assert panel.table.model().index(row, 0).data() == "broken"

    # the two claims: selected together, linked, and shown side by side
    panel.set_filter(PromiseFilter.OPEN)
    selection = panel.table.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for text in (
        "Moving the address is impossible for 180 days",
        "Moving the address is no problem",
    ):
        selection.select(panel.proxy.index(row_of(panel, text), 0), flags)
    assert not panel.broken.isEnabled()
    click(qtbot, panel.link)
    link = window.features.promises.actions.dialog
    assert isinstance(link, LinkDialog)
    qtbot.keyClicks(link.note, "180 days vs. no problem")
    ok(qtbot, link.findChild(QDialogButtonBox))
    [contradiction] = services.promises.contradictions(story.email_case)
    assert {contradiction.first.id, contradiction.second.id} == {impossible.id, no_problem.id}

    side = window.features.promises.actions.dialog
    assert isinstance(side, SideBySideDialog)
    qtbot.waitExposed(side)
    assert side.note.text() == "180 days vs. no problem"
    # the earlier statement on the left
    assert side.left.text.text() == "“Moving the address is no problem”"
    assert side.left.who.text() == "Herr Brandl (email)"
    assert side.right.text.text() == "“Moving the address is impossible for 180 days”"
    assert side.right.who.text() == "Frau Ost"
    assert side.left.heading.text() == "Claim · open"
    side.close()

    # and later, from the list: "Side by side" on one of them
    panel.select_promise(impossible.id)
    click(qtbot, panel.side_by_side)
    again = window.features.promises.actions.dialog
    assert isinstance(again, SideBySideDialog) and again is not side
    assert again.right.text.text() == "“Moving the address is impossible for 180 days”"
    again.close()


def test_a_promise_made_in_a_call_shows_its_history_in_the_right_pane(
    qtbot: QtBot, window: MainWindow, services: Services, story: Story
) -> None:
    window.select_case(story.email_case)
    row = window.timeline_model.row_of(story.hold_call)
    assert row is not None
    window.select_entry(row)
    promise = window.detail.entry.promises[0] if window.detail.entry else None
    assert promise is not None
    button = window.detail.findChild(QPushButton, f"promise-history-{promise.id}")
    assert button is not None
    click(qtbot, button)

    controller = window.features.promises
    assert window.right.currentWidget() is controller.history
    card = controller.history.card
    assert card.text.text() == "“The email team calls you back today”"
    assert card.who.text() == "Herr Brandl (email)"
    assert card.made_in.text().startswith("Call on ")
    assert "Call to +49 800 330 1100 with Herr Brandl" in card.made_in.text()
    assert card.heading.text() == "Promise · overdue"
    assert controller.history.back.isVisible()
    assert controller.history.kept.isVisible()

    # resolved from the history: the history shows the outcome and what showed it
    click(qtbot, controller.history.kept)
    dialog = controller.actions.dialog
    assert isinstance(dialog, ResolveDialog)
    assert dialog.status().value == "kept"
    ok(qtbot, dialog.findChild(QDialogButtonBox))
    assert window.right.currentWidget() is controller.history
    assert card.heading.text() == "Promise · kept"
    assert card.outcome.text().startswith("kept, on ")
    assert not controller.history.kept.isVisible()

    click(qtbot, controller.history.back)
    assert window.right.currentWidget() is window.detail
    assert window.detail.entry is not None and window.detail.entry.id == story.hold_call


def test_a_statement_made_outside_any_call_is_its_own_history(
    qtbot: QtBot, window: MainWindow, services: Services, story: Story
) -> None:
    window.select_case(story.move_case)
    model = window.timeline_model
    loose = next(r for r in range(model.rowCount()) if model.entry(r).kind == "promise")
    window.select_entry(loose)
    controller = window.features.promises
    assert window.right.currentWidget() is controller.history
    card = controller.history.card
    assert card.text.text() == "“The old line was cancelled on 1 March”"
    assert card.heading.text() == "Claim · turned out false"
    assert card.note.text() == "It still rings"
    assert not controller.history.back.isVisible()
    assert not controller.history.kept.isVisible()
    window.select_entry(0)
    assert window.right.currentWidget() is window.detail


def test_overdue_counts_and_the_list_follow_the_clock(
    qtbot: QtBot, window: MainWindow, services: Services, story: Story, clock: FixedClock
) -> None:
    services.promises.add(
        story.email_case, text="Calls back by 6 pm", by="Frau Ost", at=at(17, 10), due=at(17, 18)
    )
    window.notifier.tell(Changes.everything())
    window.features.promises.show_overdue()
    panel = window.features.promises.panel
    assert panel.scope.currentIndex() == 1 and panel.proxy.filter is PromiseFilter.OVERDUE
    overdue = len(panel.visible_promises())
    before = tree_counts(window)[story.email_case]
    clock.at += timedelta(hours=8)
    window.notifier.tick()
    assert tree_counts(window)[story.email_case] == (before[0], before[1] + 1)
    assert len(panel.visible_promises()) == overdue + 1
    # the case and the entry stay chosen through the refresh
    assert window.current_case_id is not None
