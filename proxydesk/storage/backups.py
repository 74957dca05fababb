"""Rolling backups of a case file and its integrity check (plain sqlite3, no SQLAlchemy).

Backups live beside the file, as the copy before an upgrade always has:
``NAME.backup-<UTC stamp>-<kind>``; ``output_files`` refuses every ``.backup-`` name beside a
database, so no output ever lands on one. Kinds: ``daily`` (the rolling ones: one a day for
the last 7 days, one a week for the last 4 weeks, older ones pruned), ``rev<N>`` (before an
upgrade) and ``before-restore`` (the file as it was when a backup was put back). A backup is
written with SQLite's online backup API while the file stays open, under a hidden name, and
only given its name once ``PRAGMA quick_check`` passed on the copy.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from proxydesk.errors import FileProblem
from proxydesk.storage.access import can_write, connect_read_only
from proxydesk.storage.locking import WriterLock

MARK = ".backup-"
DAILY = "daily"
BEFORE_RESTORE = "before-restore"
STAMP = "%Y%m%dT%H%M%SZ"
#: what SQLite may keep beside a database: never a backup of its own
COMPANIONS = ("-wal", "-shm", "-journal")
#: how many days keep their newest daily backup, and how many weeks theirs
KEEP_DAYS = 7
KEEP_WEEKS = 4


@dataclass(frozen=True)
class Backup:
    """One backup beside a case file; ``id`` is what ``backups restore`` takes."""

    path: Path
    id: str
    taken: datetime
    kind: str

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def list_backups(path: Path) -> list[Backup]:
    """The backups beside ``path``, newest first."""
    path = Path(path)
    prefix = path.name + MARK
    found = []
    try:
        names = os.listdir(path.parent if str(path.parent) else ".")
    except OSError:
        return []
    for name in names:
        if not name.startswith(prefix):
            continue
        ident = name[len(prefix) :]
        if ident.endswith(COMPANIONS):
            continue
        stamp, _, kind = ident.partition("-")
        try:
            taken = datetime.strptime(stamp, STAMP).replace(tzinfo=UTC)
        except ValueError:
            continue
        found.append(Backup(path.with_name(name), ident, taken, kind))
    return sorted(found, key=lambda b: (b.taken, _written(b.path)), reverse=True)


def _written(path: Path) -> int:
    """When the file was written (two backups of one second are told apart so)."""
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


def quick_check(path: Path, *, read_only: bool = True) -> str | None:
    """What ``PRAGMA quick_check`` finds wrong with the file at ``path``; None when it is good.

    A case file about to be written is checked on a connection that may write (it writes
    nothing): the last one to close a file in WAL mode takes its ``-wal`` and ``-shm`` away.
    """
    try:
        if read_only or not can_write(path):
            # a file this user may not write is read as it is, with nothing made beside it
            db = connect_read_only(path)
        else:
            db = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=rw", uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        rows = [str(row[0]) for row in db.execute("PRAGMA quick_check(5)")]
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        db.close()
    if rows == ["ok"]:
        return None
    lines = [line.strip() for row in rows for line in row.splitlines()]
    found = [line for line in lines if line and not line.startswith("***")]
    said = "; ".join(found) or "the check gave no answer"
    return said if len(said) <= 200 else said[:199] + "…"


def take(path: Path, kind: str = DAILY, *, now: datetime | None = None) -> Backup:
    """A checked backup of ``path`` (open elsewhere or not) beside it."""
    path = Path(path)
    taken = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    ident = f"{taken.strftime(STAMP)}-{kind}"
    target = path.with_name(f"{path.name}{MARK}{ident}")
    partial = path.with_name(f".{path.name}.{os.getpid()}.backup-partial")
    partial.unlink(missing_ok=True)
    try:
        _copy(path, partial)
        problem = quick_check(partial)
        if problem is not None:
            raise FileProblem(f"the backup of {path} did not pass its check ({problem})")
        with open(partial, "rb") as written:
            os.fsync(written.fileno())
        os.replace(partial, target)
    except sqlite3.Error as exc:
        raise FileProblem(f"cannot back up {path}: {exc}") from None
    except OSError as exc:
        raise FileProblem(f"cannot back up {path}: {exc.strerror or exc}") from None
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            partial.with_name(partial.name + suffix).unlink(missing_ok=True)
    return Backup(target, ident, taken, kind)


def _copy(source: Path, target: Path, *, journal: str = "DELETE") -> None:
    """The whole of ``source`` (its WAL too) into ``target`` by SQLite's online backup API;
    a backup is one file (no WAL of its own), a restored case file keeps its WAL."""
    # a connection that may write (it writes nothing): the last one to close a file in WAL
    # mode takes its -wal and -shm away, which a read-only one cannot
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=rw", uri=True)
    dest = sqlite3.connect(target)
    try:
        src.backup(dest)
        dest.execute(f"PRAGMA journal_mode={journal}")
    finally:
        dest.close()
        src.close()


def keep(backups: list[Backup], now: datetime) -> set[str]:
    """The daily backups the rule keeps: the newest of each of the last 7 days and of each
    of the last 4 weeks (ids)."""
    kept: set[str] = set()
    days: set[object] = set()
    weeks: set[object] = set()
    today = now.astimezone(UTC).date()
    for backup in sorted(backups, key=lambda b: b.taken, reverse=True):
        if backup.kind != DAILY:
            continue
        day = backup.taken.date()
        age = (today - day).days
        if 0 <= age < KEEP_DAYS and day not in days:
            days.add(day)
            kept.add(backup.id)
        week = day.isocalendar()[:2]
        if 0 <= age < KEEP_WEEKS * 7 and week not in weeks:
            weeks.add(week)
            kept.add(backup.id)
    return kept


def prune(path: Path, *, now: datetime | None = None) -> list[Backup]:
    """Remove the daily backups the rule no longer keeps; the others are never touched."""
    backups = list_backups(path)
    kept = keep(backups, now or datetime.now(UTC))
    gone = [b for b in backups if b.kind == DAILY and b.id not in kept]
    for backup in gone:
        backup.path.unlink(missing_ok=True)
    return gone


def daily(path: Path, *, now: datetime | None = None) -> Backup | None:
    """Today's backup, when there is none yet (then the old ones are pruned); else None."""
    now = now or datetime.now(UTC)
    today = now.astimezone(UTC).date()
    if any(b.kind == DAILY and b.taken.date() == today for b in list_backups(path)):
        return None
    made = take(path, DAILY, now=now)
    prune(path, now=now)
    return made


def newest_good(path: Path) -> Backup | None:
    """The newest backup beside ``path`` that passes its check."""
    for backup in list_backups(path):
        if quick_check(backup.path) is None:
            return backup
    return None


def find(path: Path, ident: str) -> Backup:
    for backup in list_backups(path):
        if backup.id == ident:
            return backup
    raise FileProblem(f"{path} has no backup {ident}; `proxydesk backups` lists them")


def restore(path: Path, ident: str, *, now: datetime | None = None) -> Backup:
    """Put backup ``ident`` back as ``path``; the file as it was is kept as a backup first.

    The file must not be open for writing elsewhere (its writer lock is taken here). Returns
    the backup of the file as it was.
    """
    path = Path(path)
    chosen = find(path, ident)
    problem = quick_check(chosen.path)
    if problem is not None:
        raise FileProblem(f"the backup {ident} is damaged too ({problem}); choose another")
    lock = WriterLock(path)
    lock.acquire()
    try:
        before = _keep_as_it_was(path, now)
        try:
            _copy(chosen.path, path, journal="WAL")  # into the file itself, WAL and all
        except sqlite3.Error:
            _replace_whole(chosen.path, path)
        return before
    finally:
        lock.release()


def _keep_as_it_was(path: Path, now: datetime | None) -> Backup:
    try:
        return take(path, BEFORE_RESTORE, now=now)
    except FileProblem:
        # a damaged file does not copy by SQLite: keep its bytes as they are
        taken = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
        ident = f"{taken.strftime(STAMP)}-{BEFORE_RESTORE}"
        target = path.with_name(f"{path.name}{MARK}{ident}")
        shutil.copyfile(path, target)
        return Backup(target, ident, taken, BEFORE_RESTORE)


def _replace_whole(backup: Path, path: Path) -> None:
    """A file SQLite cannot write into (too damaged): the backup's bytes take its place."""
    partial = path.with_name(f".{path.name}.{os.getpid()}.restoring")
    shutil.copyfile(backup, partial)
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    os.replace(partial, path)
