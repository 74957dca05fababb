"""The one way work leaves the GUI thread: a writer lane and a parallel lane of threads.

``Runner.run(fn, *args, on_done=..., on_error=..., on_progress=...)`` calls ``fn`` on a pool
thread and hands its result, its exception or its progress reports back on the GUI thread, by
signals of a ``Task`` that lives there. Work that writes to the case file goes to the writer
lane (one thread, so user actions are written one after another, in the order asked); network
and reading work goes to the parallel lane. A long network job that writes in short
transactions of its own (the mail sync) runs on the parallel lane; SQLite's lock and its busy
timeout keep those transactions and the writer lane's apart.

Core functions take ``cancel`` (a ``threading.Event``) and ``progress`` (a callback) keyword
arguments; the runner passes them when the task is cancellable or has a progress handler.
(Anki's ``aqt/taskman.py`` and Electrum's ``TaskThread`` do the same.)
"""

from __future__ import annotations

import enum
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from proxydesk.errors import ProxyDeskError

log = logging.getLogger(__name__)

#: threads of the parallel lane: a sync and a few reads at once is plenty for a desktop app
PARALLEL_THREADS = 4

Handler = Callable[[Any], None]


class Lane(enum.Enum):
    WRITE = "write"
    PARALLEL = "parallel"


class TaskState(enum.Enum):
    WAITING = "waiting"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


class Task(QObject):
    """One piece of work handed to the runner; lives on the GUI thread.

    ``progressed``, ``done`` and ``failed`` are emitted on the GUI thread; ``finished``
    follows either of the last two.
    """

    progressed = Signal(object)
    done = Signal(object)
    failed = Signal(object)
    finished = Signal()

    # emitted on the worker thread; queued to the slots below because the task lives here
    _report = Signal(object)
    _result = Signal(object)
    _error = Signal(object)

    def __init__(self, name: str, lane: Lane, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.lane = lane
        self.state = TaskState.WAITING
        self.cancel_event = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None
        self._report.connect(self._on_report)
        self._result.connect(self._on_result)
        self._error.connect(self._on_error)

    def cancel(self) -> None:
        """Ask the work to stop; it ends (with its own error, or a result) when it notices."""
        self.cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    @property
    def running(self) -> bool:
        return self.state in (TaskState.WAITING, TaskState.RUNNING)

    @Slot(object)
    def _on_report(self, report: object) -> None:
        if self.running:
            self.progressed.emit(report)

    @Slot(object)
    def _on_result(self, result: object) -> None:
        self.state = TaskState.DONE
        self.result = result
        self.done.emit(result)
        self.finished.emit()

    @Slot(object)
    def _on_error(self, error: BaseException) -> None:
        self.state = TaskState.FAILED
        self.error = error
        self.failed.emit(error)
        self.finished.emit()


class _Job(QRunnable):
    """Runs the function on a pool thread and reports back through the task's signals."""

    def __init__(self, task: Task, call: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._task = task
        self._call = call

    def run(self) -> None:
        self._task.state = TaskState.RUNNING
        try:
            result = self._call()
        except Exception as exc:
            if not isinstance(exc, ProxyDeskError):
                # the core's own errors are told to the user in words; anything else is a bug
                log.exception("background task %s failed", self._task.name)
            self._task._error.emit(exc)
        else:
            self._task._result.emit(result)


class Runner(QObject):
    """Two thread pools: the writer lane (one thread) and the parallel lane."""

    def __init__(self, parent: QObject | None = None, *, threads: int = PARALLEL_THREADS) -> None:
        super().__init__(parent)
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)
        self._parallel = QThreadPool(self)
        self._parallel.setMaxThreadCount(threads)
        self._tasks: set[Task] = set()

    @property
    def tasks(self) -> list[Task]:
        """Tasks not finished yet."""
        return list(self._tasks)

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Handler | None = None,
        on_error: Handler | None = None,
        on_progress: Handler | None = None,
        cancellable: bool = False,
        writes: bool = False,
        name: str = "",
        **kwargs: Any,
    ) -> Task:
        """Call ``fn(*args, **kwargs)`` on a pool thread; ``writes`` chooses the writer lane.

        With ``cancellable``, ``fn`` gets ``cancel=`` (the task's ``threading.Event``); with
        ``on_progress``, it gets ``progress=``, a callback safe to call from any thread.
        """
        lane = Lane.WRITE if writes else Lane.PARALLEL
        task = Task(name or getattr(fn, "__qualname__", "task"), lane, self)
        if on_done is not None:
            task.done.connect(on_done)
        if on_error is not None:
            task.failed.connect(on_error)
        if on_progress is not None:
            task.progressed.connect(on_progress)
            kwargs["progress"] = task._report.emit
        if cancellable:
            kwargs["cancel"] = task.cancel_event
        self._tasks.add(task)
        task.finished.connect(lambda: self._forget(task))
        pool = self._writer if writes else self._parallel
        pool.start(_Job(task, lambda: fn(*args, **kwargs)))
        return task

    def write(self, fn: Callable[..., Any], *args: Any, **options: Any) -> Task:
        """``run`` on the writer lane."""
        return self.run(fn, *args, writes=True, **options)

    def cancel_all(self) -> None:
        for task in self._tasks:
            task.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Block until both lanes are idle (or ``msecs`` passed); True when they are."""
        writer = self._writer.waitForDone(msecs)
        return self._parallel.waitForDone(msecs) and writer

    def shutdown(self, msecs: int = 30_000) -> bool:
        """Cancel what runs, start no reading that waits, and wait for the threads.

        Writes the user asked for that still wait on the writer lane are written: a
        reminder added just before closing is not lost.
        """
        self._parallel.clear()
        self.cancel_all()
        return self.wait(msecs)

    def _forget(self, task: Task) -> None:
        # whoever still holds the task may read its result; otherwise Python frees it
        self._tasks.discard(task)
        task.setParent(None)
