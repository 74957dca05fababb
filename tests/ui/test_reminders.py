"""Reminders: the model on its own, a reminder firing in the window, snooze, done, the calendar."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QPushButton, QSystemTrayIcon
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from proxydesk.changes import Changes
from proxydesk.services.registry import Services
from proxydesk.ui.main_window import MainWindow
from proxydesk.ui.promises.dialogs import ResolveDialog
from proxydesk.ui.reminders.dialogs import ReminderDialog, snooze_choices
from proxydesk.ui.reminders.model import RemindersModel
from proxydesk.ui.reminders.scheduler import ReminderScheduler
from proxydesk.ui.widgets.colors import Tone, tone
from tests.ui.story import NOW, FixedClock, Story, at
from tests.ui.writes import written


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isEnabled() and button.isVisibleTo(button.window()), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    written(qtbot)  # what the click wrote is written, and shown


def test_the_model_shows_due_snoozed_and_upcoming(
    qtmodeltester: ModelTester, services: Services, story: Story, clock: FixedClock
) -> None:
    due = services.reminders.add("Call the hotline again", at(17, 9), case=story.email_case)
    snoozed = services.reminders.add("Fax the form", at(17, 8))
    services.reminders.snooze(snoozed.id, NOW + timedelta(hours=2))
    services.reminders.add("Technician comes", at(20, 8), case=story.move_case)
    model = RemindersModel(services.reminders)
    model.reload()
    qtmodeltester.check(model)
    states = {
        model.reminder(r).text: model.index(r, RemindersModel.COLUMN_STATE).data()
        for r in range(model.rowCount())
    }
    assert states["Call the hotline again"] == "due"
    assert states["Fax the form"].startswith("snoozed until ")
    assert states["Technician comes"] == "upcoming"
    row = model.row_of(due.id)
    assert row is not None
    index = model.index(row, RemindersModel.COLUMN_WHAT)
    assert model.data(index, Qt.ItemDataRole.ForegroundRole) == tone(Tone.BAD)
    font = model.data(index, Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert model.index(row, RemindersModel.COLUMN_CASE).data() == "Move Erika's email address"
    services.reminders.mark_done(due.id)
    model.reload()
    assert model.row_of(due.id) is None
    model.set_include_done(True)
    row = model.row_of(due.id)
    assert row is not None and model.index(row, RemindersModel.COLUMN_STATE).data() == "done"


def test_the_scheduler_fires_once_per_item_and_again_after_a_snooze(
    qtbot: QtBot, services: Services, story: Story, clock: FixedClock
) -> None:
    for promise in services.promises.promises(only_open=True):
        services.promises.resolve(promise.id, "kept")
    reminder = services.reminders.add("Call the hotline again", NOW + timedelta(minutes=10))
    scheduler = ReminderScheduler(services.reminders)
    assert scheduler.check() == []
    clock.at = NOW + timedelta(minutes=11)
    with qtbot.waitSignal(scheduler.fired) as fired:
        scheduler.check()
    assert fired.args[0].text == "Call the hotline again"
    assert scheduler.check() == []
    services.reminders.snooze(reminder.id, clock.at + timedelta(minutes=15))
    clock.at += timedelta(minutes=14)
    assert scheduler.check() == []
    clock.at += timedelta(minutes=2)
    [again] = scheduler.check()
    assert again.id == reminder.id


def test_a_reminder_fires_in_the_window_and_snooze_and_done_work(
    qtbot: QtBot, window: MainWindow, services: Services, story: Story, clock: FixedClock
) -> None:
    controller = window.features.reminders
    bar = controller.bar
    # offscreen there is no system tray: the bar in the window says it
    assert not QSystemTrayIcon.isSystemTrayAvailable()
    # at the start, the story's overdue promises are told, one after another
    qtbot.waitUntil(lambda: bar.isVisible())
    assert controller.tray is None
    assert bar.current is not None and bar.current.kind == "promise"
    assert bar.message.full_text().startswith("Overdue since ")
    assert bar.more.text() == "and 2 more"
    while bar.current is not None:
        click(qtbot, bar.later_button)
    assert not bar.isVisible()

    services.reminders.add(
        "Call the hotline again", NOW + timedelta(minutes=5), case=story.email_case
    )
    controller.scheduler.check()
    assert not bar.isVisible()
    clock.at = NOW + timedelta(minutes=6)
    controller.scheduler.check()
    assert bar.isVisible()
    assert bar.message.full_text() == (
        "Reminder: Call the hotline again — Move Erika's email address"
    )

    # snoozed for 15 minutes: gone, and back when the time has come
    bar.snooze_menu.choose("15min")
    written(qtbot)
    assert not bar.isVisible()
    [snoozed] = services.reminders.reminders()
    assert snoozed.snoozed_until == services.reminders.local(clock.at + timedelta(minutes=15))
    clock.at += timedelta(minutes=16)
    controller.scheduler.check()
    assert bar.isVisible() and bar.current is not None and bar.current.id == snoozed.id

    click(qtbot, bar.open_button)
    assert window.current_case_id == story.email_case
    assert controller.dock.isVisible()
    assert controller.panel.selected() is not None

    click(qtbot, bar.done_button)
    assert not bar.isVisible()
    assert services.reminders.reminders() == []
    assert controller.panel.model.rowCount() == 0


def test_an_overdue_promise_in_the_bar_snoozes_into_a_reminder_or_is_marked(
    qtbot: QtBot, window: MainWindow, services: Services, story: Story, clock: FixedClock
) -> None:
    bar = window.features.reminders.bar
    qtbot.waitUntil(lambda: bar.isVisible())
    first = bar.current
    assert first is not None and first.kind == "promise"
    bar.snooze_menu.choose("tomorrow")
    written(qtbot)
    [reminder] = services.reminders.reminders()
    assert reminder.promise_id == first.id
    assert (reminder.due_at.hour, reminder.due_at.minute) == (9, 0)
    # a promise with a reminder is not told again as overdue
    assert first.id not in [p.id for p in services.reminders.due().overdue_promises]

    second = bar.current
    assert second is not None and second.kind == "promise"
    assert bar.done_button.text() == "&Turned out…"
    click(qtbot, bar.done_button)
    dialog = window.features.promises.actions.dialog
    assert isinstance(dialog, ResolveDialog) and dialog.promise.id == second.id
    assert dialog.status().value == "broken"


def test_reminders_by_hand_and_from_a_promise(
    qtbot: QtBot, window: MainWindow, services: Services, story: Story, clock: FixedClock
) -> None:
    window.select_case(story.email_case)
    controller = window.features.reminders
    controller.add_action.trigger()
    dialog = controller.panel.dialog
    assert isinstance(dialog, ReminderDialog)
    assert dialog.case_id() == story.email_case
    assert (dialog.due_at().hour, dialog.due_at().day) == (9, 18)
    buttons = dialog.findChild(QDialogButtonBox)
    assert not buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    qtbot.keyClicks(dialog.text, "Ask for the ticket number")
    click(qtbot, buttons.button(QDialogButtonBox.StandardButton.Ok))
    [by_hand] = services.reminders.reminders()
    assert by_hand.text == "Ask for the ticket number" and by_hand.case_id == story.email_case

    # "remind me when this promise is due", for one not due yet
    promise = services.promises.add(
        story.email_case, text="Calls back by 6 pm", by="Frau Ost", at=at(17, 10), due=at(17, 18)
    )
    window.notifier.tell(Changes.everything())
    window.features.promises.show_panel()
    panel = window.features.promises.panel
    assert panel.select_promise(promise.id)
    click(qtbot, panel.remind)
    remind = window.features.promises.actions.dialog
    assert isinstance(remind, ReminderDialog)
    assert remind.text.text() == "Due: Calls back by 6 pm"
    assert remind.due_at() == promise.due_at
    click(qtbot, remind.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))
    linked = [r for r in services.reminders.reminders() if r.promise_id == promise.id]
    assert [r.due_at for r in linked] == [promise.due_at]
    assert controller.panel.model.rowCount() == 2


def test_export_to_a_calendar_file(
    qtbot: QtBot, window: MainWindow, services: Services, story: Story, tmp_path: Path
) -> None:
    services.reminders.add("Call the hotline again", at(18, 9), case=story.email_case)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.features.reminders.export_action in file_menu.actions()
    window.features.reminders.export_action.trigger()
    dialog = window.features.reminders.dialog
    assert isinstance(dialog, QFileDialog)
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    target = tmp_path / "family.ics"
    dialog.fileSelected.emit(str(target))
    dialog.close()
    text = target.read_text()
    assert text.startswith("BEGIN:VCALENDAR")
    assert "SUMMARY:Call the hotline again" in text
    assert "calendar entries written to" in window.statusBar().currentMessage()


def test_the_calendar_is_never_written_over_the_open_case_file(
    window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    failures: list[BaseException] = []
    monkeypatch.setattr(window, "show_failure", failures.append)
    case_file = services.case_file.path
    before = case_file.read_bytes()
    assert window.features.reminders.export_calendar(case_file) == 0
    assert len(failures) == 1 and "will not write over" in str(failures[0])
    assert case_file.read_bytes() == before


def test_snooze_choices_are_15_minutes_an_hour_and_tomorrow_morning(services: Services) -> None:
    choices = dict(snooze_choices(NOW, services.reminders.tz))
    assert choices["15min"] == NOW + timedelta(minutes=15)
    assert choices["1h"] == NOW + timedelta(hours=1)
    tomorrow = choices["tomorrow"]
    assert (tomorrow.day, tomorrow.hour, tomorrow.minute) == (18, 9, 0)


def test_what_is_due_shows_the_reminders_beside_the_overdue_promises(
    qtbot: QtBot, window: MainWindow, services: Services, story: Story
) -> None:
    window.features.reminders.due_action.trigger()
    assert window.features.reminders.dock.isVisible() and window.features.promises.dock.isVisible()
    shown = [p.id for p in window.features.promises.panel.visible_promises()]
    assert sorted(shown) == sorted(p.id for p in services.promises.promises(only_overdue=True))


def test_a_file_open_read_only_shows_but_changes_nothing(
    qtbot: QtBot, case_path: Path, services: Services, story: Story
) -> None:
    from proxydesk.storage.database import open_case_file
    from proxydesk.ui.app import create_main_window

    with open_case_file(case_path, writable=False) as read_only:
        shown = create_main_window(Services.for_file(read_only, services.promises.clock))
        qtbot.addWidget(shown)
        shown.show()
        qtbot.waitUntil(lambda: shown.features.reminders.bar.isVisible())
        assert not shown.features.call_logger.start_action.isEnabled()
        assert not shown.features.reminders.add_action.isEnabled()
        assert not shown.features.reminders.bar.done_button.isVisibleTo(shown)
        shown.features.promises.show_panel()
        panel = shown.features.promises.panel
        assert not panel.broken.isVisibleTo(shown) and not panel.link.isVisibleTo(shown)
        assert panel.model.rowCount() > 0
        shown.close()
