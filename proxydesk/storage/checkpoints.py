"""Copying the write-ahead log into the file on a thread of its own, during a long import.

SQLite in WAL mode appends each commit to the -wal file and, once that holds 1000 pages,
copies them into the file itself (a checkpoint) inside the commit that crossed the mark:
the writer waits for those writes and their fsyncs. For a long import that was a fifth of
its time. Here the writer's connection leaves checkpoints to a thread with a connection of
its own (a PASSIVE checkpoint runs beside a writer), so both disks writes and the next
batch's work go on at once. What stays the same: every commit is in the WAL, a crash
loses nothing committed, and the next connection finishes any checkpoint left over.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from proxydesk.storage.database import CaseFile

log = logging.getLogger(__name__)

#: marks a pooled connection whose automatic checkpoints are off until it is checked in
_DEFERRED = "proxydesk_checkpoints_deferred"


class BackgroundCheckpoints:
    """While in use: the writer's checkpoints done by a thread of their own."""

    def __init__(self, case_file: CaseFile) -> None:
        self._case_file = case_file
        self._due = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="wal-checkpoints", daemon=True)

    def __enter__(self) -> BackgroundCheckpoints:
        event.listen(self._case_file.engine, "checkin", _restore)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._due.set()
        self._thread.join()
        event.remove(self._case_file.engine, "checkin", _restore)

    def take_over(self, session: Session) -> None:
        """The session's connection commits without checkpointing, until it is checked in."""
        connection = session.connection()
        record = connection.connection
        if _DEFERRED not in record.info:
            usual = connection.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar()
            connection.exec_driver_sql("PRAGMA wal_autocheckpoint = 0")
            record.info[_DEFERRED] = int(usual if usual is not None else 1000)

    def due(self) -> None:
        """A commit was written: the thread checkpoints what the WAL holds by now."""
        self._due.set()

    def _run(self) -> None:
        path = self._case_file.path
        try:
            connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error:
            log.exception("no connection for checkpoints; the WAL is copied later")
            return
        try:
            connection.execute("PRAGMA busy_timeout = 5000")
            while not self._stop.is_set():
                self._due.wait()
                self._due.clear()
                # a failed checkpoint loses nothing: the WAL holds every commit until the
                # next checkpoint (here, or the writer's own again afterwards); the last one,
                # once the import ended or stopped, copies its last batch into the file too
                with contextlib.suppress(sqlite3.Error):
                    connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        finally:
            connection.close()


def _restore(dbapi_connection: Any, record: Any) -> None:
    """Back in the pool: the connection checkpoints by itself again."""
    usual = record.info.pop(_DEFERRED, None)
    if usual is not None:
        dbapi_connection.execute(f"PRAGMA wal_autocheckpoint = {int(usual)}")
