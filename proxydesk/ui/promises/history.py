"""A promise in the right pane: what was said, where, how it turned out, what contradicts it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from proxydesk.domain import PromiseStatus
from proxydesk.ui.formatting import TimeFormat
from proxydesk.ui.promises.statement import StatementCard
from proxydesk.ui.widgets.labels import plain_label, section_label
from proxydesk.ui.words import Words
from proxydesk.views import ContradictionView, PromiseHistory


class PromiseHistoryView(QWidget):
    """Read-only, with buttons that ask for the actions (the window carries them out)."""

    back_requested = Signal()
    resolve_requested = Signal(int, str)  # promise id, status
    remind_requested = Signal(int)
    side_by_side_requested = Signal(int, int)  # promise id, contradiction id
    event_requested = Signal(int, int)  # case id, event id

    def __init__(self, *, time_format: TimeFormat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._format = time_format
        self._words = Words(self)
        self.history: PromiseHistory | None = None
        self._read_only = False

        self.back = QPushButton(self.tr("← Back to the entry"))
        self.back.setFlat(True)
        self.back.clicked.connect(self.back_requested)
        self.card = StatementCard(time_format=time_format)

        self.show_made_in = QPushButton(self.tr("Show where it was said"))
        self.show_made_in.clicked.connect(lambda: self._show_event(made_in=True))
        self.show_resolved_by = QPushButton(self.tr("Show what showed it"))
        self.show_resolved_by.clicked.connect(lambda: self._show_event(made_in=False))
        jumps = QHBoxLayout()
        jumps.addWidget(self.show_made_in)
        jumps.addWidget(self.show_resolved_by)
        jumps.addStretch(1)

        self.kept = QPushButton(self.tr("Kept…"))
        self.broken = QPushButton(self.tr("Broken…"))
        self.false = QPushButton(self.tr("False…"))
        self.remind = QPushButton(self.tr("Remind me…"))
        for button, status in (
            (self.kept, PromiseStatus.KEPT),
            (self.broken, PromiseStatus.BROKEN),
            (self.false, PromiseStatus.FALSE),
        ):
            button.clicked.connect(lambda _=False, s=status: self._resolve(s))
        self.remind.clicked.connect(self._remind)
        actions = QHBoxLayout()
        for button in (self.kept, self.broken, self.false, self.remind):
            actions.addWidget(button)
        actions.addStretch(1)

        self.contradictions_title = section_label(self.tr("Contradicting statements"))
        self.contradictions = QWidget()
        self.contradictions_layout = QVBoxLayout(self.contradictions)
        self.contradictions_layout.setContentsMargins(0, 0, 0, 0)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.back, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.card)
        layout.addLayout(jumps)
        layout.addLayout(actions)
        layout.addWidget(self.contradictions_title)
        layout.addWidget(self.contradictions)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Promise history"))
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only

    def show_history(self, history: PromiseHistory, *, from_entry: bool) -> None:
        self.history = history
        promise = history.promise
        self.back.setVisible(from_entry)
        self.card.show_history(history)
        self.show_made_in.setVisible(history.made_in is not None)
        self.show_resolved_by.setVisible(history.resolved_by is not None)
        is_open = promise.status == PromiseStatus.OPEN and not self._read_only
        for button in (self.kept, self.broken, self.false, self.remind):
            button.setVisible(is_open)
        self._show_contradictions(history.contradictions)

    def _show_contradictions(self, links: list[ContradictionView]) -> None:
        while self.contradictions_layout.count():
            item = self.contradictions_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        assert self.history is not None
        own = self.history.promise.id
        for link in links:
            other = link.second if link.first.id == own else link.first
            row = QFrame()
            row.setObjectName(f"contradiction-{link.id}")
            row.setFrameShape(QFrame.Shape.StyledPanel)
            box = QVBoxLayout(row)
            said = self.tr("{who}, {when}: “{text}” — {status}").format(
                who=other.made_by or self.tr("nobody named"),
                when=self._format.when(other.made_at),
                text=other.text,
                status=self._words.promise_status(other.status),
            )
            label = plain_label(said)
            label.setWordWrap(True)
            box.addWidget(label)
            if link.note:
                note = plain_label(self.tr("Why: {note}").format(note=link.note))
                note.setWordWrap(True)
                box.addWidget(note)
            button = QPushButton(self.tr("Side by side"))
            button.clicked.connect(
                lambda _=False, lid=link.id: self.side_by_side_requested.emit(own, lid)
            )
            box.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self.contradictions_layout.addWidget(row)
        self.contradictions_title.setVisible(bool(links))
        self.contradictions.setVisible(bool(links))

    def _resolve(self, status: PromiseStatus) -> None:
        if self.history is not None:
            self.resolve_requested.emit(self.history.promise.id, status.value)

    def _remind(self) -> None:
        if self.history is not None:
            self.remind_requested.emit(self.history.promise.id)

    def _show_event(self, *, made_in: bool) -> None:
        if self.history is None:
            return
        event = self.history.made_in if made_in else self.history.resolved_by
        if event is not None:
            self.event_requested.emit(self.history.promise.case_id, event.id)
