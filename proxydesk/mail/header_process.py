"""Reading mail in a second process, so a big import uses the machine's other core.

Python runs one thread at a time: while the fetch thread read header blocks, the thread
storing the previous batch waited for its turn, and a full import kept one core busy
however many the machine has. For a big import, each fetched batch goes to a process of
its own (started fresh, not forked: the app may run Qt threads), which reads the headers,
checks the mail against what makes it relevant and parses the body of the mail that needs
it. Should the process fail, all that is done here as before.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import multiprocessing
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import datetime, timezone

from proxydesk.mail.headers import Headers, read_headers
from proxydesk.mail.parse import ParsedMessage, parse_message
from proxydesk.mail.relevance import Relevance

log = logging.getLogger(__name__)

#: from this many messages on, an import reads mail in a process of its own; starting one
#: costs about as much as reading a thousand header blocks
PROCESS_FROM = 2000

_Item = tuple[bytes, datetime | None]


class HeaderProblem(Exception):
    """A header block that could not be read, as the reader's words (picklable)."""


@dataclass(frozen=True)
class Read:
    """What the other process worked out for one message."""

    digest: str  # SHA-256 of the whole message
    headers: Headers | Exception
    relevant: bool | None  # None: left to the store (no header block)
    parsed: ParsedMessage | None  # None: not needed, or left to the store


def read_headers_safely(raw: bytes, internaldate: datetime | None) -> Headers | Exception:
    """The header block read, or what went wrong: any header failure quarantines that mail."""
    try:
        return read_headers(raw, internaldate)
    except Exception as exc:
        return exc


def needs_parsing(relevant: bool, headers: Headers) -> bool:
    """Whether a mail's body is read at once: it may go into a case, or is a receipt."""
    return relevant or headers.is_read_receipt or headers.receipt_requested


def read_batch(items: list[_Item], relevance: Relevance, import_all: bool) -> list[Read]:
    """What the other process does for one batch: content hash, headers, relevance, and the
    body of the mail that needs it. Whatever fails here is left to the store, which fails
    the same way and knows what to do about it."""
    done = []
    for raw, date in items:
        digest = hashlib.sha256(raw).hexdigest()
        headers = read_headers_safely(raw, date)
        if isinstance(headers, Exception):
            done.append(Read(digest, HeaderProblem(str(headers)), None, None))
            continue
        relevant = not import_all or relevance.matches_raw(headers, raw)
        parsed = None
        if needs_parsing(relevant, headers):
            # an unparseable mail is quarantined by the store, with the store's own words
            with contextlib.suppress(Exception):
                parsed = parse_message(raw, date)
        done.append(Read(digest, headers, relevant, parsed))
    return done


class HeaderProcess:
    """One other process reading mail, batch by batch, in order."""

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = ProcessPoolExecutor(
            max_workers=1, mp_context=multiprocessing.get_context("spawn")
        )
        # started now, so it is ready (Python and the parser loaded) when the first batch is
        self._pool.submit(read_batch, [], Relevance(), True)

    def submit(
        self, messages: list[tuple[bytes, datetime | None]], relevance: Relevance, import_all: bool
    ) -> Future[list[Read]] | None:
        """The batch worked out over there; None when the process is not usable."""
        if self._pool is None:
            return None
        items = [(raw, _picklable(date)) for raw, date in messages]
        try:
            return self._pool.submit(read_batch, items, relevance, import_all)
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
