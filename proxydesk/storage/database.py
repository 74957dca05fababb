"""Opening a case file: checks, backup before upgrade, migrations, the writer lock, sessions."""

from __future__ import annotations

import logging
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from proxydesk.errors import FileDamaged, FileFromNewerVersion, FileProblem
from proxydesk.storage import (
    audit,
    call_models,  # noqa: F401 - registers the call drafts
    mail_models,  # noqa: F401 - registers the mail tables
)
from proxydesk.storage.access import can_write, connect_read_only
from proxydesk.storage.busy import LOCK_WAIT_MS, WriteTurns, lock_errors_in_words
from proxydesk.storage.locking import WriterLock
from proxydesk.storage.models import Setting
from proxydesk.storage.revision import APPLICATION_ID, SCHEMA_HEAD, FileState, file_state
from proxydesk.timezones import zone

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> list[str]:
    """Every revision this ProxyDesk knows, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    # pysqlite would BEGIN only before the first write and let a SAVEPOINT's RELEASE commit;
    # SQLAlchemy emits BEGIN itself instead (_on_begin), so a unit of work is one transaction
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    # a write waits for the one before it (a mail sync writes a batch at a time)
    cursor.execute(f"PRAGMA busy_timeout = {LOCK_WAIT_MS}")
    # a new file only (before its first table and WAL): 16 KiB pages write a mail of 20 KB
    # in 2 pages instead of 6, which cut a full mail import's write time by 40 %
    cursor.execute("PRAGMA page_size = 16384")
    # 64 MiB of page cache (SQLite's default is 2 MiB): the indexes of a file with 50,000
    # mails no longer fit in 2 MiB, and a full import then spent a tenth of its time
    # re-reading index pages; the cache only grows as far as it is used
    cursor.execute("PRAGMA cache_size = -65536")
    # outside any transaction; a no-op once the file is in WAL mode (it stays so)
    cursor.execute("PRAGMA journal_mode = WAL")
    # with WAL, NORMAL keeps the file consistent through a crash or power cut; at most the
    # last transactions before a power cut are lost, and each commit skips an fsync
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


#: the execution option that marks a unit of work's connection
WRITING = "proxydesk_writing"


def _on_begin(connection: Any) -> None:
    # a unit of work takes the write lock at once: a deferred BEGIN that reads first fails
    # with "database is locked" when another connection writes, and busy_timeout never helps
    writing = connection.get_execution_options().get(WRITING, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")


def _read_only_options(path: Path, writable: bool) -> dict[str, Any]:
    """A file this user cannot write is read on connections that write nothing beside it."""
    if writable or can_write(path):
        return {}
    return {"creator": lambda: connect_read_only(path, check_same_thread=False)}


def _backup(path: Path, revision: str) -> Path:
    """The checked copy before an upgrade, beside the file (``NAME.backup-DATE-revN``)."""
    from proxydesk.storage.backups import take

    return take(path, f"rev{revision}").path


@dataclass
class CaseFile:
    """An open case file: its sessions, and the writer lock while it may be written."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    writable: bool
    backup_path: Path | None = None
    _lock: WriterLock | None = field(default=None, repr=False)
    #: this process's writers, one after another in the order they asked
    _turns: WriteTurns = field(default_factory=WriteTurns, repr=False)
    #: what the integrity check found wrong (the file is then open read-only)
    damage: FileDamaged | None = None

    @contextmanager
    def unit_of_work(self, *, checkpoint: bool = True) -> Iterator[Session]:
        """One transaction for one user action: all of it is written, or none of it.

        Once it is written, the WAL is copied into the file itself (``checkpoint``), so
        the file alone, copied between two actions, holds everything: a mail import's
        batches leave that to its own checkpoints and to the unit of work that ends it.
        """
        if not self.writable:
            raise FileProblem(f"{self.path} is open read-only")
        writer = self.engine.execution_options(**{WRITING: True})
        with lock_errors_in_words(), self._turns.turn():
            with self.sessions(bind=writer) as session, session.begin():
                yield session
            if checkpoint:
                self.checkpoint()

    def checkpoint(self) -> None:
        """Copy what the WAL holds into the file, beside any reader (a PASSIVE checkpoint).

        A checkpoint that fails or stops short loses nothing: the WAL keeps every commit
        until the next one (or until the file is closed).
        """
        try:
            with self.engine.connect() as connection:
                driver = connection.connection.driver_connection
                assert driver is not None
                driver.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        except sqlite3.Error:
            log.warning("the WAL of %s was not copied into it now; it is kept", self.path)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with lock_errors_in_words(), self.sessions() as session:
            yield session

    def setting(self, key: str, default: str = "") -> str:
        with self.reading() as session:
            row = session.get(Setting, key)
            return row.value if row else default

    @cached_property
    def zone(self) -> tzinfo:
        """The file's time zone, read once: it is set when the file is made and never changes."""
        return zone(self.setting("timezone", "UTC"))

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()

    def __enter__(self) -> CaseFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_case_file(
    path: Path,
    *,
    create: bool = False,
    writable: bool = True,
    timezone: str | None = None,
    lock: WriterLock | None = None,
    state: FileState | None = None,
) -> CaseFile:
    """Open (or with ``create``, make) a case file, upgrading an older one after a backup.

    ``lock`` is the file's writer lock when the caller took it already (the app's quick
    start does, before it reads the first screen); it is released with the file. ``state``
    is the file's state when the caller read it already: its revision is read once per open.
    """
    path = Path(path)
    if state is None:
        state = file_state(path)
    exists, revision = state.exists, state.revision
    if not exists and not create:
        raise FileProblem(f"there is no case file at {path}; create one with 'proxydesk init'")
    if exists and create:
        raise FileProblem(f"{path} exists already; choose another name or open it")
    # the everyday case, a file at the newest schema, asks nothing of Alembic
    needs_upgrade = revision != SCHEMA_HEAD and revision != head_revision()
    if needs_upgrade and revision is not None and revision not in known_revisions():
        raise FileFromNewerVersion(
            f"{path} was written by a newer ProxyDesk (schema {revision}); "
            "update ProxyDesk to open it. The file was left untouched."
        )
    if exists and (writable or needs_upgrade) and not can_write(path):
        raise FileProblem(
            f"{path} cannot be written (the file or its folder is read-only); "
            "it can still be read; to change it, ask for write access to it and its folder"
        )
    if lock is None and (writable or needs_upgrade):
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = WriterLock(path)
        lock.acquire()
    try:
        backup_path = _backup(path, revision) if revision is not None and needs_upgrade else None
        engine = create_engine(f"sqlite:///{path}", **_read_only_options(path, writable))
        event.listen(engine, "connect", _on_connect)
        event.listen(engine, "begin", _on_begin)
        if needs_upgrade:
            _upgrade(engine, path, revision, backup_path)
        if not state.marked and (writable or needs_upgrade):
            with engine.begin() as conn:  # the case file's own mark (storage/revision.py)
                conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        sessions = sessionmaker(engine, expire_on_commit=False)
        audit.install(sessions)
        case_file = CaseFile(path, engine, sessions, writable, backup_path, lock)
        if revision is None:
            _first_settings(case_file, timezone)
        if not writable and lock is not None:
            lock.release()
            case_file._lock = None
        return case_file
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def _upgrade(engine: Engine, path: Path, revision: str | None, backup: Path | None) -> None:
    """Alembic's upgrade, in one transaction; a revision row that disagrees with the file's
    tables (deleted or lowered by hand) is said in words, and the file left as it was."""
    from alembic import command
    from sqlalchemy.exc import DatabaseError

    try:
        with engine.begin() as conn:
            config = alembic_config()
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
    except DatabaseError as exc:
        engine.dispose()
        if backup is not None:
            backup.unlink(missing_ok=True)
        raise FileProblem(
            f"{path} says it is at schema revision {revision}, but its tables disagree "
            f"({exc.orig}); open a backup of it instead. The file was left unchanged."
        ) from None


def _first_settings(case_file: CaseFile, timezone: str | None) -> None:
    from proxydesk.timezones import local_zone_name

    with case_file.sessions.begin() as session:
        session.add(Setting(key="file_id", value=str(uuid.uuid4())))
        session.add(Setting(key="timezone", value=timezone or local_zone_name()))
        session.add(Setting(key="created_at", value=datetime.now(UTC).isoformat()))
