"""The cases a mail can be moved into: title, organization, status."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from proxydesk.ui.words import Words
from proxydesk.views import CaseSummary

ModelIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class CaseChoiceModel(QAbstractListModel):
    """One row per case, as ``title — organization (status)``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words = Words(self)
        self._cases: list[CaseSummary] = []

    def set_cases(self, cases: list[CaseSummary]) -> None:
        self.beginResetModel()
        self._cases = list(cases)
        self.endResetModel()

    def case(self, row: int) -> CaseSummary:
        return self._cases[row]

    def row_of(self, case_id: int) -> int | None:
        return next((r for r, c in enumerate(self._cases) if c.id == case_id), None)

    def rowCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._cases)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cases):
            return None
        case = self._cases[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("{title} — {organization} ({status})").format(
                title=case.title,
                organization=case.organization_name,
                status=self._words.case_status(case.status),
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("For: {relatives}").format(
                relatives=", ".join(case.relative_names) or self.tr("nobody yet")
            )
        return None
