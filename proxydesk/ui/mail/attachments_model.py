"""The files of one mail: name, type and size."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from proxydesk.mail.attachments import MailPart

ModelIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class AttachmentsModel(QAbstractListModel):
    """One row per attached file, as ``name (type, size)``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._parts: list[MailPart] = []
        self._locale = QLocale()

    def set_parts(self, parts: list[MailPart]) -> None:
        self.beginResetModel()
        self._parts = list(parts)
        self.endResetModel()

    def part(self, row: int) -> MailPart:
        return self._parts[row]

    def rowCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._parts)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._parts):
            return None
        part = self._parts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("{name}  ({type}, {size})").format(
                name=part.filename,
                type=part.mime_type,
                size=self._locale.formattedDataSize(len(part.data)),
            )
        if role == Qt.ItemDataRole.ToolTipRole and part.is_program:
            return self.tr("A program: ProxyDesk only saves it, it does not open it.")
        return None
