"""The timeline table of one case, loaded page by page as the user scrolls."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from proxydesk.domain import EventKind, PromiseKind
from proxydesk.reading.entry_rows import EntryPage
from proxydesk.reading.timeline import TimelineReader
from proxydesk.reading.timeline_filter import PROMISE_ENTRY, TimelineFilter
from proxydesk.ui.formatting import TimeFormat
from proxydesk.ui.icons import event_icon
from proxydesk.ui.words import Words
from proxydesk.views import TimelineEntry

ModelIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
#: a time whose every digit is there (two-digit day, month and hour)
WIDEST_TIME = datetime(2088, 12, 28, 20, 58)
#: a long call ("9 h 58 min") with a long hold ("58 min"); longer ones are elided
WIDEST_CALL = 9 * 3600 + 58 * 60
WIDEST_HOLD = 58 * 60


class TimelineModel(QAbstractTableModel):
    """A case's timeline in time order; each page is one ``TimelineReader.entries`` call.

    A filter (kinds, contact, text) and the order (oldest or newest first) are part of the
    paging query, so a filtered timeline of any length loads page by page too. Each page
    starts behind the last entry loaded and asks for one entry more than it shows, to know
    whether another page follows: nothing is counted unless ``total`` is asked for.
    """

    COLUMN_WHEN = 0
    COLUMN_KIND = 1
    COLUMN_WHO = 2
    COLUMN_SUMMARY = 3
    COLUMN_DURATION = 4
    COLUMN_COUNT = 5

    ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1

    PAGE_SIZE = 200

    def __init__(
        self,
        timeline: TimelineReader,
        *,
        page_size: int = PAGE_SIZE,
        time_format: TimeFormat | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._timeline = timeline
        self._page_size = page_size
        self._words = Words(self)
        self._format = time_format if time_format is not None else TimeFormat(parent=self)
        self._case_id: int | None = None
        self._total: int | None = 0
        self._more = False
        #: the entries loaded, each made from its row when first shown or asked for
        self._entries = EntryPage()
        #: each row's cell texts once made: a view asks for them again on every paint and
        #: while fitting the columns, and a time in the user's locale costs the most
        self._texts: dict[tuple[int, int], str] = {}
        self._headers: dict[int, str] = {}
        self._filter = TimelineFilter()
        self._newest_first = False

    @property
    def case_id(self) -> int | None:
        return self._case_id

    @property
    def total(self) -> int:
        """How many entries the case has (that the filter lets through), loaded or not."""
        if self._total is None:
            assert self._case_id is not None
            self._total = self._timeline.count(self._case_id, **self._query())
        return self._total

    @property
    def filter(self) -> TimelineFilter:
        return self._filter

    @property
    def newest_first(self) -> bool:
        return self._newest_first

    def set_case(self, case_id: int | None, *, where: TimelineFilter | None = None) -> None:
        """Show another case (None: nothing), with another filter if given; one reload."""
        self._case_id = case_id
        if where is not None:
            self._filter = where
        self.reload()

    def set_filter(self, where: TimelineFilter) -> None:
        """Show only the entries the filter lets through (``TimelineFilter()``: all)."""
        if where != self._filter:
            self._filter = where
            self.reload()

    def set_newest_first(self, newest_first: bool) -> None:
        if newest_first != self._newest_first:
            self._newest_first = newest_first
            self.reload()

    def reload(self) -> None:
        """Read the first page again, e.g. after a sync brought new mail."""
        self.beginResetModel()
        self._entries = EntryPage()
        self._texts = {}
        self._total, self._more = 0, False
        if self._case_id is not None:
            page, self._more = self._page()
            self._entries.extend(page)
            self._total = None if self._more else len(self._entries)
        self.endResetModel()

    def entry(self, row: int) -> TimelineEntry:
        return self._entries[row]

    def row_of(self, entry_id: int, *, promise: bool = False) -> int | None:
        """The row of an event (or loose promise), loading pages up to it; None if not shown."""
        if self._case_id is None:
            return None
        row = self._timeline.position(
            self._case_id,
            entry_id,
            promise=promise,
            newest_first=self._newest_first,
            **self._query(),
        )
        if row is None:
            return None
        while row >= len(self._entries) and self.canFetchMore(ROOT):
            self.fetchMore(ROOT)
        return row if row < len(self._entries) else None

    def _query(self) -> dict[str, Any]:
        return {"where": self._filter}

    def _page(self) -> tuple[Sequence[TimelineEntry], bool]:
        """The page behind the entries loaded, and whether more follow it."""
        assert self._case_id is not None
        page = self._timeline.entries(
            self._case_id,
            limit=self._page_size + 1,
            newest_first=self._newest_first,
            after=self._entries[-1] if self._entries else None,
            **self._query(),
        )
        return page[: self._page_size], len(page) > self._page_size

    # -- paging ------------------------------------------------------------------------

    def canFetchMore(self, parent: ModelIndex) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: ModelIndex) -> None:
        if not self.canFetchMore(parent) or self._case_id is None:
            return
        start = len(self._entries)
        page, self._more = self._page()
        if not self._more:
            self._total = start + len(page)
        if not page:
            return
        self.beginInsertRows(ROOT, start, start + len(page) - 1)
        self._entries.extend(page)
        self.endInsertRows()

    # -- content -----------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY:
            return None
        if not self._headers:
            # made once: the header asks for them on every paint and fitting of a column
            self._headers = {
                self.COLUMN_WHEN: self.tr("When"),
                self.COLUMN_KIND: self.tr("Kind"),
                self.COLUMN_WHO: self.tr("Who"),
                self.COLUMN_SUMMARY: self.tr("Summary"),
                self.COLUMN_DURATION: self.tr("Duration / hold"),
            }
        return self._headers.get(section)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # a view asks each cell for a dozen roles as it paints and sizes: the rest end here
        if role not in _ANSWERED:
            return None
        row = index.row()  # -1 for an invalid index
        if not 0 <= row < len(self._entries):
            return None
        column = index.column()
        if role == _DISPLAY:
            text = self._texts.get((row, column))
            if text is None:
                text = self._texts[row, column] = self._text(self._entries[row], column)
            return text
        entry = self._entries[row]
        if role == self.ENTRY_ROLE:
            return entry
        if role == _TOOLTIP and column == self.COLUMN_SUMMARY:
            return entry.summary
        if role == _DECORATION and column == self.COLUMN_KIND:
            return event_icon(entry.kind)
        if role == _ALIGNMENT and column == self.COLUMN_DURATION:
            return _RIGHT
        return None

    def widest_texts(self, column: int) -> list[str]:
        """Texts as wide as any the column shows: what its width is made for.

        The window sizes the time, kind and duration columns by these once, instead of
        measuring the rows on screen whenever another case or page comes.
        """
        if column == self.COLUMN_WHEN:
            return [self._format.when(WIDEST_TIME)]
        if column == self.COLUMN_KIND:
            return [self._words.kind(k) for k in EventKind] + [
                self._words.promise_kind(k) for k in PromiseKind
            ]
        if column == self.COLUMN_DURATION:
            call, hold = self._format.duration(WIDEST_CALL), self._format.duration(WIDEST_HOLD)
            return [self.tr("{duration} / {hold}").format(duration=call, hold=hold)]
        return []

    def _text(self, entry: TimelineEntry, column: int) -> str:
        if column == self.COLUMN_WHEN:
            return self._format.when(entry.occurred_at)
        if column == self.COLUMN_KIND:
            if entry.kind == PROMISE_ENTRY and entry.promises:
                # said outside any recorded contact: name what was said (promise, claim ...)
                return self._words.promise_kind(entry.promises[0].kind)
            return self._words.kind(entry.kind)
        if column == self.COLUMN_WHO:
            return entry.contact or ""
        if column == self.COLUMN_SUMMARY:
            return self._summary_text(entry)
        if column == self.COLUMN_DURATION:
            return self._duration_text(entry)
        return ""

    def _summary_text(self, entry: TimelineEntry) -> str:
        said = 0 if entry.kind == PROMISE_ENTRY else len(entry.promises)
        if said:
            return self.tr("{summary}  [%n promise(s)]", "", said).format(summary=entry.summary)
        return entry.summary

    def _duration_text(self, entry: TimelineEntry) -> str:
        seconds = entry.duration_seconds
        if seconds is None:
            return ""
        text = self._format.duration(seconds)
        if entry.hold_seconds:
            text = self.tr("{duration} / {hold}").format(
                duration=text, hold=self._format.duration(entry.hold_seconds)
            )
        return text


# the roles ``TimelineModel.data`` answers, as plain ints: looking up a Qt enum member on
# every call of data() costs more than the answer
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_DECORATION = int(Qt.ItemDataRole.DecorationRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_ANSWERED = frozenset({_DISPLAY, int(TimelineModel.ENTRY_ROLE), _TOOLTIP, _DECORATION, _ALIGNMENT})
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
