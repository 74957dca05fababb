"""Reminders in the main window: the list, notifications while it runs, the calendar file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QMenu,
    QMessageBox,
    QStyle,
    QSystemTrayIcon,
    QWidget,
)

from proxydesk.domain import PromiseStatus
from proxydesk.errors import ProxyDeskError
from proxydesk.services.registry import Services
from proxydesk.ui.formatting import TimeFormat
from proxydesk.ui.promises.changes import changes_of
from proxydesk.ui.promises.failure import show_failure
from proxydesk.ui.promises.install import PromisesController
from proxydesk.ui.reminders.bar import NotificationBar
from proxydesk.ui.reminders.panel import RemindersPanel
from proxydesk.ui.reminders.scheduler import DueItem, ReminderScheduler

if TYPE_CHECKING:
    from proxydesk.ui.main_window import MainWindow

STATUS_MS = 8000
TRAY_MS = 10_000
CALENDAR_FILE = "proxydesk.ics"


class RemindersController(QObject):
    """The reminders dock and menu, the scheduler, and where its notifications appear."""

    def __init__(
        self,
        window: MainWindow,
        services: Services,
        promises: PromisesController,
        *,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._promises = promises
        self._tray_available = tray_available
        self._started = False
        self.tray: QSystemTrayIcon | None = None
        self._tray_item: DueItem | None = None
        self.dialog: QFileDialog | QMessageBox | None = None
        self.changes = changes_of(window, services.cases)
        time_format = TimeFormat(parent=self)

        self.panel = RemindersPanel(
            reminders=services.reminders,
            cases=services.cases,
            current_case=lambda: window.current_case_id,
            time_format=time_format,
        )
        self.dock = QDockWidget(self.tr("Reminders"), window)
        self.dock.setObjectName("reminders-dock")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        # beside the promises, not behind them: what is due shows both at once
        window.splitDockWidget(promises.dock, self.dock, Qt.Orientation.Horizontal)
        self.dock.hide()

        self.bar = NotificationBar(
            clock=services.reminders.clock, tz=services.reminders.tz, time_format=time_format
        )
        self.bar_dock = QDockWidget(window)
        self.bar_dock.setObjectName("notification-dock")
        self.bar_dock.setTitleBarWidget(QWidget())
        self.bar_dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.bar_dock.setWidget(self.bar)
        window.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, self.bar_dock)
        self.bar_dock.hide()

        self.scheduler = ReminderScheduler(services.reminders, active=window.isVisible, parent=self)
        self.scheduler.fired.connect(self.notify)
        self._build_menus()

        self.panel.changed.connect(self.changes.changed)
        self.panel.export_requested.connect(self.ask_export)
        self.changes.changed.connect(self.panel.reload)
        self.changes.ticked.connect(self.panel.reload)
        self.bar.open_requested.connect(self.open_item)
        self.bar.snooze_requested.connect(self.snooze_item)
        self.bar.done_requested.connect(self.done_item)
        window.installEventFilter(self)

    def _build_menus(self) -> None:
        menu = self._window.menuBar().addMenu(self.tr("&Reminders"))
        self.show_action = self.dock.toggleViewAction()
        self.show_action.setText(self.tr("&Show reminders"))
        self.show_action.setShortcut(QKeySequence(self.tr("Ctrl+Shift+R")))
        menu.addAction(self.show_action)
        self.add_action = QAction(self.tr("&Add a reminder…"), self)
        self.add_action.setShortcut(QKeySequence(self.tr("Ctrl+R")))
        self.add_action.triggered.connect(self._add)
        menu.addAction(self.add_action)
        self.due_action = QAction(self.tr("What is &due now"), self)
        self.due_action.triggered.connect(self.show_due)
        menu.addAction(self.due_action)
        menu.addSeparator()
        self.export_action = QAction(self.tr("&Export reminders to calendar…"), self)
        self.export_action.triggered.connect(self.ask_export)
        menu.addAction(self.export_action)
        # also in the File menu, above Quit, where files are written
        quit_action = self._window.quit_action
        for owner in quit_action.associatedObjects():
            if isinstance(owner, QMenu):
                owner.insertAction(quit_action, self.export_action)
                owner.insertSeparator(quit_action)
        writable = self._services.case_file.writable
        self.add_action.setEnabled(writable)
        self.panel.set_read_only(not writable)
        self.bar.set_read_only(not writable)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Show and not self._started:
            self._started = True
            # what is due is told right after the window appears, then every 30 seconds
            QTimer.singleShot(0, self, self.scheduler.start)
        return False

    # -- notifying -----------------------------------------------------------------------

    def notify(self, item: DueItem) -> None:
        """Into the bar in the window; also as a system notification where there is a tray."""
        self.bar.push(item)
        self.bar_dock.show()
        if self._tray_available():
            tray = self._tray()
            self._tray_item = item
            tray.showMessage(
                self.tr("ProxyDesk"),
                self.bar.text_for(item),
                QSystemTrayIcon.MessageIcon.Information,
                TRAY_MS,
            )
        self._follow_bar()

    def _tray(self) -> QSystemTrayIcon:
        if self.tray is None:
            icon = self._window.windowIcon()
            if icon.isNull():
                icon = self._window.style().standardIcon(
                    QStyle.StandardPixmap.SP_MessageBoxInformation
                )
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip(self.tr("ProxyDesk"))
            self.tray.messageClicked.connect(self._tray_clicked)
            self.tray.show()
        return self.tray

    def _tray_clicked(self) -> None:
        if self._tray_item is not None:
            self.open_item(self._tray_item)

    def _follow_bar(self) -> None:
        self.bar_dock.setVisible(self.bar.current is not None)

    # -- acting on an item ---------------------------------------------------------------

    def open_item(self, item: DueItem) -> None:
        """The case, and the promise's history or the reminder in its list."""
        window = self._window
        window.showNormal()
        window.raise_()
        window.activateWindow()
        if item.case_id is not None:
            window.select_case(item.case_id)
        if item.promise_id is not None:
            self._promises.show_promise(item.promise_id, from_entry=False)
        if item.kind == "reminder":
            self.dock.show()
            self.dock.raise_()
            self.panel.select(item.id)

    def snooze_item(self, item: DueItem, until: datetime) -> None:
        try:
            if item.kind == "reminder":
                self._services.reminders.snooze(item.id, until)
            else:  # an overdue promise: a reminder for it, due then
                self._services.reminders.add(
                    self.tr("Due: {text}").format(text=item.text), until, promise=item.id
                )
        except ProxyDeskError as error:
            self.dialog = show_failure(self._window, error)
            return
        self.bar.next()
        self._follow_bar()
        self.changes.changed.emit()

    def done_item(self, item: DueItem) -> None:
        """A reminder is done; for an overdue promise, say how it turned out."""
        self.bar.next()
        self._follow_bar()
        if item.kind == "promise":
            self._promises.actions.resolve(item.id, PromiseStatus.BROKEN)
            return
        try:
            self._services.reminders.mark_done(item.id)
        except ProxyDeskError as error:
            self.dialog = show_failure(self._window, error)
            return
        self.changes.changed.emit()

    def show_due(self) -> None:
        """The reminders and, beside them, every case's overdue promises."""
        self._promises.show_overdue()
        self.dock.show()
        self.panel.reload()

    def _add(self) -> None:
        self.dock.show()
        self.dock.raise_()
        self.panel.ask_add()

    # -- the calendar file ---------------------------------------------------------------

    def ask_export(self) -> None:
        dialog = QFileDialog(
            self._window,
            self.tr("Export reminders to calendar"),
            str(Path.home() / CALENDAR_FILE),
            self.tr("iCalendar files (*.ics)"),
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("ics")
        dialog.fileSelected.connect(lambda name: self.export_calendar(Path(name)))
        self.dialog = dialog
        dialog.open()

    def export_calendar(self, target: Path) -> int:
        """Reminders, open promises' due times and appointments, for any calendar program."""
        try:
            count = self._services.calendar.export(target)
        except OSError as error:
            self.dialog = show_failure(self._window, ProxyDeskError(str(error)))
            return 0
        self._window.statusBar().showMessage(
            self.tr("%n calendar entry(s) written to {path}", "", count).format(path=target),
            STATUS_MS,
        )
        return count


def install_reminders(
    window: MainWindow, services: Services, promises: PromisesController
) -> RemindersController:
    """The reminders dock and menu, File → Export reminders, and notifications while it runs."""
    return RemindersController(window, services, promises)
