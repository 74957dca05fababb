"""A reminder made by hand, and the snooze choices (15 minutes, an hour, tomorrow, custom)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, tzinfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from proxydesk.changes import Changes, Kind
from proxydesk.services.reminders import ReminderService
from proxydesk.ui.formatting import TimeFormat
from proxydesk.ui.host import Done, Write
from proxydesk.ui.reminders.times import MORNING, at_day, from_wall_clock, to_wall_clock
from proxydesk.ui.runner import Task
from proxydesk.ui.widgets.writing_dialog import WritingDialog
from proxydesk.views import CaseSummary

Clock = Callable[[], datetime]


def reminders_changed(case_id: int | None) -> Changes:
    """A reminder of this case (or of none) was added, snoozed or done."""
    return Changes.of(Kind.REMINDERS, cases=None if case_id is None else [case_id])


def add_reminder(
    dialog: ReminderDialog,
    reminders: ReminderService,
    write: Write,
    *,
    promise: int | None = None,
    on_done: Done | None = None,
    busy: QWidget | None = None,
) -> Task:
    """Write the reminder the accepted dialog describes, on the window's write path."""
    case_id = dialog.case_id()
    return write(
        reminders.add,
        dialog.text.text(),
        dialog.due_at(),
        case=case_id,
        promise=promise,
        changes=reminders_changed(case_id),
        on_done=on_done,
        busy=busy,
        name="add a reminder",
    )


def _time_edit(value: datetime, tz: tzinfo) -> QDateTimeEdit:
    edit = QDateTimeEdit(to_wall_clock(value, tz))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(TimeFormat().editable_when)
    return edit


class ReminderDialog(WritingDialog):
    """What to be reminded of, when, and for which case."""

    def __init__(
        self,
        *,
        text: str,
        due: datetime,
        tz: tzinfo,
        cases: list[CaseSummary],
        case_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reminder"))
        self._tz = tz
        self.text = QLineEdit(text)
        self.text.setPlaceholderText(self.tr("e.g. call the hotline again if nobody called back"))
        self.due = _time_edit(due, tz)
        self.case = QComboBox()
        self.case.addItem(self.tr("No case"), None)
        for case in cases:
            self.case.addItem(case.title, case.id)
        if case_id is not None:
            self.case.setCurrentIndex(max(self.case.findData(case_id), 0))
        form = QFormLayout()
        form.addRow(self.tr("&What"), self.text)
        form.addRow(self.tr("&When"), self.due)
        form.addRow(self.tr("&Case"), self.case)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._check()

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.text.text().strip()))

    def due_at(self) -> datetime:
        return from_wall_clock(self.due.dateTime(), self._tz)

    def case_id(self) -> int | None:
        value = self.case.currentData()
        return int(value) if value is not None else None


class TimeDialog(QDialog):
    """One date and time, for "snooze until ..." or a custom due time."""

    def __init__(
        self, title: str, value: datetime, tz: tzinfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._tz = tz
        self.edit = _time_edit(value, tz)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(buttons)

    def value(self) -> datetime:
        return from_wall_clock(self.edit.dateTime(), self._tz)


def snooze_choices(now: datetime, tz: tzinfo) -> list[tuple[str, datetime]]:
    """The quick choices, keyed for tests: 15 minutes, an hour, tomorrow morning."""
    return [
        ("15min", now + timedelta(minutes=15)),
        ("1h", now + timedelta(hours=1)),
        ("tomorrow", at_day(now, tz, 1, MORNING)),
    ]


class SnoozeMenu(QMenu):
    """Snooze for 15 minutes, an hour, until tomorrow 9:00, or until a time of one's choice."""

    chosen = Signal(object)  # datetime

    def __init__(self, clock: Clock, tz: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._tz = tz
        self.dialog: TimeDialog | None = None
        self.aboutToShow.connect(self._fill)
        self._fill()

    def _fill(self) -> None:
        self.clear()
        labels = {
            "15min": self.tr("For &15 minutes"),
            "1h": self.tr("For an &hour"),
            "tomorrow": self.tr("Until &tomorrow 9:00"),
        }
        for key, until in snooze_choices(self._clock(), self._tz):
            action = self.addAction(labels[key])
            action.setObjectName(f"snooze-{key}")
            action.triggered.connect(lambda _=False, at=until: self.chosen.emit(at))
        custom = self.addAction(self.tr("Until &…"))
        custom.setObjectName("snooze-custom")
        custom.triggered.connect(self.ask)

    def choose(self, key: str) -> None:
        """Pick a quick choice as if clicked (``15min``, ``1h``, ``tomorrow``)."""
        self._fill()
        self.chosen.emit(dict(snooze_choices(self._clock(), self._tz))[key])

    def ask(self) -> None:
        start = self._clock() + timedelta(hours=2)
        self.dialog = TimeDialog(self.tr("Snooze until"), start, self._tz, self.parentWidget())
        self.dialog.accepted.connect(lambda: self._custom_chosen())
        self.dialog.open()

    def _custom_chosen(self) -> None:
        if self.dialog is not None:
            self.chosen.emit(self.dialog.value())
