"""The quick way in: the first screen read with sqlite3 alone, the services after it.

A file at the newest schema that no other ProxyDesk holds is opened in two steps. First its
writer lock is taken and the window's first screen (the tree, the chosen case's header and
its first timeline page) is read through a ``FileReader``; SQLAlchemy is not even imported.
Once that screen is painted, a pool thread loads SQLAlchemy, opens the case file on the
lock already held and makes the services; the window then installs its features on them.
Any other file (new, older, newer, held elsewhere, not a case file) takes the full way in
through ``open_case_file``, which words what is wrong or asks what to do.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from proxydesk.errors import ProxyDeskError
from proxydesk.progress import Cancelled
from proxydesk.reading.file import FileReader
from proxydesk.storage.locking import WriterLock
from proxydesk.storage.revision import SCHEMA_HEAD, read_revision

if TYPE_CHECKING:
    from proxydesk.services.registry import Services


@dataclass(frozen=True)
class QuickOpen:
    """A file's writer lock, held, and a reader on the file."""

    reader: FileReader
    lock: WriterLock


def open_quickly(path: Path) -> QuickOpen | None:
    """The lock and a reader; None when the file must take the full way in."""
    try:
        if not path.is_file() or path.stat().st_size == 0 or read_revision(path) != SCHEMA_HEAD:
            return None
    except (ProxyDeskError, OSError):
        return None  # the full way in tells the user what is wrong with it
    lock = WriterLock(path)
    try:
        lock.acquire()
    except (ProxyDeskError, OSError):
        return None  # another ProxyDesk writes it: the full way in asks about read-only
    try:
        reader = FileReader.open(path)
    except (sqlite3.Error, ProxyDeskError, OSError):
        lock.release()
        return None
    return QuickOpen(reader, lock)


def load_services(path: Path, lock: WriterLock, *, cancel: threading.Event) -> Services:
    """On a pool thread: SQLAlchemy, the case file on the lock held, and its services.

    Cancelled (the window closed meanwhile), the file is closed again and its lock let go.
    """
    from proxydesk.services.registry import Services
    from proxydesk.storage.database import open_case_file

    case_file = open_case_file(path, lock=lock)
    try:
        services = Services.for_file(case_file)
        if cancel.is_set():
            raise Cancelled()
        return services
    except BaseException:
        case_file.close()
        raise
