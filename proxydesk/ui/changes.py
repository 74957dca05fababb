"""The window's one change notification: what a write changed, handed to every open view.

A write from the app returns a ``proxydesk.changes.Changes`` (which kinds of thing, in which
cases); the host emits it on ``ChangeNotifier.changed`` once the write is done, and each view
reads again only what it shows (Anki's ``OpChanges`` after a ``CollectionOp``). Nobody calls
another view's reload by name. ``ticked`` says the time moved on: overdue follows the clock,
not a write, so the lists look again every minute.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from proxydesk.changes import Changes

#: overdue follows the clock, not a write: the lists look again this often
TICK_MS = 60_000


class ChangeNotifier(QObject):
    """``changed(Changes)`` after a write; ``ticked()`` as time passes."""

    changed = Signal(object)
    ticked = Signal()

    def __init__(
        self, parent: QObject | None = None, *, active: Callable[[], bool] = lambda: True
    ) -> None:
        super().__init__(parent)
        self._active = active
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        """The time moved on; a window closed (its file may be closed too) is not told."""
        if self._active():
            self.ticked.emit()

    def tell(self, changes: Changes) -> None:
        """Hand ``changes`` to every view; nothing changed, nothing is said."""
        if changes:
            self.changed.emit(changes)
