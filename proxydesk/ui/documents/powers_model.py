"""One relative's powers of attorney: scope, validity, status, the cases they cover."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont

from proxydesk.domain import PoaValidity, poa_validity
from proxydesk.services.cases import CaseService
from proxydesk.services.poa import PoaService
from proxydesk.ui.documents.operations import covered_cases
from proxydesk.ui.documents.poa_words import PoaWords
from proxydesk.ui.models.rows import ModelIndex, RowsModel
from proxydesk.ui.widgets.colors import Tone, tone
from proxydesk.views import CaseSummary, PowerOfAttorneyView

Today = Callable[[], date]


class PowersOfAttorneyModel(RowsModel):
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
        self._relative_id: int | None = None
        self._day = date.min

    def show_relative(self, relative_id: int) -> None:
        self._relative_id = relative_id
        self.reload()

    def load(self) -> list[tuple[PowerOfAttorneyView, list[CaseSummary]]]:
        """Each power with the relative's cases it covers."""
        if self._relative_id is None:
            return []
        powers = self._poa.powers(self._relative_id)
        cases = self._cases.cases(self._relative_id)
        self._day = self._today()
        return [(p, covered_cases(p, cases)) for p in powers]

    def headers(self) -> dict[int, str]:
        return {
            self.COLUMN_ORGANIZATION: self.tr("For"),
            self.COLUMN_ACTS: self.tr("Allows"),
            self.COLUMN_VALID: self.tr("Valid"),
            self.COLUMN_STATUS: self.tr("Status"),
            self.COLUMN_COVERS: self.tr("Covers the cases"),
            self.COLUMN_SCAN: self.tr("Scan"),
        }

    def power(self, row: int) -> PowerOfAttorneyView:
        return self._rows[row][0]

    def covers(self, row: int) -> list[CaseSummary]:
        return self._rows[row][1]

    def validity(self, row: int) -> PoaValidity:
        return poa_validity(self.power(row), self._day)

    def row_of(self, poa_id: int) -> int | None:
        return next((r for r, (p, _covers) in enumerate(self._rows) if p.id == poa_id), None)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        found = self.view_at(index)
        if found is None:
            return None
        power, covers = found
        column = index.column()
        state = poa_validity(power, self._day)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(power, covers, state, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COLUMN_ACTS:
            return "\n".join(self._words.act(a) for a in power.acts)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COLUMN_COVERS:
            return "\n".join(c.title for c in covers)
        if column == self.COLUMN_VALID and state in (PoaValidity.EXPIRED, PoaValidity.ENDS_SOON):
            if role == Qt.ItemDataRole.ForegroundRole:
                return tone(Tone.BAD if state is PoaValidity.EXPIRED else Tone.WARNING)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None

    def _text(
        self, power: PowerOfAttorneyView, covers: list[CaseSummary], state: PoaValidity, column: int
    ) -> str:
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
            return ", ".join(c.title for c in covers) or self.tr("no case yet")
        if column == self.COLUMN_SCAN:
            return self.tr("stored") if power.has_scan else self.tr("none")
        return ""
