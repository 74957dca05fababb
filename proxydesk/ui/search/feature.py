"""The search across the whole file in the main window: a field in the menu bar, a results dock."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDockWidget, QHBoxLayout, QWidget

from proxydesk.changes import Changes, Kind
from proxydesk.ui.host import Host
from proxydesk.ui.search.search_panel import SearchField, SearchPanel

#: the search field's width, in characters
FIELD_CHARS = 40


class SearchFeature(QObject):
    """Ctrl+F goes to the field; results show in a dock; a chosen one opens in its case."""

    def __init__(self, host: Host) -> None:
        super().__init__(host.dialog_parent())
        services = host.services
        # in the menu bar's corner: always in sight, and no row of its own
        self.field = SearchField()
        self.field.setFixedWidth(self.field.fontMetrics().averageCharWidth() * FIELD_CHARS)
        self.corner = QWidget()
        layout = QHBoxLayout(self.corner)
        layout.setContentsMargins(0, 1, 4, 1)
        layout.addWidget(self.field)
        host.set_menu_corner(self.corner)
        host.add_window_action(self.field.find_action)

        self.panel = SearchPanel(
            services.timeline, services.cases, self.field, time_format=host.time_format
        )
        self.dock = QDockWidget(self.tr("Found in the whole file"), host.dialog_parent())
        self.dock.setObjectName("search-dock")
        self.dock.setWidget(self.panel)
        host.add_panel(self.dock)
        self.field.textChanged.connect(self._typed)
        self.field.returnPressed.connect(self._show_dock)
        self.panel.chosen.connect(host.show_timeline_entry)
        host.notifier.changed.connect(self._changed)

    def search(self, text: str) -> None:
        """Type ``text`` into the field and search at once."""
        self.field.setText(text)
        self.panel.search_now()

    def _changed(self, changes: Changes) -> None:
        """What is found may have changed: the shown results are looked for again."""
        if changes.touches(Kind.TIMELINE, Kind.PROMISES, Kind.CASES, Kind.MAIL):
            self.panel.search_again()

    def _typed(self, text: str) -> None:
        if text.strip():
            self._show_dock()

    def _show_dock(self) -> None:
        self.dock.show()
        self.dock.raise_()
