"""Fetching the next batch of mail while the current one is being stored.

The server's answer and the file's writes no longer wait for each other: a thread fetches
batch n+1 (and reads its header blocks) while batch n is written. Only that thread uses
the IMAP client while it runs; leaving the `with` block stops it and waits for it, so
afterwards the client is free again (to be logged out, or to go on with the next folder).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator, Sequence
from types import TracebackType
from typing import TYPE_CHECKING

from proxydesk.mail.store import Fetched

if TYPE_CHECKING:
    from imapclient import IMAPClient

#: what one FETCH reads: the whole message, without setting \\Seen, and the server's date
FETCH_ITEMS = [b"BODY.PEEK[]", b"INTERNALDATE"]

_Batch = tuple[list[int], list[Fetched]]


def fetch_batch(client: IMAPClient, uids: list[int]) -> list[Fetched]:
    """One UID FETCH; a message expunged meanwhile is simply not there."""
    fetched = client.fetch(uids, FETCH_ITEMS)
    return [
        Fetched(uid, bytes(fetched[uid][b"BODY[]"]), fetched[uid].get(b"INTERNALDATE"))
        for uid in uids
        if b"BODY[]" in fetched.get(uid, {})
    ]


class Prefetcher:
    """Batches of `uids` fetched one batch ahead of the caller, in order."""

    def __init__(self, client: IMAPClient, uids: Sequence[int], batch: int) -> None:
        self._client = client
        self._chunks = [list(uids[i : i + batch]) for i in range(0, len(uids), batch)]
        # one batch waits while the next is fetched: at most three batches in memory
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
        try:
            for uids in self._chunks:
                if self._stop.is_set():
                    return
                if not self._hand_over((uids, fetch_batch(self._client, uids))):
                    return
            self._hand_over(None)
        except BaseException as exc:
            self._hand_over(exc)

    def _hand_over(self, item: _Batch | BaseException | None) -> bool:
        """Wait until the caller takes `item`, unless it stopped listening."""
        while not self._stop.is_set():
            try:
                self._ready.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False
