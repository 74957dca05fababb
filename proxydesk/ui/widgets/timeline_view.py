"""The timeline table: whole rows chosen one at a time, columns that never measure rows."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QWidget

from proxydesk.ui.models.timeline import TimelineModel

#: rows: one line of text and a little air
ROW_PADDING = 8
#: the "Who" column starts this many characters wide; names longer than that are elided
WHO_CHARS = 22
#: the columns sized to their widest text; the summary takes the room that is left
SIZED_COLUMNS = (
    TimelineModel.COLUMN_WHEN,
    TimelineModel.COLUMN_KIND,
    TimelineModel.COLUMN_DURATION,
)


class TimelineView(QTableView):
    """A case's timeline, one line per entry.

    Fitting columns to their content measured the rows on screen at every case and page
    (twice the cost of reading the page); the time, kind and duration columns start at
    their widest text instead, the summary stretches, and the user sizes the rest.
    """

    def __init__(self, model: TimelineModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setAccessibleName(self.tr("Timeline"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + ROW_PADDING)
        self.horizontalHeader().setHighlightSections(False)
        self._model = model
        self._set_modes()
        header = self.horizontalHeader()
        for column, width in self._text_widths().items():
            header.resizeSection(column, width)
        header.resizeSection(
            TimelineModel.COLUMN_WHO, self.fontMetrics().averageCharWidth() * WHO_CHARS
        )

    def keep_restored(self) -> None:
        """After a layout was restored: our modes again (an older version's fitted some
        columns), and no sized column narrower than its widest text (widths kept from
        another language would cut the words of this one)."""
        self._set_modes()
        header = self.horizontalHeader()
        for column, width in self._text_widths().items():
            header.resizeSection(column, max(width, header.sectionSize(column)))

    def _set_modes(self) -> None:
        header = self.horizontalHeader()
        header.setResizeContentsPrecision(0)  # should a mode slip through: the rows on screen
        for column in range(TimelineModel.COLUMN_COUNT):
            stretch = column == TimelineModel.COLUMN_SUMMARY
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch if stretch else QHeaderView.ResizeMode.Interactive,
            )

    def _text_widths(self) -> dict[int, int]:
        """Each sized column's width for its widest text (and its header's)."""
        header = self.horizontalHeader()
        metrics = self.fontMetrics()
        style = self.style()
        # the item's text margins, the grid line and a pixel of air
        margins = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1) + 2
        icon = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + margins
        widths = {}
        for column in SIZED_COLUMNS:
            texts = self._model.widest_texts(column)
            text = max((metrics.horizontalAdvance(t) for t in texts), default=0) + margins
            if column == TimelineModel.COLUMN_KIND:
                text += icon
            widths[column] = max(text, header.sectionSizeHint(column))
        return widths
