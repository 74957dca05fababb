"""Mail that could not be read: when, where, and why."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from proxydesk.mail.messages import MailService, QuarantineView
from proxydesk.ui.formatting import TimeFormat
from proxydesk.ui.models.rows import ModelIndex, RowsModel


class QuarantineModel(RowsModel):
    """One row per quarantined message; ``reload`` is one service call."""

    COLUMN_WHEN = 0
    COLUMN_WHERE = 1
    COLUMN_REASON = 2

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

    def load(self) -> list[QuarantineView]:
        return self._messages.quarantine()

    def item(self, row: int) -> QuarantineView:
        item: QuarantineView = self._rows[row]
        return item

    def headers(self) -> dict[int, str]:
        return {
            self.COLUMN_WHEN: self.tr("When"),
            self.COLUMN_WHERE: self.tr("Where"),
            self.COLUMN_REASON: self.tr("Why it could not be read"),
        }

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.view_at(index)
        if item is None:
            return None
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
