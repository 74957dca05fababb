"""Syncing from the window against the real Dovecot: progress, a usable window, Cancel, errors."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from proxydesk.mail.accounts import MailAccountService
from proxydesk.mail.sync import BATCH
from proxydesk.mail.sync_accounts import SyncOutcome, SyncProgress
from proxydesk.ui.mail.sync_summary_model import SyncSummaryModel
from proxydesk.ui.main_window import MainWindow
from proxydesk.ui.runner import TaskState
from tests.mail.conftest import Desk
from tests.mail.letters import COMPANY, mail
from tests.support.dovecot import DovecotServer, ImapUser, free_port
from tests.ui.mail_letters import SYNC_MS

pytest_plugins = ["tests.ui.mail_fixtures"]

#: enough mail for several batches, so Cancel lands in the middle
MANY = 3 * BATCH


def inbox_state(desk: Desk) -> tuple[int, int]:
    """(messages stored, the INBOX's high-water mark)."""
    (view,) = MailAccountService(desk.case_file).accounts()
    inbox = next(f for f in view.folders if f.name == "INBOX")
    return len(desk.mail.messages()), inbox.highest_uid


def test_sync_runs_in_the_background_and_cancel_keeps_the_file_whole(
    qtbot: QtBot,
    desk: Desk,
    dovecot: DovecotServer,
    account: ImapUser,
    mail_window: MainWindow,
) -> None:
    dovecot.append_many(
        account,
        "INBOX",
        (mail(n, sender=COMPANY, subject=f"Auftrag Nummer {n}")[1] for n in range(MANY)),
    )
    window = mail_window
    window.select_case(desk.line_case)
    dialog = window.features.mail.sync_dialog
    assert window.features.mail.sync_action.shortcut().toString() == "F9"

    # the GUI thread's own timer keeps firing while the sync works
    ticks: list[bool] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(dialog.running))
    timer.start(5)
    reports: list[SyncProgress] = []

    def first_report(report: SyncProgress) -> None:
        reports.append(report)
        if len(reports) == 1:
            # the window answers and reads the file meanwhile, then the user cancels
            window.filter_bar.set_kinds({"email_in"})
            dialog.cancel_button.click()

    dialog.progressed.connect(first_report)
    with qtbot.waitSignal(dialog.synced, timeout=SYNC_MS) as ended:
        task = window.features.mail.sync_action.trigger() or dialog.task
        assert task is not None and dialog.isVisible()
        assert window.features.mail.progress.isVisible()
        assert dialog.bar.maximum() == 0  # busy until the first batch is in
    timer.stop()
    outcome: SyncOutcome = ended.args[0]
    assert outcome.cancelled
    assert reports[0].folder == "INBOX" and reports[0].done == BATCH and reports[0].total == MANY
    assert sum(ticks) >= 3, "the GUI thread stood still during the sync"
    assert dialog.headline.text() == "The sync was stopped"
    assert "What was fetched before is kept" in dialog.status.text()
    assert not dialog.error.isVisible() and not window.features.mail.progress.isVisible()
    stored, highest = inbox_state(desk)
    # whole batches only: what is stored is exactly what the high-water mark says
    assert BATCH <= stored < MANY and stored % BATCH == 0 and highest == stored
    with desk.case_file.engine.connect() as conn:
        assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"

    # the next sync goes on from there and finishes
    with qtbot.waitSignal(dialog.synced, timeout=SYNC_MS) as ended:
        dialog.again_button.click()
    outcome = ended.args[0]
    assert not outcome.cancelled and not outcome.errors
    assert inbox_state(desk) == (MANY, MANY)
    assert dialog.headline.text() == "Mail is up to date"
    assert dialog.status.text() == f"{MANY - stored} new messages."
    summary = dialog.summary_model
    inbox = next(r for r in range(summary.rowCount()) if summary.folder(r).folder == "INBOX")
    cell = summary.data(summary.index(inbox, SyncSummaryModel.COLUMN_NEW))
    assert cell == str(MANY - stored)
    assert summary.data(summary.index(inbox, SyncSummaryModel.COLUMN_SEEN)) == str(MANY)
    # the timeline shows the new mail (with the filter the user set during the sync)
    assert window.timeline_model.total == MANY
    assert window.statusBar().currentMessage() == f"Mail synced: {MANY - stored} new messages."


def test_a_wrong_password_is_told_in_plain_words(
    qtbot: QtBot,
    desk: Desk,
    dovecot: DovecotServer,
    account: ImapUser,
    mail_window: MainWindow,
) -> None:
    dovecot.append(account, "INBOX", mail(1, sender=COMPANY)[1])
    desk.passwords.set("home", account.name, "not-the-password")
    dialog = mail_window.features.mail.sync_dialog
    with qtbot.waitSignal(dialog.synced, timeout=SYNC_MS):
        mail_window.features.mail.sync()
    assert dialog.headline.text() == "The sync did not finish"
    message = dialog.error.text()
    assert message.startswith("The mail server did not accept the user name or password.")
    assert "Change password…" in message and "not-the-password" not in message
    assert dialog.error.isVisible() and dialog.again_button.isVisible()
    assert desk.mail.messages() == []


def test_a_server_that_is_gone_is_told_in_plain_words(
    qtbot: QtBot, desk: Desk, dovecot: DovecotServer, imap_user: ImapUser, mail_window: MainWindow
) -> None:
    desk.add_account(imap_user, "127.0.0.1", free_port())
    dialog = mail_window.features.mail.sync_dialog
    with qtbot.waitSignal(dialog.synced, timeout=SYNC_MS):
        mail_window.features.mail.sync()
    assert dialog.error.text().startswith(
        "The mail server could not be reached, or the connection dropped."
    )
    assert "refused the connection" in dialog.error.text()


def test_sync_without_an_account_opens_the_accounts(qtbot: QtBot, mail_window: MainWindow) -> None:
    assert mail_window.features.mail.hint.isVisibleTo(mail_window)
    assert mail_window.features.mail.sync() is None
    dialog = mail_window.features.mail.accounts_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.empty.isVisible()


def test_the_runner_task_of_a_sync_is_done_after_it_ends(
    qtbot: QtBot, desk: Desk, account: ImapUser, mail_window: MainWindow
) -> None:
    dialog = mail_window.features.mail.sync_dialog
    with qtbot.waitSignal(dialog.synced, timeout=SYNC_MS):
        task = mail_window.features.mail.sync()
    assert task is not None and task.state is TaskState.DONE
    assert mail_window.runner.tasks == []
    assert not mail_window.features.mail.hint.isVisibleTo(mail_window)


def test_fetch_all_mail_imports_the_unrelated_messages_too(
    qtbot: QtBot, desk: Desk, dovecot: DovecotServer, account: ImapUser, mail_window: MainWindow
) -> None:
    dovecot.append(account, "INBOX", mail(1, sender=COMPANY, subject="Ihr Auftrag")[1])
    for n in (2, 3):
        dovecot.append(account, "INBOX", mail(n)[1])  # from a friend: about none of the cases
    dialog = mail_window.features.mail.sync_dialog
    with qtbot.waitSignal(dialog.synced, timeout=SYNC_MS):
        mail_window.features.mail.sync()
    assert len(desk.mail.messages()) == 1
    assert dialog.fetch_all.isVisible() and not dialog.fetch_all.isChecked()

    dialog.fetch_all.setChecked(True)
    with qtbot.waitSignal(dialog.synced, timeout=SYNC_MS) as ended:
        dialog.again_button.click()
        assert not dialog.fetch_all.isEnabled()  # it is chosen per run, before it starts
    assert ended.args[0].new_messages == 2 and not ended.args[0].errors
    assert len(desk.mail.messages()) == 3
    unfiled = desk.mail.messages(unfiled=True)
    assert sorted(m.subject for m in unfiled) == [
        "Nachricht 2: Grüße aus Oberwaldbach",
        "Nachricht 3: Grüße aus Oberwaldbach",
    ]
    assert dialog.fetch_all.isEnabled()
