"""Choosing the case a mail belongs in; later syncs keep the choice."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QListView,
    QVBoxLayout,
    QWidget,
)

from proxydesk.ui.mail.case_choice_model import CaseChoiceModel
from proxydesk.ui.widgets.labels import plain_label
from proxydesk.ui.widgets.writing_dialog import WritingDialog
from proxydesk.views import CaseSummary


class MoveToCaseDialog(WritingDialog):
    """The other cases of the file; OK with one chosen."""

    def __init__(
        self,
        subject: str,
        cases: list[CaseSummary],
        *,
        current_case_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move mail to another case"))
        self.model = CaseChoiceModel(self)
        self.model.set_cases([c for c in cases if c.id != current_case_id])
        intro = plain_label(
            self.tr("Move “{subject}” into this case (later syncs keep your choice):").format(
                subject=subject
            )
        )
        intro.setWordWrap(True)
        self.cases = QListView()
        self.cases.setModel(self.model)
        self.cases.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cases.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cases.doubleClicked.connect(lambda _index: self.accept())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Move"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.cases.selectionModel().selectionChanged.connect(self._selection_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.cases, 1)
        layout.addWidget(self.buttons)
        self.resize(520, 360)
        if self.model.rowCount() > 0:
            self.cases.setCurrentIndex(self.model.index(0, 0))
        self._selection_changed()

    def choose(self, case_id: int) -> bool:
        row = self.model.row_of(case_id)
        if row is None:
            return False
        self.cases.setCurrentIndex(self.model.index(row, 0))
        return True

    def chosen_case(self) -> CaseSummary | None:
        rows = self.cases.selectionModel().selectedRows()
        return self.model.case(rows[0].row()) if rows else None

    def _selection_changed(self, *_: object) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.chosen_case() is not None)
