"""One relative's powers of attorney: scope, validity, status, the cases they cover."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from proxydesk.services.cases import CaseService
from proxydesk.services.poa import PoaService
from proxydesk.services.views import CaseSummary, PowerOfAttorneyView
from proxydesk.ui.documents.operations import Validity, covered_cases, validity
from proxydesk.ui.documents.poa_words import PoaWords
from proxydesk.ui.widgets.colors import Tone, tone

ModelIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()

Today = Callable[[], date]


class PowersOfAttorneyModel(QAbstractTableModel):
    """``reload`` is two service calls (the powers and the relative's cases)."""

    COLUMN_ORGANIZATION = 0
    COLUMN_ACTS = 1
    COLUMN_VALID = 2
    COLUMN_STATUS = 3
    COLUMN_COVERS = 4
    COLUMN_SCAN = 5
    COLUMN_COUNT = 6

    def __init__(
        self,
        poa: PoaService,
        cases: CaseService,
        today: Today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._poa = poa
        self._cases = cases
        self._today = today
        self._words = PoaWords(self)
        self._powers: list[PowerOfAttorneyView] = []
        self._covers: list[list[CaseSummary]] = []
        self._day = date.min

    def reload(self, relative_id: int) -> None:
        powers = self._poa.powers(relative_id)
        cases = self._cases.cases(relative_id)
        self.beginResetModel()
        self._day = self._today()
        self._powers = powers
        self._covers = [covered_cases(p, cases) for p in powers]
        self.endResetModel()

    def power(self, row: int) -> PowerOfAttorneyView:
        return self._powers[row]

    def covers(self, row: int) -> list[CaseSummary]:
        return self._covers[row]

    def validity(self, row: int) -> Validity:
        return validity(self._powers[row], self._day)

    def row_of(self, poa_id: int) -> int | None:
        return next((r for r, p in enumerate(self._powers) if p.id == poa_id), None)

    def rowCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._powers)

    def columnCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.COLUMN_ORGANIZATION: self.tr("For"),
            self.COLUMN_ACTS: self.tr("Allows"),
            self.COLUMN_VALID: self.tr("Valid"),
            self.COLUMN_STATUS: self.tr("Status"),
            self.COLUMN_COVERS: self.tr("Covers the cases"),
            self.COLUMN_SCAN: self.tr("Scan"),
        }.get(section)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._powers):
            return None
        row = index.row()
        power = self._powers[row]
        column = index.column()
        state = validity(power, self._day)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, power, state, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COLUMN_ACTS:
            return "\n".join(self._words.act(a) for a in power.acts)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COLUMN_COVERS:
            return "\n".join(c.title for c in self._covers[row])
        if column == self.COLUMN_VALID and state in (Validity.EXPIRED, Validity.ENDS_SOON):
            if role == Qt.ItemDataRole.ForegroundRole:
                return tone(Tone.BAD if state is Validity.EXPIRED else Tone.WARNING)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None

    def _text(self, row: int, power: PowerOfAttorneyView, state: Validity, column: int) -> str:
        if column == self.COLUMN_ORGANIZATION:
            return self._words.organization(power)
        if column == self.COLUMN_ACTS:
            return ", ".join(self._words.act(a) for a in power.acts) or self.tr("nothing named")
        if column == self.COLUMN_VALID:
            return self.tr("{period} ({state})").format(
                period=self._words.period(power),
                state=self._words.validity(state, power, self._day),
            )
        if column == self.COLUMN_STATUS:
            return self._words.status(power.status)
        if column == self.COLUMN_COVERS:
            return ", ".join(c.title for c in self._covers[row]) or self.tr("no case yet")
        if column == self.COLUMN_SCAN:
            return self.tr("stored") if power.has_scan else self.tr("none")
        return ""
