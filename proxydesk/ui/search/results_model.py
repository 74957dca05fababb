"""The results of a search across every case: one row per matching timeline entry."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from proxydesk.services.cases import CaseService
from proxydesk.services.timeline import TimelineService
from proxydesk.ui.formatting import TimeFormat
from proxydesk.ui.models.rows import ModelIndex, RowsModel
from proxydesk.ui.words import Words
from proxydesk.views import TimelineEntry

#: how many matches a search shows; the best ones come first
LIMIT = 200
#: the tooltip shows this much of the entry's text
SNIPPET_CHARS = 300


class SearchResultsModel(RowsModel):
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

    @property
    def query(self) -> str:
        return self._query

    @property
    def limit(self) -> int:
        return self._limit

    def search(self, query: str) -> None:
        """Search again; an empty query shows nothing."""
        self._query = query.strip()
        self.reload()

    def load(self) -> list[tuple[TimelineEntry, str]]:
        """Each match with its case's title."""
        if not self._query:
            return []
        results = self._timeline.search(self._query, limit=self._limit)
        titles = {c.id: c.title for c in self._cases.cases()} if results else {}
        return [(entry, titles.get(entry.case_id, "")) for entry in results]

    def headers(self) -> dict[int, str]:
        return {
            self.COLUMN_WHEN: self.tr("When"),
            self.COLUMN_CASE: self.tr("Case"),
            self.COLUMN_KIND: self.tr("Kind"),
            self.COLUMN_SUMMARY: self.tr("Summary"),
        }

    def result(self, row: int) -> TimelineEntry:
        return self._rows[row][0]

    def case_title(self, row: int) -> str:
        return self._rows[row][1]

    # -- content -----------------------------------------------------------------------

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.view_at(index)
        if row is None:
            return None
        entry, case_title = row
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COLUMN_WHEN:
                return self._format.when(entry.occurred_at)
            if column == self.COLUMN_CASE:
                return case_title
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
