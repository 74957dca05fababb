"""One signal per main window: a feature wrote to the case file, and the views read again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from proxydesk.services.cases import CaseService

if TYPE_CHECKING:
    from proxydesk.ui.main_window import MainWindow

#: overdue follows the clock, not a write: the counts are looked at again this often
RECOUNT_MS = 60_000


class CaseFileChanges(QObject):
    """``changed`` after a write (a call, a promise resolved ...); ``ticked`` as time passes."""

    changed = Signal()
    ticked = Signal()

    def __init__(self, window: MainWindow, cases: CaseService) -> None:
        super().__init__(window)
        self.setObjectName("case-file-changes")
        self._window = window
        self._cases = cases
        self.changed.connect(self._refresh)
        self.timer = QTimer(self)
        self.timer.setInterval(RECOUNT_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        """The time moved on: recount overdue promises, and tell the lists to look again."""
        if not self._window.isVisible():
            return  # closed: its file may be closed too
        if _counts_differ(self._window, self._cases):
            refresh_window(self._window)
        self.ticked.emit()

    def _refresh(self) -> None:
        refresh_window(self._window)


def changes_of(window: MainWindow, cases: CaseService) -> CaseFileChanges:
    """The window's change signal, made on first use (each feature's install asks for it)."""
    found = window.findChild(CaseFileChanges, "case-file-changes")
    return found if isinstance(found, CaseFileChanges) else CaseFileChanges(window, cases)


def _counts_differ(window: MainWindow, cases: CaseService) -> bool:
    model = window.tree_model
    shown = {
        case.id: (case.open_promises, case.overdue_promises)
        for index in window.case_indexes()
        if (case := model.case_at(index)) is not None
    }
    fresh = {case.id: (case.open_promises, case.overdue_promises) for case in cases.cases()}
    return shown != fresh


def refresh_window(window: MainWindow) -> None:
    """The tree's counts and the case's timeline read again; the case and entry stay chosen.

    The entry is chosen again quietly: to the rest of the window nothing was chosen anew.
    """
    case_id = window.current_case_id
    entry = window.detail.entry
    window.tree_model.reload()
    window.tree.expandAll()
    if case_id is None:
        return
    window.select_case(case_id)
    model = window.timeline_model
    model.reload()
    row = model.row_of(entry.id, promise=entry.kind == "promise") if entry else None
    if row is None:
        window.detail.clear()
        return
    selection = window.timeline.selectionModel()
    blocked = selection.blockSignals(True)
    try:
        window.timeline.setCurrentIndex(model.index(row, 0))
    finally:
        selection.blockSignals(blocked)
    window.timeline.viewport().update()
    window.detail.show_entry(model.entry(row))
