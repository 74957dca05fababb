"""A dialog whose OK writes: it stays open, busy, until the write is in the file."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QWidget

from proxydesk.ui.runner import Task

#: starts the write (on the window's write path, with the dialog as ``busy``); None: no write
StartWrite = Callable[[], Task | None]


class WritingDialog(QDialog):
    """OK starts the write the feature gave (``write_on_accept``); the dialog closes when it is
    done. Meanwhile it is disabled (busy) and a second OK does nothing; when the write fails,
    the failure is told over it and it stays, as filled in, to be tried again or cancelled."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._start: StartWrite | None = None
        #: the write OK started, while it runs and after
        self.task: Task | None = None

    def write_on_accept(self, start: StartWrite) -> None:
        self._start = start

    @property
    def writing(self) -> bool:
        return self.task is not None and self.task.running

    def accept(self) -> None:
        if self._start is None:
            super().accept()
            return
        if self.writing:
            return  # asked once
        self.task = self._start()
        if self.task is None:
            super().accept()
        else:
            self.task.done.connect(self._written)

    def _written(self, _result: object) -> None:
        super().accept()
