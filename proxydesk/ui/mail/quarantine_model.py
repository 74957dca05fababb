"""Mail that could not be read: when, where, and why."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from proxydesk.mail.messages import MailService, QuarantineView
from proxydesk.ui.formatting import TimeFormat

ModelIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class QuarantineModel(QAbstractTableModel):
    """One row per quarantined message; ``reload`` is one service call."""

    COLUMN_WHEN = 0
    COLUMN_WHERE = 1
    COLUMN_REASON = 2
    COLUMN_COUNT = 3

    def __init__(
        self,
        messages: MailService,
        *,
        time_format: TimeFormat | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._messages = messages
        self._format = time_format if time_format is not None else TimeFormat(parent=self)
        self._items: list[QuarantineView] = []

    def reload(self) -> None:
        items = self._messages.quarantine()
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    def item(self, row: int) -> QuarantineView:
        return self._items[row]

    def rowCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._items)

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
            self.COLUMN_WHEN: self.tr("When"),
            self.COLUMN_WHERE: self.tr("Where"),
            self.COLUMN_REASON: self.tr("Why it could not be read"),
        }.get(section)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.COLUMN_WHEN:
                return self._format.when(item.at)
            if column == self.COLUMN_WHERE:
                return self.tr("{account} · {folder} · message {uid}").format(
                    account=item.account, folder=item.folder, uid=item.uid
                )
            if column == self.COLUMN_REASON:
                return item.reason
        return None
