"""Fixtures: a case file with a mail account on the test Dovecot, and the window on it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from proxydesk.ui.main_window import MainWindow
from tests.mail.conftest import Desk, build_desk
from tests.support.dovecot import DovecotServer, ImapUser
from tests.ui.mail_letters import open_window


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    built = build_desk(tmp_path / "family.proxydesk")
    yield built
    built.case_file.close()


@pytest.fixture
def mail_window(qtbot: QtBot, desk: Desk) -> Iterator[MainWindow]:
    """The window on the desk's file; closed (its work stopped) before the file is."""
    window = open_window(qtbot, desk)
    yield window
    window.runner.shutdown()
    window.close()


@pytest.fixture
def account(desk: Desk, dovecot: DovecotServer, imap_user: ImapUser) -> ImapUser:
    """A mail account "home" for a fresh mailbox on the plaintext port."""
    desk.add_account(imap_user, dovecot.host, dovecot.port)
    return imap_user
