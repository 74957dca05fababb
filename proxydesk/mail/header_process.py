"""Reading header blocks in a second process, so a big import uses the machine's other core.

Python runs one thread at a time: while the fetch thread read header blocks, the thread
storing the previous batch waited for its turn, and a full import kept one core busy
however many the machine has. For a big import, header blocks go to a process of their
own (started fresh, not forked: the app may run Qt threads). Only each header block
travels there and only the read values come back; should the process fail, the headers
are read here as before.
"""

from __future__ import annotations

import logging
import multiprocessing
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import datetime, timezone

from proxydesk.mail.headers import Headers, header_block, read_headers

log = logging.getLogger(__name__)

#: from this many messages on, an import reads headers in a process of its own; starting
#: one costs about as much as reading a thousand header blocks
PROCESS_FROM = 2000

_Item = tuple[bytes, datetime | None]


class HeaderProblem(Exception):
    """A header block that could not be read, as the reader's words (picklable)."""


def read_headers_safely(raw: bytes, internaldate: datetime | None) -> Headers | Exception:
    """The header block read, or what went wrong: any header failure quarantines that mail."""
    try:
        return read_headers(raw, internaldate)
    except Exception as exc:
        return exc


def read_blocks(items: list[_Item]) -> list[Headers | Exception]:
    """What the other process does: one batch of header blocks."""
    read = (read_headers_safely(block, date) for block, date in items)
    return [HeaderProblem(str(h)) if isinstance(h, Exception) else h for h in read]


class HeaderProcess:
    """One other process reading header blocks, batch by batch, in order."""

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = ProcessPoolExecutor(
            max_workers=1, mp_context=multiprocessing.get_context("spawn")
        )

    def submit(
        self, messages: list[tuple[bytes, datetime | None]]
    ) -> Future[list[Headers | Exception]] | None:
        """The batch's headers, read over there; None when the process is not usable."""
        if self._pool is None:
            return None
        items = [(header_block(raw), _picklable(date)) for raw, date in messages]
        try:
            return self._pool.submit(read_blocks, items)
        except (BrokenProcessPool, RuntimeError, OSError):
            log.warning("the header process is gone; headers are read in this process")
            self._pool = None
            return None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def _picklable(date: datetime | None) -> datetime | None:
    """IMAPClient's own time zone class cannot be pickled; the same offset as a timezone."""
    if date is None or date.tzinfo is None:
        return date
    offset = date.utcoffset()
    return date if offset is None else date.replace(tzinfo=timezone(offset))
