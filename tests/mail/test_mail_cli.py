"""The mail commands from a shell: accounts, sync --json, show --raw, move, quarantine."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from proxydesk.cli.main import main
from proxydesk.mail.sync import MailSync
from proxydesk.storage.database import open_case_file
from tests.mail.conftest import Desk
from tests.mail.letters import COMPANY, mail
from tests.support.dovecot import DovecotServer, ImapUser

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


def run(desk: Desk, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    desk.case_file.close()  # the command opens the file itself, as from a shell
    code = main(["--file", str(desk.case_file.path), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_without_a_keyring_the_message_says_what_to_install(tmp_path: Path) -> None:
    path = tmp_path / "family.proxydesk"
    assert main(["--file", str(path), "init"]) == 0
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "proxydesk",
            "--file",
            str(path),
            "mail-account",
            "add",
            "home",
            "--host",
            "imap.example",
            "--port",
            "993",
            "--security",
            "tls",
            "--user",
            "me",
            "--password-stdin",
        ],
        input="hunter2\n",
        capture_output=True,
        text=True,
        env=env,
    )
    assert result.returncode == 2
    assert "gnome-keyring" in result.stderr and len(result.stderr.splitlines()) == 1
    assert "hunter2" not in result.stderr
    capsys_free = subprocess.run(
        [sys.executable, "-m", "proxydesk", "--file", str(path), "mail-account", "list", "--json"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert json.loads(capsys_free.stdout) == []


def test_plaintext_is_refused_for_a_remote_server(
    desk: Desk, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("pw\n"))
    code, _, err = run(
        desk,
        capsys,
        "mail-account",
        "add",
        "home",
        "--host",
        "imap.example",
        "--port",
        "143",
        "--security",
        "plain",
        "--user",
        "me",
        "--password-stdin",
    )
    assert code == 2 and "plaintext IMAP is allowed only to a server on this machine" in err


def test_show_raw_move_and_quarantine(
    home: tuple[Desk, ImapUser], dovecot: DovecotServer, capsys: pytest.CaptureFixture[str]
) -> None:
    desk, user = home
    _, raw = mail(1, sender=COMPANY, subject="Ihr Auftrag", attachment=b"%PDF-1.4 scan")
    dovecot.append(user, "INBOX", raw)
    dovecot.append(user, "INBOX", b"\r\nTelvia telvia.example ohne Kopfzeilen\r\n")
    inbox = desk.sync(import_all=True).folders[0]
    assert (inbox.new, inbox.quarantined) == (1, 1)
    (quarantined,) = json.loads(run(desk, capsys, "quarantine", "--json")[1])
    assert "header" in quarantined["reason"] and quarantined["has_raw"]
    (listed,) = json.loads(run(desk, capsys, "mail", "list", "--json")[1])
    assert listed["case_id"] == desk.line_case and listed["attachments"] == ["scan-1.pdf"]
    shown = subprocess.run(
        [
            sys.executable,
            "-m",
            "proxydesk",
            "--file",
            str(desk.case_file.path),
            "mail",
            "show",
            str(listed["id"]),
            "--raw",
        ],
        capture_output=True,
        check=True,
    )
    on_server = dovecot.messages(user, "INBOX")[1]
    assert shown.stdout == on_server  # byte for byte what the server delivered, as evidence
    code, _, err = run(
        desk, capsys, "mail", "move", str(listed["id"]), "--case", str(desk.email_case)
    )
    assert code == 0, err
    timeline = json.loads(run(desk, capsys, "timeline", str(desk.email_case), "--json")[1])
    assert [e["summary"] for e in timeline] == ["Ihr Auftrag"]


def test_the_shared_corpus_imports_or_is_quarantined_without_a_crash(
    home: tuple[Desk, ImapUser], dovecot: DovecotServer
) -> None:
    desk, user = home
    files = sorted(CORPUS.rglob("*.eml"))
    assert len(files) > 50, f"the shared corpus is missing at {CORPUS}"
    dovecot.append_many(user, "INBOX", [f.read_bytes() for f in files])
    report = desk.sync(import_all=True)
    inbox = report.folders[0]
    assert inbox.fetched == len(files)
    assert inbox.new + inbox.duplicates + inbox.quarantined == len(files)
    crashes = [q for q in desk.mail.quarantine() if "could not store" in q.reason]
    assert crashes == []
    for message in desk.mail.messages():  # every stored one can be shown
        assert desk.mail.show(message.id).subject is not None


def test_attachments_are_saved_inside_the_folder_whatever_their_names(
    home: tuple[Desk, ImapUser],
    dovecot: DovecotServer,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    from email.message import EmailMessage

    desk, user = home
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = COMPANY, "me@home.example", "Formulare"
    msg.set_content("Anbei")
    for name in ("../../evil.sh", "C:\\Windows\\system.ini", "..", "Vollmacht.pdf"):
        msg.add_attachment(
            b"data of " + name.encode(),
            maintype="application",
            subtype="octet-stream",
            filename=name,
        )
    dovecot.append(user, "INBOX", msg.as_bytes())
    desk.sync()
    (listed,) = desk.mail.messages()
    target = tmp_path / "saved"
    code, out, err = run(desk, capsys, "mail", "attachments", str(listed.id), "--save", str(target))
    assert code == 0, err
    saved = sorted(p.name for p in target.iterdir())
    assert len(saved) == 4 and "Vollmacht.pdf" in saved
    assert all(Path(line).parent == target for line in out.splitlines())
    assert not (tmp_path / "evil.sh").exists()


def test_a_folder_can_import_everything(
    home: tuple[Desk, ImapUser], dovecot: DovecotServer, capsys: pytest.CaptureFixture[str]
) -> None:
    desk, user = home
    dovecot.append_many(user, "INBOX", [mail(n)[1] for n in range(5)])
    assert run(desk, capsys, "mail-account", "import-all", "home", "INBOX", "on")[0] == 0
    with open_case_file(desk.case_file.path) as case_file:  # run() closed the desk's file
        report = MailSync(case_file, desk.passwords).run("home")
    assert report.folders[0].new == 5


def test_sync_goes_on_past_an_account_that_fails_and_tells_it_in_one_line(
    desk: Desk,
    dovecot: DovecotServer,
    imap_user: ImapUser,
    secret_service_keyring: object,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Every account in turn, through the loop the app uses: one account's wrong password
    does not stop the next one; it is one line on stderr and the exit status is 2."""
    from proxydesk.mail.accounts import MailAccountService
    from proxydesk.mail.imap import ServerAddress
    from proxydesk.mail.passwords import KeyringPasswords

    dovecot.append(imap_user, "INBOX", mail(1, sender=COMPANY)[1])
    other = dovecot.add_user()
    accounts = MailAccountService(desk.case_file)
    for name, user, password in (
        ("work", other, "not-the-password"),
        ("home", imap_user, imap_user.password),
    ):
        server = ServerAddress(dovecot.host, dovecot.port, "plain", user.name)
        accounts.add(KeyringPasswords(), name, server, password, allow_plain=True)
    code, out, err = run(desk, capsys, "sync")
    assert code == 2
    assert "home (" in out and "INBOX" in out  # the second account was synced
    [line] = err.splitlines()
    assert line.startswith("proxydesk: work: ") and "not-the-password" not in line
