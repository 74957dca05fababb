"""Writing PDFs safely and reporting progress: what every form shares with its caller."""

from __future__ import annotations

import contextlib
import os
import tempfile
import threading
from pathlib import Path

from proxydesk import progress
from proxydesk.errors import InvalidInput

#: the stages a document is made in, as ``Progress.stage`` reports them
STAGE_SUMMARY = "summary"  # cover, contents, summary, promises, contradictions: flowables
STAGE_TIMELINE = "timeline"  # the timeline: entries
STAGE_APPENDIX = "appendix"  # the list of attachments and the power of attorney: flowables
STAGE_SCANS = "scans"  # the signed scans appended: scans


class RenderCancelled(progress.Cancelled):
    """The user cancelled making the document; nothing was written."""


def check_cancel(cancel: threading.Event | None) -> None:
    progress.check_cancel(cancel, RenderCancelled, "cancelled; no document was written")


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
