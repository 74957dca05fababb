"""The right pane: one timeline entry in full, read-only."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedLayout,
    QStackedWidget,
    QStyle,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from proxydesk.domain import PromiseStatus, is_overdue
from proxydesk.ui.formatting import TimeFormat
from proxydesk.ui.icons import OVERDUE, event_icon, promise_icon
from proxydesk.ui.widgets.colors import Tone, tone_css
from proxydesk.ui.widgets.labels import plain_label, section_label
from proxydesk.ui.words import Words
from proxydesk.views import PromiseBrief, TimelineEntry

Clock = Callable[[], datetime]
#: a view of some entries' text of its own (the mail viewer): which entries, and how to show one
Accepts = Callable[[TimelineEntry], bool]
Shows = Callable[[TimelineEntry], None]


class IconMark(QWidget):
    """An icon ``side`` pixels square beside a text; painted at the screen's own resolution."""

    def __init__(self, side: int, icon: QIcon | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = icon if icon is not None else QIcon()
        self.setFixedSize(side, side)

    def set_icon(self, icon: QIcon) -> None:
        self.icon = icon
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.icon.paint(painter, self.rect())
        painter.end()


class DownScroll(QScrollArea):
    """Scrolls up and down only: never narrower than its content, which it never clips."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is None:
            return hint
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return QSize(content.minimumSizeHint().width() + bar, hint.height())


class EntryDetail(QWidget):
    """Kind, time, who, summary, the full text, the call's facts and the promises made in it."""

    #: a promise's "History" button: show that promise with its history (its id)
    promise_chosen = Signal(int)

    def __init__(
        self,
        *,
        clock: Clock,
        time_format: TimeFormat | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._words = Words(self)
        self._format = time_format if time_format is not None else TimeFormat(parent=self)
        self.entry: TimelineEntry | None = None

        self.placeholder = plain_label(self.tr("Select an entry of the timeline to read it here."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)

        self.kind = section_label("")
        self.kind_icon = IconMark(self.kind.fontMetrics().height())
        self.summary = plain_label()
        summary_font = self.summary.font()
        summary_font.setPointSizeF(summary_font.pointSizeF() * 1.15)
        self.summary.setFont(summary_font)
        self.summary.setWordWrap(True)

        self.when = plain_label()
        self.who = plain_label()
        self.number_dialed = plain_label()
        self.duration = plain_label()
        self.hold = plain_label()
        self.transfers = plain_label()
        self.outcome = plain_label()
        self.attachments = plain_label()
        self.attachments.setWordWrap(True)
        self.facts = QFormLayout()
        self.facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.facts.addRow(self.tr("When"), self.when)
        self.facts.addRow(self.tr("Who"), self.who)
        self.facts.addRow(self.tr("Number dialed"), self.number_dialed)
        self.facts.addRow(self.tr("Duration"), self.duration)
        self.facts.addRow(self.tr("On hold"), self.hold)
        self.facts.addRow(self.tr("Transfers"), self.transfers)
        self.facts.addRow(self.tr("Outcome"), self.outcome)
        self.facts.addRow(self.tr("Attachments"), self.attachments)

        self.promises_title = section_label(self.tr("Promises and claims made here"))
        self.promises = QWidget()
        self.promises_layout = QVBoxLayout(self.promises)
        self.promises_layout.setContentsMargins(0, 0, 0, 0)

        self.body = QTextBrowser()
        self.body.setOpenLinks(False)
        self.body.setPlaceholderText(self.tr("No text recorded."))
        self.body.setAccessibleName(self.tr("Full text"))
        self.body_title = section_label(self.tr("Full text"))
        self.body_stack = QStackedWidget()
        self.body_stack.addWidget(self.body)
        self._body_views: list[tuple[QWidget, Accepts, Shows]] = []

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        kind_line = QHBoxLayout()
        kind_line.addWidget(self.kind_icon)
        kind_line.addWidget(self.kind, 1)
        layout.addLayout(kind_line)
        layout.addWidget(self.summary)
        layout.addLayout(self.facts)
        layout.addWidget(self.promises_title)
        layout.addWidget(self.promises)
        layout.addWidget(self.body_title)
        layout.addWidget(self.body_stack, 1)

        # many promises scroll with the rest, never squeezed (and clipped) into the pane
        scroll = DownScroll()
        scroll.setAccessibleName(self.tr("Entry details"))
        scroll.setWidget(page)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.placeholder)
        self._stack.addWidget(scroll)

    def add_body_view(self, view: QWidget, accepts: Accepts, shows: Shows) -> None:
        """Show the entries ``accepts`` takes in ``view`` instead of as plain text."""
        self._body_views.append((view, accepts, shows))
        self.body_stack.addWidget(view)

    def clear(self) -> None:
        self.entry = None
        self._stack.setCurrentWidget(self.placeholder)

    def show_entry(self, entry: TimelineEntry) -> None:
        self.entry = entry
        is_call = entry.kind == "call"
        self.kind.setText(self._words.kind(entry.kind))
        self.kind_icon.set_icon(event_icon(entry.kind))
        self.summary.setText(entry.summary)
        self.when.setText(self._format.span(entry.occurred_at, entry.ended_at))
        self.who.setText(entry.contact or self.tr("not recorded"))
        self.facts.setRowVisible(self.who, entry.contact is not None or is_call)
        seconds = entry.duration_seconds
        self.duration.setText(self._format.duration(seconds) if seconds is not None else "")
        self.facts.setRowVisible(self.duration, seconds is not None)
        self.number_dialed.setText(entry.number_dialed or "")
        self.hold.setText(
            self._format.duration(entry.hold_seconds) if entry.hold_seconds else self.tr("none")
        )
        self.transfers.setText(str(entry.transfers or 0))
        self.outcome.setText(
            self._words.outcome(entry.outcome) if entry.outcome else self.tr("not recorded")
        )
        for field in (self.number_dialed, self.hold, self.transfers, self.outcome):
            self.facts.setRowVisible(field, is_call)
        own = next((v for v in self._body_views if v[1](entry)), None)
        self.attachments.setText("\n".join(entry.attachments))
        self.facts.setRowVisible(self.attachments, bool(entry.attachments) and own is None)
        self._show_promises(entry.promises)
        if own is None:
            self.body.setPlainText(entry.body)
            self.body_stack.setCurrentWidget(self.body)
        else:
            own[2](entry)
            self.body_stack.setCurrentWidget(own[0])
        self.body_title.setVisible(own is None)
        self._stack.setCurrentIndex(1)

    def _show_promises(self, promises: list[PromiseBrief]) -> None:
        while self.promises_layout.count():
            item = self.promises_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        for promise in promises:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            overdue = is_overdue(PromiseStatus(promise.status), promise.due_at, self._clock())
            state = IconMark(
                self.kind_icon.width(), promise_icon(OVERDUE if overdue else promise.status)
            )
            line.addWidget(state, 0, Qt.AlignmentFlag.AlignTop)
            line.addWidget(self._promise_label(promise), 1)
            history = QPushButton(self.tr("History"))
            history.setObjectName(f"promise-history-{promise.id}")
            history.setToolTip(self.tr("Where it was said, how it turned out, what contradicts it"))
            history.clicked.connect(lambda _=False, pid=promise.id: self.promise_chosen.emit(pid))
            line.addWidget(history, 0, Qt.AlignmentFlag.AlignTop)
            self.promises_layout.addWidget(row)
        self.promises_title.setVisible(bool(promises))
        self.promises.setVisible(bool(promises))

    def _promise_label(self, promise: PromiseBrief) -> QLabel:
        status = self._words.promise_status(promise.status)
        overdue = is_overdue(PromiseStatus(promise.status), promise.due_at, self._clock())
        if promise.due_at is not None:
            due = self.tr("due {when}").format(when=self._format.when(promise.due_at))
            if overdue:
                due = self.tr("{due}, overdue").format(due=due)
            line = self.tr("{kind} · {status} · {due}").format(
                kind=self._words.promise_kind(promise.kind), status=status, due=due
            )
        else:
            line = self.tr("{kind} · {status}").format(
                kind=self._words.promise_kind(promise.kind), status=status
            )
        label = plain_label(line + "\n" + self.tr("“{text}”").format(text=promise.text))
        label.setWordWrap(True)
        label.setObjectName(f"promise-{promise.id}")
        if overdue:
            label.setStyleSheet(f"QLabel {{ color: {tone_css(Tone.BAD)}; }}")
        return label
