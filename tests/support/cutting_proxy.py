"""A small TCP proxy on 127.0.0.1 that can drop its connections on cue.

Put it in front of the test Dovecot to see what a client does when the connection dies in the
middle of a sync: after a given number of bytes from the server, or when the client sends its
next command. A cut is one-shot; connections made afterwards pass through untouched, so a
client's reconnect works. Every thread exits when its sockets close.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading

HOST = "127.0.0.1"
_CHUNK = 65536


class _Link:
    """One client connection and its upstream connection."""

    def __init__(self, client: socket.socket, upstream: socket.socket) -> None:
        self.client = client
        self.upstream = upstream
        self.threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        self._closed = False

    def close(self, *, reset: bool = False) -> bool:
        """Close both sides once; True if this call did it."""
        with self._lock:
            if self._closed:
                return False
            self._closed = True
        for sock in (self.client, self.upstream):
            if reset:
                # Linger with a zero timeout makes close() send RST instead of FIN. The other
                # pump thread may sit in recv() on this socket, which keeps the kernel's socket
                # alive past close(): shutting down the read side wakes it first.
                with contextlib.suppress(OSError):
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RD)
            else:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        return True


class CuttingProxy:
    """Forwards 127.0.0.1:<port> to an upstream server until told to cut."""

    def __init__(self, upstream_host: str, upstream_port: int) -> None:
        self.upstream = (upstream_host, upstream_port)
        self._listener = socket.create_server((HOST, 0))
        self._listener.settimeout(0.1)
        self.host = HOST
        self.port: int = self._listener.getsockname()[1]
        self.accepted = 0
        self.cuts = 0
        self._links: set[_Link] = set()
        self._lock = threading.Lock()
        self._server_budget: int | None = None
        self._cut_on_command = False
        self._reset = False
        self._cut_happened = threading.Event()
        self._closed = threading.Event()
        self._acceptor = threading.Thread(
            target=self._accept_loop, name=f"cutting-proxy-{self.port}", daemon=True
        )
        self._acceptor.start()

    def __enter__(self) -> CuttingProxy:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- cues --------------------------------------------------------------------------------

    def cut_after_server_bytes(self, count: int, *, reset: bool = False) -> None:
        """Let `count` more bytes through from the server, then cut that connection."""
        if count < 0:
            raise ValueError("count must not be negative")
        with self._lock:
            self._server_budget = count
            self._cut_on_command = False
            self._reset = reset
            self._cut_happened.clear()

    def cut_at_next_command(self, *, reset: bool = False) -> None:
        """Cut the connection when the client next sends anything; the server never sees it."""
        with self._lock:
            self._cut_on_command = True
            self._server_budget = None
            self._reset = reset
            self._cut_happened.clear()

    def cut_all(self, *, reset: bool = False) -> int:
        """Cut every open connection now; returns how many were open."""
        with self._lock:
            links = list(self._links)
        count = sum(1 for link in links if self._cut(link, reset))
        return count

    def wait_for_cut(self, timeout: float = 5.0) -> bool:
        """Wait until the armed cut has happened."""
        return self._cut_happened.wait(timeout)

    @property
    def open_connections(self) -> int:
        with self._lock:
            return len(self._links)

    def close(self) -> None:
        """Stop accepting, drop every connection and wait for the threads."""
        self._closed.set()
        self._acceptor.join(timeout=2)
        self._listener.close()
        with self._lock:
            links = list(self._links)
        for link in links:
            link.close()
            for thread in link.threads:
                thread.join(timeout=2)

    # -- internals ---------------------------------------------------------------------------

    def _accept_loop(self) -> None:
        while not self._closed.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            client.settimeout(None)
            self.accepted += 1
            try:
                upstream = socket.create_connection(self.upstream, timeout=5)
            except OSError:
                client.close()  # the server is down: the client sees the connection end
                continue
            upstream.settimeout(None)
            link = _Link(client, upstream)
            with self._lock:
                self._links.add(link)
            directions = ((client, upstream, False), (upstream, client, True))
            for source, target, from_server in directions:
                thread = threading.Thread(
                    target=self._pump,
                    args=(link, source, target, from_server),
                    name=f"cutting-proxy-{self.port}-{'down' if from_server else 'up'}",
                    daemon=True,
                )
                link.threads.append(thread)
                thread.start()

    def _pump(
        self, link: _Link, source: socket.socket, target: socket.socket, from_server: bool
    ) -> None:
        try:
            while True:
                data = source.recv(_CHUNK)
                if not data:
                    break
                data, cut, reset = self._pass(data, from_server)
                if data:
                    target.sendall(data)
                if cut:
                    self._cut(link, reset)
                    return
        except OSError:
            pass
        finally:
            link.close()
            with self._lock:
                self._links.discard(link)

    def _pass(self, data: bytes, from_server: bool) -> tuple[bytes, bool, bool]:
        """What of `data` to forward, and whether to cut after it."""
        with self._lock:
            if from_server and self._server_budget is not None:
                budget = self._server_budget
                if len(data) < budget:
                    self._server_budget = budget - len(data)
                    return data, False, False
                self._server_budget = None
                return data[:budget], True, self._reset
            if not from_server and self._cut_on_command:
                self._cut_on_command = False
                return b"", True, self._reset
            return data, False, False

    def _cut(self, link: _Link, reset: bool) -> bool:
        if not link.close(reset=reset):
            return False
        with self._lock:
            self._links.discard(link)
            self.cuts += 1
        self._cut_happened.set()
        return True
