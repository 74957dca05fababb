"""How long a write waits for another one, and SQLite's "database is locked" in words.

SQLite lets one connection write at a time; the others wait for its commit (busy_timeout).
The longest writer of the app is the mail sync, which writes one batch of fetched mail per
transaction: well under a second, even for a batch of big attachments on a slow disk. A
wait longer than LOCK_WAIT_MS means something else holds the file (another program, a
stuck process): the change is not written, and the user is told so in words.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import OperationalError

from proxydesk.errors import FileBusy

#: how long a write waits for the one before it: far above one batch of a mail sync
LOCK_WAIT_MS = 30_000


def is_lock_error(error: BaseException) -> bool:
    """SQLite's "database is locked" (or "busy"), raw or wrapped by SQLAlchemy."""
    if isinstance(error, OperationalError):
        error = error.orig if isinstance(error.orig, BaseException) else error
    if not isinstance(error, sqlite3.OperationalError):
        return False
    text = str(error).lower()
    return "locked" in text or "busy" in text


@contextmanager
def lock_errors_in_words() -> Iterator[None]:
    """A lock wait that ran out becomes FileBusy; nothing of the change was written."""
    try:
        yield
    except (OperationalError, sqlite3.OperationalError) as exc:
        if not is_lock_error(exc):
            raise
        raise FileBusy(_busy_words()) from exc


def _busy_words() -> str:
    return (
        f"the case file stayed busy with other work (a mail sync or another program) "
        f"for more than {LOCK_WAIT_MS / 1000:g} seconds; nothing of this change was "
        f"written. Try again in a moment."
    )


class WriteTurns:
    """Writers of one process take turns in the order they asked, before SQLite's lock.

    SQLite's busy handler polls: a write of the window that waits while the mail sync
    commits a batch and at once begins the next one kept missing the moment between the
    two, and waited for batch after batch. Here a writer that asks while another writes
    gets the next turn; the sync's next batch comes after it. A thread that holds a turn
    may begin another unit of work inside it.
    """

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._waiting: deque[object] = deque()
        self._holder: int | None = None
        self._depth = 0

    @contextmanager
    def turn(self) -> Iterator[None]:
        me = threading.get_ident()
        with self._changed:
            if self._holder == me:
                self._depth += 1
            else:
                ticket = object()
                self._waiting.append(ticket)
                try:
                    granted = self._changed.wait_for(
                        lambda: self._holder is None and self._waiting[0] is ticket,
                        timeout=LOCK_WAIT_MS / 1000,
                    )
                finally:
                    self._waiting.remove(ticket)
                    self._changed.notify_all()
                if not granted:
                    raise FileBusy(_busy_words())
                self._holder, self._depth = me, 1
        try:
            yield
        finally:
            with self._changed:
                self._depth -= 1
                if self._depth == 0:
                    self._holder = None
                    self._changed.notify_all()
