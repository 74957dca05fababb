"""The middle pane (the case at a glance over its timeline) and the right pane (one entry)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from proxydesk.reading.file import FileReader
from proxydesk.ui.formatting import TimeFormat
from proxydesk.ui.models.timeline import TimelineModel
from proxydesk.ui.widgets.case_header import CaseHeader
from proxydesk.ui.widgets.case_list import placeholder
from proxydesk.ui.widgets.entry_detail import EntryDetail
from proxydesk.ui.widgets.timeline_filter import TimelineFilterBar
from proxydesk.ui.widgets.timeline_view import TimelineView
from proxydesk.views import TimelineEntry


class CasePane(QStackedWidget):
    """The chosen case's header over its filtered timeline, or a word when none is chosen."""

    def __init__(
        self, reader: FileReader, time_format: TimeFormat, today: Callable[[], date]
    ) -> None:
        super().__init__()
        self._reader = reader
        self.timeline_model = TimelineModel(reader.timeline, time_format=time_format, parent=self)
        self.header = CaseHeader(time_format=time_format, today=today)
        self.header_scroll = QScrollArea()
        self.header_scroll.setWidget(self.header)
        self.header_scroll.setAccessibleName(self.tr("The case at a glance"))
        self.header_scroll.setWidgetResizable(True)
        self.header_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.header_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.timeline = TimelineView(self.timeline_model)
        self.case_view = QSplitter(Qt.Orientation.Vertical)
        self.case_view.addWidget(self.header_scroll)
        self.filter_bar = TimelineFilterBar(self.timeline_model, reader.timeline)
        self.timeline_empty = self.filter_bar.explain_empty(self.timeline)
        timeline_pane = QWidget()
        timeline_layout = QVBoxLayout(timeline_pane)
        timeline_layout.setContentsMargins(0, 4, 0, 0)
        timeline_layout.addWidget(self.filter_bar)
        timeline_layout.addWidget(self.timeline, 1)
        self.case_view.addWidget(timeline_pane)
        self.case_view.setStretchFactor(0, 0)
        self.case_view.setStretchFactor(1, 1)
        self.case_view.setChildrenCollapsible(False)
        self.no_case = placeholder("")
        self.addWidget(self.no_case)
        self.addWidget(self.case_view)

    @property
    def case_id(self) -> int | None:
        return self.timeline_model.case_id

    def show_case(self, case_id: int | None, no_case_text: str) -> None:
        self.timeline_model.set_case(case_id, where=self.filter_bar.for_case(case_id))
        if case_id is None:
            self.no_case.setText(no_case_text)
            self.setCurrentWidget(self.no_case)
            return
        self.show_header()
        self.setCurrentWidget(self.case_view)
        self.timeline.scrollToTop()

    def show_header(self) -> None:
        """Read the chosen case's header again."""
        if self.case_id is not None:
            self.header.show_case(self._reader.cases.detail(self.case_id))

    def current_entry(self) -> TimelineEntry | None:
        rows = self.timeline.selectionModel().selectedRows()
        return self.timeline_model.entry(rows[0].row()) if rows else None

    def select_entry(self, row: int) -> None:
        index = self.timeline_model.index(row, 0)
        self.timeline.setCurrentIndex(index)
        self.timeline.scrollTo(index)

    def show_entry(self, entry_id: int) -> bool:
        """The entry chosen in the unfiltered timeline; False when it is not there."""
        if self.timeline_model.filter.active:
            self.filter_bar.clear()
        row = self.timeline_model.row_of(entry_id)
        if row is None:
            return False
        self.select_entry(row)
        self.timeline.setFocus()
        return True

    def reload_timeline(self) -> TimelineEntry | None:
        """Read the timeline again; the chosen entry stays chosen, quietly, when still there.

        Quietly: to the rest of the window nothing was chosen anew. Returns the entry as it
        reads now (None when it is gone).
        """
        entry = self.current_entry()
        model = self.timeline_model
        model.reload()
        row = model.row_of(entry.id, promise=entry.kind == "promise") if entry else None
        if row is None:
            return None
        selection = self.timeline.selectionModel()
        blocked = selection.blockSignals(True)
        try:
            self.timeline.setCurrentIndex(model.index(row, 0))
        finally:
            selection.blockSignals(blocked)
        self.timeline.viewport().update()
        return model.entry(row)


class EntryPane(QStackedWidget):
    """The chosen entry in full; a feature's view (a promise's history) may take its place."""

    def __init__(self, detail: EntryDetail) -> None:
        super().__init__()
        self.setObjectName("right-pane")
        self.detail = detail
        self.addWidget(detail)

    def add_view(self, view: QWidget) -> None:
        self.addWidget(view)

    def show_view(self, view: QWidget | None) -> None:
        self.setCurrentWidget(self.detail if view is None else view)
