"""How long a write waits for another one, and SQLite's "database is locked" in words.

SQLite lets one connection write at a time; the others wait for its commit (busy_timeout).
The longest writer of the app is the mail sync, which writes one batch of fetched mail per
transaction: well under a second, even for a batch of big attachments on a slow disk. A
wait longer than LOCK_WAIT_MS means something else holds the file (another program, a
stuck process): the change is not written, and the user is told so in words.
"""

from __future__ import annotations

import sqlite3
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
        raise FileBusy(
            f"the case file stayed busy with other work (a mail sync or another program) "
            f"for more than {LOCK_WAIT_MS / 1000:g} seconds; nothing of this change was "
            f"written. Try again in a moment."
        ) from exc
