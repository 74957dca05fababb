"""The reminders table: when, what, for which case, and whether it is due, snoozed or done."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QObject,
    Qt,
)
from PySide6.QtGui import QFont

from proxydesk.services.reminders import ReminderService
from proxydesk.ui.formatting import TimeFormat
from proxydesk.ui.models.rows import ModelIndex, RowsModel
from proxydesk.ui.widgets.colors import Tone, tone
from proxydesk.views import ReminderView

Clock = Callable[[], datetime]


class RemindersModel(RowsModel):
    """Rows of ``ReminderService.reminders``; due ones red and bold, done ones grey."""

    COLUMN_DUE = 0
    COLUMN_WHAT = 1
    COLUMN_CASE = 2
    COLUMN_STATE = 3

    REMINDER_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(
        self,
        reminders: ReminderService,
        *,
        time_format: TimeFormat | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._reminders = reminders
        self._format = time_format if time_format is not None else TimeFormat(parent=self)
        self._include_done = False

    @property
    def include_done(self) -> bool:
        return self._include_done

    def set_include_done(self, include: bool) -> None:
        self._include_done = include
        self.reload()

    def load(self) -> list[ReminderView]:
        return self._reminders.reminders(include_done=self._include_done)

    def reminder(self, row: int) -> ReminderView:
        reminder: ReminderView = self._rows[row]
        return reminder

    def row_of(self, reminder_id: int) -> int | None:
        return next((r for r, v in enumerate(self._rows) if v.id == reminder_id), None)

    def headers(self) -> dict[int, str]:
        return {
            self.COLUMN_DUE: self.tr("Due"),
            self.COLUMN_WHAT: self.tr("What"),
            self.COLUMN_CASE: self.tr("Case"),
            self.COLUMN_STATE: self.tr("State"),
        }

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        reminder = self.view_at(index)
        if reminder is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(reminder, column)
        if role == self.REMINDER_ROLE:
            return reminder
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COLUMN_WHAT:
            return reminder.text
        if role == Qt.ItemDataRole.ForegroundRole:
            if reminder.is_due:
                return tone(Tone.BAD)
            if reminder.done or reminder.snoozed_until is not None:
                return tone(Tone.QUIET)
        if role == Qt.ItemDataRole.FontRole and reminder.is_due:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, reminder: ReminderView, column: int) -> str:
        if column == self.COLUMN_DUE:
            return self._format.when(reminder.due_at)
        if column == self.COLUMN_WHAT:
            return reminder.text
        if column == self.COLUMN_CASE:
            return reminder.case_title or ""
        if column == self.COLUMN_STATE:
            return self._state(reminder)
        return ""

    def _state(self, reminder: ReminderView) -> str:
        if reminder.done:
            return self.tr("done")
        if reminder.is_due:
            return self.tr("due")
        if reminder.snoozed_until is not None and reminder.snoozed_until > reminder.due_at:
            return self.tr("snoozed until {when}").format(
                when=self._format.when(reminder.snoozed_until)
            )
        return self.tr("upcoming")
