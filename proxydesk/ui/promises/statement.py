"""One statement as a card: who said what, when and where, and how it turned out."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget

from proxydesk.ui.formatting import TimeFormat
from proxydesk.ui.widgets.colors import Tone, tone_css
from proxydesk.ui.widgets.labels import plain_label, section_label
from proxydesk.ui.words import Words
from proxydesk.views import EventBrief, PromiseHistory

#: the statement itself is what is read out: a little larger than the rest
TEXT_SCALE = 1.2


class StatementCard(QFrame):
    """Kind and status on top, the words said, then the facts: who, when, where, outcome."""

    def __init__(self, *, time_format: TimeFormat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._words = Words(self)
        self._format = time_format
        self.history: PromiseHistory | None = None

        self.heading = section_label("")
        self.text = plain_label()
        self.text.setWordWrap(True)
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * TEXT_SCALE)
        self.text.setFont(font)

        self.case = plain_label()
        self.who = plain_label()
        self.made = plain_label()
        self.made_in = plain_label()
        self.due = plain_label()
        self.outcome = plain_label()
        self.shown_by = plain_label()
        self.note = plain_label()
        for label in (self.case, self.who, self.made_in, self.shown_by, self.note, self.outcome):
            label.setWordWrap(True)
        self.facts = QFormLayout()
        self.facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.facts.addRow(self.tr("Case"), self.case)
        self.facts.addRow(self.tr("Said by"), self.who)
        self.facts.addRow(self.tr("When"), self.made)
        self.facts.addRow(self.tr("Where"), self.made_in)
        self.facts.addRow(self.tr("Due"), self.due)
        self.facts.addRow(self.tr("Outcome"), self.outcome)
        self.facts.addRow(self.tr("Shown by"), self.shown_by)
        self.facts.addRow(self.tr("Note"), self.note)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addLayout(self.facts)

    def show_history(self, history: PromiseHistory, *, show_case: bool = True) -> None:
        self.history = history
        p = history.promise
        status = self.tr("overdue") if p.overdue else self._words.promise_status(p.status)
        self.heading.setText(
            self.tr("{kind} · {status}").format(
                kind=self._words.promise_kind(p.kind), status=status
            )
        )
        self.text.setText(self.tr("“{text}”").format(text=p.text))
        self.case.setText(p.case_title)
        self.facts.setRowVisible(self.case, show_case)
        who = p.made_by or self.tr("nobody named")
        if history.made_by_team:
            who = self.tr("{name} ({team})").format(name=who, team=history.made_by_team)
        self.who.setText(who)
        self.made.setText(self._format.when(p.made_at))
        self.made_in.setText(self._event_text(history.made_in) if history.made_in else "")
        self.facts.setRowVisible(self.made_in, history.made_in is not None)
        self.due.setText(self._format.when(p.due_at) if p.due_at else self.tr("no due time"))
        self._color(self.due, tone_css(Tone.BAD) if p.overdue else None)
        self.outcome.setText(self._outcome_text(p.status, p.resolved_at))
        self._color(
            self.outcome,
            tone_css(Tone.GOOD)
            if p.status == "kept"
            else tone_css(Tone.BAD)
            if p.status in ("broken", "false")
            else None,
        )
        self.shown_by.setText(self._event_text(history.resolved_by) if history.resolved_by else "")
        self.facts.setRowVisible(self.shown_by, history.resolved_by is not None)
        self.note.setText(history.resolution_note)
        self.facts.setRowVisible(self.note, bool(history.resolution_note))
        self._color(self.heading, tone_css(Tone.BAD) if p.overdue else None)

    def _event_text(self, event: EventBrief) -> str:
        who = self.tr(", with {name}").format(name=event.contact) if event.contact else ""
        return self.tr("{kind} on {when}{who}: {summary}").format(
            kind=self._words.kind(event.kind),
            when=self._format.when(event.occurred_at),
            who=who,
            summary=event.summary,
        )

    def _outcome_text(self, status: str, resolved_at: datetime | None) -> str:
        if status == "open" or resolved_at is None:
            return self._words.promise_status(status)
        return self.tr("{status}, on {when}").format(
            status=self._words.promise_status(status), when=self._format.when(resolved_at)
        )

    @staticmethod
    def _color(label: QLabel, color: str | None) -> None:
        label.setStyleSheet(f"QLabel {{ color: {color}; }}" if color else "")
