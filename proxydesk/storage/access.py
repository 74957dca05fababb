"""Whether this user may write a case file, and how to read one they may not.

A file (or its folder) this user cannot write opens read-only: SQLite writes beside the file
(its ``-wal`` and ``-shm``, the writer's lock file), so a writable folder is part of a
writable file. Read-only, it is read without writing anything beside it (``read_only_uri``).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path


def _folders(path: Path) -> set[Path]:
    """The folder of the name, and of the file it leads to (SQLite writes beside the latter)."""
    return {path.absolute().parent, path.resolve().parent}


def can_write(path: Path) -> bool:
    """This user may write the file at ``path`` (or make it) and the files beside it."""
    path = Path(path)
    folders = all(os.access(folder, os.W_OK | os.X_OK) for folder in _folders(path))
    if not path.exists():
        return folders
    return folders and os.access(path, os.R_OK | os.W_OK)


def read_only_uri(path: Path) -> str:
    """The URI that reads the file and writes nothing beside it.

    Without a ``-wal`` beside it nobody writes the file now (a writer keeps one): it is read
    as immutable, which makes no ``-wal``/``-shm`` that its owner would then find in the way.
    """
    path = Path(path)
    wal = path.with_name(path.name + "-wal")
    return f"{path.resolve().as_uri()}?mode=ro{'' if wal.exists() else '&immutable=1'}"


def connect_read_only(path: Path, *, check_same_thread: bool = True) -> sqlite3.Connection:
    """A sqlite3 connection that can only read the file (see ``read_only_uri``), in
    autocommit (as every connection of the app: a transaction is begun by whoever needs one)."""
    return sqlite3.connect(
        read_only_uri(path), uri=True, isolation_level=None, check_same_thread=check_same_thread
    )
