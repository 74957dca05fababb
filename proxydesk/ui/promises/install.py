"""Promises in the main window: the dock, the menu, a promise's history in the right pane."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QSplitter, QStackedWidget

from proxydesk.errors import ProxyDeskError
from proxydesk.services.registry import Services
from proxydesk.ui.formatting import TimeFormat
from proxydesk.ui.promises.actions import PromiseActions
from proxydesk.ui.promises.changes import changes_of
from proxydesk.ui.promises.history import PromiseHistoryView
from proxydesk.ui.promises.model import PromiseFilter
from proxydesk.ui.promises.panel import PromisesPanel

if TYPE_CHECKING:
    from proxydesk.ui.main_window import MainWindow


class PromisesController(QObject):
    """Wires the promises view into the window; the window knows only ``install_promises``."""

    def __init__(self, window: MainWindow, services: Services) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._case_id: int | None = None
        #: the promise in the right pane, and whether it was opened from a timeline entry
        self._shown: tuple[int, bool] | None = None
        self.changes = changes_of(window, services.cases)
        time_format = TimeFormat(parent=self)
        self.actions = PromiseActions(
            promises=services.promises,
            reminders=services.reminders,
            cases=services.cases,
            changes=self.changes,
            time_format=time_format,
            parent_widget=window,
        )
        self.panel = PromisesPanel(
            promises=services.promises,
            actions=self.actions,
            clock=services.promises.clock,
            time_format=time_format,
        )
        self.dock = QDockWidget(self.tr("Promises and claims"), window)
        self.dock.setObjectName("promises-dock")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()

        self.history = PromiseHistoryView(time_format=time_format)
        self.history.setContentsMargins(8, 8, 8, 8)
        self.right = self._right_pane()
        self._build_menu()
        if not services.case_file.writable:
            self.panel.set_read_only(True)
            self.history.set_read_only(True)

        window.timeline_model.modelReset.connect(self._case_shown)
        self.dock.visibilityChanged.connect(self._dock_shown)
        window.timeline.selectionModel().selectionChanged.connect(self._entry_chosen)
        window.detail.promise_chosen.connect(lambda pid: self.show_promise(pid, from_entry=True))
        self.panel.promise_selected.connect(lambda pid: self.show_promise(pid, from_entry=False))
        self.history.back_requested.connect(self.show_entry)
        self.history.resolve_requested.connect(self.actions.resolve)
        self.history.remind_requested.connect(
            lambda pid: self.actions.remind(pid, services.promises.clock())
        )
        self.history.side_by_side_requested.connect(self.actions.side_by_side)
        self.history.event_requested.connect(self.show_event)
        self.changes.changed.connect(self._reload)
        self.changes.ticked.connect(self._reload)
        self._case_shown()

    def _right_pane(self) -> QStackedWidget:
        """The entry detail and a promise's history share the right pane, one at a time."""
        detail = self._window.detail
        stack = QStackedWidget()
        stack.setObjectName("right-pane")
        panes = detail.parentWidget()
        if isinstance(panes, QSplitter):
            panes.replaceWidget(panes.indexOf(detail), stack)
        else:  # the window was laid out otherwise: the history gets a dock of its own
            dock = QDockWidget(self.tr("Promise"), self._window)
            dock.setObjectName("promise-history-dock")
            dock.setWidget(stack)
            self._window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        stack.addWidget(detail)
        stack.addWidget(self.history)
        return stack

    def _build_menu(self) -> None:
        menu = self._window.menuBar().addMenu(self.tr("&Promises"))
        self.show_action = self.dock.toggleViewAction()
        self.show_action.setText(self.tr("&Show promises"))
        self.show_action.setShortcut(QKeySequence(self.tr("Ctrl+Shift+P")))
        menu.addAction(self.show_action)
        self.overdue_action = QAction(self.tr("What is &overdue"), self)
        self.overdue_action.setShortcut(QKeySequence(self.tr("Ctrl+Shift+O")))
        self.overdue_action.triggered.connect(self.show_overdue)
        menu.addAction(self.overdue_action)
        self.contradictions_action = QAction(self.tr("&Contradictions side by side"), self)
        self.contradictions_action.triggered.connect(
            lambda: self.actions.all_side_by_side(self._window.current_case_id)
        )
        menu.addAction(self.contradictions_action)

    # -- showing -------------------------------------------------------------------------

    def show_panel(self) -> None:
        self.dock.show()
        self.dock.raise_()
        self.panel.table.setFocus()

    def show_overdue(self) -> None:
        """Every case's overdue promises in the dock."""
        self.panel.set_scope(all_cases=True)
        self.panel.set_filter(PromiseFilter.OVERDUE)
        self.show_panel()

    def show_promise(self, promise_id: int, *, from_entry: bool) -> None:
        """The promise with its history in the right pane."""
        try:
            history = self._services.promises.history(promise_id)
        except ProxyDeskError:
            self.show_entry()
            return
        self._shown = (promise_id, from_entry)
        self.history.show_history(history, from_entry=from_entry)
        self.right.setCurrentWidget(self.history)

    def show_entry(self) -> None:
        self._shown = None
        self.right.setCurrentWidget(self._window.detail)

    def show_event(self, case_id: int, event_id: int) -> None:
        """Choose the case and, in its timeline, the event."""
        self._window.show_timeline_entry(case_id, event_id)
        self.show_entry()

    # -- following the window ------------------------------------------------------------

    def _case_shown(self) -> None:
        case_id = self._window.current_case_id
        if case_id != self._case_id:
            self._case_id = case_id
            self.show_entry()
        # a hidden dock reads the case's promises (all of them) when it is shown
        if self.dock.isVisible():
            self.panel.set_current_case(case_id)

    def _dock_shown(self, visible: bool) -> None:
        if visible:
            self.panel.set_current_case(self._window.current_case_id)

    def _entry_chosen(self, _new: QItemSelection, _old: QItemSelection) -> None:
        window = self._window
        rows = window.timeline.selectionModel().selectedRows()
        entry = window.timeline_model.entry(rows[0].row()) if rows else None
        if entry is not None and entry.kind == "promise":
            # a statement made outside any recorded contact: its history is the entry
            self.show_promise(entry.id, from_entry=False)
        else:
            self.show_entry()

    def _reload(self) -> None:
        self.panel.reload()
        if self._shown is not None:
            promise_id, from_entry = self._shown
            self.show_promise(promise_id, from_entry=from_entry)


def install_promises(window: MainWindow, services: Services) -> PromisesController:
    """The promises dock, its menu and a promise's history in the window's right pane."""
    return PromisesController(window, services)
