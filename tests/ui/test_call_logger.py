"""The call logger: a call with a promise in a few keys, and a call left running offered back."""

from __future__ import annotations

import time
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from proxydesk.services.calls import CallState
from proxydesk.services.registry import Services
from proxydesk.storage.database import open_case_file
from proxydesk.ui.app import create_main_window
from proxydesk.ui.call_logger.end_dialog import EndCallDialog
from proxydesk.ui.call_logger.states import clock_text
from proxydesk.ui.call_logger.window import CallLoggerWindow
from proxydesk.ui.main_window import MainWindow
from tests.ui.story import FixedClock, Story
from tests.ui.writes import written

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


class Keyboard:
    """Presses keys on whatever widget has the focus, and counts them (text apart)."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.presses = 0
        self.typed = 0

    def focused(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(
        self,
        key: Qt.Key,
        modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
        *,
        to: QWidget | None = None,
    ) -> None:
        self.presses += 1
        self.qtbot.keyClick(to or self.focused(), key, modifiers)

    def type(self, text: str) -> None:
        self.typed += len(text)
        self.qtbot.keyClicks(self.focused(), text)


def activate(qtbot: QtBot, widget: QWidget) -> None:
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window())


def logger_of(qtbot: QtBot, window: MainWindow) -> CallLoggerWindow:
    """The logger, once the call's draft is written (on the window's write path)."""
    written(qtbot)
    logger = window.features.call_logger.logger
    assert logger is not None
    return logger


def test_logging_a_call_with_a_promise_takes_a_handful_of_keys(
    qtbot: QtBot, window: MainWindow, services: Services, story: Story, clock: FixedClock
) -> None:
    window.select_case(story.email_case)
    overdue_before = services.cases.summary(story.email_case).open_promises
    keys = Keyboard(qtbot)
    began = time.perf_counter()
    activate(qtbot, window)

    keys.press(Qt.Key.Key_C, CTRL | SHIFT, to=window)
    logger = logger_of(qtbot, window)
    qtbot.waitExposed(logger)
    activate(qtbot, logger)
    # the number dialed last in this case is the one offered first
    assert logger.number.currentText() == "+49 800 330 1100"
    assert logger.windowFlags() & Qt.WindowType.Tool
    assert logger.state_buttons[CallState.MENU].isChecked()

    clock.at += timedelta(minutes=2)
    keys.press(Qt.Key.Key_F6)
    clock.at += timedelta(minutes=12)
    keys.press(Qt.Key.Key_F7)
    assert logger.agent.hasFocus(), "talking: the agent's name comes first"
    keys.type("Frau Stein")
    keys.press(Qt.Key.Key_Return)
    assert logger.note.hasFocus()
    keys.type("Moving the address is no problem at all")
    keys.press(Qt.Key.Key_Return)
    clock.at += timedelta(minutes=3)
    keys.press(Qt.Key.Key_P, CTRL)
    assert logger.promise_form.isVisible() and logger.promise_form.text.hasFocus()
    assert logger.promise_form.choice() == "today"
    keys.type("The email team calls back today")
    keys.press(Qt.Key.Key_Return)
    assert not logger.promise_form.isVisible()
    assert logger.notes_model.rowCount() == 2
    clock.at += timedelta(minutes=5)
    logger.tick()
    assert logger.timer.text() == clock_text(22 * 60)
    assert logger.state_times[CallState.HOLD].text() == "12:00"
    keys.press(Qt.Key.Key_Return, CTRL)
    dialog = logger.dialog
    assert isinstance(dialog, EndCallDialog)
    qtbot.waitExposed(dialog)
    assert dialog.outcome() is not None and dialog.outcome().value == "promise_made"
    keys.press(Qt.Key.Key_Return, to=dialog)
    qtbot.waitUntil(lambda: window.features.call_logger.logger is None)
    elapsed = time.perf_counter() - began

    # a handful of keys besides the words themselves, and quick
    assert keys.presses <= 10, keys.presses
    assert elapsed < 15, elapsed
    assert services.calls.drafts() == []
    call = services.timeline.entries(story.email_case, newest_first=True, limit=1)[0]
    assert call.kind == "call"
    assert call.number_dialed == "+49 800 330 1100"
    assert call.contact == "Frau Stein"
    assert call.hold_seconds == 12 * 60
    assert call.duration_seconds == 22 * 60
    assert call.outcome == "promise_made"
    assert "Moving the address is no problem at all" in call.body
    [promise] = call.promises
    assert promise.text == "The email team calls back today"
    assert promise.due_at is not None and (promise.due_at.hour, promise.due_at.minute) == (18, 0)
    made = services.promises.promise(promise.id)
    assert made.made_in_event_id == call.id and made.made_by == "Frau Stein"
    # the window shows it at once: the call chosen, the counts up by one
    assert window.detail.entry is not None and window.detail.entry.id == call.id
    assert services.cases.summary(story.email_case).open_promises == overdue_before + 1
    counts = {
        c.id: c.open_promises
        for i in window.case_indexes()
        if (c := window.tree_model.case_at(i)) is not None
    }
    assert counts[story.email_case] == overdue_before + 1


def test_states_split_the_time_and_transfers_are_counted(
    qtbot: QtBot, window: MainWindow, services: Services, story: Story, clock: FixedClock
) -> None:
    window.features.call_logger.start_call()
    logger = logger_of(qtbot, window)
    for minutes, state in ((1, CallState.HOLD), (4, CallState.TRANSFERRED), (5, CallState.HOLD)):
        clock.at += timedelta(minutes=minutes)
        qtbot.mouseClick(logger.state_buttons[state], Qt.MouseButton.LeftButton)
    clock.at += timedelta(minutes=6)
    logger.tick()
    assert [logger.state_times[s].text() for s in CallState] == ["1:00", "10:00", "0:00", "5:00"]
    assert logger.totals.text() == "On hold 10:00 · 1 transfer"
    written(qtbot)  # each switch is kept at once, on the window's write path
    draft = services.calls.drafts()[0]
    assert [s.state for s in draft.content.segments] == [
        CallState.MENU,
        CallState.HOLD,
        CallState.TRANSFERRED,
        CallState.HOLD,
    ]


def start_and_type(qtbot: QtBot, window: MainWindow, clock: FixedClock) -> CallLoggerWindow:
    """A call with one note taken and one being typed, saved as typed."""
    window.features.call_logger.start_call()
    logger = logger_of(qtbot, window)
    clock.at += timedelta(minutes=3)
    logger.switch(CallState.TALKING)
    qtbot.keyClicks(logger.agent, "Herr Brandl")
    qtbot.keyClicks(logger.note, "No order for these lines")
    qtbot.keyClick(logger.note, Qt.Key.Key_Return)
    clock.at += timedelta(minutes=1)
    with qtbot.waitSignal(logger.saved, timeout=3000):
        qtbot.keyClicks(logger.note, "She takes the order ag")
    written(qtbot)  # every save asked for is in the file
    return logger


def answer(qtbot: QtBot, window: MainWindow, choice: str) -> QMessageBox:
    qtbot.waitUntil(lambda: window.features.call_logger.prompt is not None)
    box = window.features.call_logger.prompt
    assert box is not None
    button = box.findChild(QPushButton, choice)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    written(qtbot)
    return box


def test_a_call_left_running_when_the_file_closed_is_offered_back_with_its_notes(
    qtbot: QtBot, case_path: Path, services: Services, story: Story, clock: FixedClock
) -> None:
    first = create_main_window(services)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    started = start_and_type(qtbot, first, clock)
    started_at = started.draft.started_at
    # no "End call": the window goes, the file is closed
    first.close()
    services.case_file.close()

    with open_case_file(case_path) as reopened:
        again = create_main_window(Services.for_file(reopened, clock))
        qtbot.addWidget(again)
        again.show()
        qtbot.waitUntil(lambda: again.features.call_logger.prompt is not None)
        box = again.features.call_logger.prompt
        assert box is not None
        when = again.features.call_logger._format.when(started_at)
        assert box.text() == f"A call to +49 800 330 1000 started {when} was not finished."
        assert "Move Erika's line to Ilse's house" in box.informativeText()
        assert "2 notes kept" in box.informativeText()
        answer(qtbot, again, "continue")
        logger = logger_of(qtbot, again)
        assert logger.note.text() == "She takes the order ag"
        assert logger.agent.text() == "Herr Brandl"
        assert logger.notes_model.row(0).text == "No order for these lines"
        assert logger.state_buttons[CallState.TALKING].isChecked()
        assert logger.draft.started_at == started_at
        logger.close()
        again.close()


def test_closing_the_logger_keeps_the_call_and_the_shortcut_brings_it_back(
    qtbot: QtBot, window: MainWindow, services: Services, story: Story, clock: FixedClock
) -> None:
    logger = start_and_type(qtbot, window, clock)
    logger.close()
    qtbot.waitUntil(lambda: window.features.call_logger.logger is None)
    assert "Ctrl+Shift+C" in window.statusBar().currentMessage()
    written(qtbot)
    [draft] = services.calls.drafts()
    assert [n.text for n in draft.content.notes] == [
        "No order for these lines",
        "She takes the order ag",
    ]
    window.features.call_logger.start_action.trigger()
    answer(qtbot, window, "continue")
    assert logger_of(qtbot, window).note.text() == "She takes the order ag"


def test_an_unfinished_call_can_be_saved_as_it_is_or_discarded(
    qtbot: QtBot, window: MainWindow, services: Services, story: Story, clock: FixedClock
) -> None:
    logger = start_and_type(qtbot, window, clock)
    saved_at = logger.draft.updated_at
    logger.close()
    clock.at += timedelta(hours=3)
    window.features.call_logger.start_call()
    answer(qtbot, window, "save")
    assert services.calls.drafts() == []
    call = services.timeline.entries(story.move_case, newest_first=True, limit=1)[0]
    assert call.kind == "call" and call.outcome is None
    assert call.ended_at == saved_at
    assert call.body.endswith("She takes the order ag")

    start_and_type(qtbot, window, clock).close()
    window.features.call_logger.start_call()
    answer(qtbot, window, "discard")
    assert services.calls.drafts() == []
    assert window.features.call_logger.logger is None
