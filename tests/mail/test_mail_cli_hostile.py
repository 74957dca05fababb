"""Hostile mail at the command line: escape sequences are not shown, saving stays in its folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from proxydesk.cli.main import main
from tests.mail.conftest import Desk
from tests.mail.letters import COMPANY, mail
from tests.support.dovecot import DovecotServer, ImapUser

#: a window title, a screen clear, a disguised link, a query that makes the terminal type
ESCAPES = "\x1b]0;pwned\x07\x1b[2J\x1b]8;;https://evil.example/\x1b\\bank\x1b]8;;\x1b\\\x1b[21t"
CONTROLS = ("\x1b", "\x07", "\x9b", "\x9d")


def proxydesk(desk: Desk, *args: str, **env: str) -> subprocess.CompletedProcess[bytes]:
    desk.case_file.close()  # the command opens the file itself, as from a shell
    return subprocess.run(
        [sys.executable, "-m", "proxydesk", "--file", str(desk.case_file.path), *args],
        capture_output=True,
        env={**os.environ, **env},
        check=False,
        timeout=120,
    )


def hostile_mail() -> bytes:
    return (
        f"From: Telvia <{COMPANY}>\r\n"
        f"To: me@home.example\r\n"
        f"Subject: Ihr Auftrag {ESCAPES}\r\n"
        "Date: Mon, 05 Mar 2012 10:00:00 +0100\r\n"
        "Message-ID: <hostile@test.example>\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "\r\n"
        f"Hallo,\r\n{ESCAPES} Ihre Rechnung\r\n\tmit Tab\r\n"
    ).encode()


def test_mail_show_and_the_listings_drop_a_mails_escape_sequences(
    home: tuple[Desk, ImapUser], dovecot: DovecotServer, capsys: pytest.CaptureFixture[str]
) -> None:
    desk, user = home
    dovecot.append(user, "INBOX", hostile_mail())
    desk.sync(import_all=True)
    (message,) = desk.mail.messages()
    shown = proxydesk(desk, "mail", "show", str(message.id))
    assert shown.returncode == 0, shown.stderr
    text = shown.stdout.decode()
    assert not [c for c in CONTROLS if c in text], text
    assert "Ihr Auftrag" in text and "Ihre Rechnung" in text and "\tmit Tab" in text
    # the body's sequences go whole (the parser already took the header's control characters)
    assert "\nbank Ihre Rechnung\n" in text
    for command in (["mail", "list"], ["mail", "list", "--json"], ["timeline", "1"]):
        desk.case_file.close()
        assert main(["--file", str(desk.case_file.path), *command]) == 0
        out = capsys.readouterr().out
        assert not [c for c in CONTROLS if c in out], out
        if command[-1] == "--json":
            assert "Ihr Auftrag" in json.loads(out)[0]["subject"]


def test_a_dangling_link_in_the_folder_never_sends_an_attachment_outside(
    home: tuple[Desk, ImapUser], dovecot: DovecotServer, tmp_path: Path
) -> None:
    desk, user = home
    _, raw = mail(1, sender=COMPANY, subject="Ihr Auftrag", attachment=b"%PDF-1.4 scan")
    dovecot.append(user, "INBOX", raw)
    desk.sync(import_all=True)
    (message,) = desk.mail.messages()
    folder, outside = tmp_path / "saved", tmp_path / "outside"
    folder.mkdir()
    outside.mkdir()
    (folder / "scan-1.pdf").symlink_to(outside / "scan-1.pdf")  # points nowhere, yet
    # asserts are gone with -O: the check must be code
    saved = proxydesk(
        desk, "mail", "attachments", str(message.id), "--save", str(folder), PYTHONOPTIMIZE="1"
    )
    assert saved.returncode == 0, saved.stderr
    assert list(outside.iterdir()) == []
    assert (folder / "scan-1 (2).pdf").read_bytes() == b"%PDF-1.4 scan"
    assert saved.stdout.decode().splitlines() == [str(folder / "scan-1 (2).pdf")]
    # a folder that is a file is refused in one line
    (tmp_path / "a-file").write_text("x")
    refused = proxydesk(
        desk, "mail", "attachments", str(message.id), "--save", str(tmp_path / "a-file")
    )
    assert refused.returncode == 2 and len(refused.stderr.decode().splitlines()) == 1
