"""What a sync did, per account and folder: seen, fetched, new, duplicates, quarantined."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from proxydesk.mail.sync import FolderReport
from proxydesk.mail.sync_accounts import FolderSummary, SyncOutcome

ModelIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class SyncSummaryModel(QAbstractTableModel):
    """One row per folder synced; numbers right-aligned, "no change" for untouched folders."""

    COLUMN_ACCOUNT = 0
    COLUMN_FOLDER = 1
    COLUMN_SEEN = 2
    COLUMN_FETCHED = 3
    COLUMN_NEW = 4
    COLUMN_DUPLICATES = 5
    COLUMN_QUARANTINED = 6
    COLUMN_FILED = 7
    COLUMN_COUNT = 8

    NUMBERS: ClassVar[dict[int, str]] = {
        COLUMN_SEEN: "seen",
        COLUMN_FETCHED: "fetched",
        COLUMN_NEW: "new",
        COLUMN_DUPLICATES: "duplicates",
        COLUMN_QUARANTINED: "quarantined",
        COLUMN_FILED: "filed",
    }

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[FolderSummary] = []

    def set_outcome(self, outcome: SyncOutcome | None) -> None:
        self.beginResetModel()
        self._rows = outcome.folders if outcome is not None else []
        self.endResetModel()

    def folder(self, row: int) -> FolderReport:
        return self._rows[row].folder

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
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.COLUMN_ACCOUNT: self.tr("Account"),
                self.COLUMN_FOLDER: self.tr("Folder"),
                self.COLUMN_SEEN: self.tr("On the server"),
                self.COLUMN_FETCHED: self.tr("Fetched"),
                self.COLUMN_NEW: self.tr("New"),
                self.COLUMN_DUPLICATES: self.tr("Already here"),
                self.COLUMN_QUARANTINED: self.tr("Quarantined"),
                self.COLUMN_FILED: self.tr("Filed into cases"),
            }.get(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                self.COLUMN_SEEN: self.tr("Messages in the folder on the server"),
                self.COLUMN_FETCHED: self.tr("Messages about the cases, downloaded now"),
                self.COLUMN_DUPLICATES: self.tr("The same mail was in the file already"),
                self.COLUMN_QUARANTINED: self.tr("Mail that could not be read; see Quarantine"),
            }.get(section)
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COLUMN_ACCOUNT:
                return row.account
            if column == self.COLUMN_FOLDER:
                return row.folder.folder
            if column == self.COLUMN_SEEN:
                return str(row.folder.seen)
            if row.folder.unchanged:
                return self.tr("no change") if column == self.COLUMN_FETCHED else ""
            field = self.NUMBERS.get(column)
            return str(getattr(row.folder, field)) if field else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
