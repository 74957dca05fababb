"""Ending a call: how it ended (one key), and when, if not just now."""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateTimeEdit,
    QDialogButtonBox,
    QFormLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from proxydesk.domain import CallOutcome
from proxydesk.ui.reminders.times import from_wall_clock, to_wall_clock
from proxydesk.ui.widgets.labels import plain_label
from proxydesk.ui.widgets.writing_dialog import WritingDialog

#: the outcomes in the order shown; the digit keys 1-6 choose them
OUTCOMES = [
    CallOutcome.RESOLVED,
    CallOutcome.PROMISE_MADE,
    CallOutcome.TRANSFERRED,
    CallOutcome.HUNG_UP_ON_US,
    CallOutcome.DISCONNECTED,
    CallOutcome.NO_RESULT,
]


class EndCallDialog(WritingDialog):
    """The outcome (pre-chosen "a promise was made" when one was noted) and the end time."""

    def __init__(
        self,
        *,
        summary: str,
        promised: bool,
        now: datetime,
        started: datetime,
        tz: tzinfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("End the call"))
        self._tz = tz
        texts = {
            CallOutcome.RESOLVED: self.tr("&1  Resolved"),
            CallOutcome.PROMISE_MADE: self.tr("&2  A promise was made"),
            CallOutcome.TRANSFERRED: self.tr("&3  Transferred elsewhere"),
            CallOutcome.HUNG_UP_ON_US: self.tr("&4  They hung up on us"),
            CallOutcome.DISCONNECTED: self.tr("&5  Disconnected"),
            CallOutcome.NO_RESULT: self.tr("&6  No result"),
        }
        self.group = QButtonGroup(self)
        self.outcome_buttons: dict[CallOutcome, QRadioButton] = {}
        layout = QVBoxLayout(self)
        facts = plain_label(summary)
        facts.setWordWrap(True)
        layout.addWidget(facts)
        for number, outcome in enumerate(OUTCOMES, start=1):
            button = QRadioButton(texts[outcome])
            button.setObjectName(f"outcome-{outcome.value}")
            self.group.addButton(button)
            self.outcome_buttons[outcome] = button
            layout.addWidget(button)
            key = QShortcut(QKeySequence(str(number)), self)
            key.activated.connect(button.click)
        if promised:
            self.outcome_buttons[CallOutcome.PROMISE_MADE].setChecked(True)
        self.ended = QDateTimeEdit(to_wall_clock(now, tz))
        self.ended.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.ended.setMinimumDateTime(to_wall_clock(started, tz))
        form = QFormLayout()
        form.addRow(self.tr("Ended at"), self.ended)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save the call"))
        ok.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.group.buttonToggled.connect(self._check)
        self._now_shown = self.ended.dateTime()
        self._now = now
        self._check()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.outcome() is not None)

    def outcome(self) -> CallOutcome | None:
        return next((o for o, b in self.outcome_buttons.items() if b.isChecked()), None)

    def ended_at(self) -> datetime:
        """Now, to the second, unless the user changed the end time."""
        if self.ended.dateTime() == self._now_shown:
            return self._now
        return from_wall_clock(self.ended.dateTime(), self._tz)
