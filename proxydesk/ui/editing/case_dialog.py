"""The form for a case: title, organization, the relatives, status, story, numbers."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QListWidgetItem, QWidget

from proxydesk.domain import CaseStatus
from proxydesk.errors import InvalidInput
from proxydesk.services.cases import CaseRecord, parse_reference
from proxydesk.ui.editing.directory_dialogs import chosen_organization, organization_combo
from proxydesk.ui.editing.form import FormDialog, Problem, choose_data, text_box
from proxydesk.ui.words import Words
from proxydesk.views import OrganizationView, RelativeView

RELATIVE_ROWS = 4


@dataclass(frozen=True)
class CaseInput:
    title: str
    #: an organization's id, or the name of one to add
    organization: int | str
    relative_ids: list[int]
    status: str
    story_so_far: str
    references: list[str]


class ReferenceWords(QObject):
    """The word typed before a number's colon, in the UI's language ("order:", "Auftrag:")."""

    def keywords(self) -> dict[str, str]:
        return {
            #: typed before the colon of a ticket number: "ticket: 4711"
            "ticket": self.tr("ticket"),
            #: typed before the colon of an order number: "order: A-2012-0305-48817"
            "order": self.tr("order"),
        }

    def line(self, kind: str, value: str) -> str:
        """A reference as the user reads and writes it."""
        keyword = self.keywords().get(kind)
        return f"{keyword}: {value}" if keyword else value

    def for_core(self, line: str) -> str:
        """The line with its keyword in the core's words (``order:``); English ones still work."""
        word, sep, value = line.partition(":")
        for kind, keyword in self.keywords().items():
            if sep and word.strip().lower() == keyword.lower():
                return f"{kind}:{value}"
        return line


class CaseDialog(FormDialog):
    """A new case (always open) or a case's details; numbers known keep who gave them."""

    def __init__(
        self,
        record: CaseRecord | None,
        *,
        relatives: list[RelativeView],
        organizations: list[OrganizationView],
        relative_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Open a case") if record is None else self.tr("Edit case")
        super().__init__(title, parent)
        words = Words(self)
        self._words = ReferenceWords(self)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("What you want done, e.g. “Move the line”"))
        self.organization = organization_combo(organizations)
        self.organization.setToolTip(self.tr("Choose one, or type a new name to add it."))
        self.relatives = QListWidget()
        chosen: set[int | None]
        if record is not None:
            chosen = set(record.relative_ids)
        elif relative_id is None and len(relatives) == 1:
            chosen = {relatives[0].id}  # whom else could it be for
        else:
            chosen = {relative_id}
        for relative in relatives:
            item = QListWidgetItem(relative.name)
            item.setData(Qt.ItemDataRole.UserRole, relative.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = relative.id in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.relatives.addItem(item)
        row = max(self.relatives.sizeHintForRow(0), self.fontMetrics().height() + 4)
        self.relatives.setFixedHeight(row * RELATIVE_ROWS + 2 * self.relatives.frameWidth())
        self.status = QComboBox()
        for status in CaseStatus:
            self.status.addItem(words.case_status(status.value), status.value)
        self.story = text_box(4)
        self.story.setPlaceholderText(self.tr("What to read out at the start of the next call"))
        self.references = text_box(3)
        self.references.setPlaceholderText(self.tr("order: A-2012-0305-48817\nticket: 4711"))
        self.references.setToolTip(
            self.tr(
                "Ticket and order numbers, one per line: “ticket:”, “order:” or just the number."
            )
        )
        self.add_row(self.tr("&Title:"), self.title, self.tr("Title"))
        self.add_row(self.tr("&Organization:"), self.organization, self.tr("Organization"))
        self.add_row(self.tr("For &whom:"), self.relatives, self.tr("Relatives"))
        if record is not None:
            self.add_row(self.tr("&Status:"), self.status, self.tr("Status"))
        self.add_row(self.tr("The story so &far:"), self.story, self.tr("The story so far"))
        self.add_row(self.tr("&Numbers:"), self.references, self.tr("Ticket and order numbers"))
        if record is not None:
            self.title.setText(record.title)
            self.title.setCursorPosition(0)  # a long title shows its beginning
            choose_data(self.organization, record.organization_id)
            choose_data(self.status, record.status)
            self.story.setPlainText(record.story_so_far)
            self.references.setPlainText(
                "\n".join(self._words.line(r.kind, r.value) for r in record.references)
            )

    def _typed_lines(self) -> list[str]:
        return [line.strip() for line in self.references.toPlainText().splitlines() if line.strip()]

    def problem(self) -> Problem | None:
        if not self.title.text().strip():
            return self.tr("Please give the case a title."), self.title
        if not self.organization.currentText().strip():
            return self.tr("Please choose or type the organization."), self.organization
        for line in self._typed_lines():
            try:
                parse_reference(self._words.for_core(line))
            except InvalidInput:
                return (
                    self.tr("The number “{line}” is missing after the colon.").format(line=line),
                    self.references,
                )
        return None

    def values(self) -> CaseInput:
        checked = [
            int(item.data(Qt.ItemDataRole.UserRole))
            for row in range(self.relatives.count())
            if (item := self.relatives.item(row)).checkState() == Qt.CheckState.Checked
        ]
        return CaseInput(
            title=self.title.text().strip(),
            organization=chosen_organization(self.organization),
            relative_ids=checked,
            status=str(self.status.currentData()),
            story_so_far=self.story.toPlainText().strip(),
            references=[self._words.for_core(line) for line in self._typed_lines()],
        )
