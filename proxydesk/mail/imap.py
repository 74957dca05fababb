"""Connecting to the proxy's IMAP server, and turning socket and protocol failures into words."""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from proxydesk.errors import InvalidInput
from proxydesk.mail.errors import ConnectionLost, LoginFailed

if TYPE_CHECKING:
    # imapclient (and imaplib) load with the first connection, not with the app
    from imapclient import IMAPClient

SECURITY_CHOICES = ("tls", "starttls", "plain")


@dataclass(frozen=True)
class ServerAddress:
    host: str
    port: int
    security: str
    username: str


def is_loopback(host: str) -> bool:
    if host.lower() in {"localhost", "localhost.localdomain"}:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_address(server: ServerAddress, *, allow_plain: bool) -> None:
    """Plaintext only to this machine, and only when the user asked for it in so many words."""
    if server.security not in SECURITY_CHOICES:
        raise InvalidInput(f"security must be one of {', '.join(SECURITY_CHOICES)}")
    if not server.host.strip():
        raise InvalidInput("the mail server's host name is missing")
    if not 0 < server.port < 65536:
        raise InvalidInput(f"{server.port} is not a port number")
    if server.security == "plain" and not (allow_plain and is_loopback(server.host)):
        raise InvalidInput(
            "plaintext IMAP is allowed only to a server on this machine (127.0.0.1, ::1, "
            "localhost); use tls or starttls"
        )
    if not server.username.strip():
        raise InvalidInput("the mail user name is missing")


def describe(exc: BaseException, server: ServerAddress) -> str:
    from imapclient.exceptions import IMAPClientAbortError

    where = f"{server.host}:{server.port}"
    if isinstance(exc, ssl.SSLCertVerificationError):
        return f"the certificate of {where} is not trusted ({exc.verify_message})"
    if isinstance(exc, socket.timeout | TimeoutError):
        return f"{where} did not answer in time"
    if isinstance(exc, socket.gaierror):
        return f"the mail server name {server.host} could not be found"
    if isinstance(exc, ConnectionRefusedError):
        return f"{where} refused the connection"
    if isinstance(exc, IMAPClientAbortError | ConnectionError | EOFError):
        return f"the connection to {where} dropped"
    return f"{where}: {exc}"


@contextmanager
def translated_errors(server: ServerAddress) -> Iterator[None]:
    """Socket, TLS and IMAP failures become ConnectionLost/LoginFailed with a plain message."""
    from imapclient.exceptions import IMAPClientError, LoginError

    try:
        yield
    except LoginError:
        raise LoginFailed(
            f"{server.host} refused the user name or password for {server.username}; "
            "check them and set the password again"
        ) from None
    except (OSError, EOFError, IMAPClientError) as exc:
        raise ConnectionLost(
            describe(exc, server) + "; what was fetched before is kept, run the sync again"
        ) from None


def connect(server: ServerAddress, password: str, *, timeout: float = 30.0) -> IMAPClient:
    """A logged-in client; TLS certificates are verified against the system's trust store."""
    from imapclient import IMAPClient

    # the system's trust store takes 50 ms to load: only for a connection that uses it
    context = ssl.create_default_context() if server.security != "plain" else None
    with translated_errors(server):
        client = IMAPClient(
            server.host,
            port=server.port,
            ssl=server.security == "tls",
            ssl_context=context if server.security == "tls" else None,
            timeout=timeout,
        )
        client.normalise_times = False
        quiet(client)
        if server.security == "starttls":
            client.starttls(context)
        client.login(server.username, password)
        return client


#: how long a SEARCH may take: a first TEXT search of a big mailbox reads every message on
#: the server (15 s for 50,000 messages in Dovecot), far beyond the usual answer time
SEARCH_TIMEOUT = 600.0


@contextmanager
def patience(client: IMAPClient, seconds: float) -> Iterator[None]:
    """A longer socket timeout for one slow command (never a shorter one)."""
    sock = client.socket()
    usual = sock.gettimeout()
    sock.settimeout(max(seconds, usual or 0.0))
    try:
        yield
    finally:
        with contextlib.suppress(OSError):  # the connection may be gone by now
            sock.settimeout(usual)


def quiet(client: IMAPClient) -> None:
    """No protocol trace: IMAPClient turns on imaplib's debug level 5, which formats the repr
    of every response (each whole mail, twice) for a debug log nobody reads; that cost three
    times the FETCH itself, and the trace would put mail contents into a log."""
    imap = getattr(client, "_imap", None)
    if imap is not None:
        imap.debug = 0


def close_quietly(client: IMAPClient) -> None:
    """End the session; when the connection is already gone there is nothing to say goodbye to."""
    try:
        client.logout()
    except Exception:
        with contextlib.suppress(Exception):
            client.shutdown()
