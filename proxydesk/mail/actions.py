"""The mail side of an open case file, and the small mail actions a user asks for.

Each function is one user action, called by the app's runner off the GUI thread or by the
command line (Anki's ``aqt/operations``, without Qt).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from proxydesk.mail.accounts import MailAccountService, MailAccountView
from proxydesk.mail.imap import ServerAddress
from proxydesk.mail.messages import MailService, MailView
from proxydesk.mail.passwords import KeyringPasswords, PasswordStore
from proxydesk.services.history import History
from proxydesk.storage.database import CaseFile
from proxydesk.timezones import now as system_now

PasswordSource = Callable[[], PasswordStore]


@dataclass(frozen=True)
class MailServices:
    """The mail side of an open case file, and where its passwords come from."""

    case_file: CaseFile
    accounts: MailAccountService
    messages: MailService
    #: called when a password is needed: the system keyring unless a test gives another store
    passwords: PasswordSource
    clock: Callable[[], datetime] = system_now
    timeout: float = 30.0

    @classmethod
    def for_file(
        cls,
        case_file: CaseFile,
        clock: Callable[[], datetime] = system_now,
        passwords: PasswordSource = KeyringPasswords,
        timeout: float = 30.0,
        history: History | None = None,
    ) -> MailServices:
        """``history``: the file's undo history (``Services.history``): a move is undoable."""
        return cls(
            case_file,
            MailAccountService(case_file, clock),
            MailService(case_file, clock, history),
            passwords,
            clock,
            timeout,
        )


@dataclass(frozen=True)
class NewAccount:
    """What the user typed into the account form (the password is passed on, never kept)."""

    name: str
    host: str
    port: int
    security: str
    username: str
    sent_folder: str = ""


def add_account(mail: MailServices, new: NewAccount, password: str) -> MailAccountView:
    """Check the form, write the account, put the password into the keyring."""
    store = mail.passwords()  # no keyring: refused before anything is written
    return mail.accounts.add(
        store,
        new.name,
        ServerAddress(new.host.strip(), new.port, new.security, new.username.strip()),
        password,
        allow_plain=new.security == "plain",
        sent_folder=new.sent_folder.strip() or None,
    )


def set_password(mail: MailServices, account: str, password: str) -> None:
    mail.accounts.set_password(mail.passwords(), account, password)


def move_mail(messages: MailService, mail_id: int, case_id: int) -> MailView:
    return messages.move(mail_id, case_id)
