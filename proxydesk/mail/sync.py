"""Incremental, read-only IMAP sync of the proxy's inbox and sent mail into the case file.

Nothing on the server changes: folders are EXAMINEd and bodies read with BODY.PEEK[]. Each
batch of messages is written in one transaction together with the folder's new high-water
mark, so a sync cut off anywhere resumes where the last whole batch ended. No transaction
is open while the sync waits on the server: a batch is fetched and read first, then
written, so the window's own writes wait at most for one batch.
"""

from __future__ import annotations

import gc
import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from proxydesk.mail.errors import SyncCancelled
from proxydesk.mail.filing import load_relevance
from proxydesk.mail.imap import (
    SEARCH_TIMEOUT,
    ServerAddress,
    close_quietly,
    connect,
    patience,
    translated_errors,
)
from proxydesk.mail.known_mail import Remembered, nothing_stored
from proxydesk.mail.passwords import PasswordStore
from proxydesk.mail.prefetch import Prefetcher
from proxydesk.mail.relevance import Relevance
from proxydesk.mail.store import DUPLICATE, NEW, QUARANTINED, BatchStore, Fetched, SyncContext
from proxydesk.progress import Progress, ProgressCallback, check_cancel
from proxydesk.services.keepable import KEEPS_MAIL_AS_SENT
from proxydesk.storage.checkpoints import BackgroundCheckpoints
from proxydesk.storage.database import CaseFile
from proxydesk.storage.mail_models import MailAccount, MailFolder, MailLocation, QuarantinedMail
from proxydesk.timezones import now as system_now

if TYPE_CHECKING:
    # imapclient loads with the first connection (proxydesk.mail.imap.connect)
    from imapclient import IMAPClient

#: messages per FETCH and per transaction: a cut connection costs at most one batch, and a
#: click in the window waits at most for one batch's writes
BATCH = 200

log = logging.getLogger(__name__)
ALL_MAIL = "all"


@dataclass
class FolderReport:
    folder: str
    seen: int = 0
    fetched: int = 0
    new: int = 0
    duplicates: int = 0
    quarantined: int = 0
    filed: int = 0
    unchanged: bool = False


@dataclass
class SyncReport:
    account: str
    folders: list[FolderReport] = field(default_factory=list)
    seconds: float = 0.0


class MailSync:
    """One sync run of one account."""

    def __init__(
        self,
        case_file: CaseFile,
        passwords: PasswordStore,
        *,
        clock: Callable[[], datetime] = system_now,
        timeout: float = 30.0,
    ) -> None:
        self.case_file = case_file
        self.passwords = passwords
        self.clock = clock
        self.timeout = timeout
        self._remembered: Remembered | None = None

    def run(
        self,
        account_name: str,
        *,
        import_all: bool = False,
        progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
    ) -> SyncReport:
        started = time.monotonic()
        with self.case_file.reading() as session:
            account = session.scalars(
                select(MailAccount).where(MailAccount.name == account_name)
            ).one()
            server = ServerAddress(account.host, account.port, account.security, account.username)
            account_id = account.id
            self._remembered = Remembered() if nothing_stored(session) else None
        password = self.passwords.get(account_name, server.username)
        report = SyncReport(account_name)
        client = connect(server, password, timeout=self.timeout)
        try:
            with translated_errors(server), _heap_left_alone():
                folder_ids = self._folders(client, account_id)
                for folder_id in folder_ids:
                    report.folders.append(
                        self._sync_folder(
                            client,
                            folder_id,
                            import_all,
                            {server.username.lower()},
                            progress,
                            cancel,
                        )
                    )
        finally:
            close_quietly(client)
        report.seconds = time.monotonic() - started
        for folder in report.folders:
            log.info(
                "sync of %s/%s: %d seen, %d fetched, %d new, %d duplicates, %d quarantined",
                account_name,
                folder.folder,
                folder.seen,
                folder.fetched,
                folder.new,
                folder.duplicates,
                folder.quarantined,
            )
        return report

    def _folders(self, client: IMAPClient, account_id: int) -> list[int]:
        """INBOX and the Sent folder (SPECIAL-USE, unless the user named one)."""
        with self.case_file.reading() as session:
            account = session.get(MailAccount, account_id)
            assert account is not None
            sent = account.sent_folder
        # asked of the server before the write lock is taken, never while holding it
        sent = sent or _find_sent(client)
        with self.case_file.unit_of_work() as session:
            account = session.get(MailAccount, account_id)
            assert account is not None
            wanted = {"INBOX": "inbox", **({sent: "sent"} if sent else {})}
            known = {f.name: f for f in account.folders}
            for name, role in wanted.items():
                if name not in known:
                    account.folders.append(MailFolder(name=name, role=role, highest_uid=0))
            session.flush()
            return [f.id for f in account.folders if f.name in wanted]

    def _sync_folder(
        self,
        client: IMAPClient,
        folder_id: int,
        import_all: bool,
        own_addresses: set[str],
        progress: ProgressCallback | None,
        cancel: threading.Event | None,
    ) -> FolderReport:
        with self.case_file.reading() as session:
            folder = session.get(MailFolder, folder_id)
            assert folder is not None
            name, stored_validity, highest = folder.name, folder.uidvalidity, folder.highest_uid
            every = import_all or folder.import_all
            relevance = load_relevance(session)
            digest = ALL_MAIL if every else relevance.digest()
            previous_digest = folder.criteria_digest
        report = FolderReport(name)
        condstore = b"CONDSTORE" in client.capabilities()
        items = [b"MESSAGES", b"UIDNEXT", b"UIDVALIDITY"] + (
            [b"HIGHESTMODSEQ"] if condstore else []
        )
        status = client.folder_status(name, items)
        validity, uid_next = int(status[b"UIDVALIDITY"]), int(status[b"UIDNEXT"])
        modseq = int(status[b"HIGHESTMODSEQ"]) if b"HIGHESTMODSEQ" in status else None
        report.seen = int(status[b"MESSAGES"])
        if validity == stored_validity and uid_next - 1 <= highest and digest == previous_digest:
            report.unchanged = True  # a STATUS exchange, nothing more
            return report
        if validity != stored_validity:
            self._restart_folder(folder_id, validity)
            highest, previous_digest = 0, ""
        client.select_folder(name, readonly=True)
        todo = self._to_fetch(
            client, folder_id, validity, highest, every, relevance, digest != previous_digest
        )
        started = time.monotonic()
        done = 0
        stopped = f"sync stopped in {name}; what was fetched before is kept"
        check_cancel(cancel, SyncCancelled, stopped)
        with (
            Prefetcher(client, todo, BATCH, relevance, every) as batches,
            BackgroundCheckpoints(self.case_file) as checkpoints,
        ):
            # the wait for the next batch holds no lock: the transaction begins once the
            # batch is in memory, its headers read and its bodies parsed, and ends with it
            for batch, messages in batches:
                check_cancel(cancel, SyncCancelled, stopped)
                # the batch's WAL is copied by ``checkpoints``; the unit of work after the
                # loop copies the rest into the file (a file at rest holds all of it)
                with self.case_file.unit_of_work(checkpoint=False) as session:
                    session.info[KEEPS_MAIL_AS_SENT] = True
                    checkpoints.take_over(session)
                    folder = session.get(MailFolder, folder_id)
                    assert folder is not None
                    context = SyncContext(
                        folder, relevance, own_addresses, every, self.clock(), self._remembered
                    )
                    for fate, filed in self._store_batch(session, context, messages):
                        report.fetched += 1
                        report.new += fate == NEW
                        report.duplicates += fate == DUPLICATE
                        report.quarantined += fate == QUARANTINED
                        report.filed += filed
                    folder.highest_uid = max(folder.highest_uid, batch[-1])
                checkpoints.due()
                done += len(batch)
                if progress is not None:
                    progress(Progress(name, done, len(todo), time.monotonic() - started))
        with self.case_file.unit_of_work() as session:
            folder = session.get(MailFolder, folder_id)
            assert folder is not None
            folder.highest_uid = max(folder.highest_uid, uid_next - 1)
            folder.highest_modseq = modseq
            folder.criteria_digest = digest
            folder.last_synced_at = self.clock()
        return report

    def _store_batch(
        self, session: Session, context: SyncContext, messages: list[Fetched]
    ) -> list[tuple[str, bool]]:
        """The whole batch at once; if that fails, message by message, so only the bad one
        is quarantined and the sync goes on."""
        try:
            with session.begin_nested():
                store = BatchStore(session, context, messages)
                fates = [store.store(m) for m in messages]
                store.finish()
                return fates
        except Exception:
            log.exception("a batch of %d messages failed; storing them one by one", len(messages))
            # what the run remembered of that batch was rolled back: look things up from now on
            self._remembered = context.remembered = None
        fates = []
        for message in messages:
            try:
                with session.begin_nested():
                    single = BatchStore(session, context, [message])
                    fates.append(single.store(message))
                    single.finish()
            except Exception as exc:
                with session.begin_nested():
                    session.add(
                        QuarantinedMail(
                            folder_id=context.folder.id,
                            uidvalidity=context.folder.uidvalidity,
                            uid=message.uid,
                            raw_sha256=None,
                            reason=f"ProxyDesk could not store this message "
                            f"({type(exc).__name__}: {exc})",
                            at=self.clock(),
                        )
                    )
                fates.append((QUARANTINED, False))
        return fates

    def _restart_folder(self, folder_id: int, validity: int) -> None:
        """UIDVALIDITY changed: old UIDs mean nothing now; messages stay, stored once."""
        with self.case_file.unit_of_work() as session:
            session.execute(delete(MailLocation).where(MailLocation.folder_id == folder_id))
            session.execute(delete(QuarantinedMail).where(QuarantinedMail.folder_id == folder_id))
            folder = session.get(MailFolder, folder_id)
            assert folder is not None
            folder.uidvalidity = validity
            folder.highest_uid = 0
            folder.highest_modseq = None
            folder.criteria_digest = ""

    def _to_fetch(
        self,
        client: IMAPClient,
        folder_id: int,
        validity: int,
        highest: int,
        every: bool,
        relevance: Relevance,
        criteria_changed: bool,
    ) -> list[int]:
        criteria = relevance.imap_criteria()
        if not every and not criteria:
            return []
        wanted = [] if every else criteria
        # UTF-8: organization names and references may hold umlauts ("Rückruf")
        with patience(client, SEARCH_TIMEOUT):  # a TEXT search reads every message
            newer = client.search(["UID", f"{highest + 1}:*", *wanted], charset="UTF-8")
        uids = {u for u in newer if u > highest}
        if criteria_changed and highest > 0:
            # new organizations or numbers: their older mail is wanted too
            with patience(client, SEARCH_TIMEOUT):
                older = set(client.search(["UID", f"1:{highest}", *wanted], charset="UTF-8"))
            with self.case_file.reading() as session:
                have = set(
                    session.scalars(
                        select(MailLocation.uid).where(
                            MailLocation.folder_id == folder_id,
                            MailLocation.uidvalidity == validity,
                        )
                    )
                )
                have |= set(
                    session.scalars(
                        select(QuarantinedMail.uid).where(
                            QuarantinedMail.folder_id == folder_id,
                            QuarantinedMail.uidvalidity == validity,
                        )
                    )
                )
            uids |= older - have
        return sorted(uids)


@contextmanager
def _heap_left_alone() -> Iterator[None]:
    """While the sync runs, Python's full garbage collections skip what existed before it.

    A big import makes many objects that outlive a few collections, and every so often
    Python then scans all objects of the process: in the app (Qt, SQLAlchemy, the window's
    models) such a pass held every thread, the window's too, for 100-200 ms. What the sync
    makes is still collected as usual; only the objects from before are left out until the
    sync ends (gc.freeze, as long-running servers use it).
    """
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _find_sent(client: IMAPClient) -> str | None:
    from imapclient.imapclient import SENT

    found = client.find_special_folder(SENT)
    if found:
        return str(found)
    for name in ("Sent", "Sent Messages", "Gesendet", "Gesendete Objekte", "INBOX.Sent"):
        if client.folder_exists(name):
            return name
    return None
