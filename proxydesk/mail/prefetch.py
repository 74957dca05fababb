"""Fetching the next batch of mail while the current one is being stored.

The server's answer and the file's writes no longer wait for each other: a thread fetches
batch n+1 (and reads its header blocks) while batch n is written. Only that thread uses
the IMAP client while it runs; leaving the `with` block stops it and waits for it, so
afterwards the client is free again (to be logged out, or to go on with the next folder).
"""

from __future__ import annotations

import logging
import queue
import re
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures import Future
from datetime import datetime
from types import TracebackType
from typing import TYPE_CHECKING

from proxydesk.mail import header_process
from proxydesk.mail.header_process import Read
from proxydesk.mail.relevance import Relevance
from proxydesk.mail.store import Fetched

if TYPE_CHECKING:
    from imapclient import IMAPClient

#: what one FETCH reads: the whole message, without setting \\Seen, and the server's date
FETCH_QUERY = "(BODY.PEEK[] INTERNALDATE)"
_UID = re.compile(rb"\bUID (\d+)")
_INTERNALDATE = re.compile(rb'\bINTERNALDATE "([^"]*)"')

_Batch = tuple[list[int], list[Fetched]]

log = logging.getLogger(__name__)


def fetch_raw(client: IMAPClient, uids: list[int]) -> list[tuple[int, bytes, datetime | None]]:
    """One UID FETCH, read with imaplib under the client; a message expunged meanwhile is
    simply not there.

    IMAPClient's response parser tokenizes every response in Python: for a full import
    that was a sixth of the work, and it held the interpreter while the store waited to
    write. The answer to this one request needs only each message's literal, UID and
    INTERNALDATE (which IMAPClient's own date parser reads, as before).
    """
    from imapclient.datetime_util import parse_to_datetime
    from imapclient.exceptions import IMAPClientError

    imap = client._imap
    uid_set = ",".join(str(uid) for uid in uids)
    tag = imap._command("UID", "FETCH", uid_set, FETCH_QUERY)
    typ, data = imap._command_complete("FETCH", tag)
    if typ != "OK":
        raise IMAPClientError(f"fetch failed: {data!r}")
    typ, data = imap._untagged_response(typ, data, "FETCH")
    wanted = set(uids)
    found: dict[int, tuple[bytes, datetime | None]] = {}
    for n, item in enumerate(data):
        if not isinstance(item, tuple):
            continue  # the rest of a line, or an unsolicited FETCH without a body
        after = data[n + 1] if n + 1 < len(data) else b""
        text = item[0] + (after if isinstance(after, bytes) else b"")
        uid = _UID.search(text)
        if uid is None or b"BODY[]" not in item[0] or int(uid.group(1)) not in wanted:
            continue
        date = _INTERNALDATE.search(text)
        try:
            when = parse_to_datetime(date.group(1), normalise=False) if date else None
        except ValueError:
            when = None
        found[int(uid.group(1))] = (bytes(item[1]), when)
    return [(uid, *found[uid]) for uid in uids if uid in found]


def fetch_batch(
    client: IMAPClient, uids: list[int], relevance: Relevance, import_all: bool
) -> list[Fetched]:
    """One UID FETCH, each message's header block read here, and the bodies that are
    needed parsed: the store then only writes, and holds the file's write lock briefly."""
    messages = fetch_raw(client, uids)
    read = header_process.read_batch(
        [(raw, date) for _, raw, date in messages], relevance, import_all
    )
    return [
        Fetched.read(uid, raw, date, done)
        for (uid, raw, date), done in zip(messages, read, strict=True)
    ]


class _Pending:
    """A batch fetched, its header blocks being read by the header process."""

    def __init__(
        self,
        uids: list[int],
        messages: list[tuple[int, bytes, datetime | None]],
        done: Future[list[Read]] | None,
    ) -> None:
        self.uids, self.messages, self.done = uids, messages, done

    def complete(self) -> _Batch:
        read: list[Read | None] = [None] * len(self.messages)
        if self.done is not None:
            try:
                read = list(self.done.result())
            except Exception:  # the process died: read them here
                log.warning("the header process failed; headers are read in this process")
        return self.uids, [
            Fetched.read(uid, raw, date, done)
            for (uid, raw, date), done in zip(self.messages, read, strict=True)
        ]


class Prefetcher:
    """Batches of `uids` fetched one batch ahead of the caller, in order.

    For a big import (PROCESS_FROM messages or more) the header process reads each batch
    (headers, relevance, the bodies that are needed) while the next one is fetched.
    """

    def __init__(
        self,
        client: IMAPClient,
        uids: Sequence[int],
        batch: int,
        relevance: Relevance,
        import_all: bool,
    ) -> None:
        self._client = client
        self._relevance, self._import_all = relevance, import_all
        self._chunks = [list(uids[i : i + batch]) for i in range(0, len(uids), batch)]
        self._use_process = len(uids) >= header_process.PROCESS_FROM
        # one batch waits while the next is fetched: at most four batches in memory
        self._ready: queue.Queue[_Batch | BaseException | None] = queue.Queue(maxsize=1)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._fetch_all, name="mail-prefetch", daemon=True)

    def __enter__(self) -> Iterator[_Batch]:
        self._thread.start()
        return self._batches()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        # a FETCH under way is let finish (a socket read cannot be interrupted safely); the
        # thread then sees the stop and ends without starting another
        self._stop.set()
        self._thread.join()

    def _batches(self) -> Iterator[_Batch]:
        while True:
            item = self._ready.get()
            if item is None:
                return
            if isinstance(item, BaseException):
                raise item  # a dropped connection or a timeout, raised where the caller is
            yield item

    def _fetch_all(self) -> None:
        reader = header_process.HeaderProcess() if self._use_process else None
        try:
            if reader is None:
                for uids in self._chunks:
                    if self._stop.is_set():
                        return
                    fetched = fetch_batch(self._client, uids, self._relevance, self._import_all)
                    if not self._hand_over((uids, fetched)):
                        return
            else:
                self._fetch_with(reader)
            self._hand_over(None)
        except BaseException as exc:
            self._hand_over(exc)
        finally:
            if reader is not None:
                reader.close()

    def _fetch_with(self, reader: header_process.HeaderProcess) -> None:
        """Batch n+1 is fetched while the header process reads batch n."""
        pending: _Pending | None = None
        for uids in self._chunks:
            if self._stop.is_set():
                return
            messages = fetch_raw(self._client, uids)
            done = reader.submit(
                [(raw, date) for _, raw, date in messages], self._relevance, self._import_all
            )
            if pending is not None and not self._hand_over(pending.complete()):
                return
            pending = _Pending(uids, messages, done)
        if pending is not None:
            self._hand_over(pending.complete())

    def _hand_over(self, item: _Batch | BaseException | None) -> bool:
        """Wait until the caller takes `item`, unless it stopped listening."""
        while not self._stop.is_set():
            try:
                self._ready.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False
