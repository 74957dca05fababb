"""One writer per case file: a lock on the file itself, released when the process ends.

The lock is taken on the file (its device and inode), not on its name: two hard-linked
names of one file, or a symlink to it, get one writer between them. A small file beside the
case file (``<name>.lock``) holds the writer's process id, to name it to a second writer.

The lock is a BSD ``flock`` on a descriptor of the case file, which SQLite's own POSIX
locks never see. That descriptor is kept open for the life of the process: closing any
descriptor of a file drops every POSIX lock the process holds on it, SQLite's included.
"""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path
from typing import IO

from proxydesk.errors import FileInUse

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt

FileKey = tuple[int, int]

#: one open descriptor per file this process has locked, kept open (see above)
_descriptors: dict[FileKey, int] = {}
#: the files this process holds the writer lock of (a flock does not stop the process itself)
_held: set[FileKey] = set()
_guard = threading.RLock()  # reentrant: a lock let go by the garbage collector


def lock_path_for(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def _descriptor(path: Path) -> tuple[FileKey, int] | None:
    """The kept descriptor of the file at ``path``; None when there is no file yet."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        return None
    info = os.fstat(fd)
    key = (info.st_dev, info.st_ino)
    kept = _descriptors.get(key)
    if kept is not None and os.fstat(kept).st_nlink > 0:
        os.close(fd)  # no POSIX lock is lost: the kept descriptor stays open
        return key, kept
    if kept is not None:
        os.close(kept)  # a removed file whose inode number came back
    _descriptors[key] = fd
    return key, fd


class WriterLock:
    """Held while a process may write the case file; a second writer is told who has it."""

    def __init__(self, path: Path) -> None:
        self.file = Path(path)
        self.path = lock_path_for(self.file)
        self._key: FileKey | None = None
        self._handle: IO[str] | None = None

    def _in_use(self, holder: str) -> FileInUse:
        return FileInUse(
            f"{self.file.name} is open for writing in another ProxyDesk "
            f"(process {holder}); close it there first"
        )

    def _holder(self) -> str:
        """The writer's process id as its lock file beside this name says it."""
        try:
            holder = self.path.read_text(encoding="utf-8").strip()
        except OSError:
            holder = ""
        return holder or "unknown, perhaps under another name"

    def _lock_file(self) -> None:
        """The lock on the file itself, when it is there (a file being made is not yet)."""
        if fcntl is None:  # pragma: no cover - Windows locks by name only
            return
        with _guard:
            found = _descriptor(self.file)
            if found is None:
                return
            key, fd = found
            if key in _held:
                raise self._in_use(str(os.getpid()))
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                raise self._in_use(self._holder()) from None
            _held.add(key)
            self._key = key

    def _unlock_file(self) -> None:
        with _guard:
            if self._key is None:
                return
            fd = _descriptors.get(self._key)
            if fd is not None and fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_UN)
            _held.discard(self._key)
            self._key = None

    def acquire(self) -> None:
        self._lock_file()
        try:
            handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held until release()
        except BaseException:
            self._unlock_file()
            raise
        try:
            if fcntl is not None:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            else:  # pragma: no cover
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            handle.seek(0)
            holder = handle.read().strip() or "unknown"
            handle.close()
            self._unlock_file()
            raise self._in_use(holder) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        try:
            self._handle.seek(0)
            self._handle.truncate()
        finally:
            self._handle.close()  # closing drops the lock
            self._handle = None
            self._unlock_file()

    def __del__(self) -> None:
        # a lock dropped without release() is let go, as closing its lock file lets go of that
        with contextlib.suppress(Exception):  # at interpreter exit the module may be gone
            self._unlock_file()

    @property
    def held(self) -> bool:
        return self._handle is not None
