"""The cutting proxy passes IMAP through and drops connections exactly where it is told."""

from __future__ import annotations

import imaplib
import socket

import pytest

from tests.support.cutting_proxy import CuttingProxy
from tests.support.dovecot import DovecotServer, ImapUser

pytestmark = pytest.mark.integration

MESSAGE = b"From: a@example.org\r\nSubject: long\r\n\r\n" + b"x" * 20000 + b"\r\n"


def read_until_closed(sock: socket.socket) -> bytes:
    received = b""
    while True:
        try:
            chunk = sock.recv(65536)
        except ConnectionResetError:
            return received
        if not chunk:
            return received
        received += chunk


def test_passes_imap_through(
    dovecot: DovecotServer, imap_user: ImapUser, cutting_proxy: CuttingProxy
) -> None:
    imap = imaplib.IMAP4(cutting_proxy.host, cutting_proxy.port, timeout=10)
    assert imap.login(imap_user.name, imap_user.password)[0] == "OK"
    imap.logout()
    assert cutting_proxy.accepted == 1
    assert cutting_proxy.cuts == 0


def test_cuts_after_exactly_n_server_bytes(
    dovecot: DovecotServer, imap_user: ImapUser, cutting_proxy: CuttingProxy
) -> None:
    cutting_proxy.cut_after_server_bytes(10)
    with socket.create_connection((cutting_proxy.host, cutting_proxy.port), timeout=10) as sock:
        assert read_until_closed(sock) == b"* OK [CAPA"
    assert cutting_proxy.wait_for_cut()
    assert cutting_proxy.cuts == 1


def test_cuts_in_the_middle_of_a_fetch_and_lets_the_client_reconnect(
    dovecot: DovecotServer, imap_user: ImapUser, cutting_proxy: CuttingProxy
) -> None:
    uid = dovecot.append(imap_user, "INBOX", MESSAGE)
    imap = imaplib.IMAP4(cutting_proxy.host, cutting_proxy.port, timeout=10)
    imap.login(imap_user.name, imap_user.password)
    imap.select("INBOX")
    cutting_proxy.cut_after_server_bytes(5000)
    with pytest.raises((imaplib.IMAP4.abort, OSError)):
        imap.uid("FETCH", str(uid), "(BODY.PEEK[])")
    assert cutting_proxy.wait_for_cut()

    again = imaplib.IMAP4(cutting_proxy.host, cutting_proxy.port, timeout=10)
    again.login(imap_user.name, imap_user.password)
    again.select("INBOX")
    typ, data = again.uid("FETCH", str(uid), "(BODY.PEEK[])")
    again.logout()
    assert typ == "OK"
    assert data[0][1] == MESSAGE
    assert cutting_proxy.accepted == 2


@pytest.mark.parametrize("reset", [False, True])
def test_cuts_at_the_next_command_before_the_server_sees_it(
    dovecot: DovecotServer, imap_user: ImapUser, cutting_proxy: CuttingProxy, reset: bool
) -> None:
    imap = imaplib.IMAP4(cutting_proxy.host, cutting_proxy.port, timeout=10)
    imap.login(imap_user.name, imap_user.password)
    imap.select("INBOX")
    cutting_proxy.cut_at_next_command(reset=reset)
    with pytest.raises((imaplib.IMAP4.abort, OSError)):
        imap.append("INBOX", None, None, MESSAGE)
    assert cutting_proxy.wait_for_cut()
    assert dovecot.flags(imap_user, "INBOX") == {}


def test_cut_all_and_close_end_every_connection(
    dovecot: DovecotServer, imap_user: ImapUser
) -> None:
    with CuttingProxy(dovecot.host, dovecot.port) as proxy:
        clients = [imaplib.IMAP4(proxy.host, proxy.port, timeout=10) for _ in range(3)]
        for client in clients:
            client.login(imap_user.name, imap_user.password)
        assert proxy.open_connections == 3
        assert proxy.cut_all() == 3
        for client in clients:
            with pytest.raises((imaplib.IMAP4.abort, OSError)):
                client.noop()
        assert proxy.open_connections == 0
        imaplib.IMAP4(proxy.host, proxy.port, timeout=10).logout()
    with pytest.raises(OSError):
        socket.create_connection((proxy.host, proxy.port), timeout=2).close()


def test_server_down_means_the_connection_ends() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        unused_port = probe.getsockname()[1]
    with (
        CuttingProxy("127.0.0.1", unused_port) as proxy,
        socket.create_connection((proxy.host, proxy.port), timeout=10) as sock,
    ):
        assert read_until_closed(sock) == b""
