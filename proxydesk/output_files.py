"""Where a document, a calendar or a saved mail may be written: never over a case file.

Every writer of an output file (the CLI's ``-o``, ``--edit-json``, the app's save dialogs)
calls :func:`check_output` before it writes, or writes through :func:`write_output`. A path
is refused when it names anything that is not a regular file (a folder, a device such as
``/dev/full``, a FIFO), any SQLite database (the open case file, another case file, a backup
``NAME.backup-*``) or a file SQLite keeps beside a database (``-wal``, ``-shm``,
``-journal``) or ProxyDesk's lock (``.lock``). The check needs no open file: a case file is
recognised by what it holds, whichever name reaches it (a symbolic link, a hard link).
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from proxydesk.errors import InvalidInput

#: the first bytes of every SQLite database, and of a write-ahead log
SQLITE_HEADER = b"SQLite format 3\x00"
WAL_MAGIC = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")

#: what SQLite and ProxyDesk keep beside a database under its name plus a suffix
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal", ".lock")
BACKUP_MARK = ".backup-"


def check_output(path: Path | str) -> Path:
    """``path`` if a new file may be written there; :class:`InvalidInput` (one line) if not."""
    target = Path(path)
    if not str(path):
        raise InvalidInput("cannot write to an empty file name")
    try:
        found = target.stat()  # follows a symbolic link to what it names
    except FileNotFoundError:
        found = None
    except OSError as exc:
        raise InvalidInput(f"cannot write {target}: {exc.strerror or exc}") from None
    if found is not None:
        if stat.S_ISDIR(found.st_mode):
            raise InvalidInput(f"cannot write {target}: it is a folder; give a file name")
        if not stat.S_ISREG(found.st_mode):
            raise InvalidInput(f"cannot write {target}: it is not a plain file (a device or pipe)")
        if _is_database(target):
            raise InvalidInput(
                f"will not write over {target}: it is a database (a case file or its backup)"
            )
    base = _database_beside(target)
    if base is not None:
        raise InvalidInput(f"will not write {target}: it belongs to the case file {base}")
    # before any work is done for it: a folder that is not there, or not to be written in
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InvalidInput(f"cannot write {target}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise InvalidInput(f"cannot write {target}: Permission denied (the folder is read-only)")
    return target


def write_output(path: Path | str, data: bytes) -> Path:
    """Check ``path``, write beside it and rename: never half a file, never over a case file."""
    target = check_output(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise InvalidInput(f"cannot write {target}: {exc.strerror or exc}") from None
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        check_output(target)  # again, just before the rename: nothing took the name meanwhile
        os.replace(temp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise InvalidInput(f"cannot write {target}: {exc.strerror or exc}") from None
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return target


def _is_database(path: Path) -> bool:
    """Whether the regular file at ``path`` starts like a SQLite database or its log."""
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return head == SQLITE_HEADER or head[:4] in WAL_MAGIC


def _database_beside(path: Path) -> Path | None:
    """The database whose companion ``path`` would be (``c.proxydesk-wal``…), if there is one."""
    name = path.name
    bases = [name[: -len(s)] for s in COMPANION_SUFFIXES if name.endswith(s) and len(name) > len(s)]
    if BACKUP_MARK in name:
        bases.append(name.split(BACKUP_MARK, 1)[0])
    for base in bases:
        candidate = path.with_name(base)
        if candidate.is_file() and _is_database(candidate):
            return candidate
    return None


def save_into_folder(folder: Path, name: str, data: bytes, *, mode: int = 0o666) -> Path:
    """A new file ``name`` (or ``stem (2).ext``…) inside ``folder``; never outside it, never over
    anything that is there (a file, a link, a dangling link), never beside a case file as its
    companion. ``name`` must be one plain file name (made so by ``safe_filename``).
    """
    if not name or name in (".", "..") or any(s in name for s in ("/", "\\", "\x00")):
        raise InvalidInput(f"will not save {name!r}: it is no plain file name")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InvalidInput(f"cannot save into {folder}: {exc.strerror or exc}") from None
    if not folder.is_dir():
        raise InvalidInput(f"cannot save into {folder}: it is not a folder")
    stem, suffix = _stem_and_suffix(name)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    flags |= getattr(os, "O_BINARY", 0)
    for n in range(1, 1000):
        candidate = name if n == 1 else f"{stem} ({n}){suffix}"
        if _database_beside(folder / candidate) is not None:
            continue
        try:
            handle = _open_in(folder, candidate, flags, mode)
        except FileExistsError:  # a file, a folder or a link (even one to nowhere) has the name
            continue
        except OSError as exc:
            why = exc.strerror or exc
            raise InvalidInput(f"cannot save {candidate} into {folder}: {why}") from None
        target = folder / candidate
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
        except BaseException:
            with contextlib.suppress(OSError):
                target.unlink()
            raise
        return target
    raise InvalidInput(f"cannot save {name} into {folder}: too many files of that name")


def _open_in(folder: Path, name: str, flags: int, mode: int) -> int:
    """Open ``name`` relative to the folder itself where the system allows (no path to follow)."""
    if os.open in os.supports_dir_fd:
        directory = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            return os.open(name, flags, mode, dir_fd=directory)
        finally:
            os.close(directory)
    return os.open(folder / name, flags, mode)


def _stem_and_suffix(name: str) -> tuple[str, str]:
    path = Path(name)
    return path.stem, path.suffix
