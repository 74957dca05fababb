"""The part every list-backed table shares: rows of views from one service call, headers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

ModelIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class RowsModel(QAbstractTableModel):
    """A table over a list of plain views; subclasses load the list and name the columns."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def load(self) -> list[Any]:
        """The rows, in one service call."""
        raise NotImplementedError

    def headers(self) -> dict[int, str]:
        """Column number to its translated title."""
        raise NotImplementedError

    def reload(self) -> None:
        rows = self.load()
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def view_at(self, index: ModelIndex) -> Any | None:
        """The view behind a valid index, or None."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    def rowCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.headers().get(section)
