"""The search across the whole file in the main window: a field in the menu bar, a results dock."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QHBoxLayout, QWidget

from proxydesk.services.registry import Services
from proxydesk.ui.formatting import TimeFormat
from proxydesk.ui.search.search_panel import SearchField, SearchPanel

if TYPE_CHECKING:
    from proxydesk.ui.main_window import MainWindow

#: the search field's width, in characters
FIELD_CHARS = 40


class SearchFeature(QObject):
    """Ctrl+F goes to the field; results show in a dock; a chosen one opens in its case."""

    def __init__(
        self, window: MainWindow, services: Services, time_format: TimeFormat | None = None
    ) -> None:
        super().__init__(window)
        self._window = window
        # in the menu bar's corner: always in sight, and no row of its own
        self.field = SearchField()
        self.field.setFixedWidth(self.field.fontMetrics().averageCharWidth() * FIELD_CHARS)
        self.corner = QWidget()
        layout = QHBoxLayout(self.corner)
        layout.setContentsMargins(0, 1, 4, 1)
        layout.addWidget(self.field)
        window.menuBar().setCornerWidget(self.corner, Qt.Corner.TopRightCorner)
        window.addAction(self.field.find_action)

        self.panel = SearchPanel(
            services.timeline, services.cases, self.field, time_format=time_format
        )
        self.dock = QDockWidget(self.tr("Found in the whole file"), window)
        self.dock.setObjectName("search-dock")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()
        self.field.textChanged.connect(self._typed)
        self.field.returnPressed.connect(self._show_dock)
        self.panel.chosen.connect(window.show_timeline_entry)

    def search(self, text: str) -> None:
        """Type ``text`` into the field and search at once."""
        self.field.setText(text)
        self.panel.search_now()

    def _typed(self, text: str) -> None:
        if text.strip():
            self._show_dock()

    def _show_dock(self) -> None:
        self.dock.show()
        self.dock.raise_()
