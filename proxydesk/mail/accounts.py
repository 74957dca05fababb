"""Mail accounts: the server, the user name and the folders; the password goes to the keyring."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from proxydesk.errors import InvalidInput, NotFound
from proxydesk.mail.imap import ServerAddress, check_address
from proxydesk.mail.passwords import PasswordStore
from proxydesk.services.base import Service
from proxydesk.storage.mail_models import MailAccount, MailFolder


@dataclass(frozen=True)
class FolderView:
    name: str
    role: str
    import_all: bool
    uidvalidity: int | None
    highest_uid: int
    last_synced_at: datetime | None


@dataclass(frozen=True)
class MailAccountView:
    id: int
    name: str
    host: str
    port: int
    security: str
    username: str
    sent_folder: str | None
    folders: list[FolderView]


class MailAccountService(Service):
    def add(
        self,
        passwords: PasswordStore,
        name: str,
        server: ServerAddress,
        password: str,
        *,
        allow_plain: bool = False,
        sent_folder: str | None = None,
    ) -> MailAccountView:
        """Check everything first; the keyring is written only if the file is written too."""
        cleaned = name.strip()
        if not cleaned:
            raise InvalidInput("the mail account needs a name")
        check_address(server, allow_plain=allow_plain)
        if not password:
            raise InvalidInput("the password is empty")
        with self.case_file.unit_of_work() as session:
            if session.scalars(select(MailAccount).where(MailAccount.name == cleaned)).first():
                raise InvalidInput(f"there is a mail account called '{cleaned}' already")
            account = MailAccount(
                name=cleaned,
                host=server.host.strip(),
                port=server.port,
                security=server.security,
                username=server.username.strip(),
                sent_folder=sent_folder,
                created_at=self.clock(),
                folders=[MailFolder(name="INBOX", role="inbox", highest_uid=0)],
            )
            session.add(account)
            session.flush()
            passwords.set(cleaned, account.username, password)
            return self._view(account)

    def set_password(self, passwords: PasswordStore, name: str, password: str) -> None:
        account = self.account(name)
        passwords.set(account.name, account.username, password)

    def set_import_all(self, name: str, folder: str, import_all: bool) -> None:
        with self.case_file.unit_of_work() as session:
            found = session.scalars(
                select(MailFolder)
                .join(MailAccount)
                .where(MailAccount.name == name, MailFolder.name == folder)
            ).first()
            if found is None:
                raise NotFound(f"mail account '{name}' has no folder '{folder}' (yet)")
            found.import_all = import_all

    def accounts(self) -> list[MailAccountView]:
        with self.case_file.reading() as session:
            rows = session.scalars(
                select(MailAccount)
                .options(selectinload(MailAccount.folders))
                .order_by(MailAccount.name)
            )
            return [self._view(a) for a in rows]

    def account(self, name: str) -> MailAccountView:
        for account in self.accounts():
            if account.name == name:
                return account
        raise NotFound(f"there is no mail account called '{name}'")

    def _view(self, a: MailAccount) -> MailAccountView:
        return MailAccountView(
            a.id,
            a.name,
            a.host,
            a.port,
            a.security,
            a.username,
            a.sent_folder,
            [
                FolderView(
                    f.name,
                    f.role,
                    f.import_all,
                    f.uidvalidity,
                    f.highest_uid,
                    self.local_or_none(f.last_synced_at),
                )
                for f in a.folders
            ],
        )
