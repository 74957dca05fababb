"""The mail accounts of the file: name, server, security, user, when last synced."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from proxydesk.mail.accounts import MailAccountService, MailAccountView
from proxydesk.ui.formatting import TimeFormat
from proxydesk.ui.models.rows import ModelIndex, RowsModel


class MailAccountsModel(RowsModel):
    """One row per account; ``reload`` is one service call."""

    COLUMN_NAME = 0
    COLUMN_SERVER = 1
    COLUMN_SECURITY = 2
    COLUMN_USER = 3
    COLUMN_SYNCED = 4

    def __init__(
        self,
        accounts: MailAccountService,
        *,
        time_format: TimeFormat | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = accounts
        self._format = time_format if time_format is not None else TimeFormat(parent=self)

    def load(self) -> list[MailAccountView]:
        return self._service.accounts()

    def account(self, row: int) -> MailAccountView:
        account: MailAccountView = self._rows[row]
        return account

    @property
    def names(self) -> list[str]:
        return [a.name for a in self._rows]

    def security_word(self, security: str) -> str:
        return {
            "tls": self.tr("TLS"),
            "starttls": self.tr("STARTTLS"),
            "plain": self.tr("plaintext (this computer only)"),
        }.get(security, security)

    def headers(self) -> dict[int, str]:
        return {
            self.COLUMN_NAME: self.tr("Account"),
            self.COLUMN_SERVER: self.tr("Server"),
            self.COLUMN_SECURITY: self.tr("Security"),
            self.COLUMN_USER: self.tr("User"),
            self.COLUMN_SYNCED: self.tr("Last sync"),
        }

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        account = self.view_at(index)
        if account is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.COLUMN_NAME:
            return account.name
        if column == self.COLUMN_SERVER:
            return f"{account.host}:{account.port}"
        if column == self.COLUMN_SECURITY:
            return self.security_word(account.security)
        if column == self.COLUMN_USER:
            return account.username
        if column == self.COLUMN_SYNCED:
            synced = [f.last_synced_at for f in account.folders if f.last_synced_at is not None]
            return self._format.when(max(synced)) if synced else self.tr("never")
        return None
