"""Marking how a promise turned out, linking two statements, and seeing them side by side."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from proxydesk.domain import PromiseStatus
from proxydesk.ui.formatting import TimeFormat
from proxydesk.ui.promises.statement import StatementCard
from proxydesk.ui.widgets.labels import plain_label, section_label
from proxydesk.ui.widgets.writing_dialog import WritingDialog
from proxydesk.ui.words import Words
from proxydesk.views import ContradictionView, EventBrief, PromiseHistory, PromiseView

#: the two statements side by side need room for their words
SIDE_BY_SIDE_SIZE = (900, 520)
CHOOSER_CHARS = 50


def _quote(dialog: QWidget, promise: PromiseView, time_format: TimeFormat) -> str:
    # one context whichever dialog asks: dialog.tr() would look under its own class name
    who = promise.made_by or QCoreApplication.translate("PromiseQuote", "nobody named")
    return QCoreApplication.translate("PromiseQuote", "“{text}” — {who}, {when}").format(
        text=promise.text, who=who, when=time_format.when(promise.made_at)
    )


class ResolveDialog(WritingDialog):
    """Kept, broken or false; the event that shows it (or none: now); a note."""

    def __init__(
        self,
        promise: PromiseView,
        events: list[EventBrief],
        status: PromiseStatus,
        *,
        time_format: TimeFormat,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("How did it turn out?"))
        self.promise = promise
        words = Words(self)
        statement = plain_label(_quote(self, promise, time_format))
        statement.setWordWrap(True)

        self.statuses = QButtonGroup(self)
        row = QHBoxLayout()
        texts = {
            PromiseStatus.KEPT: self.tr("&Kept"),
            PromiseStatus.BROKEN: self.tr("&Broken"),
            PromiseStatus.FALSE: self.tr("Turned out &false"),
        }
        self.status_buttons: dict[PromiseStatus, QRadioButton] = {}
        for value, text in texts.items():
            button = QRadioButton(text)
            button.setChecked(value is status)
            self.statuses.addButton(button)
            self.status_buttons[value] = button
            row.addWidget(button)

        self.evidence = QComboBox()
        self.evidence.addItem(self.tr("No event recorded — as of now"), None)
        for event in events:
            self.evidence.addItem(
                self.tr("{when} · {kind} · {summary}").format(
                    when=time_format.when(event.occurred_at),
                    kind=words.kind(event.kind),
                    summary=event.summary,
                ),
                event.id,
            )
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. nobody called back"))

        form = QFormLayout()
        form.addRow(self.tr("Outcome"), row)
        form.addRow(self.tr("Shown by"), self.evidence)
        form.addRow(self.tr("&Note"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(statement)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.note.setFocus()

    def status(self) -> PromiseStatus:
        return next(v for v, b in self.status_buttons.items() if b.isChecked())

    def event_id(self) -> int | None:
        value = self.evidence.currentData()
        return int(value) if value is not None else None

    def choose_event(self, event_id: int) -> None:
        self.evidence.setCurrentIndex(max(self.evidence.findData(event_id), 0))


class LinkDialog(WritingDialog):
    """Two statements that cannot both be true, and why (optional)."""

    def __init__(
        self,
        first: PromiseView,
        second: PromiseView,
        *,
        time_format: TimeFormat,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link as contradicting"))
        self.first, self.second = first, second
        layout = QVBoxLayout(self)
        layout.addWidget(section_label(self.tr("These two statements contradict each other:")))
        for promise in (first, second):
            label = plain_label(_quote(self, promise, time_format))
            label.setWordWrap(True)
            layout.addWidget(label)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. 180 days vs. no problem"))
        form = QFormLayout()
        form.addRow(self.tr("&Why"), self.note)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Link"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class SideBySideDialog(QDialog):
    """Contradicting statements in two columns; a chooser when there are several pairs."""

    def __init__(
        self,
        pairs: list[tuple[ContradictionView, PromiseHistory, PromiseHistory]],
        *,
        time_format: TimeFormat,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Contradicting statements"))
        self.pairs = pairs
        self.chooser = QComboBox()
        # the statements are long: the chooser must not make the dialog as wide as they are
        self.chooser.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.chooser.setMinimumContentsLength(CHOOSER_CHARS)
        for link, _, _ in pairs:
            self.chooser.addItem(
                self.tr("“{first}” vs. “{second}”").format(
                    first=link.first.text, second=link.second.text
                )
            )
        self.chooser.setVisible(len(pairs) > 1)
        self.note = plain_label()
        self.note.setWordWrap(True)
        self.left = StatementCard(time_format=time_format)
        self.right = StatementCard(time_format=time_format)
        columns = QHBoxLayout()
        columns.addWidget(self.left, 1, Qt.AlignmentFlag.AlignTop)
        columns.addWidget(self.right, 1, Qt.AlignmentFlag.AlignTop)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chooser)
        layout.addWidget(self.note)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)
        self.chooser.currentIndexChanged.connect(self.show_pair)
        self.resize(*SIDE_BY_SIDE_SIZE)
        self.show_pair(0)

    def show_pair(self, index: int) -> None:
        if not 0 <= index < len(self.pairs):
            return
        link, first, second = self.pairs[index]
        # the earlier statement on the left: read from left to right as it happened
        if second.promise.made_at < first.promise.made_at:
            first, second = second, first
        self.left.show_history(first)
        self.right.show_history(second)
        self.note.setText(link.note)
        self.note.setVisible(bool(link.note))

    def choose(self, link_id: int) -> None:
        for index, (link, _, _) in enumerate(self.pairs):
            if link.id == link_id:
                self.chooser.setCurrentIndex(index)
                self.show_pair(index)
                return
