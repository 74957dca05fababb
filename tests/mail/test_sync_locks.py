"""The sync and the user's own writes share the file: the sync holds no write lock while it
waits on the server, and a lock held too long by someone else is told in words."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from proxydesk.cli.main import main
from proxydesk.errors import FileBusy
from proxydesk.mail import prefetch
from proxydesk.storage import busy, database
from tests.mail.conftest import Desk, build_desk
from tests.mail.test_sync_pipeline import MESSAGES, fill
from tests.support.dovecot import DovecotServer, ImapUser

#: how long the server takes for each batch here: longer than the writes below will wait
SLOW_FETCH = 0.8
#: how long a write of the window waits for the lock in this test
PATIENCE_MS = 300


def test_the_sync_holds_no_write_lock_while_it_waits_on_the_server(
    home: tuple[Desk, ImapUser], dovecot: DovecotServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk, user = home
    fill(dovecot, user)
    fetch_raw = prefetch.fetch_raw

    def slow_server(*args: object) -> object:
        time.sleep(SLOW_FETCH)
        return fetch_raw(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(prefetch, "fetch_raw", slow_server)
    # another writer, as the window's: it waits at most PATIENCE_MS for the lock each time
    other = sqlite3.connect(desk.case_file.path, isolation_level=None, check_same_thread=False)
    other.execute(f"PRAGMA busy_timeout = {PATIENCE_MS}")
    written, failed = [], []
    done = threading.Event()

    def write_meanwhile() -> None:
        while not done.is_set():
            try:
                other.execute("BEGIN IMMEDIATE")
                other.execute("UPDATE settings SET value = value WHERE key = 'timezone'")
                other.execute("COMMIT")
                written.append(time.monotonic())
            except sqlite3.OperationalError as exc:
                failed.append(str(exc))
            time.sleep(0.05)

    writer = threading.Thread(target=write_meanwhile)
    writer.start()
    try:
        report = desk.sync(import_all=True)
    finally:
        done.set()
        writer.join()
        other.close()
    assert report.folders[0].new == MESSAGES
    assert failed == []
    assert len(written) >= 3 * SLOW_FETCH / 0.1  # the writes went on all along


@pytest.fixture
def impatient(monkeypatch: pytest.MonkeyPatch) -> None:
    """Writes wait a fifth of a second for the lock instead of half a minute."""
    monkeypatch.setattr(busy, "LOCK_WAIT_MS", 200)
    monkeypatch.setattr(database, "LOCK_WAIT_MS", 200)


def hold_the_lock(path: Path) -> sqlite3.Connection:
    """Another program in the middle of a write transaction."""
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    return holder


def test_a_lock_held_too_long_is_file_busy_and_nothing_is_written(
    tmp_path: Path, impatient: None
) -> None:
    desk = build_desk(tmp_path / "family.proxydesk")
    try:
        holder = hold_the_lock(desk.case_file.path)
        desk.case_file.engine.dispose()  # new connections, with the short wait
        with pytest.raises(FileBusy, match="stayed busy with other work"):
            desk.services.timeline.add_note(desk.line_case, "Called the hotline")
        holder.rollback()
        holder.close()
        assert desk.services.timeline.entries(desk.line_case) == []
    finally:
        desk.case_file.close()


def test_the_command_line_tells_a_busy_file_in_one_line(
    tmp_path: Path, impatient: None, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "family.proxydesk"
    build_desk(path).case_file.close()
    holder = hold_the_lock(path)
    try:
        status = main(["--file", str(path), "note", "--case", "1", "--text", "Called"])
    finally:
        holder.close()
    err = capsys.readouterr().err
    assert status == 2
    assert err.count("\n") == 1 and err.startswith("proxydesk: the case file stayed busy")
    assert "locked" not in err


def test_a_write_that_asks_while_the_sync_writes_comes_next() -> None:
    """The sync's batches one after another, each holding the turn a while: a write that
    asks meanwhile gets the very next turn, not one after many batches."""
    turns = busy.WriteTurns()
    order: list[str] = []
    asked = threading.Event()

    def sync() -> None:
        for n in range(6):
            with turns.turn():
                order.append(f"batch {n}")
                if n == 1:
                    asked.wait(5)
                time.sleep(0.05)

    syncing = threading.Thread(target=sync)
    syncing.start()
    while "batch 1" not in order:
        time.sleep(0.001)
    def write() -> None:
        with turns.turn():
            order.append("the window's write")

    writer = threading.Thread(target=write)
    writer.start()
    time.sleep(0.01)
    asked.set()
    writer.join()
    syncing.join()
    assert order.index("the window's write") == order.index("batch 1") + 1
    with turns.turn(), turns.turn():  # a thread holding a turn may nest another
        pass
