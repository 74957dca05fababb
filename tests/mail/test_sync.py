"""Sync against a real Dovecot: read-only, relevant mail only, incremental, stored once, filed."""

from __future__ import annotations

import json
import ssl

import pytest

from proxydesk.mail.errors import ConnectionLost, LoginFailed
from proxydesk.mail.passwords import KeyringPasswords
from tests.mail.conftest import CUSTOMER_NUMBER, ORDER, Desk
from tests.mail.letters import COMPANY, PROXY, mail, read_receipt
from tests.support.dovecot import DovecotServer, ImapUser


def fill_inbox(dovecot: DovecotServer, user: ImapUser) -> dict[str, str]:
    """40 private mails, and 6 that matter: by address, domain, customer and order number."""
    ids: dict[str, str] = {}
    dovecot.append_many(user, "INBOX", [mail(n)[1] for n in range(40)])
    ids["company"], raw = mail(100, sender=COMPANY, subject="Ihr Auftrag")
    dovecot.append(user, "INBOX", raw)
    ids["social"], raw = mail(101, sender="Telvia hilft <hilft@telvia.example>")
    dovecot.append(user, "INBOX", raw)
    ids["number"], raw = mail(
        102, sender="nachbar@elsewhere.example", body=f"Deine Kundennummer ist {CUSTOMER_NUMBER}."
    )
    dovecot.append(user, "INBOX", raw)
    ids["order"], raw = mail(103, sender="shop@elsewhere.example", subject=f"Auftrag {ORDER}")
    dovecot.append(user, "INBOX", raw)
    ids["cc"], raw = mail(104, sender="gerda@elsewhere.example", to=f"{PROXY}, {COMPANY}")
    dovecot.append(user, "INBOX", raw)
    ids["sent"], raw = mail(105, sender=PROXY, to=COMPANY, subject="Umzug der Leitung")
    dovecot.append(user, "Sent", raw)
    return ids


def test_only_relevant_mail_is_fetched_and_filed(
    home: tuple[Desk, ImapUser], dovecot: DovecotServer
) -> None:
    desk, user = home
    fill_inbox(dovecot, user)
    report = desk.sync()
    inbox, sent = report.folders
    assert (inbox.folder, sent.folder) == ("INBOX", "Sent")
    assert (inbox.seen, inbox.fetched, inbox.new, inbox.filed) == (45, 5, 5, 5)
    assert (sent.seen, sent.fetched, sent.new, sent.filed) == (1, 1, 1, 1)
    line = desk.services.timeline.entries(desk.line_case)
    subjects = {e.summary: e.kind for e in line}
    assert subjects["Umzug der Leitung"] == "email_out"
    assert subjects["Ihr Auftrag"] == "email_in"
    assert subjects[f"Auftrag {ORDER}"] == "email_in"
    assert all(e.mail_id is not None for e in line)


def test_sync_never_changes_the_mailbox(
    home: tuple[Desk, ImapUser], dovecot: DovecotServer
) -> None:
    desk, user = home
    fill_inbox(dovecot, user)
    dovecot.append(user, "INBOX", mail(200, sender=COMPANY)[1], flags=["\\Flagged"])
    before = {f: (dovecot.flags(user, f), dovecot.messages(user, f)) for f in ("INBOX", "Sent")}
    desk.sync()
    desk.sync(import_all=True)
    after = {f: (dovecot.flags(user, f), dovecot.messages(user, f)) for f in ("INBOX", "Sent")}
    assert after == before
    assert all("\\Seen" not in flags for flags in before["INBOX"][0].values())


def test_resync_with_nothing_new_is_a_status_exchange(
    home: tuple[Desk, ImapUser], dovecot: DovecotServer
) -> None:
    desk, user = home
    fill_inbox(dovecot, user)
    desk.sync()
    again = desk.sync()
    assert all(f.unchanged and f.fetched == 0 for f in again.folders)
    dovecot.append(user, "INBOX", mail(300, sender=COMPANY, subject="Nachtrag")[1])
    dovecot.append(user, "INBOX", mail(301)[1])
    third = desk.sync()
    assert [(f.folder, f.fetched, f.new) for f in third.folders] == [
        ("INBOX", 1, 1),
        ("Sent", 0, 0),
    ]


def test_a_plaintext_resync_loads_no_trust_store(
    home: tuple[Desk, ImapUser], dovecot: DovecotServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Loading the system's certificates took a sixth of a resync's time; plaintext to this
    machine uses none."""
    desk, user = home
    fill_inbox(dovecot, user)
    desk.sync()

    def refused(*args: object, **kwargs: object) -> ssl.SSLContext:
        raise AssertionError("a plaintext connection loaded the trust store")

    monkeypatch.setattr(ssl, "create_default_context", refused)
    assert all(f.unchanged for f in desk.sync().folders)


def test_import_all_takes_every_message_and_files_the_relevant(
    home: tuple[Desk, ImapUser], dovecot: DovecotServer
) -> None:
    desk, user = home
    fill_inbox(dovecot, user)
    report = desk.sync(import_all=True)
    assert sum(f.new for f in report.folders) == 46
    assert sum(f.filed for f in report.folders) == 6
    unfiled = desk.mail.messages(unfiled=True)
    assert len(unfiled) == 40
    # the body of a mail outside any case is read when it is shown
    assert "Gerda Voß" in desk.mail.show(unfiled[0].id).text


def test_new_organization_brings_in_its_older_mail(
    home: tuple[Desk, ImapUser], dovecot: DovecotServer
) -> None:
    desk, user = home
    fill_inbox(dovecot, user)
    dovecot.append(user, "INBOX", mail(400, sender="info@stadtwerke.example")[1])
    desk.sync()
    desk.services.directory.add_organization(
        "Stadtwerke", channels=[("mail_domain", "stadtwerke.example", "")]
    )
    report = desk.sync()
    assert report.folders[0].fetched == 1
    assert not report.folders[0].unchanged


def test_the_same_message_in_two_folders_is_stored_once(
    home: tuple[Desk, ImapUser], dovecot: DovecotServer
) -> None:
    desk, user = home
    _, raw = mail(500, sender=PROXY, to=COMPANY, subject="Kopie an mich")
    dovecot.append(user, "Sent", raw)
    dovecot.append(user, "INBOX", raw)
    report = desk.sync()
    assert sum(f.new for f in report.folders) == 1
    assert sum(f.duplicates for f in report.folders) == 1
    (message,) = desk.mail.messages()
    assert sorted(message.folders) == ["INBOX", "Sent"]


def test_changed_uidvalidity_rescans_without_duplicates(
    home: tuple[Desk, ImapUser], dovecot: DovecotServer
) -> None:
    desk, user = home
    raws = [mail(600 + n, sender=PROXY, to=COMPANY, subject=f"Brief {n}")[1] for n in range(3)]
    for raw in raws:
        dovecot.append(user, "Sent", raw)
    desk.sync()
    with dovecot.connect(user) as imap:  # the server rebuilds the folder: new UIDVALIDITY
        imap.delete("Sent")
        imap.create("Sent")
    for raw in reversed(raws):
        dovecot.append(user, "Sent", raw)
    report = desk.sync()
    sent = report.folders[1]
    assert (sent.fetched, sent.new, sent.duplicates) == (3, 0, 3)
    assert len(desk.mail.messages()) == 3
    assert len(desk.services.timeline.entries(desk.line_case)) == 3


def test_threads_keep_replies_in_their_case_and_moves_survive(
    home: tuple[Desk, ImapUser], dovecot: DovecotServer
) -> None:
    desk, user = home
    first_id, raw = mail(
        700, sender=PROXY, to="hilft@telvia.example", subject="E-Mail-Adresse umziehen"
    )
    dovecot.append(user, "Sent", raw)
    desk.sync()
    (sent,) = desk.mail.messages()
    desk.mail.move(sent.id, desk.email_case)
    # the reply comes from another company address and says nothing about the email case
    _, reply = mail(
        701,
        sender="email-team@telvia.example",
        subject="AW: E-Mail-Adresse umziehen",
        in_reply_to=f"<{first_id}>",
    )
    dovecot.append(user, "INBOX", reply)
    with dovecot.connect(user) as imap:
        imap.delete("Sent")
        imap.create("Sent")
    dovecot.append(user, "Sent", raw)
    desk.sync()
    email_case = [e.summary for e in desk.services.timeline.entries(desk.email_case)]
    assert email_case == ["E-Mail-Adresse umziehen", "AW: E-Mail-Adresse umziehen"]
    assert desk.services.timeline.entries(desk.line_case) == []
    assert desk.mail.show(sent.id).filed_by_user


def test_read_receipts_requested_and_received(
    home: tuple[Desk, ImapUser], dovecot: DovecotServer
) -> None:
    desk, user = home
    answered_id, raw = mail(
        800, sender=PROXY, to=COMPANY, subject="Vollmacht anbei", receipt_to=PROXY
    )
    dovecot.append(user, "Sent", raw)
    _, raw = mail(801, sender=PROXY, to=COMPANY, subject="Nie gelesen?", receipt_to=PROXY)
    dovecot.append(user, "Sent", raw)
    dovecot.append(user, "INBOX", read_receipt(answered_id, 802))
    desk.sync()
    entries = {e.summary: e for e in desk.services.timeline.entries(desk.line_case)}
    assert entries["Vollmacht anbei"].receipt == "read"
    assert entries["Vollmacht anbei"].read_at is not None
    assert entries["Nie gelesen?"].receipt == "requested"
    assert entries["Nie gelesen?"].read_at is None
    assert len(entries) == 2  # the receipt itself is not a timeline entry


def test_wrong_password_is_a_clear_error_and_changes_nothing(
    home: tuple[Desk, ImapUser], dovecot: DovecotServer
) -> None:
    desk, user = home
    fill_inbox(dovecot, user)
    desk.passwords.set("home", user.name, "not-the-password")
    with pytest.raises(LoginFailed, match="refused the user name or password"):
        desk.sync()
    assert desk.mail.messages() == []


def test_tls_verifies_the_server_certificate(
    desk: Desk, dovecot: DovecotServer, imap_user: ImapUser, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk.add_account(imap_user, "127.0.0.1", dovecot.tls_port, security="tls")
    dovecot.append(imap_user, "INBOX", mail(900, sender=COMPANY)[1])
    with pytest.raises(ConnectionLost, match="not trusted"):
        desk.sync()
    monkeypatch.setenv("SSL_CERT_FILE", str(dovecot.cafile))
    assert desk.sync().folders[0].new == 1


def test_starttls(
    desk: Desk, dovecot: DovecotServer, imap_user: ImapUser, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(dovecot.cafile))
    desk.add_account(imap_user, "localhost", dovecot.port, security="starttls")
    dovecot.append(imap_user, "INBOX", mail(901, sender=COMPANY)[1])
    assert desk.sync().folders[0].new == 1


def test_unreachable_server_is_a_clear_error(desk: Desk, imap_user: ImapUser) -> None:
    from tests.support.dovecot import free_port

    desk.add_account(imap_user, "127.0.0.1", free_port())
    with pytest.raises(ConnectionLost, match="refused the connection"):
        desk.sync()


def test_password_is_never_in_the_file_or_the_log(
    desk: Desk,
    dovecot: DovecotServer,
    imap_user: ImapUser,
    secret_service_keyring: object,
    tmp_path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from proxydesk.cli.main import main

    log = tmp_path / "proxydesk.log"
    monkeypatch.setenv("PROXYDESK_LOG", str(log))
    path = str(desk.case_file.path)
    desk.case_file.close()
    fill_inbox(dovecot, imap_user)
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(imap_user.password + "\n"))
    assert (
        main(
            [
                "--file",
                path,
                "mail-account",
                "add",
                "home",
                "--host",
                "127.0.0.1",
                "--port",
                str(dovecot.port),
                "--security",
                "plain",
                "--user",
                imap_user.name,
                "--password-stdin",
            ]
        )
        == 0
    )
    assert KeyringPasswords().get("home", imap_user.name) == imap_user.password
    assert main(["--file", path, "sync", "--json"]) == 0
    out = capsys.readouterr().out
    summary = json.loads(out[out.index("{") :])
    assert summary["accounts"][0]["folders"][0]["new"] == 5
    secret = imap_user.password.encode()
    for candidate in tmp_path.iterdir():
        if candidate.is_file():
            assert secret not in candidate.read_bytes(), candidate
    assert log.exists() and b"sync" in log.read_bytes()


def test_numbers_with_umlauts_are_searched_on_the_server(
    home: tuple[Desk, ImapUser], dovecot: DovecotServer
) -> None:
    desk, user = home
    desk.services.cases.add_reference(desk.line_case, "Vorgang Rückruf-7781")
    dovecot.append(user, "INBOX", mail(950, body="Betrifft Vorgang Rückruf-7781, bitte melden")[1])
    dovecot.append(user, "INBOX", mail(951)[1])
    inbox = desk.sync().folders[0]
    assert (inbox.fetched, inbox.filed) == (1, 1)


def test_mail_the_forms_would_refuse_is_still_filed_whole(
    home: tuple[Desk, ImapUser], dovecot: DovecotServer
) -> None:
    """A sender's name longer than a typed-in contact may be, a date in the year 1: kept as sent."""
    desk, user = home
    long_name = "Telvia Kundenservice " + "sehr " * 80
    _mid, raw = mail(110, sender=f'"{long_name.strip()}" <{COMPANY}>', subject="Ihr Auftrag")
    dovecot.append(user, "INBOX", raw)
    _mid, raw = mail(111, sender=COMPANY, subject="Uralt")
    raw = raw.replace(b"Date: ", b"X-Old-Date: ", 1).replace(
        b"Message-ID:", b"Date: Mon, 01 Jan 0001 00:00:00 +0000\nMessage-ID:", 1
    )
    dovecot.append(user, "INBOX", raw)
    report = desk.sync()
    assert sum(f.new for f in report.folders) == 2
    assert sum(f.filed for f in report.folders) == 2
    assert not desk.mail.quarantine()
