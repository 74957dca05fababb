"""The sync fetches the next batch while it stores the last one: stopping, slow searches and
the protocol trace still behave as promised."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest
from imapclient import IMAPClient
from sqlalchemy import func, select

from proxydesk.mail import prefetch
from proxydesk.mail.errors import SyncCancelled
from proxydesk.mail.imap import SEARCH_TIMEOUT
from proxydesk.mail.sync import BATCH, MailSync
from proxydesk.progress import Progress
from proxydesk.storage.mail_models import MailFolder, MailLocation
from tests.mail.conftest import CUSTOMER_NUMBER, Desk, build_desk
from tests.mail.letters import COMPANY, mail
from tests.mail.test_sync_faults import content
from tests.support.dovecot import DovecotServer, ImapUser

MESSAGES = BATCH * 2 + 30  # three batches: one stored, one fetched ahead, one never started


def fill(dovecot: DovecotServer, user: ImapUser) -> None:
    dovecot.append_many(
        user,
        "INBOX",
        [
            mail(
                n,
                sender=COMPANY if n % 10 == 0 else "friend@elsewhere.example",
                body=f"Kundennummer {CUSTOMER_NUMBER}\n" if n % 25 == 0 else None,
            )[1]
            for n in range(MESSAGES)
        ],
    )


def prefetch_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "mail-prefetch"]


def test_a_stopped_import_keeps_whole_batches_and_the_next_sync_completes_it(
    home: tuple[Desk, ImapUser], dovecot: DovecotServer, tmp_path: Path
) -> None:
    desk, user = home
    fill(dovecot, user)
    reference = build_desk(tmp_path / "reference.proxydesk")
    reference.add_account(user, dovecot.host, dovecot.port)
    reference.sync(import_all=True)
    uninterrupted = content(reference)
    reference.case_file.close()

    cancel = threading.Event()
    seen: list[Progress] = []

    def stop_after_first_batch(progress: Progress) -> None:
        seen.append(progress)
        cancel.set()

    sync = MailSync(desk.case_file, desk.passwords, timeout=10)
    with pytest.raises(SyncCancelled):
        sync.run("home", import_all=True, progress=stop_after_first_batch, cancel=cancel)
    assert [p.done for p in seen] == [BATCH]
    assert prefetch_threads() == []  # the batch fetched ahead was let finish, then dropped
    with desk.case_file.reading() as session:
        stored = session.scalar(select(func.count()).select_from(MailLocation))
        highest = session.scalar(select(MailFolder.highest_uid).where(MailFolder.name == "INBOX"))
    assert stored == BATCH and highest == BATCH  # exactly the first batch, and its mark

    report = desk.sync(import_all=True)
    assert report.folders[0].new == MESSAGES - BATCH
    assert content(desk) == uninterrupted


def test_a_sync_stopped_before_it_starts_fetches_nothing(
    home: tuple[Desk, ImapUser], dovecot: DovecotServer
) -> None:
    desk, user = home
    fill(dovecot, user)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(SyncCancelled):
        MailSync(desk.case_file, desk.passwords).run("home", import_all=True, cancel=cancel)
    assert prefetch_threads() == []
    assert desk.mail.messages() == []


def test_search_may_take_longer_than_the_usual_answer(
    home: tuple[Desk, ImapUser], dovecot: DovecotServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A first TEXT search reads every message on the server: it gets SEARCH_TIMEOUT, and
    the commands after it the usual timeout again."""
    desk, user = home
    fill(dovecot, user)
    timeouts: list[tuple[str, float | None]] = []
    search, fetch = IMAPClient.search, prefetch.fetch_raw

    def timed_search(self: IMAPClient, *args: object, **kwargs: object) -> object:
        timeouts.append(("search", self.socket().gettimeout()))
        return search(self, *args, **kwargs)

    def timed_fetch(client: IMAPClient, uids: list[int]) -> object:
        timeouts.append(("fetch", client.socket().gettimeout()))
        return fetch(client, uids)

    monkeypatch.setattr(IMAPClient, "search", timed_search)
    monkeypatch.setattr(prefetch, "fetch_raw", timed_fetch)
    assert desk.sync(timeout=7).folders[0].new > 0
    assert ("search", SEARCH_TIMEOUT) in timeouts
    assert ("fetch", 7) in timeouts
    assert all(seconds == 7 for kind, seconds in timeouts if kind == "fetch")


def test_no_mail_content_or_password_reaches_the_log(
    home: tuple[Desk, ImapUser], dovecot: DovecotServer, caplog: pytest.LogCaptureFixture
) -> None:
    """imaplib's protocol trace (which IMAPClient switches on) stays off, even at DEBUG."""
    desk, user = home
    dovecot.append(user, "INBOX", mail(1, sender=COMPANY, body="Geheimer Inhalt 4711\n")[1])
    with caplog.at_level(logging.DEBUG):
        assert desk.sync().folders[0].new == 1
    assert "Geheimer Inhalt" not in caplog.text
    assert user.password not in caplog.text
