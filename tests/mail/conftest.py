"""A case file that knows the telecom company, and a mail account on the test Dovecot."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from proxydesk.mail.accounts import MailAccountService
from proxydesk.mail.imap import ServerAddress
from proxydesk.mail.messages import MailService
from proxydesk.mail.sync import MailSync, SyncReport
from proxydesk.services.registry import Services
from proxydesk.storage.database import CaseFile, open_case_file
from tests.support.dovecot import DovecotServer, ImapUser

CUSTOMER_NUMBER = "550 311 8742"
ORDER = "A-2012-0305-48817"


class MemoryPasswords:
    """The PasswordStore interface over a dict, for tests about sync rather than the keyring."""

    def __init__(self) -> None:
        self.saved: dict[tuple[str, str], str] = {}

    def get(self, account: str, user: str) -> str:
        return self.saved[(account, user)]

    def set(self, account: str, user: str, password: str) -> None:
        self.saved[(account, user)] = password

    def delete(self, account: str, user: str) -> None:
        self.saved.pop((account, user), None)


@dataclass
class Desk:
    """A case file with the company and two cases, and one mail account on Dovecot."""

    case_file: CaseFile
    services: Services
    passwords: MemoryPasswords
    line_case: int
    email_case: int

    def add_account(self, user: ImapUser, host: str, port: int, security: str = "plain") -> None:
        MailAccountService(self.case_file).add(
            self.passwords,
            "home",
            ServerAddress(host, port, security, user.name),
            user.password,
            allow_plain=security == "plain",
        )

    def sync(self, *, import_all: bool = False, timeout: float = 10.0) -> SyncReport:
        return MailSync(self.case_file, self.passwords, timeout=timeout).run(
            "home", import_all=import_all
        )

    @property
    def mail(self) -> MailService:
        return MailService(self.case_file)


def build_desk(path: Path) -> Desk:
    case_file = open_case_file(path, create=True, timezone="Europe/Berlin")
    services = Services.for_file(case_file)
    services.directory.add_relative("Hildegard Brenner")
    services.directory.add_relative("Gerda Voit")
    services.directory.add_organization(
        "Telvia AG",
        channels=[("mail_domain", "telvia.example", ""), ("email", "hilft@telvia.example", "")],
    )
    services.directory.add_account("Hildegard", "Telvia", CUSTOMER_NUMBER)
    opened = datetime(2012, 2, 28, 9, 0, tzinfo=UTC)
    line = services.cases.add_case(
        "Move the line",
        "Telvia",
        relatives=["Hildegard"],
        references=[f"order:{ORDER}"],
        opened_at=opened,
    )
    email = services.cases.add_case(
        "Move the email address", "Telvia", relatives=["Gerda"], opened_at=opened
    )
    # resolved: the company's mail goes to the open case unless a thread or number says otherwise
    services.cases.set_status(email.id, "resolved")
    return Desk(case_file, services, MemoryPasswords(), line.id, email.id)


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    built = build_desk(tmp_path / "family.proxydesk")
    yield built
    built.case_file.close()


@pytest.fixture
def home(desk: Desk, dovecot: DovecotServer, imap_user: ImapUser) -> tuple[Desk, ImapUser]:
    """The desk with a mail account for a fresh, empty mailbox on the plaintext port."""
    desk.add_account(imap_user, dovecot.host, dovecot.port)
    return desk, imap_user
