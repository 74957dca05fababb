"""What every editing dialog shares: a form, a line for problems, OK that writes or explains."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from proxydesk.errors import ProxyDeskError
from proxydesk.ui.operations import failure_text
from proxydesk.ui.widgets.colors import Tone, tone
from proxydesk.ui.widgets.labels import plain_label

#: a text box for a few lines (address, notes, one number per line)
TEXT_LINES = 3
FORM_WIDTH = 540

#: what accepting a form writes: it starts the write, which ends in ``written`` or
#: ``not_written``; a ProxyDeskError it raises at once is shown in the form
Write = Callable[[], None]
#: what is wrong, in the user's words, and the field to go to
Problem = tuple[str, QWidget]


def text_box(lines: int = TEXT_LINES) -> QPlainTextEdit:
    """A few lines of text; Tab moves on to the next field, as in the rest of the form."""
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


def split_values(text: str) -> list[str]:
    """Several numbers or addresses, one per line or separated by commas or semicolons."""
    return [part.strip() for part in re.split(r"[\n,;]", text) if part.strip()]


def parse_day(text: str) -> date | None:
    """An ISO date (YYYY-MM-DD), None for an empty field; ValueError for anything else."""
    cleaned = text.strip()
    return date.fromisoformat(cleaned) if cleaned else None


def choose_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


class FormDialog(QDialog):
    """A titled form; OK checks it (``problem``), then writes (``write``) and only then closes.

    The write may run elsewhere (the window's write path): it calls ``written`` (the form
    closes) or ``not_written`` (it stays open and says why). Without ``write`` OK closes.

    Problems stay in the dialog, in a line above the buttons, with the input kept.
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(FORM_WIDTH)
        self.write: Write | None = None
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.problem_label = plain_label()
        self.problem_label.setWordWrap(True)
        problem_color = tone(Tone.BAD, self.palette()).name()
        self.problem_label.setStyleSheet(f"QLabel {{ color: {problem_color}; }}")
        self.problem_label.setAccessibleName(self.tr("Problem"))
        self.problem_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)

    def add_row(self, label: str, field: QWidget, accessible: str) -> None:
        """A labelled field; the label's & makes Alt+letter jump to it."""
        caption = QLabel(label)
        caption.setBuddy(field)
        field.setAccessibleName(accessible)
        self.form.addRow(caption, field)

    def problem(self) -> Problem | None:
        """What keeps the form from being written; None when it is fine."""
        return None

    def show_problem(self, text: str, field: QWidget | None = None) -> None:
        self.problem_label.setText(text)
        self.problem_label.show()
        if field is not None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)

    def try_accept(self) -> None:
        problem = self.problem()
        if problem is not None:
            self.show_problem(*problem)
            return
        if self.write is None:
            self.accept()
            return
        try:
            self.write()
        except ProxyDeskError as error:
            self.not_written(error)

    def written(self) -> None:
        self.accept()

    def not_written(self, error: BaseException) -> None:
        if isinstance(error, ProxyDeskError):
            self.show_problem(self.tr("This could not be saved: {error}").format(error=error))
        else:
            self.show_problem(failure_text(error))  # the file busy, or something unexpected


class ChoiceDialog(FormDialog):
    """Which one? A list to choose from before editing or removing it."""

    def __init__(
        self,
        title: str,
        label: str,
        choices: list[tuple[str, int]],
        current: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.choice = QComboBox()
        for text, value in choices:
            self.choice.addItem(text, value)
        choose_data(self.choice, current)
        self.add_row(label, self.choice, label.replace("&", "").rstrip(":"))

    def chosen(self) -> int:
        return int(self.choice.currentData())
