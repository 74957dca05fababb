"""A full import of 10,000 messages from the window, and the user's writes land meanwhile.

The sync writes one fetched batch per transaction and holds no lock while it waits on the
server, so a note, a call and a reminder written from the window during a first import all
land: no "database is locked", no error shown or logged.
"""

from __future__ import annotations

import logging
import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from benchmarks.mail_corpus import generate
from proxydesk.domain import CallOutcome
from proxydesk.mail.sync_accounts import SyncOutcome, SyncProgress
from proxydesk.ui.call_logger.end_dialog import EndCallDialog
from proxydesk.ui.main_window import MainWindow
from proxydesk.ui.reminders.dialogs import ReminderDialog
from tests.mail.conftest import CUSTOMER_NUMBER, ORDER, Desk
from tests.support.dovecot import NOBODY_GID, NOBODY_UID, DovecotServer, ImapUser
from tests.ui.writes import written

pytest_plugins = ["tests.ui.mail_fixtures"]

#: a first import of everything, as big as the issue asks for
MESSAGES = 10_000
#: what the import may take here, the writes during it included
IMPORT_MS = 120_000
HOTLINE = "+49 800 330 1100"
NOTE = "Callback promised, ticket 4711"
REMINDER = "Ask for the ticket number"


@pytest.fixture(scope="module")
def big_mailbox(dovecot: DovecotServer) -> ImapUser:
    """A user whose INBOX holds 10,000 generated German mails (the mail sync benchmark's),
    written straight into the Maildir once per module."""
    user = dovecot.add_user()
    home = dovecot.mail_root / user.name
    home.mkdir(mode=0o700)
    owner = (NOBODY_UID, NOBODY_GID) if os.geteuid() == 0 else None
    if owner is not None:
        os.chown(home, *owner)
    generate(
        home / "Maildir",
        MESSAGES,
        seed=11,
        customer_number=CUSTOMER_NUMBER,
        order=ORDER,
        owner=owner,
    )
    return user


@pytest.fixture
def big_account(desk: Desk, dovecot: DovecotServer, big_mailbox: ImapUser) -> ImapUser:
    """A mail account "home" on the big mailbox."""
    desk.add_account(big_mailbox, dovecot.host, dovecot.port)
    return big_mailbox


def no_message_box() -> bool:
    return not any(
        isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()
    )


def test_a_note_a_call_and_a_reminder_land_during_a_full_import(
    qtbot: QtBot,
    desk: Desk,
    big_account: ImapUser,
    mail_window: MainWindow,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING)
    window = mail_window
    window.select_case(desk.line_case)
    dialog = window.features.mail.sync_dialog
    reports: list[SyncProgress] = []
    dialog.progressed.connect(reports.append)

    # F9 with "Fetch all mail": the import of everything starts in the background
    dialog.fetch_all.setChecked(True)
    window.features.mail.sync_action.trigger()
    with qtbot.waitSignal(dialog.synced, timeout=IMPORT_MS) as ended:
        qtbot.waitUntil(lambda: len(reports) >= 2, timeout=IMPORT_MS)

        # a call, with a note stamped by Enter (saved as it is typed), then ended
        window.features.call_logger.start_call()
        written(qtbot)  # the call's draft, on the window's write path
        logger = window.features.call_logger.logger
        assert logger is not None
        qtbot.keyClicks(logger.number.lineEdit(), HOTLINE)
        qtbot.keyClicks(logger.note, NOTE)
        qtbot.keyClick(logger.note, Qt.Key.Key_Return)
        assert logger.notes_model.rowCount() == 1
        written(qtbot)
        logger.end_call()
        end = logger.dialog
        assert isinstance(end, EndCallDialog)
        end.outcome_buttons[CallOutcome.RESOLVED].setChecked(True)
        ok = end.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.features.call_logger.logger is None, timeout=IMPORT_MS)

        # a reminder by hand, for tomorrow morning
        window.features.reminders.add_action.trigger()
        reminder = window.features.reminders.panel.dialog
        assert isinstance(reminder, ReminderDialog)
        qtbot.keyClicks(reminder.text, REMINDER)
        ok = reminder.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        written(qtbot, timeout=IMPORT_MS)

        # all of it was written while the import went on
        assert dialog.running and reports[-1].done < MESSAGES
        assert no_message_box()

    outcome: SyncOutcome = ended.args[0]
    assert not outcome.errors and not outcome.cancelled
    assert sum(line.folder.fetched for line in outcome.folders) == MESSAGES
    assert dialog.headline.text() == "Mail is up to date"

    services = desk.services
    assert services.calls.drafts() == []
    calls = [
        e for e in services.timeline.entries(desk.line_case, newest_first=True) if e.kind == "call"
    ]
    assert len(calls) == 1 and NOTE in calls[0].body
    assert [r.text for r in services.reminders.reminders()] == [REMINDER]
    assert len(desk.mail.messages()) > MESSAGES // 2
    assert no_message_box()
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING], caplog.text
    assert "locked" not in caplog.text
