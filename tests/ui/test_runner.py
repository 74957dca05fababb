"""The background runner: results, errors and progress on the GUI thread; cancel; lanes."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from proxydesk.errors import InvalidInput
from proxydesk.ui.runner import Lane, Runner, Task, TaskState

WAIT_MS = 5000


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[Runner]:
    made = Runner()
    yield made
    made.shutdown(WAIT_MS)


def on_gui_thread() -> bool:
    app = QApplication.instance()
    assert app is not None
    return QThread.currentThread() is app.thread()


def test_result_arrives_on_the_gui_thread(qtbot: QtBot, runner: Runner) -> None:
    seen: dict[str, object] = {}

    def work(a: int, b: int) -> int:
        seen["worker_on_gui"] = on_gui_thread()
        return a + b

    def done(result: object) -> None:
        seen["result"] = result
        seen["done_on_gui"] = on_gui_thread()

    with qtbot.waitSignal(runner.run(work, 2, 3, on_done=done).finished, timeout=WAIT_MS):
        pass
    assert seen == {"worker_on_gui": False, "result": 5, "done_on_gui": True}
    assert runner.tasks == []


def test_keyword_arguments_and_the_task_keep_the_result(qtbot: QtBot, runner: Runner) -> None:
    task = runner.run(lambda *, word: word.upper(), word="ok", name="shout")
    assert task.name == "shout" and task.lane is Lane.PARALLEL and task.running
    qtbot.waitUntil(lambda: task.state is TaskState.DONE, timeout=WAIT_MS)
    assert task.result == "OK" and task.error is None


def test_errors_arrive_on_the_gui_thread(qtbot: QtBot, runner: Runner) -> None:
    errors: list[tuple[BaseException, bool]] = []
    done: list[object] = []

    def work() -> None:
        raise InvalidInput("the call needs the number dialed")

    task = runner.run(
        work, on_done=done.append, on_error=lambda e: errors.append((e, on_gui_thread()))
    )
    with qtbot.waitSignal(task.finished, timeout=WAIT_MS):
        pass
    assert done == []
    [(error, gui)] = errors
    assert isinstance(error, InvalidInput) and gui
    assert task.state is TaskState.FAILED and task.error is error


def test_an_unexpected_error_is_logged_and_still_reported(
    qtbot: QtBot, runner: Runner, caplog: pytest.LogCaptureFixture
) -> None:
    errors: list[BaseException] = []
    task = runner.run(lambda: 1 / 0, on_error=errors.append)
    with qtbot.waitSignal(task.finished, timeout=WAIT_MS):
        pass
    assert isinstance(errors[0], ZeroDivisionError)
    assert "background task" in caplog.text


def test_progress_arrives_in_order_on_the_gui_thread(qtbot: QtBot, runner: Runner) -> None:
    reports: list[tuple[object, bool]] = []

    def work(*, progress: Callable[[int], None]) -> str:
        for step in range(5):
            progress(step)
        return "done"

    task = runner.run(work, on_progress=lambda r: reports.append((r, on_gui_thread())))
    with qtbot.waitSignal(task.finished, timeout=WAIT_MS):
        pass
    assert reports == [(step, True) for step in range(5)]


def test_cancel_sets_the_event_the_work_watches(qtbot: QtBot, runner: Runner) -> None:
    class Stopped(Exception):
        pass

    def work(*, cancel: threading.Event, progress: Callable[[int], None]) -> int:
        for step in range(10_000):
            if cancel.is_set():
                raise Stopped(step)
            progress(step)
            time.sleep(0.002)
        return -1

    errors: list[BaseException] = []
    task = runner.run(work, cancellable=True, on_progress=lambda _: None, on_error=errors.append)
    with qtbot.waitSignal(task.progressed, timeout=WAIT_MS):
        pass
    task.cancel()
    assert task.cancelled
    with qtbot.waitSignal(task.finished, timeout=WAIT_MS):
        pass
    assert isinstance(errors[0], Stopped)
    assert int(str(errors[0])) < 10_000


def test_the_gui_thread_keeps_running_while_work_runs(qtbot: QtBot, runner: Runner) -> None:
    release = threading.Event()
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    task = runner.run(lambda: release.wait(WAIT_MS / 1000))
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=WAIT_MS)
    assert task.running
    release.set()
    qtbot.waitUntil(lambda: not task.running, timeout=WAIT_MS)
    timer.stop()


def test_writes_run_one_after_another_in_the_order_asked(qtbot: QtBot, runner: Runner) -> None:
    lock = threading.Lock()
    inside = 0
    most = 0
    order: list[int] = []

    def write(n: int) -> None:
        nonlocal inside, most
        with lock:
            inside += 1
            most = max(most, inside)
        time.sleep(0.01)
        order.append(n)
        with lock:
            inside -= 1

    tasks = [runner.write(write, n) for n in range(8)]
    assert all(t.lane is Lane.WRITE for t in tasks)
    qtbot.waitUntil(lambda: all(not t.running for t in tasks), timeout=WAIT_MS)
    assert most == 1
    assert order == list(range(8))


def test_parallel_work_runs_at_the_same_time(qtbot: QtBot, runner: Runner) -> None:
    # both must be inside at once to pass the barrier; serialized they would time out
    barrier = threading.Barrier(2, timeout=WAIT_MS / 1000)
    tasks: list[Task] = [runner.run(barrier.wait) for _ in range(2)]
    qtbot.waitUntil(lambda: all(not t.running for t in tasks), timeout=WAIT_MS)
    assert [t.state for t in tasks] == [TaskState.DONE, TaskState.DONE]


def test_a_write_waits_for_no_parallel_work(qtbot: QtBot, runner: Runner) -> None:
    release = threading.Event()
    slow = runner.run(lambda: release.wait(WAIT_MS / 1000))
    quick = runner.write(lambda: "written")
    qtbot.waitUntil(lambda: quick.state is TaskState.DONE, timeout=WAIT_MS)
    assert slow.running
    release.set()


def test_shutdown_cancels_running_work_and_waits(qtbot: QtBot) -> None:
    runner = Runner()
    started = threading.Event()

    def work(*, cancel: threading.Event) -> str:
        started.set()
        cancel.wait(WAIT_MS / 1000)
        return "stopped" if cancel.is_set() else "timed out"

    task = runner.run(work, cancellable=True)
    assert started.wait(WAIT_MS / 1000)
    assert runner.shutdown(WAIT_MS)
    qtbot.waitUntil(lambda: task.state is TaskState.DONE, timeout=WAIT_MS)
    assert task.result == "stopped"
