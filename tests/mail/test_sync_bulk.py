"""A big import: mail read in a process of its own, one transaction per fetched batch,
checkpoints on a thread of their own, no lookups into a file without mail. Each must store
exactly what the plain way stores, and leave the file consistent when the import stops or
fails halfway."""

from __future__ import annotations

import hashlib
import multiprocessing
import shutil
import sqlite3
import threading
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from imapclient.fixed_offset import FixedOffset
from sqlalchemy import func, select

from proxydesk.mail import header_process, store, sync
from proxydesk.mail.errors import SyncCancelled
from proxydesk.mail.header_process import HeaderProcess, read_headers_safely
from proxydesk.mail.headers import Headers
from proxydesk.mail.parse import UnparseableMessage, parse_message
from proxydesk.mail.relevance import Relevance
from proxydesk.mail.sync import BATCH, MailSync
from proxydesk.progress import Progress
from proxydesk.storage.mail_models import MailFolder, MailLocation
from tests.mail.conftest import Desk, build_desk
from tests.mail.test_parse_corpus import FILES
from tests.mail.test_sync_faults import content
from tests.mail.test_sync_pipeline import MESSAGES, fill
from tests.support.dovecot import DovecotServer, ImapUser


def stored_uids(desk: Desk) -> tuple[int, int]:
    with desk.case_file.reading() as session:
        count = session.scalar(select(func.count()).select_from(MailLocation))
        highest = session.scalar(select(MailFolder.highest_uid).where(MailFolder.name == "INBOX"))
    return int(count or 0), int(highest or 0)


@pytest.fixture
def plain_import(
    home: tuple[Desk, ImapUser],
    dovecot: DovecotServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> dict[str, object]:
    """What an import of the filled mailbox stores the plain way: headers read in this
    process, each batch looking up what the file holds."""
    _, user = home
    fill(dovecot, user)
    with monkeypatch.context() as plain:
        plain.setattr(header_process, "PROCESS_FROM", 10**9)
        plain.setattr(sync, "nothing_stored", lambda session: False)
        reference = build_desk(tmp_path / "reference.proxydesk")
        reference.add_account(user, dovecot.host, dovecot.port)
        reference.sync(import_all=True)
        stored = content(reference)
        reference.case_file.close()
    return stored


def test_headers_read_in_another_process_store_the_same(
    home: tuple[Desk, ImapUser], plain_import: dict[str, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    desk, _ = home
    submitted: list[int] = []
    submit = HeaderProcess.submit

    def counted(
        self: HeaderProcess, messages: list[tuple[bytes, datetime | None]], *rest: object
    ) -> object:
        submitted.append(len(messages))
        return submit(self, messages, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(header_process, "PROCESS_FROM", 1)
    monkeypatch.setattr(HeaderProcess, "submit", counted)
    report = desk.sync(import_all=True)
    assert sum(submitted) == MESSAGES  # every header block went to the other process
    assert report.folders[0].new == MESSAGES
    assert content(desk) == plain_import
    assert multiprocessing.active_children() == []  # and the process ended with the import
    # the checkpoints done on their own thread during the import: every pooled connection
    # checkpoints by itself again afterwards
    connections = [desk.case_file.engine.connect() for _ in range(3)]
    try:
        for connection in connections:
            assert connection.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 1000
    finally:
        for connection in connections:
            connection.close()


def test_the_header_process_reads_the_corpus_as_this_process_does() -> None:
    """Every real-world broken mail: the same headers (or the same words for the failure),
    and the same parsed mail; what it cannot parse it leaves to the store. IMAPClient's own
    time zone class cannot travel to the other process; its offset does."""
    date = datetime(2012, 3, 20, 9, 15, tzinfo=FixedOffset(60))
    messages: list[tuple[bytes, datetime | None]] = [(p.read_bytes(), date) for p in FILES]
    reader = HeaderProcess()
    try:
        # not an import of everything: all of it is relevant, every body is parsed there
        future = reader.submit(messages, Relevance(), False)
        assert future is not None
        there = future.result(timeout=300)
    finally:
        reader.close()
    assert len(there) == len(messages) >= 100
    parsed = 0
    for (raw, _), done in zip(messages, there, strict=True):
        ours = read_headers_safely(raw, date)
        assert done.digest == hashlib.sha256(raw).hexdigest()
        if isinstance(ours, Exception):
            assert isinstance(done.headers, Exception) and str(done.headers) == str(ours)
            assert done.relevant is None and done.parsed is None
            continue
        assert done.headers == ours and done.relevant is True
        assert isinstance(done.headers, Headers)
        assert done.headers.date.utcoffset() == ours.date.utcoffset()
        try:
            here = parse_message(raw, date)
        except UnparseableMessage:
            assert done.parsed is None
            continue
        assert done.parsed == here
        parsed += 1
    assert parsed > len(messages) // 2


def test_a_process_that_cannot_start_leaves_the_headers_to_this_one(
    home: tuple[Desk, ImapUser], plain_import: dict[str, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    desk, _ = home

    def broken(self: HeaderProcess, *args: object) -> None:
        return None

    monkeypatch.setattr(header_process, "PROCESS_FROM", 1)
    monkeypatch.setattr(HeaderProcess, "submit", broken)
    desk.sync(import_all=True)
    assert content(desk) == plain_import


def test_a_stop_keeps_every_whole_batch(
    home: tuple[Desk, ImapUser], plain_import: dict[str, object], tmp_path: Path
) -> None:
    desk, _ = home
    cancel = threading.Event()

    def stop_after_second_batch(progress: Progress) -> None:
        if progress.done >= 2 * BATCH:
            cancel.set()

    assert 2 * BATCH < MESSAGES
    sync_run = MailSync(desk.case_file, desk.passwords, timeout=10)
    with pytest.raises(SyncCancelled):
        sync_run.run("home", import_all=True, progress=stop_after_second_batch, cancel=cancel)
    assert stored_uids(desk) == (2 * BATCH, 2 * BATCH)
    # the stopped import copied its batches into the file itself: the file alone holds them
    alone = tmp_path / "copied alone.proxydesk"
    shutil.copy(desk.case_file.path, alone)
    copy = sqlite3.connect(f"{alone.as_uri()}?mode=ro", uri=True)
    try:
        assert copy.execute("SELECT count(*) FROM mail_locations").fetchone() == (2 * BATCH,)
    finally:
        copy.close()
    desk.sync(import_all=True)
    assert content(desk) == plain_import


def test_a_failure_halfway_keeps_the_batches_before_and_the_next_sync_completes(
    home: tuple[Desk, ImapUser], plain_import: dict[str, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    desk, _ = home
    store_batch = MailSync._store_batch
    calls: list[int] = []

    def failing_second(self: MailSync, *args: object, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("the disk is full, say")
        return store_batch(self, *args, **kwargs)  # type: ignore[arg-type]

    with monkeypatch.context() as failing:
        failing.setattr(MailSync, "_store_batch", failing_second)
        with pytest.raises(RuntimeError, match="disk is full"):
            desk.sync(import_all=True)
    # the first batch was committed on its own; nothing of the second, no mark beyond it
    assert stored_uids(desk) == (BATCH, BATCH)
    desk.sync(import_all=True)
    assert content(desk) == plain_import


def test_a_first_import_remembers_instead_of_looking_up_and_a_second_looks_up(
    home: tuple[Desk, ImapUser], dovecot: DovecotServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file without mail: the batches look up nothing but stored contents. Once it holds
    mail, a sync (here after a UIDVALIDITY change) finds every message it has already."""
    desk, user = home
    fill(dovecot, user)
    remembered: list[bool] = []
    read_known = store.BatchStore._read_known

    def watched(self: store.BatchStore) -> object:
        remembered.append(self.context.remembered is not None)
        return read_known(self)

    monkeypatch.setattr(store.BatchStore, "_read_known", watched)
    desk.sync(import_all=True)
    assert remembered and all(remembered)
    first = content(desk)
    with desk.case_file.unit_of_work() as session:
        folder = session.scalars(select(MailFolder).where(MailFolder.name == "INBOX")).one()
        folder.uidvalidity = (folder.uidvalidity or 0) + 1  # the rescan meets every message again
    remembered.clear()
    report = desk.sync(import_all=True)
    assert remembered and not any(remembered)
    assert report.folders[0].duplicates == MESSAGES and report.folders[0].new == 0
    assert content(desk)["messages"] == first["messages"]


def test_times_travel_with_their_offset() -> None:
    moment = datetime(2012, 3, 20, 9, 15, tzinfo=FixedOffset(-300))
    travelled = header_process._picklable(moment)
    assert travelled == moment and travelled is not None
    assert travelled.tzinfo == timezone(timedelta(hours=-5))
    assert header_process._picklable(None) is None
    assert header_process._picklable(datetime(2012, 3, 20, tzinfo=UTC)) == datetime(
        2012, 3, 20, tzinfo=UTC
    )
