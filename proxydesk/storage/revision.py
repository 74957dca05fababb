"""What a file is, read with sqlite3 alone (no SQLAlchemy, no Alembic) and without a write.

A case file carries a mark of its own: SQLite's application id (``PRAGMA application_id``,
four bytes in the file's header) holds ``APPLICATION_ID``. It is set when a file is made,
and on the first open for writing of a case file made before the mark existed. Such an
older file is recognised by what only ProxyDesk writes together: the tables of the first
schema and the settings rows ``file_id`` and ``timezone`` (written when a file is made).
Any other SQLite file (another program's, even one whose ``alembic_version`` holds a
revision ProxyDesk knows) is not a case file, and nothing is ever written to it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from proxydesk.errors import FileProblem, NotACaseFile

#: the newest schema revision (a test holds it to the migrations): a file already at it is
#: opened without loading Alembic or reading a migration script
SCHEMA_HEAD = "0006"

#: the mark in a case file's header: "PxDk" read as a big-endian number
APPLICATION_ID = int.from_bytes(b"PxDk", "big")

#: tables every case file has had since the first schema
CASE_TABLES = frozenset(
    {"alembic_version", "settings", "cases", "relatives", "organizations", "audit_log"}
)


def _connect(path: Path) -> sqlite3.Connection:
    # a cleanly closed file has no -wal: read it as immutable so no -wal/-shm appear beside it
    wal = path.with_name(path.name + "-wal")
    mode = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    try:
        return sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True)
    except sqlite3.Error as exc:
        raise FileProblem(f"cannot open {path}: {exc}") from None


def _made_by_proxydesk(conn: sqlite3.Connection, tables: set[str]) -> bool:
    """An unmarked file that only an older ProxyDesk can have written."""
    if not tables >= CASE_TABLES:
        return False
    keys = {row[0] for row in conn.execute("SELECT key FROM settings")}
    return {"file_id", "timezone"} <= keys


def _revision(conn: sqlite3.Connection, path: Path, tables: set[str]) -> str:
    row = None
    if "alembic_version" in tables:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    if row is None or not row[0]:
        raise FileProblem(
            f"{path} is a ProxyDesk case file, but its schema revision is missing, so it "
            "cannot be opened safely; open a backup of it instead. The file was left untouched."
        )
    return str(row[0])


def read_file_state(path: Path) -> tuple[str | None, bool]:
    """The schema revision of an existing file (None: no tables yet) and whether it carries
    the case file's mark; refused when the file is not a case file. Nothing is written."""
    conn = _connect(path)
    try:
        mark = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if mark == APPLICATION_ID:
            if not tables:
                raise FileProblem(
                    f"{path} was never finished being made; make a new case file instead"
                )
            return _revision(conn, path, tables), True
        if mark != 0:
            raise NotACaseFile(f"{path} belongs to another program, not a ProxyDesk case file")
        if not _made_by_proxydesk(conn, tables):
            raise NotACaseFile(f"{path} is an SQLite database, but not a ProxyDesk case file")
        return _revision(conn, path, tables), False
    except sqlite3.DatabaseError:
        raise NotACaseFile(f"{path} is not a ProxyDesk case file") from None
    finally:
        conn.close()


def read_revision(path: Path) -> str | None:
    """The schema revision of an existing case file, read without writing a byte to it."""
    return read_file_state(path)[0]


@dataclass(frozen=True)
class FileState:
    """What opening a file first learns about it, once: is it there, and at which schema."""

    path: Path
    exists: bool
    #: None for a file that is not there (or empty, nothing written to it yet)
    revision: str | None
    #: the file carries the case file's mark (a file not there yet gets it when made)
    marked: bool = False

    @property
    def at_head(self) -> bool:
        """At the newest schema: opened without Alembic, and the quick ways in may take it."""
        return self.exists and self.revision == SCHEMA_HEAD


def file_state(path: Path) -> FileState:
    """The file's state, read once (for the whole open that follows)."""
    exists = path.exists() and path.stat().st_size > 0
    if not exists:
        return FileState(path, False, None)
    revision, marked = read_file_state(path)
    return FileState(path, True, revision, marked)
