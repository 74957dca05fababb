"""The one way in: opening a case file for the command line and the app alike (no Qt here).

Every open starts with ``check``, which reads what the file is (there or not, its schema
revision) once; the rest of the open is handed that state and never reads it again. Then:

- the quick way in (``open_quickly``, the app's first screen): the writer lock and a
  ``FileReader`` on plain sqlite3, SQLAlchemy not even imported; ``load_services`` adds the
  services on the lock already held, once the first screen is painted;
- a command's way in (``open_for_command``): the readers at once, the services (and with
  them SQLAlchemy) only when the command asks for them or writes;
- the full way in (``open_file``): the lock, the schema check, the backup before an upgrade
  and the upgrade, read-only, a file from a newer ProxyDesk refused; a file is made when it
  is missing (``open_for_app``, ``new_file``), the demo in a folder of its own (``open_demo``);
- a damaged file is worded plainly (``damaged``).

The rules of issue 13 each have one place here: how a case file is recognised by a mark of
its own is asked in ``check`` (``storage/revision.py`` reads it; nothing is written before it
said yes), and so is refusing an empty file name (the faces refuse it first, in
``locations.chosen_file``); the writer lock is on the file itself, not its name
(``storage/locking.py``); the integrity check (``PRAGMA quick_check``) and the day's rolling
backup (``storage/backups.py``, beside the backup before an upgrade) run before a command's
first write and in the app on the runner after the first screen (``services/backups.py``:
``before_writing``, ``check_after_first_screen``), never for a read-only listing; atomic
creation (made under a temporary name, given its name when whole) in ``make_file``, which
``new_file``, ``open_for_app`` and ``open_demo`` use.
"""

from __future__ import annotations

import sqlite3
import stat
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from proxydesk.errors import FileInUse, FileProblem, ProxyDeskError
from proxydesk.progress import Cancelled
from proxydesk.reading.file import FileReader
from proxydesk.storage.access import can_write
from proxydesk.storage.locking import WriterLock
from proxydesk.storage.revision import FileState, file_state

if TYPE_CHECKING:
    # the type of an open file, for the faces; SQLAlchemy loads only when a file is opened
    from proxydesk.services.registry import Services
    from proxydesk.storage.database import CaseFile

DEMO_FILE_NAME = "demo.proxydesk"

#: asked when another ProxyDesk writes the file: open it read-only instead?
AskReadOnly = Callable[[FileInUse], bool]


def check(path: Path) -> FileState:
    """What the file is: there or not, a case file by its mark (or, made before the mark, by
    its tables and settings), and its schema revision; read here, once per open, and before
    anything is written (no WAL switch, backup or lock file for a file not recognised)."""
    path = Path(path)
    if not str(path) or path == Path():
        raise FileProblem("the case file's name is empty; name a file")
    refuse_odd_file(path)
    return file_state(path)


def refuse_odd_file(path: Path) -> None:
    """A folder, a named pipe, a device or a socket is no case file: refused before it is read
    (a pipe would never answer) or replaced (``init``)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return  # not there (or not to be seen): said later, in the words of a missing file
    if not stat.S_ISREG(mode):
        kind = "a folder" if stat.S_ISDIR(mode) else "a device, a pipe or a socket"
        raise FileProblem(f"{path} is not a case file: it is {kind}, not a plain file")


def damaged(path: Path, exc: BaseException) -> FileProblem | None:
    """A file whose schema's row reads but whose tables do not, said in words; else None."""
    error = getattr(exc, "orig", exc)  # SQLAlchemy wraps the sqlite3 error
    # "file is not a database", "malformed", "no such table"; a broken rule is no damage
    if isinstance(error, sqlite3.DatabaseError) and not isinstance(error, sqlite3.IntegrityError):
        return FileProblem(f"{path} is damaged and cannot be read: {error}")
    return None


def open_file(
    path: Path,
    *,
    writable: bool = True,
    create: bool = False,
    timezone: str | None = None,
    state: FileState | None = None,
    lock: WriterLock | None = None,
) -> CaseFile:
    """The full way in: lock, schema check, backup before an upgrade, read-only, newer refused."""
    from proxydesk.storage.database import open_case_file

    path = Path(path)
    return open_case_file(
        path,
        create=create,
        writable=writable,
        timezone=timezone,
        lock=lock,
        state=state if state is not None else check(path),
    )


#: fills a file being made (the demo case) before it is given its name
Fill = Callable[["CaseFile"], None]


def make_file(path: Path, *, timezone: str | None = None, fill: Fill | None = None) -> None:
    """Make a case file at ``path``, whole or not at all; an existing file is never replaced.

    It is made (and filled) under a temporary name in the same folder, closed, which writes
    its WAL into it, and only then given its name: a process killed meanwhile leaves at most
    a hidden ``.<name>.*.making`` file, never a half-made case file under the name.
    """
    import os
    import secrets

    path = Path(path)
    refuse_odd_file(path)
    if path.exists() and path.stat().st_size > 0:
        raise FileProblem(f"{path} exists already; choose another name or open it")
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.making")
    # the mode SQLite gives a file it makes (0644 less the umask)
    os.close(os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644))
    try:
        with open_file(temp, create=True, timezone=timezone) as made:
            if fill is not None:
                fill(made)
            with made.engine.connect() as conn:  # all of it into the file, none in its WAL
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        wal = temp.with_name(temp.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise FileProblem(f"{path} could not be finished; nothing was made")
        _give_name(temp, path)
    finally:
        for leftover in ("", "-wal", "-shm", ".lock"):
            temp.with_name(temp.name + leftover).unlink(missing_ok=True)


def _give_name(temp: Path, path: Path) -> None:
    """The whole file ``temp`` takes the name ``path``, which must not hold a case file."""
    import os

    try:
        os.link(temp, path)  # fails when the name is taken: nothing is replaced
    except FileExistsError:
        if path.stat().st_size > 0:
            raise FileProblem(f"{path} exists already; choose another name or open it") from None
        os.replace(temp, path)  # an empty file of that name holds nothing
    except OSError:  # a file system without hard links
        if path.exists() and path.stat().st_size > 0:
            raise FileProblem(f"{path} exists already; choose another name or open it") from None
        os.replace(temp, path)
    if hasattr(os, "O_DIRECTORY"):  # the new name itself survives a power cut
        folder = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def new_file(path: Path, *, timezone: str | None = None, fill: Fill | None = None) -> CaseFile:
    """A new case file at ``path``, made whole before it has its name (``make_file``), open."""
    make_file(path, timezone=timezone, fill=fill)
    return open_file(path)


def open_for_app(
    path: Path, ask_read_only: AskReadOnly, *, create_missing: bool = True
) -> CaseFile | None:
    """Open the file for writing, making it (and its folder) when it does not exist yet.

    When another ProxyDesk holds it, ``ask_read_only`` decides whether to open it read-only;
    None means the user chose not to open it. Without ``create_missing`` a file that is not
    there is an error (one chosen from a list may have gone meanwhile).
    """
    state = check(path)
    try:
        if create_missing and not state.exists:
            return new_file(path)
        if state.exists and not can_write(path):
            return open_file(path, writable=False, state=state)  # the window says read-only
        return open_file(path, writable=True, state=state)
    except FileInUse as exc:
        if not ask_read_only(exc):
            return None
        return open_file(path, writable=False, state=state)


def open_demo(folder: Path | None, language: str) -> CaseFile:
    """A fresh case file with the demo case told in ``language``, in ``folder`` or a new
    temporary one (removed again when the demo cannot be made)."""
    import shutil
    import tempfile

    from proxydesk.services.demo import DEMO_TIMEZONE, build_demo

    made = folder is None
    folder = folder if folder is not None else Path(tempfile.mkdtemp(prefix="proxydesk-demo-"))
    try:
        case_file = new_file(
            folder / DEMO_FILE_NAME,
            timezone=DEMO_TIMEZONE,
            fill=lambda made: build_demo(made, language),
        )
    except BaseException:
        if made:
            shutil.rmtree(folder, ignore_errors=True)
        raise
    return case_file


def save_copy(case_file: CaseFile, target: Path) -> int:
    """Save a Copy: the whole open file, as one snapshot, at ``target``; the copy's size."""
    from proxydesk.storage.copying import save_copy as copy

    return copy(case_file, target)


# -- the app's quick way in ----------------------------------------------------------------


@dataclass(frozen=True)
class QuickOpen:
    """A file's writer lock, held, a reader on the file, and what ``check`` found."""

    reader: FileReader
    lock: WriterLock
    state: FileState


def open_quickly(path: Path) -> QuickOpen | None:
    """The lock and a reader; None when the file must take the full way in.

    Any file that is not at the newest schema (new, older, newer, not a case file), held by
    another ProxyDesk or unreadable takes the full way in, which words what is wrong with it
    or asks what to do.
    """
    try:
        state = check(path)
        if not path.is_file() or not state.at_head or not can_write(path):
            return None  # a file this user cannot write opens read-only, the full way
    except (ProxyDeskError, OSError):
        return None
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
    return QuickOpen(reader, lock, state)


def load_services(quick: QuickOpen, *, cancel: threading.Event) -> Services:
    """On a pool thread: SQLAlchemy, the case file on the lock held, and its services.

    Cancelled (the window closed meanwhile), the file is closed again and its lock let go.
    """
    from proxydesk.services.registry import Services

    case_file = open_file(quick.reader.path, lock=quick.lock, state=quick.state)
    try:
        services = Services.for_file(case_file)
        if cancel.is_set():
            raise Cancelled()
        return services
    except BaseException:
        case_file.close()
        raise


# -- a command's way in --------------------------------------------------------------------


@dataclass
class CommandFile:
    """A case file open for one command: its readers at once, its services when asked.

    A command that only reads a file at the newest schema never loads SQLAlchemy: it reads
    through ``reader`` (plain sqlite3). One that writes, or a file that must first be
    upgraded, is opened the full way at once (lock, backup, upgrade).
    """

    path: Path
    state: FileState
    writable: bool
    case_file: CaseFile | None = None
    _reader: FileReader | None = field(default=None, repr=False)
    _services: Services | None = field(default=None, repr=False)

    @property
    def backup_path(self) -> Path | None:
        """The copy made before an upgrade, when this open upgraded the file."""
        return self.case_file.backup_path if self.case_file is not None else None

    @property
    def reader(self) -> FileReader:
        if self._reader is None:
            self._reader = FileReader.open(self.path)
        return self._reader

    @property
    def services(self) -> Services:
        if self._services is None:
            from proxydesk.services.registry import Services

            if self.case_file is None:
                self.case_file = open_file(self.path, writable=self.writable, state=self.state)
            self._services = Services.for_file(self.case_file)
        return self._services

    @property
    def zone(self) -> tzinfo:
        """The file's time zone, as read once by whichever of the two opened first."""
        if self.case_file is not None:
            return self.case_file.zone
        return self.reader.tz

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
        if self.case_file is not None:
            self.case_file.close()

    def __enter__(self) -> CommandFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_for_command(path: Path, *, writable: bool) -> CommandFile:
    """A file for one command; a file to write or to upgrade is opened the full way now."""
    path = Path(path)
    state = check(path)
    opened = CommandFile(path, state, writable)
    if writable:
        from proxydesk.services.backups import before_writing

        before_writing(path)
    if writable or not state.at_head:
        opened.case_file = open_file(path, writable=writable, state=state)
        if not writable:
            # upgraded (or found wanting) by the full way: read it as it now is
            opened.state = check(path)
    return opened
