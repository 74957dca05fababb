"""A case file's schema revision, read with sqlite3 alone (no SQLAlchemy, no Alembic)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from proxydesk.errors import FileProblem, NotACaseFile

#: the newest schema revision (a test holds it to the migrations): a file already at it is
#: opened without loading Alembic or reading a migration script
SCHEMA_HEAD = "0006"


def read_revision(path: Path) -> str | None:
    """The schema revision of an existing file, read without writing a byte to it."""
    # a cleanly closed file has no -wal: read it as immutable so no -wal/-shm appear beside it
    wal = path.with_name(path.name + "-wal")
    mode = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True)
    except sqlite3.Error as exc:
        raise FileProblem(f"cannot open {path}: {exc}") from None
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if not tables:
            return None
        if "alembic_version" not in tables:
            raise NotACaseFile(f"{path} is an SQLite database, but not a ProxyDesk case file")
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.DatabaseError:
        raise NotACaseFile(f"{path} is not a ProxyDesk case file") from None
    finally:
        conn.close()


@dataclass(frozen=True)
class FileState:
    """What opening a file first learns about it, once: is it there, and at which schema."""

    path: Path
    exists: bool
    #: None for a file that is not there, empty, or has no tables yet
    revision: str | None

    @property
    def at_head(self) -> bool:
        """At the newest schema: opened without Alembic, and the quick ways in may take it."""
        return self.exists and self.revision == SCHEMA_HEAD


def file_state(path: Path) -> FileState:
    """The file's state, its revision read once (for the whole open that follows)."""
    exists = path.exists() and path.stat().st_size > 0
    return FileState(path, exists, read_revision(path) if exists else None)
