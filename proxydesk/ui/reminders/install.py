"""Reminders in the main window: the list, notifications while it runs, the calendar file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QMessageBox,
    QStyle,
    QSystemTrayIcon,
    QWidget,
)

from proxydesk.changes import Changes, Kind
from proxydesk.domain import PromiseStatus
from proxydesk.errors import ProxyDeskError
from proxydesk.ui.formatting import TimeFormat
from proxydesk.ui.host import Host, Menu, Side
from proxydesk.ui.reminders.bar import NotificationBar
from proxydesk.ui.reminders.dialogs import reminders_changed
from proxydesk.ui.reminders.panel import RemindersPanel
from proxydesk.ui.reminders.scheduler import DueItem, ReminderScheduler

STATUS_MS = 8000
TRAY_MS = 10_000
CALENDAR_FILE = "proxydesk.ics"


class RemindersController(QObject):
    """The reminders dock and menu, the scheduler, and where its notifications appear."""

    def __init__(
        self,
        host: Host,
        *,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
    ) -> None:
        super().__init__(host.dialog_parent())
        self._host = host
        self._services = services = host.services
        self._tray_available = tray_available
        self._started = False
        self.tray: QSystemTrayIcon | None = None
        self._tray_item: DueItem | None = None
        self.dialog: QFileDialog | QMessageBox | None = None
        time_format = TimeFormat(parent=self)

        self.panel = RemindersPanel(
            reminders=services.reminders,
            cases=services.cases,
            current_case=lambda: host.current_case_id,
            write=host.write,
            time_format=time_format,
        )
        self.dock = QDockWidget(self.tr("Reminders"), host.dialog_parent())
        self.dock.setObjectName("reminders-dock")
        self.dock.setWidget(self.panel)
        # beside the promises, not behind them: what is due shows both at once
        host.add_panel(self.dock, Side.BOTTOM, beside="promises-dock")

        self.bar = NotificationBar(
            clock=services.reminders.clock, tz=services.reminders.tz, time_format=time_format
        )
        self.bar_dock = QDockWidget(host.dialog_parent())
        self.bar_dock.setObjectName("notification-dock")
        self.bar_dock.setTitleBarWidget(QWidget())
        self.bar_dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.bar_dock.setWidget(self.bar)
        host.add_panel(self.bar_dock, Side.TOP)

        window = host.dialog_parent()
        self.scheduler = ReminderScheduler(services.reminders, active=window.isVisible, parent=self)
        self.scheduler.fired.connect(self.notify)
        self._build_menus()

        self.panel.export_requested.connect(self.ask_export)
        host.notifier.changed.connect(self._changed)
        host.notifier.ticked.connect(self.panel.reload)
        self.bar.open_requested.connect(self.open_item)
        self.bar.snooze_requested.connect(self.snooze_item)
        self.bar.done_requested.connect(self.done_item)
        host.events.shown.connect(self._shown)

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Kind.REMINDERS, Kind.PROMISES, Kind.CASES):
            self.panel.reload()

    def _build_menus(self) -> None:
        menu = self._host.menu(Menu.REMINDERS, self.tr("&Reminders"))
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
        self._host.add_file_action(self.export_action)
        writable = self._services.case_file.writable
        self.add_action.setEnabled(writable)
        self.panel.set_read_only(not writable)
        self.bar.set_read_only(not writable)

    def _shown(self) -> None:
        if not self._started:
            self._started = True
            # what is due is told right after the window appears, then every 30 seconds
            QTimer.singleShot(0, self, self.scheduler.start)

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
            window = self._host.dialog_parent()
            icon = window.windowIcon()
            if icon.isNull():
                icon = window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
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
        host = self._host
        host.bring_to_front()
        if item.case_id is not None:
            host.select_case(item.case_id)
        if item.promise_id is not None:
            host.events.promise_wanted.emit(item.promise_id)
        if item.kind == "reminder":
            host.show_panel(self.dock)
            self.panel.select(item.id)

    def snooze_item(self, item: DueItem, until: datetime) -> None:
        self.bar.next()
        self._follow_bar()
        changes = reminders_changed(item.case_id)
        reminders = self._services.reminders
        if item.kind == "reminder":
            self._host.write(reminders.snooze, item.id, until, changes=changes, name="snooze")
        else:  # an overdue promise: a reminder for it, due then
            text = self.tr("Due: {text}").format(text=item.text)
            self._host.write(reminders.add, text, until, promise=item.id, changes=changes)

    def done_item(self, item: DueItem) -> None:
        """A reminder is done; for an overdue promise, say how it turned out."""
        self.bar.next()
        self._follow_bar()
        if item.kind == "promise":
            self._host.events.resolution_wanted.emit(item.id, PromiseStatus.BROKEN)
            return
        changes = reminders_changed(item.case_id)
        self._host.write(self._services.reminders.mark_done, item.id, changes=changes)

    def show_due(self) -> None:
        """The reminders and, beside them, every case's overdue promises."""
        self._host.events.overdue_wanted.emit()
        self.dock.show()
        self.panel.reload()

    def _add(self) -> None:
        self._host.show_panel(self.dock)
        self.panel.ask_add()

    # -- the calendar file ---------------------------------------------------------------

    def ask_export(self) -> None:
        dialog = QFileDialog(
            self._host.dialog_parent(),
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
        except ProxyDeskError as refused:  # the case file itself, a folder, a device...
            self._host.show_failure(refused)
            return 0
        except OSError as error:
            self._host.show_failure(ProxyDeskError(str(error)))
            return 0
        self._host.show_message(
            self.tr("%n calendar entry(s) written to {path}", "", count).format(path=target),
            STATUS_MS,
        )
        return count


def install_reminders(host: Host) -> RemindersController:
    """The reminders dock and menu, File → Export reminders, and notifications while it runs."""
    return RemindersController(host)
