"""Running a part of the app as ``nobody``: the suite runs as root, whom file modes do not stop.

A user without write access is had with ``setpriv`` (util-linux) in a process of its own, in a
folder outside the suite's own (which only root may enter).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


@contextmanager
def shared_folder() -> Iterator[Path]:
    """A folder ``nobody`` may enter, with a ``home`` inside that ``nobody`` may write."""
    folder = Path(tempfile.mkdtemp(prefix="proxydesk-read-only-"))
    folder.chmod(0o755)
    home = folder / "home"
    home.mkdir()
    home.chmod(0o777)
    try:
        yield folder
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder)


@contextmanager
def passable(*paths: Path) -> Iterator[None]:
    """Every folder above ``paths`` may be passed through by anybody, for as long as it runs.

    A clone in a folder only root may enter (``mktemp -d`` makes one) keeps ``nobody`` from
    the repository and its venv; only the missing "pass through" bit is added, and taken
    away again afterwards.
    """
    added: list[Path] = []
    folders = {folder for path in paths for folder in Path(path).parents}
    try:
        for folder in sorted(folders):
            mode = folder.stat().st_mode
            if not mode & stat.S_IXOTH:
                folder.chmod(stat.S_IMODE(mode) | stat.S_IXOTH)
                added.append(folder)
        yield
    finally:
        for folder in added:
            folder.chmod(stat.S_IMODE(folder.stat().st_mode) & ~stat.S_IXOTH)


def python_as_nobody(args: list[str], home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """``python args`` run by ``nobody`` from the repository, its home in ``home``."""
    environment = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(home),
        "PYTHONPATH": str(ROOT),
        **env,
    }
    python = Path(sys.executable)
    with passable(ROOT / "proxydesk", python, python.resolve()):
        return subprocess.run(
            [*NOBODY, sys.executable, *args],
            cwd=ROOT,
            env=environment,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )


#: what may keep ``nobody`` from writing a case file
READ_ONLY = ["the file", "its folder"]


#: a file's content (a digest) and what its folder holds
State = tuple[str, list[str]]


def as_it_is(file: Path) -> State:
    """The file's content (a digest) and what its folder holds, to see that nothing changed."""
    return hashlib.sha256(file.read_bytes()).hexdigest(), sorted(
        p.name for p in file.parent.iterdir()
    )


def make_read_only(file: Path, read_only: str) -> State:
    """``the file`` read-only in a folder anybody may write, or ``its folder`` read-only
    around a file anybody may write: either way ``nobody`` cannot write the case file.
    Answers the file and its folder as they are now (``as_it_is``)."""
    if read_only == "the file":
        file.parent.chmod(0o777)
        file.chmod(0o444)
    else:
        file.chmod(0o666)
        file.parent.chmod(0o555)
    return as_it_is(file)
