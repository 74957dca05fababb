"""One writer per case file: an advisory lock beside it, released when the process ends."""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO

from proxydesk.errors import FileInUse

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt


def lock_path_for(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


class WriterLock:
    """Held while a process may write the case file; a second writer is told who has it."""

    def __init__(self, path: Path) -> None:
        self.path = lock_path_for(path)
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held until release()
        try:
            if fcntl is not None:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            else:  # pragma: no cover
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            handle.seek(0)
            holder = handle.read().strip() or "unknown"
            handle.close()
            raise FileInUse(
                f"{self.path.with_suffix('').name} is open for writing in another ProxyDesk "
                f"(process {holder}); close it there first"
            ) from None
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

    @property
    def held(self) -> bool:
        return self._handle is not None
