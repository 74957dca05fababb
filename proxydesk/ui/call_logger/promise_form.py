"""'They promised ...': a promise noted in a few keystrokes, without leaving the call."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, tzinfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from proxydesk.domain import PromiseKind
from proxydesk.services.calls import PendingPromise
from proxydesk.ui.reminders.times import END_OF_DAY, at_day, from_wall_clock, to_wall_clock
from proxydesk.ui.widgets.labels import plain_label, section_label

Clock = Callable[[], datetime]

#: the quick due choices, in order; "custom" takes the editor's time
TODAY, TOMORROW, IN_3_DAYS, NO_DUE, CUSTOM = "today", "tomorrow", "in_3_days", "none", "custom"


class PromiseForm(QFrame):
    """What they said, when it is due (quick choices or a time), and whether it is a promise."""

    submitted = Signal(object)  # PendingPromise
    cancelled = Signal()

    def __init__(self, *, clock: Clock, tz: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._clock = clock
        self._tz = tz
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("They promised … (in their words)"))
        self.kind = QComboBox()
        for value, label in (
            (PromiseKind.PROMISE, self.tr("Promise")),
            (PromiseKind.CLAIM, self.tr("Claim")),
            (PromiseKind.INSTRUCTION, self.tr("Instruction")),
        ):
            self.kind.addItem(label, value.value)
        self.choices = QButtonGroup(self)
        self.choice_buttons: dict[str, QRadioButton] = {}
        for key, label in (
            (TODAY, self.tr("&Today 18:00")),
            (TOMORROW, self.tr("T&omorrow")),
            (IN_3_DAYS, self.tr("In &3 days")),
            (NO_DUE, self.tr("&No due time")),
            (CUSTOM, self.tr("&At:")),
        ):
            button = QRadioButton(label)
            button.setObjectName(f"due-{key}")
            self.choices.addButton(button)
            self.choice_buttons[key] = button
            button.toggled.connect(lambda on, k=key: self._toggled(k, on))
        self.custom = QDateTimeEdit()
        self.custom.setCalendarPopup(True)
        self.custom.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.custom.dateTimeChanged.connect(self._custom_edited)
        self.problem = plain_label()
        self.problem.setStyleSheet("QLabel { color: #b3261e; }")
        self.add = QPushButton(self.tr("Add (Enter)"))
        self.add.clicked.connect(self.submit)
        self.cancel = QPushButton(self.tr("Cancel (Esc)"))
        self.cancel.clicked.connect(self.cancelled)

        due_row = QHBoxLayout()
        for key in (TODAY, TOMORROW, IN_3_DAYS, NO_DUE, CUSTOM):
            due_row.addWidget(self.choice_buttons[key])
        due_row.addWidget(self.custom)
        due_row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.problem, 1)
        buttons.addWidget(self.add)
        buttons.addWidget(self.cancel)
        grid = QGridLayout(self)
        grid.addWidget(section_label(self.tr("They said")), 0, 0)
        grid.addWidget(self.text, 0, 1)
        grid.addWidget(self.kind, 0, 2)
        grid.addWidget(section_label(self.tr("Due")), 1, 0)
        grid.addLayout(due_row, 1, 1, 1, 2)
        grid.addLayout(buttons, 2, 0, 1, 3)
        grid.setColumnStretch(1, 1)

        self.text.returnPressed.connect(self.submit)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.cancelled)
        self._setting = False

    def start(self) -> None:
        """Empty, with today 18:00 chosen (tomorrow once the day is that late), and focused."""
        now = self._clock()
        self.text.clear()
        self.problem.clear()
        self.kind.setCurrentIndex(0)
        today_open = now < at_day(now, self._tz, 0, END_OF_DAY)
        self.choice_buttons[TODAY].setEnabled(today_open)
        self.choice_buttons[TODAY if today_open else TOMORROW].setChecked(True)
        self._choose(TODAY if today_open else TOMORROW)
        self.text.setFocus()

    def choice(self) -> str:
        return next(k for k, b in self.choice_buttons.items() if b.isChecked())

    def choose(self, key: str) -> None:
        self.choice_buttons[key].setChecked(True)

    def due(self) -> datetime | None:
        key = self.choice()
        if key == NO_DUE:
            return None
        return from_wall_clock(self.custom.dateTime(), self._tz)

    def _toggled(self, key: str, on: bool) -> None:
        if on:
            self._choose(key)

    def _choose(self, key: str) -> None:
        now = self._clock()
        quick = {
            TODAY: at_day(now, self._tz, 0, END_OF_DAY),
            TOMORROW: at_day(now, self._tz, 1, END_OF_DAY),
            IN_3_DAYS: at_day(now, self._tz, 3, END_OF_DAY),
        }
        if key in quick:
            self._setting = True
            self.custom.setDateTime(to_wall_clock(quick[key], self._tz))
            self._setting = False
        elif key == CUSTOM and self.custom.dateTime() < to_wall_clock(now, self._tz):
            self.custom.setDateTime(to_wall_clock(now + timedelta(hours=1), self._tz))
        self.custom.setEnabled(key != NO_DUE)

    def _custom_edited(self) -> None:
        if not self._setting and self.choice() != CUSTOM:
            self.choice_buttons[CUSTOM].setChecked(True)

    def submit(self) -> None:
        text = self.text.text().strip()
        if not text:
            self.problem.setText(self.tr("What did they say?"))
            self.text.setFocus()
            return
        now = self._clock()
        due = self.due()
        if due is not None and due < now:
            self.problem.setText(self.tr("The due time has passed already."))
            return
        kind = PromiseKind(self.kind.currentData())
        self.submitted.emit(PendingPromise(now, text, due, kind))
