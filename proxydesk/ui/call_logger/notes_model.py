"""The running call's notes and the promises noted in it, in the order they were taken."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from proxydesk.services.calls import CallContent, PendingPromise
from proxydesk.ui.formatting import TimeFormat
from proxydesk.ui.words import Words

ModelIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


@dataclass(frozen=True)
class NoteRow:
    at: datetime
    text: str
    promise: PendingPromise | None = None


class CallNotesModel(QAbstractTableModel):
    """Time and text per row; a promise reads "Promise: ... (due ...)" and is bold."""

    COLUMN_AT = 0
    COLUMN_WHAT = 1
    COLUMN_COUNT = 2

    PROMISE_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(
        self, *, time_format: TimeFormat | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._words = Words(self)
        self._format = time_format if time_format is not None else TimeFormat(parent=self)
        self._rows: list[NoteRow] = []

    def set_content(self, content: CallContent) -> None:
        """Show the notes taken (not the one being typed) and the promises noted."""
        rows = [NoteRow(n.at, n.text) for n in content.notes if not n.typing and n.text.strip()]
        rows += [NoteRow(p.at, p.text, p) for p in content.promises]
        rows.sort(key=lambda r: r.at)
        if rows == self._rows:
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row(self, row: int) -> NoteRow:
        return self._rows[row]

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
        return {self.COLUMN_AT: self.tr("Time"), self.COLUMN_WHAT: self.tr("Note")}.get(section)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.COLUMN_AT:
                return self._format.time_of_day(row.at)
            if column == self.COLUMN_WHAT:
                return self._text(row)
        if role == self.PROMISE_ROLE:
            return row.promise is not None
        if role == Qt.ItemDataRole.FontRole and row.promise is not None:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, row: NoteRow) -> str:
        promise = row.promise
        if promise is None:
            return row.text
        kind = self._words.promise_kind(promise.kind.value)
        if promise.due is None:
            return self.tr("{kind}: {text}").format(kind=kind, text=promise.text)
        return self.tr("{kind}: {text} (due {due})").format(
            kind=kind, text=promise.text, due=self._format.when(promise.due)
        )


def notes_table(model: CallNotesModel) -> QTableView:
    """The notes so far, the newest in sight: a list to read, not to choose from."""
    table = QTableView()
    table.setModel(model)
    table.verticalHeader().hide()
    table.horizontalHeader().hide()
    table.setWordWrap(True)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    header = table.horizontalHeader()
    header.setSectionResizeMode(CallNotesModel.COLUMN_AT, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(CallNotesModel.COLUMN_WHAT, QHeaderView.ResizeMode.Stretch)
    model.modelReset.connect(table.scrollToBottom)
    return table
