"""The reminders view: the list, add one by hand, snooze, done."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo

from PySide6.QtCore import QItemSelection, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from proxydesk.services.cases import CaseService
from proxydesk.services.reminders import ReminderService
from proxydesk.ui.formatting import TimeFormat
from proxydesk.ui.host import Write
from proxydesk.ui.reminders.dialogs import (
    ReminderDialog,
    SnoozeMenu,
    add_reminder,
    reminders_changed,
)
from proxydesk.ui.reminders.model import RemindersModel
from proxydesk.ui.reminders.times import MORNING, at_day
from proxydesk.ui.runner import Task
from proxydesk.ui.widgets.empty_state import EmptyState
from proxydesk.views import ReminderView

Clock = Callable[[], datetime]


class RemindersPanel(QWidget):
    """Due, what, case, state; "Add…", "Snooze", "Done", "Export to calendar…"."""

    export_requested = Signal()

    def __init__(
        self,
        *,
        reminders: ReminderService,
        cases: CaseService,
        current_case: Callable[[], int | None],
        write: Write,
        time_format: TimeFormat,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._reminders = reminders
        self._cases = cases
        self._current_case = current_case
        self._write = write
        self._clock: Clock = reminders.clock
        self._tz: tzinfo = reminders.tz
        self.dialog: QDialog | QMessageBox | None = None
        self.model = RemindersModel(reminders, time_format=time_format, parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Reminders"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RemindersModel.COLUMN_WHAT, QHeaderView.ResizeMode.Stretch)

        self.show_done = QCheckBox(self.tr("Show done"))
        self.add = QPushButton(self.tr("&Add…"))
        self.snooze = QPushButton(self.tr("S&nooze"))
        self.snooze_menu = SnoozeMenu(self._clock, self._tz, self)
        self.snooze.setMenu(self.snooze_menu)
        self.done = QPushButton(self.tr("&Done"))
        self.export = QPushButton(self.tr("Export to calendar…"))
        buttons = QHBoxLayout()
        for button in (self.add, self.snooze, self.done):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_done)
        buttons.addWidget(self.export)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.show_done.toggled.connect(self.model.set_include_done)
        self.add.clicked.connect(self.ask_add)
        self.done.clicked.connect(self._done)
        self.snooze_menu.chosen.connect(self._snooze)
        self.export.clicked.connect(self.export_requested)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._update)
        self.empty = EmptyState(self.table, self._empty_text)
        self.model.reload()

    def _empty_text(self) -> str:
        return self.tr(
            "No reminders waiting. Add one with “Add…”, or from a promise with “Remind me…”."
        )

    def set_read_only(self, read_only: bool) -> None:
        """A file open read-only shows its reminders but changes none."""
        for button in (self.add, self.snooze, self.done):
            button.setVisible(not read_only)

    def reload(self) -> None:
        chosen = self.selected()
        self.model.reload()
        if chosen is not None:
            self.select(chosen.id)

    def selected(self) -> ReminderView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.reminder(rows[0].row()) if rows else None

    def select(self, reminder_id: int) -> bool:
        row = self.model.row_of(reminder_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def ask_add(self) -> None:
        """A reminder by hand: tomorrow morning, for the window's case, unless changed."""
        dialog = ReminderDialog(
            text="",
            due=at_day(self._clock(), self._tz, 1, MORNING),
            tz=self._tz,
            cases=self._cases.cases(),
            case_id=self._current_case(),
            parent=self,
        )
        dialog.write_on_accept(lambda: self._add(dialog))
        self.dialog = dialog
        dialog.open()

    def _add(self, dialog: ReminderDialog) -> Task:
        return add_reminder(dialog, self._reminders, self._write, on_done=self._added, busy=dialog)

    def _added(self, added: ReminderView) -> None:
        self.select(added.id)

    def _done(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self._write(
                self._reminders.mark_done,
                chosen.id,
                changes=reminders_changed(chosen.case_id),
                busy=self,
                name="reminder done",
            )

    def _snooze(self, until: datetime) -> None:
        chosen = self.selected()
        if chosen is not None:
            self._write(
                self._reminders.snooze,
                chosen.id,
                until,
                changes=reminders_changed(chosen.case_id),
                busy=self,
                name="snooze a reminder",
            )

    def _selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._update()

    def _update(self) -> None:
        chosen = self.selected()
        active = chosen is not None and not chosen.done
        self.snooze.setEnabled(active)
        self.done.setEnabled(active)
