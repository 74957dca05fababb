"""Syncing every mail account of the file, one after another: the loop the command line
and the app share, with its progress, its cancel and the summary per folder."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from proxydesk.mail.actions import MailServices
from proxydesk.mail.errors import MailError, SyncCancelled
from proxydesk.mail.sync import FolderReport, MailSync, SyncReport
from proxydesk.progress import Progress


@dataclass(frozen=True)
class SyncProgress:
    """Progress of one account's sync, as the app and the command line show it."""

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


@dataclass(frozen=True)
class FolderSummary:
    """One line of the summary: what the sync did in one folder of one account."""

    account: str
    folder: FolderReport


@dataclass
class SyncOutcome:
    """Every account's report or error; ``cancelled`` when the user stopped it."""

    results: list[AccountResult] = field(default_factory=list)
    cancelled: bool = False

    @property
    def errors(self) -> list[AccountResult]:
        return [r for r in self.results if r.error is not None]

    @property
    def reports(self) -> list[SyncReport]:
        return [r.report for r in self.results if r.report is not None]

    @property
    def folders(self) -> list[FolderSummary]:
        """The summary, one line per folder synced, account by account."""
        return [FolderSummary(r.account, f) for r in self.reports for f in r.folders]

    @property
    def new_messages(self) -> int:
        return sum(line.folder.new for line in self.folders)

    @property
    def quarantined(self) -> int:
        return sum(line.folder.quarantined for line in self.folders)


def sync_accounts(
    mail: MailServices,
    names: list[str] | None = None,
    *,
    import_all: bool = False,
    progress: Callable[[SyncProgress], None] | None = None,
    cancel: threading.Event | None = None,
) -> SyncOutcome:
    """Sync the accounts (every one of the file unless named) one after another; one
    account's error does not stop the others, a cancel stops them all."""
    if names is None:
        names = [a.name for a in mail.accounts.accounts()]
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
