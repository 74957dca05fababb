"""The promises table: one case's or every case's statements, with what is overdue standing out."""

from __future__ import annotations

import enum
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from proxydesk.domain import PromiseStatus, is_overdue
from proxydesk.services.promises import PromiseService
from proxydesk.ui.formatting import TimeFormat
from proxydesk.ui.icons import OVERDUE, promise_icon
from proxydesk.ui.widgets.colors import Tone, tone
from proxydesk.ui.words import Words
from proxydesk.views import PromiseView

ModelIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
Clock = Callable[[], datetime]

#: due today: a light ground with dark text, readable in light and dark themes
DUE_TODAY_BACKGROUND = QColor("#fdecc8")
DUE_TODAY_TEXT = QColor("#3d2e00")


class Urgency(enum.StrEnum):
    NONE = ""
    DUE_TODAY = "due_today"
    OVERDUE = "overdue"


def urgency_of(promise: PromiseView, now: datetime) -> Urgency:
    """Overdue (open, past due), due later today (in the file's zone), or neither."""
    status = PromiseStatus(promise.status)
    if is_overdue(status, promise.due_at, now):
        return Urgency.OVERDUE
    due = promise.due_at
    if (
        status is PromiseStatus.OPEN
        and due is not None
        and now.astimezone(due.tzinfo).date() == due.date()
    ):
        return Urgency.DUE_TODAY
    return Urgency.NONE


class PromisesModel(QAbstractTableModel):
    """Rows of ``PromiseService.promises``; one service call per reload, none in ``data``."""

    COLUMN_STATUS = 0
    COLUMN_DUE = 1
    COLUMN_KIND = 2
    COLUMN_WHAT = 3
    COLUMN_WHO = 4
    COLUMN_CASE = 5
    COLUMN_MADE = 6
    COLUMN_COUNT = 7

    PROMISE_ROLE = Qt.ItemDataRole.UserRole + 1
    URGENCY_ROLE = Qt.ItemDataRole.UserRole + 2
    SORT_ROLE = Qt.ItemDataRole.UserRole + 3

    def __init__(
        self,
        promises: PromiseService,
        *,
        clock: Clock,
        time_format: TimeFormat | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._promises = promises
        self._clock = clock
        self._words = Words(self)
        self._format = time_format if time_format is not None else TimeFormat(parent=self)
        self._case_id: int | None = None
        #: False: nothing to show (no case chosen while the scope is one case)
        self._active = True
        self._rows: list[PromiseView] = []
        self._urgency: list[Urgency] = []

    @property
    def case_id(self) -> int | None:
        """The case shown; None: every case."""
        return self._case_id

    @property
    def active(self) -> bool:
        return self._active

    def set_case(self, case_id: int | None) -> None:
        """Show one case's statements (None: every case's)."""
        self._case_id = case_id
        self._active = True
        self.reload()

    def clear(self) -> None:
        """Show nothing until a case is set."""
        self._active = False
        self.reload()

    def reload(self) -> None:
        rows = self._promises.promises(case=self._case_id) if self._active else []
        now = self._clock()
        self.beginResetModel()
        self._rows = rows
        self._urgency = [urgency_of(p, now) for p in rows]
        self.endResetModel()

    def promise(self, row: int) -> PromiseView:
        return self._rows[row]

    def urgency(self, row: int) -> Urgency:
        return self._urgency[row]

    def row_of(self, promise_id: int) -> int | None:
        return next((r for r, p in enumerate(self._rows) if p.id == promise_id), None)

    # -- content -----------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

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
            self.COLUMN_STATUS: self.tr("Status"),
            self.COLUMN_DUE: self.tr("Due"),
            self.COLUMN_KIND: self.tr("Kind"),
            self.COLUMN_WHAT: self.tr("What"),
            self.COLUMN_WHO: self.tr("Who"),
            self.COLUMN_CASE: self.tr("Case"),
            self.COLUMN_MADE: self.tr("Made"),
        }.get(section)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        promise = self._rows[index.row()]
        urgency = self._urgency[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(promise, urgency, column)
        if role == self.PROMISE_ROLE:
            return promise
        if role == self.URGENCY_ROLE:
            return urgency.value
        if role == self.SORT_ROLE:
            return self._sort_key(index.row(), column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COLUMN_WHAT:
            return promise.text
        if role == Qt.ItemDataRole.DecorationRole and column == self.COLUMN_STATUS:
            return promise_icon(OVERDUE if urgency is Urgency.OVERDUE else promise.status)
        return self._style(promise, urgency, column, role)

    def _text(self, promise: PromiseView, urgency: Urgency, column: int) -> str:
        if column == self.COLUMN_STATUS:
            if urgency is Urgency.OVERDUE:
                return self.tr("overdue")
            if urgency is Urgency.DUE_TODAY:
                return self.tr("due today")
            return self._words.promise_status(promise.status)
        if column == self.COLUMN_DUE:
            return self._format.when(promise.due_at) if promise.due_at else ""
        if column == self.COLUMN_KIND:
            return self._words.promise_kind(promise.kind)
        if column == self.COLUMN_WHAT:
            linked = len(promise.contradicts)
            if linked:
                return self.tr("{text}  [contradicted ×{count}]").format(
                    text=promise.text, count=linked
                )
            return promise.text
        if column == self.COLUMN_WHO:
            return promise.made_by or ""
        if column == self.COLUMN_CASE:
            return promise.case_title
        if column == self.COLUMN_MADE:
            return self._format.when(promise.made_at)
        return ""

    def _sort_key(self, row: int, column: int) -> Any:
        promise = self._rows[row]
        if column == self.COLUMN_DUE:
            # no due time sorts last
            return promise.due_at.timestamp() if promise.due_at else float("inf")
        if column == self.COLUMN_MADE:
            return promise.made_at.timestamp()
        if column == self.COLUMN_STATUS:
            order = [Urgency.OVERDUE, Urgency.DUE_TODAY]
            urgency = self._urgency[row]
            rank = order.index(urgency) if urgency in order else len(order)
            return f"{rank}{promise.status}"
        return None

    def _style(self, promise: PromiseView, urgency: Urgency, column: int, role: int) -> Any:
        if urgency is Urgency.OVERDUE:
            if role == Qt.ItemDataRole.ForegroundRole:
                return tone(Tone.BAD)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        if urgency is Urgency.DUE_TODAY:
            if role == Qt.ItemDataRole.BackgroundRole:
                return DUE_TODAY_BACKGROUND
            if role == Qt.ItemDataRole.ForegroundRole:
                return DUE_TODAY_TEXT
        if column == self.COLUMN_STATUS and role == Qt.ItemDataRole.ForegroundRole:
            if promise.status == PromiseStatus.KEPT:
                return tone(Tone.GOOD)
            if promise.status in (PromiseStatus.BROKEN, PromiseStatus.FALSE):
                return tone(Tone.BAD)
        return None


class PromiseFilter(enum.StrEnum):
    OPEN = "open"
    DUE_TODAY = "due_today"
    OVERDUE = "overdue"
    ALL = "all"


class PromisesFilterModel(QSortFilterProxyModel):
    """All open, due today, overdue, or everything; sorts by the model's sort keys."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = PromiseFilter.OPEN
        self.setSortRole(PromisesModel.SORT_ROLE)

    @property
    def filter(self) -> PromiseFilter:
        return self._filter

    def set_filter(self, value: PromiseFilter) -> None:
        if not hasattr(self, "beginFilterChange"):  # Qt before 6.10
            self._filter = value
            self.invalidateRowsFilter()
            return
        self.beginFilterChange()
        self._filter = value
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def source(self) -> PromisesModel:
        model = self.sourceModel()
        assert isinstance(model, PromisesModel)
        return model

    def source_row(self, row: int) -> int:
        return self.mapToSource(self.index(row, 0)).row()

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.source()
        if self._filter is PromiseFilter.ALL:
            return True
        if self._filter is PromiseFilter.OPEN:
            return model.promise(source_row).status == PromiseStatus.OPEN
        if self._filter is PromiseFilter.OVERDUE:
            return model.urgency(source_row) is Urgency.OVERDUE
        return model.urgency(source_row) is Urgency.DUE_TODAY

    def lessThan(self, left: ModelIndex, right: ModelIndex) -> bool:
        model = self.source()
        a = model.data(left, PromisesModel.SORT_ROLE)
        b = model.data(right, PromisesModel.SORT_ROLE)
        if a is None or b is None:
            return super().lessThan(left, right)
        return bool(a < b)
