"""What the mail windows ask of the core, as plain functions the runner calls off the GUI thread.

Nothing here imports Qt; each function is one user action (Anki's ``aqt/operations``).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from proxydesk.mail.accounts import MailAccountService, MailAccountView
from proxydesk.mail.errors import MailError, SyncCancelled
from proxydesk.mail.filenames import safe_filename
from proxydesk.mail.imap import ServerAddress
from proxydesk.mail.messages import MailService, MailView
from proxydesk.mail.parse import UnparseableMessage, parse_message
from proxydesk.mail.passwords import KeyringPasswords, PasswordStore
from proxydesk.mail.sync import MailSync, Progress, SyncReport
from proxydesk.services.history import History
from proxydesk.timezones import now as system_now

if TYPE_CHECKING:
    from proxydesk.services.opening import CaseFile

PasswordSource = Callable[[], PasswordStore]

#: file types a double click would run rather than show; ProxyDesk only saves them
PROGRAM_SUFFIXES = frozenset(
    [
        ".appimage",
        ".bat",
        ".cmd",
        ".com",
        ".cpl",
        ".desktop",
        ".exe",
        ".hta",
        ".jar",
        ".js",
        ".jse",
        ".lnk",
        ".msc",
        ".msi",
        ".msp",
        ".pif",
        ".ps1",
        ".py",
        ".reg",
        ".run",
        ".scr",
        ".sh",
        ".vb",
        ".vbe",
        ".vbs",
        ".ws",
        ".wsf",
    ]
)


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


# -- accounts ----------------------------------------------------------------------------


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


# -- sync --------------------------------------------------------------------------------


@dataclass(frozen=True)
class SyncProgress:
    """Progress of one account's sync, as the dialog shows it."""

    account: str
    number: int  # 1-based, of `accounts`
    accounts: int
    folder: str
    done: int
    total: int
    rate: float


@dataclass
class AccountResult:
    account: str
    report: SyncReport | None = None
    error: MailError | None = None


@dataclass
class SyncOutcome:
    """Every account's report or error; ``cancelled`` when the user stopped it."""

    results: list[AccountResult] = field(default_factory=list)
    cancelled: bool = False

    @property
    def errors(self) -> list[AccountResult]:
        return [r for r in self.results if r.error is not None]

    @property
    def new_messages(self) -> int:
        return sum(f.new for r in self.results if r.report for f in r.report.folders)

    @property
    def quarantined(self) -> int:
        return sum(f.quarantined for r in self.results if r.report for f in r.report.folders)


def sync_accounts(
    mail: MailServices,
    names: list[str],
    *,
    import_all: bool = False,
    progress: Callable[[SyncProgress], None] | None = None,
    cancel: threading.Event | None = None,
) -> SyncOutcome:
    """Sync the accounts one after another; one account's error does not stop the others."""
    outcome = SyncOutcome()
    for number, name in enumerate(names, start=1):
        if cancel is not None and cancel.is_set():
            outcome.cancelled = True
            break

        def report(p: Progress, name: str = name, number: int = number) -> None:
            if progress is not None:
                progress(SyncProgress(name, number, len(names), p.stage, p.done, p.total, p.rate))

        result = AccountResult(name)
        outcome.results.append(result)
        try:
            sync = MailSync(
                mail.case_file, mail.passwords(), clock=mail.clock, timeout=mail.timeout
            )
            result.report = sync.run(name, import_all=import_all, progress=report, cancel=cancel)
        except SyncCancelled as exc:
            result.error = exc
            outcome.cancelled = True
            break
        except MailError as exc:
            result.error = exc
    return outcome


# -- one mail ----------------------------------------------------------------------------


@dataclass(frozen=True)
class MailPart:
    """An attached or inline file of a mail, with its bytes."""

    filename: str
    mime_type: str
    data: bytes
    inline: bool
    content_id: str | None

    @property
    def is_program(self) -> bool:
        return Path(self.filename).suffix.lower() in PROGRAM_SUFFIXES


@dataclass(frozen=True)
class MailContent:
    """A mail as the viewer shows it: the stored view and its files."""

    view: MailView
    parts: list[MailPart]

    @property
    def inline_images(self) -> dict[str, bytes]:
        """``cid:`` name -> bytes of the mail's own images, for the HTML view."""
        return {
            p.content_id: p.data
            for p in self.parts
            if p.content_id and p.mime_type.startswith("image/")
        }

    @property
    def attachments(self) -> list[MailPart]:
        """The files to list: everything but images shown inside the HTML."""
        return [p for p in self.parts if not (p.inline and p.mime_type.startswith("image/"))]


def load_mail(messages: MailService, mail_id: int) -> MailContent:
    """The mail (its body parsed now if the sync left it) and its files, read from the file.

    The files come from the stored original, parsed the same way the sync stored them; the
    stored attachment rows do not keep the Content-ID the HTML refers to.
    """
    view = messages.show(mail_id)
    raw = messages.raw(mail_id)
    try:
        parsed = parse_message(raw)
    except UnparseableMessage:
        return MailContent(view, [])
    parts = [
        MailPart(
            safe_filename(a.filename, f"attachment-{n}.bin"),
            a.mime_type,
            a.data,
            a.inline,
            a.content_id,
        )
        for n, a in enumerate(parsed.attachments, start=1)
    ]
    return MailContent(view, parts)


def move_mail(messages: MailService, mail_id: int, case_id: int) -> MailView:
    return messages.move(mail_id, case_id)


class PrivateFolder:
    """A folder only this user can read, for attachments handed to other programs."""

    def __init__(self) -> None:
        self._path: Path | None = None

    @property
    def path(self) -> Path:
        if self._path is None:
            self._path = Path(tempfile.mkdtemp(prefix="proxydesk-open-"))
            os.chmod(self._path, 0o700)
        return self._path

    def write(self, filename: str, data: bytes) -> Path:
        """Write the file under its (sanitized) name in a folder of its own; not executable."""
        name = safe_filename(filename, "attachment.bin")
        folder = Path(tempfile.mkdtemp(dir=self.path))
        target = folder / name
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        return target

    def remove(self) -> None:
        if self._path is not None:
            shutil.rmtree(self._path, ignore_errors=True)
            self._path = None
