"""A signed scan on disk: read in steps the user can follow and stop, told apart, checked."""

from __future__ import annotations

import io
import os
import stat
import threading
from pathlib import Path

from proxydesk.errors import InvalidInput
from proxydesk.progress import Cancelled, ProgressCallback, check_cancel, report

#: a scan larger than this is refused: a signed page scans to a few MB at most
MAX_SCAN_BYTES = 50 * 1024 * 1024
SCAN_TYPES = {"application/pdf": "PDF", "image/png": "PNG", "image/jpeg": "JPEG"}
#: storing a scan reports these stages: bytes read, the file checked, the scan stored
STAGE_READ = "read"
STAGE_CHECK = "check"
STAGE_STORE = "store"
#: read this many bytes between two looks at Cancel
CHUNK = 1024 * 1024


class ScanImportCancelled(Cancelled):
    """The user stopped storing a scan; the case file is as it was."""


def scan_type(data: bytes) -> str | None:
    """The MIME type of a scan, told from its first bytes; None when it is none we accept."""
    if data.startswith(b"%PDF-"):
        return "application/pdf"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    return None


def check_scan(data: bytes, mime: str, name: str) -> None:
    """Refuse a scan that cannot be put on paper later: broken, empty or locked."""
    try:
        if mime == "application/pdf":
            from pypdf import PdfReader

            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted:
                raise InvalidInput(f"{name} is a password-protected PDF; save it without one")
            if len(reader.pages) == 0:
                raise InvalidInput(f"{name} is a PDF without pages")
        else:
            from PIL import Image

            with Image.open(io.BytesIO(data)) as image:
                image.verify()
    except InvalidInput:
        raise
    except Exception as exc:  # pypdf and Pillow raise many kinds for broken files
        raise InvalidInput(f"{name} is not a readable {SCAN_TYPES[mime]} file ({exc})") from None


def stop_if_cancelled(cancel: threading.Event | None) -> None:
    check_cancel(cancel, ScanImportCancelled, "stopped; the scan was not stored")


def read_scan(
    path: Path,
    *,
    progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
) -> tuple[bytes, str]:
    """The scan's bytes and MIME type, read and checked; a plain error when it is unusable."""
    try:
        # not blocking: a FIFO given as the scan is refused below, not waited on
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        handle = os.open(path, flags)
        found = os.fstat(handle)  # what was opened, not what the name said a moment before
        if not stat.S_ISREG(found.st_mode):
            os.close(handle)
            raise InvalidInput(f"{path} is not a plain file; give the scan's file")
        with os.fdopen(handle, "rb") as source:
            size = found.st_size
            if size > MAX_SCAN_BYTES:
                raise _too_big(path, size)
            chunks: list[bytes] = []
            done = 0
            # never more than the limit, even from a file that grows while it is read
            while chunk := source.read(min(CHUNK, MAX_SCAN_BYTES + 1 - done)):
                stop_if_cancelled(cancel)
                chunks.append(chunk)
                done += len(chunk)
                if done > MAX_SCAN_BYTES:
                    raise _too_big(path, done)
                report(progress, STAGE_READ, done, max(size, done))
        data = b"".join(chunks)
    except OSError as exc:
        raise InvalidInput(f"cannot read {path}: {exc.strerror or exc}") from None
    if not data:
        raise InvalidInput(f"{path.name} is empty")
    mime = scan_type(data)
    if mime is None:
        raise InvalidInput(
            f"{path.name} is neither a PDF nor a PNG or JPEG image; scan the signed "
            "power of attorney to one of those"
        )
    stop_if_cancelled(cancel)
    report(progress, STAGE_CHECK, 0, 1)
    check_scan(data, mime, path.name)
    report(progress, STAGE_CHECK, 1, 1)
    return data, mime


def _too_big(path: Path, size: int) -> InvalidInput:
    limit = MAX_SCAN_BYTES // 1024 // 1024
    return InvalidInput(
        f"{path.name} is {max(size / 1024 / 1024, limit + 1):.0f} MB; a scan may be at most "
        f"{limit} MB - scan it at 150-300 dpi or as PDF"
    )
