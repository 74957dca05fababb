"""Dropped connections, restarts and silent servers: the file stays consistent and a later
sync ends with exactly what an uninterrupted sync would have stored."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from sqlalchemy import select

from proxydesk.mail.accounts import MailAccountService
from proxydesk.mail.errors import ConnectionLost
from proxydesk.mail.imap import ServerAddress
from proxydesk.storage.mail_models import MailFolder, MailLocation, MailMessage, QuarantinedMail
from proxydesk.storage.models import Event
from tests.mail.conftest import CUSTOMER_NUMBER, Desk, build_desk
from tests.mail.letters import COMPANY, PROXY, mail
from tests.support.cutting_proxy import CuttingProxy
from tests.support.dovecot import DovecotServer, ImapUser


def fill(dovecot: DovecotServer, user: ImapUser) -> None:
    inbox = []
    for n in range(230):
        sender = COMPANY if n % 3 == 0 else "someone@elsewhere.example"
        body = f"Kundennummer {CUSTOMER_NUMBER}\n" if n % 7 == 0 else None
        inbox.append(mail(n, sender=sender, body=body, attachment=b"%PDF-1.4 " + bytes(n) * 40)[1])
    dovecot.append_many(user, "INBOX", inbox)
    dovecot.append_many(
        user, "Sent", [mail(n, sender=PROXY, to=COMPANY)[1] for n in range(230, 260)]
    )
    # no header block at all, but the customer number in the text: found, then quarantined
    dovecot.append(user, "INBOX", f"\r\nKundennummer {CUSTOMER_NUMBER}, kein Kopf\r\n".encode())


def content(desk: Desk) -> dict[str, object]:
    """Everything a sync stores, without ids and times that differ between runs."""
    with desk.case_file.reading() as session:
        messages = sorted(
            (
                m.raw_sha256,
                m.subject,
                m.event.case_id if m.event else None,
                m.event.kind.value if m.event else None,
                len(m.attachments),
            )
            for m in session.scalars(select(MailMessage))
        )
        locations = sorted(
            (f.name, loc.uid)
            for loc, f in session.execute(
                select(MailLocation, MailFolder).join(
                    MailFolder, MailFolder.id == MailLocation.folder_id
                )
            )
        )
        folders = sorted(
            (f.name, f.highest_uid, f.uidvalidity, f.criteria_digest)
            for f in session.scalars(select(MailFolder))
        )
        quarantine = sorted((q.uid, q.reason) for q in session.scalars(select(QuarantinedMail)))
        events = len(list(session.scalars(select(Event))))
    return {
        "messages": messages,
        "locations": locations,
        "folders": folders,
        "quarantine": quarantine,
        "events": events,
    }


@pytest.fixture
def filled(dovecot: DovecotServer, imap_user: ImapUser, tmp_path: Path) -> dict[str, object]:
    """The mailbox, and what an uninterrupted sync of it stores."""
    fill(dovecot, imap_user)
    reference = build_desk(tmp_path / "reference.proxydesk")
    reference.add_account(imap_user, dovecot.host, dovecot.port)
    reference.sync()
    stored = content(reference)
    reference.case_file.close()
    assert len(stored["messages"]) > 100 and stored["quarantine"]  # type: ignore[arg-type]
    return stored


def test_connection_cut_at_many_points_then_resumed(
    desk: Desk, imap_user: ImapUser, cutting_proxy: CuttingProxy, filled: dict[str, object]
) -> None:
    desk.add_account(imap_user, cutting_proxy.host, cutting_proxy.port)
    for budget in (300, 1_500, 40_000, 120_000, 260_000, 500_000):
        cutting_proxy.cut_after_server_bytes(budget, reset=budget % 2 == 0)
        with pytest.raises(ConnectionLost, match="run the sync again"):
            desk.sync()
        assert cutting_proxy.wait_for_cut(1)
        with desk.case_file.reading() as session:  # consistent after every cut
            for folder in session.scalars(select(MailFolder)):
                uids = session.scalars(
                    select(MailLocation.uid).where(MailLocation.folder_id == folder.id)
                )
                assert all(uid <= folder.highest_uid for uid in uids)
    desk.sync()
    assert content(desk) == filled


def test_cut_at_the_next_command_then_resumed(
    desk: Desk, imap_user: ImapUser, cutting_proxy: CuttingProxy, filled: dict[str, object]
) -> None:
    desk.add_account(imap_user, cutting_proxy.host, cutting_proxy.port)
    cutting_proxy.cut_at_next_command()
    with pytest.raises(ConnectionLost):
        desk.sync()
    desk.sync()
    assert content(desk) == filled


def test_server_restart_between_syncs(
    desk: Desk, imap_user: ImapUser, dovecot: DovecotServer, filled: dict[str, object]
) -> None:
    desk.add_account(imap_user, dovecot.host, dovecot.port)
    dovecot.stop()
    with pytest.raises(ConnectionLost, match="refused the connection"):
        desk.sync()
    dovecot.start()
    desk.sync()
    assert content(desk) == filled


def test_a_server_that_never_answers_times_out(desk: Desk, imap_user: ImapUser) -> None:
    silent = socket.create_server(("127.0.0.1", 0))
    try:
        MailAccountService(desk.case_file).add(
            desk.passwords,
            "home",
            ServerAddress("127.0.0.1", silent.getsockname()[1], "plain", imap_user.name),
            imap_user.password,
            allow_plain=True,
        )
        with pytest.raises(ConnectionLost, match="did not answer in time"):
            desk.sync(timeout=1)
    finally:
        silent.close()
    assert desk.mail.messages() == []


def test_a_batch_and_its_high_water_mark_are_one_transaction(
    home: tuple[Desk, ImapUser], dovecot: DovecotServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from proxydesk.mail.sync import MailSync

    desk, user = home
    dovecot.append_many(user, "INBOX", [mail(n, sender=COMPANY)[1] for n in range(5)])
    stored = MailSync._store_batch

    def store_then_fail(self, session, context, messages):  # type: ignore[no-untyped-def]
        stored(self, session, context, messages)
        raise RuntimeError("stopped after storing")

    monkeypatch.setattr(MailSync, "_store_batch", store_then_fail)
    with pytest.raises(RuntimeError):
        desk.sync()
    assert desk.mail.messages() == []  # the stored batch was rolled back with the failure
    monkeypatch.setattr(MailSync, "_store_batch", stored)
    assert desk.sync().folders[0].new == 5
