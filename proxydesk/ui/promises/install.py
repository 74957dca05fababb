"""Promises in the main window: the dock, the menu, a promise's history in the right pane."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget

from proxydesk.changes import Changes, Kind
from proxydesk.errors import ProxyDeskError
from proxydesk.ui.formatting import TimeFormat
from proxydesk.ui.host import Host, Menu
from proxydesk.ui.promises.actions import PromiseActions
from proxydesk.ui.promises.history import PromiseHistoryView
from proxydesk.ui.promises.model import PromiseFilter
from proxydesk.ui.promises.panel import PromisesPanel
from proxydesk.views import TimelineEntry

#: what the promises panel and a promise's history show
PROMISE_KINDS = (Kind.PROMISES, Kind.TIMELINE, Kind.CASES)


class PromisesController(QObject):
    """Wires the promises view into the window; the window knows only ``install_promises``."""

    def __init__(self, host: Host) -> None:
        super().__init__(host.dialog_parent())
        self._host = host
        self._services = services = host.services
        self._case_id: int | None = None
        #: the promise in the right pane, and whether it was opened from a timeline entry
        self._shown: tuple[int, bool] | None = None
        time_format = TimeFormat(parent=self)
        self.actions = PromiseActions(
            promises=services.promises,
            reminders=services.reminders,
            cases=services.cases,
            write=host.write,
            tell=host.notifier.tell,
            time_format=time_format,
            parent_widget=host.dialog_parent(),
        )
        self.panel = PromisesPanel(
            promises=services.promises,
            actions=self.actions,
            clock=services.promises.clock,
            time_format=time_format,
        )
        self.dock = QDockWidget(self.tr("Promises and claims"), host.dialog_parent())
        self.dock.setObjectName("promises-dock")
        self.dock.setWidget(self.panel)
        host.add_panel(self.dock)

        self.history = PromiseHistoryView(time_format=time_format)
        self.history.setContentsMargins(8, 8, 8, 8)
        host.add_side_view(self.history)
        self._build_menu()
        if not host.writable:
            self.panel.set_read_only(True)
            self.history.set_read_only(True)

        events = host.events
        events.case_chosen.connect(self._case_shown)
        events.entry_chosen.connect(self._entry_chosen)
        events.entry_promise_chosen.connect(lambda pid: self.show_promise(pid, from_entry=True))
        events.promise_wanted.connect(lambda pid: self.show_promise(pid, from_entry=False))
        events.overdue_wanted.connect(self.show_overdue)
        events.resolution_wanted.connect(self.actions.resolve)
        self.dock.visibilityChanged.connect(self._dock_shown)
        self.panel.promise_selected.connect(lambda pid: self.show_promise(pid, from_entry=False))
        self.history.back_requested.connect(self.show_entry)
        self.history.resolve_requested.connect(self.actions.resolve)
        self.history.remind_requested.connect(
            lambda pid: self.actions.remind(pid, services.promises.clock())
        )
        self.history.side_by_side_requested.connect(self.actions.side_by_side)
        self.history.event_requested.connect(self.show_event)
        host.notifier.changed.connect(self._changed)
        host.notifier.ticked.connect(self._reload)
        self._case_shown(host.current_case_id)

    def _build_menu(self) -> None:
        menu = self._host.menu(Menu.PROMISES, self.tr("&Promises"))
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
            lambda: self.actions.all_side_by_side(self._host.current_case_id)
        )
        menu.addAction(self.contradictions_action)

    # -- showing -------------------------------------------------------------------------

    def show_panel(self) -> None:
        self._host.show_panel(self.dock)
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
        self._host.show_side_view(self.history)

    def show_entry(self) -> None:
        self._shown = None
        self._host.show_side_view(None)

    def show_event(self, case_id: int, event_id: int) -> None:
        """Choose the case and, in its timeline, the event."""
        self._host.show_timeline_entry(case_id, event_id)
        self.show_entry()

    # -- following the window ------------------------------------------------------------

    def _case_shown(self, case_id: int | None) -> None:
        if case_id != self._case_id:
            self._case_id = case_id
            self.show_entry()
        # a hidden dock reads the case's promises (all of them) when it is shown
        if self.dock.isVisible():
            self.panel.set_current_case(case_id)

    def _dock_shown(self, visible: bool) -> None:
        if visible:
            self.panel.set_current_case(self._host.current_case_id)

    def _entry_chosen(self, entry: TimelineEntry | None) -> None:
        if entry is not None and entry.kind == "promise":
            # a statement made outside any recorded contact: its history is the entry
            self.show_promise(entry.id, from_entry=False)
        else:
            self.show_entry()

    def _changed(self, changes: Changes) -> None:
        if changes.touches(*PROMISE_KINDS):
            self._reload()

    def _reload(self) -> None:
        self.panel.reload()
        if self._shown is not None:
            promise_id, from_entry = self._shown
            self.show_promise(promise_id, from_entry=from_entry)


def install_promises(host: Host) -> PromisesController:
    """The promises dock, its menu and a promise's history in the window's right pane."""
    return PromisesController(host)
