"""Search the whole file: a field in the menu bar (Ctrl+F) and a list of results below."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHeaderView,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from proxydesk.services.cases import CaseService
from proxydesk.services.timeline import TimelineService
from proxydesk.ui.formatting import TimeFormat
from proxydesk.ui.search.results_model import SearchResultsModel
from proxydesk.ui.widgets.empty_state import EmptyState
from proxydesk.ui.widgets.labels import plain_label
from proxydesk.ui.widgets.row_table import row_table

#: typing pauses this long before the file is searched
DEBOUNCE_MS = 250


class SearchField(QLineEdit):
    """The search field in the menu bar; Ctrl+F (its action) puts the cursor there."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Search the whole file (Ctrl+F)"))
        self.setAccessibleName(self.tr("Search the whole file"))
        self.setClearButtonEnabled(True)
        self.find_action = QAction(self.tr("&Find in the whole file…"), self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.find_action.triggered.connect(self.focus_and_select)

    def focus_and_select(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()


class SearchPanel(QWidget):
    """The results of the field's search; activating one asks to show it in its case."""

    #: case id, entry (event) id
    chosen = Signal(int, int)

    def __init__(
        self,
        timeline: TimelineService,
        cases: CaseService,
        field: SearchField,
        *,
        time_format: TimeFormat | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.field = field
        self.model = SearchResultsModel(timeline, cases, time_format=time_format, parent=self)
        self.summary = plain_label()
        self.results = row_table(self.model, self.tr("Search results"))
        self.results.setWordWrap(False)
        self.results.horizontalHeader().setSectionResizeMode(
            SearchResultsModel.COLUMN_SUMMARY, QHeaderView.ResizeMode.Stretch
        )
        self.results.activated.connect(self._activated)
        self.empty = EmptyState(self.results, self._empty_text)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.search_now)
        field.textChanged.connect(self._debounce.start)
        field.returnPressed.connect(self._return_pressed)
        self._show_summary()

    def search_now(self) -> None:
        self._debounce.stop()
        self.model.search(self.field.text())
        self._show_summary()
        if self.model.rowCount() > 0:
            self.results.selectRow(0)

    def search_again(self) -> None:
        """The file changed: the results shown (if any) are looked for again."""
        if self.model.query and self.isVisible():
            self.model.search(self.model.query)
            self._show_summary()

    def choose(self, row: int) -> None:
        """Show this result in its case (what a double click or Enter does)."""
        entry = self.model.result(row)
        self.chosen.emit(entry.case_id, entry.id)

    def _return_pressed(self) -> None:
        if self._debounce.isActive() or self.model.query != self.field.text().strip():
            self.search_now()
        if self.model.rowCount() > 0:
            self.results.setFocus()

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.choose(index.row())

    def _empty_text(self) -> str:
        if not self.model.query:
            return self.tr("Calls, notes, mails and promises of every case are searched.")
        return self.tr("Nothing found. Try fewer words, or other ones.")

    def _show_summary(self) -> None:
        count = self.model.rowCount()
        if not self.model.query:
            text = self.tr("Type words to find them in every case's timeline.")
        elif count == 0:
            text = self.tr("Nothing found for “{query}”.").format(query=self.model.query)
        elif count >= self.model.limit:
            text = self.tr(
                "The best {count} matches for “{query}”; add words to narrow it."
            ).format(count=count, query=self.model.query)
        else:
            text = self.tr("{count} found for “{query}” — double-click one to open it.").format(
                count=count, query=self.model.query
            )
        self.summary.setText(text)
