"""The tree on the left: relatives at the top, each relative's cases below."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from proxydesk.ui.widgets.colors import Tone, tone
from proxydesk.ui.words import Words
from proxydesk.views import CaseSummary, RelativeView

ModelIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()

#: internalId of a top-level row; a case row's internalId is its group's row + 1
_TOP = 0


@dataclass
class _Group:
    """A relative, or (relative None) the cases nobody is attached to."""

    relative: RelativeView | None
    cases: list[CaseSummary] = field(default_factory=list)


class TreeSource(Protocol):
    """Where the tree is read from: a ``CaseReader`` (the window's) or anything alike."""

    def relatives(self) -> list[RelativeView]: ...

    def cases(self) -> list[CaseSummary]: ...


class RelativesCasesModel(QAbstractItemModel):
    """Relatives and their cases with open and overdue promise counts; a case may show twice."""

    COLUMN_NAME = 0
    COLUMN_OPEN = 1
    COLUMN_OVERDUE = 2
    COLUMN_COUNT = 3

    CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
    RELATIVE_ID_ROLE = Qt.ItemDataRole.UserRole + 2
    CASE_ROLE = Qt.ItemDataRole.UserRole + 3
    IS_CASE_ROLE = Qt.ItemDataRole.UserRole + 4

    def __init__(self, source: TreeSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._words = Words(self)
        self._groups: list[_Group] = []

    def reload(self) -> None:
        """Read relatives and case summaries again: two reads, whatever the size."""
        relatives = self._source.relatives()
        summaries = self._source.cases()
        groups = [_Group(r) for r in relatives]
        by_relative = {g.relative.id: g for g in groups if g.relative is not None}
        orphans = _Group(None)
        for summary in summaries:
            members = [by_relative[i] for i in summary.relative_ids if i in by_relative]
            for group in members or [orphans]:
                group.cases.append(summary)
        if orphans.cases:
            groups.append(orphans)
        self.beginResetModel()
        self._groups = groups
        self.endResetModel()

    @property
    def relative_count(self) -> int:
        return sum(1 for g in self._groups if g.relative is not None)

    def case_at(self, index: ModelIndex) -> CaseSummary | None:
        """The case of a case row; None for a relative's row or an invalid index.

        Python code asks this instead of ``index.data(CASE_ROLE)``: with PySide6 6.12 on
        Python 3.11, a ``QModelIndex.data()`` that comes back None drops a reference to None
        and, repeated often enough, aborts the interpreter.
        """
        if not index.isValid() or index.internalId() == _TOP:
            return None
        group = self._groups[index.internalId() - 1]
        return group.cases[index.row()]

    # -- structure ---------------------------------------------------------------------

    def index(self, row: int, column: int, parent: ModelIndex = ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: ModelIndex = ROOT) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, _TOP)

    def rowCount(self, parent: ModelIndex = ROOT) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.column() != 0 or parent.internalId() != _TOP:
            return 0
        return len(self._groups[parent.row()].cases)

    def columnCount(self, parent: ModelIndex = ROOT) -> int:
        return self.COLUMN_COUNT

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled
        if index.internalId() != _TOP:
            flags |= Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        return flags

    # -- content -----------------------------------------------------------------------

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.COLUMN_NAME: self.tr("Relatives and cases"),
                self.COLUMN_OPEN: self.tr("Open"),
                self.COLUMN_OVERDUE: self.tr("Overdue"),
            }.get(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                self.COLUMN_OPEN: self.tr("Open promises"),
                self.COLUMN_OVERDUE: self.tr("Open promises past their due time"),
            }.get(section)
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _TOP:
            return self._group_data(self._groups[index.row()], index.column(), role)
        group = self._groups[index.internalId() - 1]
        return self._case_data(group, group.cases[index.row()], index.column(), role)

    def _group_data(self, group: _Group, column: int, role: int) -> Any:
        open_count = sum(c.open_promises for c in group.cases)
        overdue = sum(c.overdue_promises for c in group.cases)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COLUMN_NAME and group.relative is None:
                return self.tr("Cases without a relative")
            if column == self.COLUMN_NAME and group.relative is not None:
                return group.relative.name
            return self._count_text(column, open_count, overdue)
        if role == self.RELATIVE_ID_ROLE:
            return group.relative.id if group.relative else None
        if role == self.IS_CASE_ROLE:
            return False
        if role == Qt.ItemDataRole.FontRole and column == self.COLUMN_NAME:
            font = QFont()
            font.setBold(True)
            return font
        return self._count_style(column, overdue, role)

    def _case_data(self, group: _Group, case: CaseSummary, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COLUMN_NAME:
                return case.title
            return self._count_text(column, case.open_promises, case.overdue_promises)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COLUMN_NAME:
            return self.tr("{organization} · {status}\nFor: {relatives}").format(
                organization=case.organization_name,
                status=self._words.case_status(case.status),
                relatives=", ".join(case.relative_names) or self.tr("nobody yet"),
            )
        if role == self.CASE_ID_ROLE:
            return case.id
        if role == self.RELATIVE_ID_ROLE:
            return group.relative.id if group.relative else None
        if role == self.CASE_ROLE:
            return case
        if role == self.IS_CASE_ROLE:
            return True
        return self._count_style(column, case.overdue_promises, role)

    def _count_text(self, column: int, open_count: int, overdue: int) -> str | None:
        if column == self.COLUMN_OPEN:
            return str(open_count)
        if column == self.COLUMN_OVERDUE:
            return str(overdue)
        return None

    def _count_style(self, column: int, overdue: int, role: int) -> Any:
        counts = (self.COLUMN_OPEN, self.COLUMN_OVERDUE)
        if column in counts and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column == self.COLUMN_OVERDUE and overdue > 0:
            if role == Qt.ItemDataRole.ForegroundRole:
                return tone(Tone.BAD)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None
