"""Edit → Undo and Redo: two actions over the open file's history, which lives in the core.

Every write of the services records its step there, whichever feature made it (a form, the
call logger, the promises, the reminders, a scan, a moved mail); the actions only word the
next step and take it back or write it again. The history tells of every change, from any
thread; the texts follow on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence

from proxydesk.services.history import History, Step
from proxydesk.ui.editing.undo_words import UndoWords

#: runs an undo or a redo: the window's one write path (it tells what the step changed)
Move = Callable[[Callable[[], Step | None]], object]


def _keys(standard: QKeySequence.StandardKey, *more: str) -> list[QKeySequence]:
    """The platform's keys first, then the ones users expect everywhere (Ctrl+Y, Ctrl+Shift+Z)."""
    keys = list(QKeySequence.keyBindings(standard))
    for text in more:
        key = QKeySequence(text)
        if key not in keys:
            keys.append(key)
    return keys


class UndoActions(QObject):
    """The two actions; ``move`` writes the undo or redo (a refusal is told where it writes)."""

    history_changed = Signal()

    def __init__(self, history: History, move: Move, parent: QObject) -> None:
        super().__init__(parent)
        self.history = history
        self.move = move
        self._words = UndoWords(self)
        self.undo_action = QAction(self)  # worded by update()
        self.undo_action.setShortcuts(_keys(QKeySequence.StandardKey.Undo, "Ctrl+Z"))
        self.redo_action = QAction(self)
        self.redo_action.setShortcuts(
            _keys(QKeySequence.StandardKey.Redo, "Ctrl+Y", "Ctrl+Shift+Z")
        )
        self.undo_action.triggered.connect(lambda _=False: self.undo())
        self.redo_action.triggered.connect(lambda _=False: self.redo())
        self.history_changed.connect(self.update)  # queued when told from another thread
        tell = self.history_changed.emit
        history.listen(tell)
        self.destroyed.connect(lambda _=None: history.forget(tell))
        self.update()

    def update(self) -> None:
        """Word the next undo and redo (or grey them out)."""
        following_undo, following_redo = self.history.next_undo(), self.history.next_redo()
        self.undo_action.setText(self._words.undo(following_undo))
        self.undo_action.setEnabled(following_undo is not None)
        self.redo_action.setText(self._words.redo(following_redo))
        self.redo_action.setEnabled(following_redo is not None)

    def undo(self) -> None:
        self.move(self.history.undo)

    def redo(self) -> None:
        self.move(self.history.redo)
