"""The results of a search across every case: one row per matching timeline entry."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from proxydesk.services.cases import CaseService
from proxydesk.services.timeline import TimelineService
from proxydesk.services.views import TimelineEntry
from proxydesk.ui.formatting import TimeFormat
from proxydesk.ui.words import Words

ModelIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()

#: how many matches a search shows; the best ones come first
LIMIT = 200
#: the tooltip shows this much of the entry's text
SNIPPET_CHARS = 300


class SearchResultsModel(QAbstractTableModel):
    """Best matches first; each search is one full-text query and one query for case titles."""

    COLUMN_WHEN = 0
    COLUMN_CASE = 1
    COLUMN_KIND = 2
    COLUMN_SUMMARY = 3
    COLUMN_COUNT = 4

    def __init__(
        self,
        timeline: TimelineService,
        cases: CaseService,
        *,
        time_format: TimeFormat | None = None,
        limit: int = LIMIT,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._timeline = timeline
        self._cases = cases
        self._limit = limit
        self._words = Words(self)
        self._format = time_format if time_format is not None else TimeFormat(parent=self)
        self._query = ""
        self._results: list[TimelineEntry] = []
        self._titles: dict[int, str] = {}

    @property
    def query(self) -> str:
        return self._query

    @property
    def limit(self) -> int:
        return self._limit

    def search(self, query: str) -> None:
        """Search again; an empty query shows nothing."""
        results = self._timeline.search(query, limit=self._limit) if query.strip() else []
        titles = {c.id: c.title for c in self._cases.cases()} if results else {}
        self.beginResetModel()
        self._query = query.strip()
        self._results = results
        self._titles = titles
        self.endResetModel()

    def result(self, row: int) -> TimelineEntry:
        return self._results[row]

    def case_title(self, row: int) -> str:
        return self._titles.get(self._results[row].case_id, "")

    # -- content -----------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._results)

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
            self.COLUMN_WHEN: self.tr("When"),
            self.COLUMN_CASE: self.tr("Case"),
            self.COLUMN_KIND: self.tr("Kind"),
            self.COLUMN_SUMMARY: self.tr("Summary"),
        }.get(section)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._results):
            return None
        entry = self._results[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COLUMN_WHEN:
                return self._format.when(entry.occurred_at)
            if column == self.COLUMN_CASE:
                return self.case_title(index.row())
            if column == self.COLUMN_KIND:
                return self._words.kind(entry.kind)
            if column == self.COLUMN_SUMMARY:
                return entry.summary
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COLUMN_SUMMARY:
            text = entry.body.strip()
            if len(text) > SNIPPET_CHARS:
                text = text[: SNIPPET_CHARS - 1] + "…"
            return f"{entry.summary}\n\n{text}" if text else entry.summary
        return None
