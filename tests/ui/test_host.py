"""The host the features plug into: one change notification, one write path off the GUI thread."""

from __future__ import annotations

import sqlite3
import threading
import time
from datetime import timedelta

import shiboken6
from PySide6.QtCore import QThread, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QToolBar
from pytestqt.qtbot import QtBot

from proxydesk.changes import Changes, Kind
from proxydesk.errors import InvalidInput
from proxydesk.services.registry import Services
from proxydesk.ui.main_window import MainWindow
from proxydesk.ui.reminders.dialogs import ReminderDialog
from proxydesk.ui.runner import Runner, TaskState
from proxydesk.ui.widgets.writing_dialog import WritingDialog
from tests.ui.story import NOW, Story
from tests.ui.writes import written

WAIT_MS = 10_000


def on_gui_thread() -> bool:
    app = QApplication.instance()
    assert app is not None
    return QThread.currentThread() is app.thread()


def test_the_menus_stand_in_their_order_whoever_made_them_first(window: MainWindow) -> None:
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == [
        "&File",
        "&Edit",
        "&Call",
        "&Promises",
        "&Reminders",
        "&Mail",
        "&Paper",
        "&Go",
        "&Help",
    ]
    file_menu = [a.text() for a in window.file_menu_widget.actions() if not a.isSeparator()]
    assert file_menu[-1] == "&Quit" and "&Export reminders to calendar…" in file_menu


def test_a_write_runs_off_the_gui_thread_then_tells_what_changed(
    qtbot: QtBot, window: MainWindow
) -> None:
    seen: list[tuple[str, object]] = []
    told = Changes.of(Kind.REMINDERS, cases=[1])
    window.notifier.changed.connect(lambda changes: seen.append(("told", changes)))

    def work(word: str) -> Changes:
        seen.append(("worked on the GUI thread", on_gui_thread()))
        return told

    task = window.write(work, "x", on_done=lambda result: seen.append(("done", result)))
    assert task.lane.value == "write"
    written(qtbot)
    assert seen == [("worked on the GUI thread", False), ("told", told), ("done", told)]


def test_what_changed_comes_from_the_result_or_from_the_feature(
    qtbot: QtBot, window: MainWindow
) -> None:
    seen: list[Changes] = []
    window.notifier.changed.connect(seen.append)
    window.write(lambda: 7, changes=lambda seven: Changes.of(Kind.CASES, cases=[seven]))
    window.write(lambda: None)  # nothing said, nothing told
    written(qtbot)
    assert seen == [Changes.of(Kind.CASES, cases=[7])]


def test_the_widget_that_asked_is_busy_until_the_write_is_done(
    qtbot: QtBot, window: MainWindow
) -> None:
    button = QPushButton("Save")
    qtbot.addWidget(button)
    release = threading.Event()
    task = window.write(lambda: release.wait(WAIT_MS / 1000), busy=button)
    assert not button.isEnabled(), "asked once, it cannot be asked twice"
    release.set()
    written(qtbot)
    assert task.state is TaskState.DONE and button.isEnabled()


def test_a_failed_write_is_told_to_the_user_in_one_place(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    failed: list[BaseException] = []
    button = QPushButton("Add")
    qtbot.addWidget(button)
    window.write(services.reminders.add, " ", NOW, busy=button, on_failed=failed.append)
    written(qtbot)
    box = window.write_path.failure
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text() == "This could not be recorded:\n\nthe reminder needs a text"
    assert isinstance(failed[0], InvalidInput) and button.isEnabled()
    box.close()


def test_a_locked_file_is_told_in_words_not_left_on_stderr(
    qtbot: QtBot, window: MainWindow
) -> None:
    def locked() -> None:
        raise sqlite3.OperationalError("database is locked")

    window.write(locked)
    written(qtbot)
    box = window.write_path.failure
    assert box is not None and "The case file is busy with another write" in box.text()
    box.close()


def test_the_window_goes_on_while_another_writer_holds_the_file(
    qtbot: QtBot, window: MainWindow, services: Services, story: Story
) -> None:
    """A reminder asked for while another program writes waits off the GUI thread, then lands."""
    other = sqlite3.connect(services.case_file.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # the write lock, as a mail sync's batch holds it
    try:
        window.write(
            services.reminders.add,
            "Call the hotline again",
            NOW + timedelta(hours=1),
            case=story.email_case,
            changes=Changes.of(Kind.REMINDERS, cases=[story.email_case]),
        )
        # the event loop keeps turning: a timer fires on time, not after the lock
        ticks: list[float] = []
        began = time.perf_counter()
        for ms in (20, 40, 60, 80, 100):
            QTimer.singleShot(ms, lambda: ticks.append(time.perf_counter() - began))
        qtbot.waitUntil(lambda: len(ticks) == 5, timeout=WAIT_MS)
        assert max(ticks) < 1.0, ticks
        assert window.runner.tasks, "the write waits for the lock"
    finally:
        other.execute("COMMIT")
        other.close()
    written(qtbot)
    assert window.write_path.failure is None
    [reminder] = services.reminders.reminders()
    assert reminder.text == "Call the hotline again"


def test_each_view_reads_again_only_what_a_change_touches(
    qtbot: QtBot, window: MainWindow, story: Story
) -> None:
    window.select_case(story.email_case)
    resets = {"tree": 0, "timeline": 0}
    window.tree_model.modelReset.connect(lambda: resets.__setitem__("tree", resets["tree"] + 1))
    window.timeline_model.modelReset.connect(
        lambda: resets.__setitem__("timeline", resets["timeline"] + 1)
    )
    tell = window.notifier.tell
    tell(Changes.of(Kind.REMINDERS, cases=[story.email_case]))
    tell(Changes.of(Kind.TIMELINE, cases=[story.move_case]))  # another case's entry
    assert resets == {"tree": 0, "timeline": 0}
    tell(Changes.of(Kind.TIMELINE, cases=[story.email_case]))
    assert resets == {"tree": 0, "timeline": 1}
    tell(Changes.of(Kind.PROMISES, cases=[story.move_case]))  # the counts in the tree
    assert resets == {"tree": 1, "timeline": 1}
    assert window.current_case_id == story.email_case


def test_writes_asked_for_before_closing_are_written(qtbot: QtBot) -> None:
    runner = Runner()
    release = threading.Event()
    order: list[str] = []
    runner.write(lambda: (release.wait(WAIT_MS / 1000), order.append("first")))
    runner.write(lambda: order.append("second"))  # waits on the writer lane
    threading.Timer(0.05, release.set).start()  # shutdown blocks the GUI thread
    assert runner.shutdown(WAIT_MS)
    assert order == ["first", "second"]


def test_a_dialog_closed_while_its_write_runs_is_not_called_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    class Asker(QPushButton):
        def __init__(self) -> None:
            super().__init__("Save")
            self.answers: list[object] = []

        def answered(self, result: object) -> None:
            self.answers.append(result)

    asker = Asker()
    release = threading.Event()
    seen: list[Changes] = []
    window.notifier.changed.connect(seen.append)
    window.write(
        lambda: release.wait(WAIT_MS / 1000),
        changes=Changes.of(Kind.REMINDERS),
        on_done=asker.answered,
        busy=asker,
    )
    asker.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(asker), timeout=WAIT_MS)
    release.set()
    written(qtbot)
    assert seen == [Changes.of(Kind.REMINDERS)], "written, and told, all the same"


def test_a_dialog_stays_busy_while_its_write_waits_and_cannot_be_sent_twice(
    qtbot: QtBot, window: MainWindow, services: Services, story: Story
) -> None:
    window.select_case(story.email_case)
    panel = window.features.reminders.panel
    panel.ask_add()
    dialog = panel.dialog
    assert isinstance(dialog, ReminderDialog)
    qtbot.keyClicks(dialog.text, "Ask for the ticket number")
    other = sqlite3.connect(services.case_file.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another writer holds the file for a while
    try:
        dialog.accept()
        dialog.accept()  # a second OK while the first is written
        assert dialog.isVisible() and not dialog.isEnabled() and dialog.writing
        assert len(window.runner.tasks) == 1
    finally:
        other.execute("COMMIT")
        other.close()
    written(qtbot)
    assert not dialog.isVisible()
    assert [r.text for r in services.reminders.reminders()] == ["Ask for the ticket number"]


def test_a_dialog_whose_write_failed_stays_as_filled_in(qtbot: QtBot, window: MainWindow) -> None:
    def refused() -> None:
        raise InvalidInput("the reminder needs a text")

    dialog = WritingDialog(window)
    dialog.write_on_accept(lambda: window.write(refused, busy=dialog))
    dialog.open()
    dialog.accept()
    written(qtbot)
    assert dialog.isVisible() and dialog.isEnabled()
    box = window.write_path.failure
    assert box is not None and box.parentWidget() is dialog
    box.close()
    dialog.reject()


def test_a_tool_bar_comes_with_the_first_action_put_on_it(window: MainWindow) -> None:
    assert window.findChild(QToolBar) is None
    first, second = QAction("First", window), QAction("Second", window)
    window.add_tool_action(first)
    window.add_tool_action(second)
    [bar] = window.findChildren(QToolBar)
    assert bar.actions() == [first, second] and bar.isVisibleTo(window)
