"""Moving a mail to another case from the timeline or the mail pane; the quarantine."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from proxydesk.ui.mail.case_choice_model import CaseChoiceModel
from proxydesk.ui.mail.quarantine_model import QuarantineModel
from proxydesk.ui.main_window import MainWindow
from tests.mail.conftest import Desk
from tests.mail.letters import COMPANY, mail
from tests.support.dovecot import DovecotServer, ImapUser
from tests.ui.mail_letters import SYNC_MS, open_window
from tests.ui.writes import written

pytest_plugins = ["tests.ui.mail_fixtures"]

HEADERLESS = b"\r\nTelvia telvia.example ohne Kopfzeilen\r\n"


def two_mails(qtbot: QtBot, desk: Desk, dovecot: DovecotServer, user: ImapUser) -> MainWindow:
    dovecot.append(user, "INBOX", mail(1, sender=COMPANY, subject="Ihr Auftrag")[1])
    dovecot.append(user, "INBOX", mail(2, sender=COMPANY, subject="Ihre E-Mail-Adresse")[1])
    desk.sync()
    window = open_window(qtbot, desk)
    assert window.select_case(desk.line_case)
    return window


def row_of(window: MainWindow, subject: str) -> int:
    model = window.timeline_model
    return next(r for r in range(model.rowCount()) if model.entry(r).summary == subject)


def test_move_from_the_timelines_context_menu(
    qtbot: QtBot, desk: Desk, dovecot: DovecotServer, account: ImapUser
) -> None:
    window = two_mails(qtbot, desk, dovecot, account)
    action = window.features.mail.move_action
    assert window.timeline.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert action in window.timeline.actions()
    assert not action.isEnabled()
    window.select_entry(row_of(window, "Ihre E-Mail-Adresse"))
    assert action.isEnabled()
    action.trigger()
    dialog = window.features.mail.move_dialog
    assert dialog is not None and dialog.isVisible()
    titles = [dialog.model.case(r).title for r in range(dialog.model.rowCount())]
    assert titles == ["Move the email address"]  # not the case it is in now
    assert dialog.choose(desk.email_case)
    dialog.accept()
    task = window.features.mail.move_task
    assert task is not None
    qtbot.waitUntil(lambda: not task.running, timeout=SYNC_MS)
    summaries = [
        window.timeline_model.entry(r).summary for r in range(window.timeline_model.rowCount())
    ]
    assert summaries == ["Ihr Auftrag"]
    assert window.detail.entry is None  # the mail shown has left this case
    assert window.statusBar().currentMessage() == (
        "Moved “Ihre E-Mail-Adresse” to “Move the email address”."
    )
    moved = next(m for m in desk.mail.messages() if m.subject == "Ihre E-Mail-Adresse")
    assert moved.case_id == desk.email_case and moved.filed_by_user
    window.select_case(desk.email_case)
    assert [window.timeline_model.entry(0).summary] == ["Ihre E-Mail-Adresse"]
    window.runner.shutdown()


def test_a_moved_mail_goes_back_with_edit_undo(
    qtbot: QtBot, desk: Desk, dovecot: DovecotServer, account: ImapUser
) -> None:
    window = two_mails(qtbot, desk, dovecot, account)
    window.select_entry(row_of(window, "Ihre E-Mail-Adresse"))
    window.features.mail.move_action.trigger()
    dialog = window.features.mail.move_dialog
    assert dialog is not None and dialog.choose(desk.email_case)
    dialog.accept()
    written(qtbot, timeout=SYNC_MS)
    undo = window.features.editing.undo_action
    assert undo.text() == "Undo Move the mail “Ihre E-Mail-Adresse” to Move the email address"
    undo.trigger()
    written(qtbot, timeout=SYNC_MS)
    assert sorted(row_of(window, s) for s in ("Ihr Auftrag", "Ihre E-Mail-Adresse")) == [0, 1]
    back = next(m for m in desk.mail.messages() if m.subject == "Ihre E-Mail-Adresse")
    assert back.case_id == desk.line_case and not back.filed_by_user
    window.runner.shutdown()


def test_move_from_the_mail_pane(
    qtbot: QtBot, desk: Desk, dovecot: DovecotServer, account: ImapUser
) -> None:
    window = two_mails(qtbot, desk, dovecot, account)
    detail = window.features.mail.detail
    with qtbot.waitSignal(detail.loaded, timeout=SYNC_MS):
        window.select_entry(row_of(window, "Ihr Auftrag"))
    assert detail.move_button.isEnabled()
    detail.move_button.click()
    dialog = window.features.mail.move_dialog
    assert dialog is not None
    dialog.reject()  # changing one's mind changes nothing
    assert window.features.mail.move_task is None
    detail.move_button.click()
    dialog = window.features.mail.move_dialog
    assert dialog is not None
    dialog.accept()
    task = window.features.mail.move_task
    assert task is not None
    qtbot.waitUntil(lambda: not task.running, timeout=SYNC_MS)
    assert window.timeline_model.total == 1
    window.runner.shutdown()


def test_case_choice_model(qtmodeltester: ModelTester, desk: Desk) -> None:
    model = CaseChoiceModel()
    model.set_cases(desk.services.cases.cases())
    assert model.rowCount() == 2
    assert model.data(model.index(0, 0)) == "Move the line — Telvia AG (Open)"
    assert model.row_of(desk.email_case) == 1 and model.row_of(999) is None
    qtmodeltester.check(model)


def test_the_quarantine_lists_reasons_and_saves_the_raw_message(
    qtbot: QtBot,
    desk: Desk,
    dovecot: DovecotServer,
    account: ImapUser,
    mail_window: MainWindow,
    tmp_path: Path,
    qtmodeltester: ModelTester,
) -> None:
    dovecot.append(account, "INBOX", HEADERLESS)
    assert desk.sync(import_all=True).folders[0].quarantined == 1
    target = tmp_path / "kept.eml"
    mail_window.features.mail.ask_save_path = lambda suggested: (
        str(target) if suggested == "quarantined-INBOX-1.eml" else None
    )
    mail_window.features.mail.quarantine_action.trigger()
    dialog = mail_window.features.mail.quarantine_dialog
    assert dialog is not None and dialog.isVisible()
    model = dialog.model
    assert model.rowCount() == 1
    assert "header" in model.data(model.index(0, QuarantineModel.COLUMN_REASON))
    assert model.data(model.index(0, QuarantineModel.COLUMN_WHERE)) == "home · INBOX · message 1"
    qtmodeltester.check(model)
    assert not dialog.save_button.isEnabled()
    dialog.select(0)
    assert dialog.save_button.isEnabled()
    assert dialog.save_selected() == target
    assert target.read_bytes() == dovecot.messages(account, "INBOX")[1]
    assert dialog.message.text() == f"Saved {target}"


def test_an_empty_quarantine_says_so(qtbot: QtBot, mail_window: MainWindow) -> None:
    dialog = mail_window.features.mail.show_quarantine()
    assert dialog.intro.text() == "The quarantine is empty: every message could be read."
