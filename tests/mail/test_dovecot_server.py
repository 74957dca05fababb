"""The test Dovecot behaves like the servers ProxyDesk talks to: TLS, CONDSTORE, special folders."""

from __future__ import annotations

import datetime as dt
import imaplib
import re
import socket
import ssl
import time

import pytest

from tests.support.dovecot import DovecotServer, ImapUser, quote_mailbox

pytestmark = pytest.mark.integration

MESSAGE = (
    b"From: Gerda Voss <gerda@example.org>\r\n"
    b"To: Telvia Kundenservice <service@telvia.example>\r\n"
    b"Subject: Umzug der Leitung, Auftrag A-77\r\n"
    b"Message-ID: <a77@example.org>\r\n"
    b"Date: Tue, 28 Feb 2012 09:00:00 +0100\r\n"
    b"\r\n"
    b"Guten Tag,\r\nbitte bestaetigen Sie den Termin.\r\n"
)


def capabilities(imap: imaplib.IMAP4) -> set[str]:
    typ, data = imap.capability()
    assert typ == "OK"
    return set(data[0].decode().upper().split())


def test_login_over_plaintext(dovecot: DovecotServer, imap_user: ImapUser) -> None:
    imap = imaplib.IMAP4(dovecot.host, dovecot.port, timeout=10)
    try:
        assert imap.login(imap_user.name, imap_user.password)[0] == "OK"
    finally:
        imap.logout()


def test_wrong_password_is_refused_without_a_growing_delay(
    dovecot: DovecotServer, imap_user: ImapUser
) -> None:
    started = time.monotonic()
    for _ in range(3):
        imap = imaplib.IMAP4(dovecot.host, dovecot.port, timeout=10)
        with pytest.raises(imaplib.IMAP4.error, match="AUTHENTICATIONFAILED"):
            imap.login(imap_user.name, "not-the-password")
        imap.shutdown()
    # Dovecot's auth penalty would make this 2 + 4 + 8 seconds.
    assert time.monotonic() - started < 5


def strict_context(dovecot: DovecotServer) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=str(dovecot.cafile))
    context.verify_flags |= ssl.VERIFY_X509_STRICT  # Python 3.13's default
    return context


def test_login_over_tls_verifies_against_the_test_ca(
    dovecot: DovecotServer, imap_user: ImapUser
) -> None:
    imap = imaplib.IMAP4_SSL(
        dovecot.host, dovecot.tls_port, ssl_context=strict_context(dovecot), timeout=10
    )
    try:
        assert imap.login(imap_user.name, imap_user.password)[0] == "OK"
        assert isinstance(imap.sock, ssl.SSLSocket)
        assert (imap.sock.version() or "").startswith("TLS")
    finally:
        imap.logout()


@pytest.mark.parametrize("name", ["127.0.0.1", "localhost"])
def test_certificate_is_valid_for_both_loopback_names(dovecot: DovecotServer, name: str) -> None:
    # Connect by address: a minimal system may have no /etc/hosts to resolve "localhost".
    raw = socket.create_connection((dovecot.host, dovecot.tls_port), timeout=10)
    with strict_context(dovecot).wrap_socket(raw, server_hostname=name) as tls:
        assert tls.recv(4096).startswith(b"* OK")


def test_tls_without_the_test_ca_is_rejected(dovecot: DovecotServer) -> None:
    context = ssl.create_default_context()
    with pytest.raises(ssl.SSLCertVerificationError):
        imaplib.IMAP4_SSL(dovecot.host, dovecot.tls_port, ssl_context=context, timeout=10)


def test_starttls_on_the_plaintext_port(dovecot: DovecotServer, imap_user: ImapUser) -> None:
    imap = imaplib.IMAP4(dovecot.host, dovecot.port, timeout=10)
    try:
        assert "STARTTLS" in imap.capabilities
        imap.starttls(dovecot.ssl_context())
        assert imap.login(imap_user.name, imap_user.password)[0] == "OK"
    finally:
        imap.logout()


def test_capabilities_include_condstore_qresync_and_special_use(
    dovecot: DovecotServer, imap_user: ImapUser
) -> None:
    with dovecot.connect(imap_user) as imap:
        assert {"CONDSTORE", "QRESYNC", "SPECIAL-USE", "UIDPLUS", "IDLE", "MOVE"} <= capabilities(
            imap
        )
        typ, _ = imap._simple_command("ENABLE", "QRESYNC")
        assert typ == "OK"
        assert imap.untagged_responses.get("ENABLED") == [b"QRESYNC"]
        assert imap.select("INBOX")[0] == "OK"
        assert "HIGHESTMODSEQ" in imap.untagged_responses


def test_list_shows_special_use_folders(dovecot: DovecotServer, imap_user: ImapUser) -> None:
    with dovecot.connect(imap_user) as imap:
        typ, data = imap.list()
    assert typ == "OK"
    folders = {}
    for line in data:
        assert isinstance(line, bytes)
        match = re.fullmatch(rb'\(([^)]*)\) "/" "?([^"]*)"?', line)
        assert match, line
        folders[match.group(2).decode()] = set(match.group(1).decode().split())
    assert set(folders) == {"INBOX", "Sent", "Drafts", "Trash"}
    assert "\\Sent" in folders["Sent"]
    assert "\\Drafts" in folders["Drafts"]
    assert "\\Trash" in folders["Trash"]


def test_append_then_peek_leaves_flags_unchanged(
    dovecot: DovecotServer, imap_user: ImapUser
) -> None:
    received = dt.datetime(2012, 2, 28, 9, 0, 5, tzinfo=dt.UTC)
    uid = dovecot.append(imap_user, "INBOX", MESSAGE, flags=["\\Flagged"], internaldate=received)
    assert dovecot.flags(imap_user, "INBOX") == {uid: {"\\Flagged"}}

    with dovecot.connect(imap_user) as imap:
        imap.select("INBOX")
        typ, data = imap.uid("FETCH", str(uid), "(INTERNALDATE BODY.PEEK[])")
    assert typ == "OK"
    header, body = data[0]
    assert body == MESSAGE
    assert b'INTERNALDATE "28-Feb-2012 09:00:05 +0000"' in header

    assert dovecot.flags(imap_user, "INBOX") == {uid: {"\\Flagged"}}
    assert dovecot.messages(imap_user, "INBOX") == {uid: MESSAGE}


def test_append_to_sent_and_a_folder_with_a_non_ascii_name(
    dovecot: DovecotServer, imap_user: ImapUser
) -> None:
    sent = dovecot.append(imap_user, "Sent", MESSAGE, flags=["\\Seen"])
    dovecot.create_folder(imap_user, "Behörden/Rentenkasse")
    filed = dovecot.append(imap_user, "Behörden/Rentenkasse", MESSAGE)
    assert dovecot.flags(imap_user, "Sent") == {sent: {"\\Seen"}}
    assert dovecot.messages(imap_user, "Behörden/Rentenkasse") == {filed: MESSAGE}
    assert quote_mailbox("Behörden/Rentenkasse") == '"Beh&APY-rden/Rentenkasse"'


def test_each_user_has_an_empty_mailbox_of_their_own(
    dovecot: DovecotServer, imap_user: ImapUser
) -> None:
    other = dovecot.add_user()
    dovecot.append(other, "INBOX", MESSAGE)
    assert dovecot.flags(imap_user, "INBOX") == {}
    assert len(dovecot.flags(other, "INBOX")) == 1


def test_restart_keeps_mail_and_drops_open_connections(
    dovecot: DovecotServer, imap_user: ImapUser
) -> None:
    uid = dovecot.append(imap_user, "INBOX", MESSAGE, flags=["\\Answered"])
    with dovecot.connect(imap_user) as imap:
        imap.select("INBOX")
        validity = imap.untagged_responses["UIDVALIDITY"]
        port, tls_port = dovecot.port, dovecot.tls_port

        dovecot.restart()

        with pytest.raises((imaplib.IMAP4.abort, OSError)):
            imap.noop()

    assert (dovecot.port, dovecot.tls_port) == (port, tls_port)
    assert dovecot.messages(imap_user, "INBOX") == {uid: MESSAGE}
    assert dovecot.flags(imap_user, "INBOX") == {uid: {"\\Answered"}}
    with dovecot.connect(imap_user, tls=True) as imap:
        imap.select("INBOX")
        assert imap.untagged_responses["UIDVALIDITY"] == validity


def test_stop_closes_the_ports_and_start_brings_them_back(
    dovecot: DovecotServer, imap_user: ImapUser
) -> None:
    dovecot.stop()
    try:
        with pytest.raises(OSError):
            socket.create_connection((dovecot.host, dovecot.port), timeout=2).close()
    finally:
        dovecot.start()
    with dovecot.connect(imap_user) as imap:
        assert imap.noop()[0] == "OK"


def test_mailbox_name_quoting_escapes_quotes() -> None:
    assert quote_mailbox('a "b" \\c') == '"a \\"b\\" \\\\c"'
