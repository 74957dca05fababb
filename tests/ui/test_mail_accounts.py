"""Setting up a mail account in the dialog: the password goes to the store, never the file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from proxydesk.mail.actions import MailServices
from proxydesk.mail.errors import KeyringUnavailable
from proxydesk.mail.passwords import INSTALL_HINT
from proxydesk.ui.mail.accounts_dialog import MailAccountsDialog
from proxydesk.ui.mail.accounts_model import MailAccountsModel
from proxydesk.ui.main_window import MainWindow
from proxydesk.ui.runner import Runner
from tests.mail.conftest import Desk
from tests.mail.letters import COMPANY, mail
from tests.support.dovecot import DovecotServer, ImapUser
from tests.ui.mail_letters import SYNC_MS

pytest_plugins = ["tests.ui.mail_fixtures"]


def plaintext_offered(dialog: MailAccountsDialog) -> bool:
    items = dialog.security.model()
    return bool(items.flags(items.index(2, 0)) & Qt.ItemFlag.ItemIsEnabled)


def fill(dialog: MailAccountsDialog, qtbot: QtBot, *, host: str, port: int, user: str) -> None:
    dialog.name.setText("home")
    dialog.host.setText(host)
    dialog.security.setCurrentIndex(dialog.security.findData("plain"))
    dialog.port.setValue(port)
    dialog.username.setText(user)


def test_adding_an_account_from_the_hint_then_syncing(
    qtbot: QtBot,
    desk: Desk,
    dovecot: DovecotServer,
    imap_user: ImapUser,
    mail_window: MainWindow,
) -> None:
    mail = mail_window.features.mail
    assert mail.hint_label.text() == "No mail account yet — set one up"
    mail.hint_button.click()
    dialog = mail.accounts_dialog
    assert dialog is not None and dialog.isVisible() and dialog.empty.isVisible()
    fill(dialog, qtbot, host=dovecot.host, port=dovecot.port, user=imap_user.name)
    qtbot.keyClicks(dialog.password, imap_user.password)
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password
    with qtbot.waitSignal(dialog.added, timeout=SYNC_MS):
        dialog.add_button.click()
    assert desk.passwords.saved == {("home", imap_user.name): imap_user.password}
    assert dialog.password.text() == ""
    assert "is added; its password is in the system keyring" in dialog.message.text()
    assert dialog.model.rowCount() == 1
    model = dialog.model
    assert model.data(model.index(0, MailAccountsModel.COLUMN_SERVER)) == (
        f"{dovecot.host}:{dovecot.port}"
    )
    assert model.data(model.index(0, MailAccountsModel.COLUMN_SYNCED)) == "never"
    assert not mail.hint.isVisibleTo(mail_window)
    # the password is in no byte of the case file
    desk.case_file.engine.dispose()
    assert imap_user.password.encode() not in desk.case_file.path.read_bytes()

    dovecot.append(imap_user, "INBOX", mail_of_the_company())
    with qtbot.waitSignal(mail.sync_dialog.synced, timeout=SYNC_MS) as ended:
        mail.sync()
    assert ended.args[0].new_messages == 1
    dialog.reload()
    assert model.data(model.index(0, MailAccountsModel.COLUMN_SYNCED)) != "never"


def mail_of_the_company() -> bytes:
    return mail(1, sender=COMPANY)[1]


def test_plaintext_only_for_this_computer_and_ports_follow_security(
    qtbot: QtBot, desk: Desk
) -> None:
    runner = Runner()
    dialog = MailAccountsDialog(MailServices.for_file(desk.case_file), runner)
    qtbot.addWidget(dialog)
    dialog.host.setText("imap.example.org")
    assert not plaintext_offered(dialog)
    dialog.host.setText("127.0.0.1")
    assert plaintext_offered(dialog)
    dialog.host.setText("localhost")
    assert plaintext_offered(dialog)
    dialog.security.setCurrentIndex(2)
    dialog.host.setText("mail.example.org")  # no longer this computer: back to TLS
    assert dialog.security.currentData() == "tls"
    assert dialog.port.value() == 993
    dialog.security.setCurrentIndex(1)
    assert dialog.port.value() == 143
    dialog.port.setValue(1143)  # the user's own choice stays
    dialog.security.setCurrentIndex(0)
    assert dialog.port.value() == 1143
    runner.shutdown()


def test_no_keyring_says_what_to_install_and_writes_nothing(qtbot: QtBot, desk: Desk) -> None:
    def no_keyring() -> object:
        raise KeyringUnavailable(INSTALL_HINT)

    runner = Runner()
    mail = MailServices.for_file(desk.case_file, passwords=no_keyring)  # type: ignore[arg-type]
    dialog = MailAccountsDialog(mail, runner)
    qtbot.addWidget(dialog)
    fill(dialog, qtbot, host="127.0.0.1", port=143, user="me")
    dialog.password.setText("secret")
    task = dialog.add()
    assert task is not None
    qtbot.waitUntil(lambda: not task.running, timeout=SYNC_MS)
    text = dialog.message.text()
    assert text.startswith("There is no system keyring to keep the mail password in.")
    assert "gnome-keyring" in text
    assert mail.accounts.accounts() == []
    assert dialog.add_button.isEnabled()
    runner.shutdown()


def test_bad_input_is_told_in_words(qtbot: QtBot, desk: Desk) -> None:
    runner = Runner()
    dialog = MailAccountsDialog(
        MailServices.for_file(desk.case_file, passwords=lambda: desk.passwords), runner
    )
    qtbot.addWidget(dialog)
    dialog.name.setText("home")
    dialog.username.setText("me")
    dialog.password.setText("secret")  # no server named
    task = dialog.add()
    assert task is not None
    qtbot.waitUntil(lambda: not task.running, timeout=SYNC_MS)
    assert dialog.message.text().startswith("That cannot be used.")
    assert "host name is missing" in dialog.message.text()
    assert desk.passwords.saved == {}
    runner.shutdown()


def test_changing_a_password(qtbot: QtBot, desk: Desk, imap_user: ImapUser) -> None:
    desk.add_account(imap_user, "127.0.0.1", 143)
    runner = Runner()
    dialog = MailAccountsDialog(
        MailServices.for_file(desk.case_file, passwords=lambda: desk.passwords),
        runner,
        ask_password=lambda account: "new-secret" if account == "home" else None,
    )
    qtbot.addWidget(dialog)
    assert not dialog.change_password.isEnabled()
    dialog.table.selectRow(0)
    dialog.change_password.click()
    qtbot.waitUntil(
        lambda: desk.passwords.saved[("home", imap_user.name)] == "new-secret", timeout=SYNC_MS
    )
    runner.shutdown()
