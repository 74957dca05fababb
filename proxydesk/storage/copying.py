"""Save a Copy: a consistent copy of an open case file, taken while it stays open."""

from __future__ import annotations

import os
from pathlib import Path

from proxydesk.errors import FileProblem
from proxydesk.storage.database import CaseFile

#: SQLite's companions of a file in WAL mode; a copy may never land on one of them
COMPANIONS = ("-wal", "-shm", "-journal")


def save_copy(case_file: CaseFile, target: Path) -> int:
    """Write the whole open file, as one snapshot, to ``target``; return the copy's size.

    A plain file copy of a WAL database can miss what is still in the ``-wal`` file, or catch
    a write half done. ``VACUUM INTO`` reads the file in one read transaction (writers carry
    on meanwhile) and writes a compact new database. It is written beside ``target`` under
    a temporary name and moved into place, so an existing ``target`` is replaced whole or not
    at all.
    """
    target = Path(target).expanduser().absolute()
    if _same_file(target, case_file.path):
        raise FileProblem(f"{target} is the open file itself; choose another name for the copy")
    for suffix in (*COMPANIONS, ".lock"):
        if _same_file(target, case_file.path.with_name(case_file.path.name + suffix)):
            raise FileProblem(f"{target} belongs to the open file; choose another name")
    if target.is_dir():
        raise FileProblem(f"{target} is a folder; choose a file name for the copy")
    if not target.parent.is_dir():
        raise FileProblem(f"there is no folder {target.parent}")
    partial = target.with_name(f".{target.name}.partial-{os.getpid()}")
    partial.unlink(missing_ok=True)
    raw = case_file.engine.raw_connection()
    try:
        # the connection runs outside any transaction (see database._on_connect), as VACUUM needs
        sqlite = raw.driver_connection
        assert sqlite is not None
        sqlite.execute("VACUUM INTO ?", (str(partial),))
        with open(partial, "rb") as written:
            os.fsync(written.fileno())
        os.replace(partial, target)
    except OSError as exc:
        raise FileProblem(f"cannot write the copy to {target}: {exc.strerror or exc}") from None
    except Exception as exc:  # sqlite3.Error: a full disk, no permission ...
        raise FileProblem(f"cannot write the copy to {target}: {exc}") from None
    finally:
        raw.close()
        partial.unlink(missing_ok=True)
    return target.stat().st_size


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and a.samefile(b))
    except OSError:
        return False
