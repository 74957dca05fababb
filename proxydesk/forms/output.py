"""Writing PDFs safely and reporting progress: what every form shares with its caller."""

from __future__ import annotations

import contextlib
import os
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

from proxydesk.errors import InvalidInput, ProxyDeskError

#: ``progress(done, total)``: called from the rendering thread now and then
Progress = Callable[[int, int], None]


class RenderCancelled(ProxyDeskError):
    """The user cancelled making the document; nothing was written."""


def check_cancel(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise RenderCancelled("cancelled; no document was written")


def write_pdf(path: Path | str, data: bytes) -> Path:
    """Write beside the target and rename: a reader never sees half a PDF, a failure leaves none."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InvalidInput(f"cannot write {target}: the folder {folder} does not exist")
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
