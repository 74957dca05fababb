"""Mail accounts: the list, and a form to add one; the password goes to the keyring only."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from proxydesk.mail.accounts import MailAccountView
from proxydesk.mail.actions import MailServices, NewAccount, add_account, set_password
from proxydesk.mail.imap import is_loopback
from proxydesk.ui.formatting import TimeFormat
from proxydesk.ui.mail.accounts_model import MailAccountsModel
from proxydesk.ui.mail.error_words import MailErrorWords
from proxydesk.ui.runner import Runner, Task
from proxydesk.ui.widgets.colors import Tone, tone_css
from proxydesk.ui.widgets.labels import plain_label
from proxydesk.ui.widgets.row_table import row_table

#: the usual ports of IMAP over TLS and of IMAP (STARTTLS, plaintext)
PORTS = {"tls": 993, "starttls": 143, "plain": 143}

#: asked for a new password of an account: (account name) -> password, or None
AskPassword = Callable[[str], str | None]


class MailAccountsDialog(QDialog):
    """The accounts of the file and a form to add one; writes go through the runner."""

    #: an account was added (its view)
    added = Signal(object)

    def __init__(
        self,
        mail: MailServices,
        runner: Runner,
        *,
        time_format: TimeFormat | None = None,
        ask_password: AskPassword | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mail accounts"))
        self._mail = mail
        self._runner = runner
        self._errors = MailErrorWords(self)
        self.ask_password = ask_password if ask_password is not None else self._ask_new_password
        self._task: Task | None = None
        self._port_edited = False

        self.model = MailAccountsModel(mail.accounts, time_format=time_format, parent=self)
        self.table = row_table(self.model, self.tr("Mail accounts"))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty = plain_label(
            self.tr(
                "No mail account yet. ProxyDesk reads your own mailbox (inbox and sent mail) and "
                "files the mail exchanged with the companies into their cases. Nothing on the "
                "server is changed."
            )
        )
        self.empty.setWordWrap(True)
        self.change_password = QPushButton(self.tr("Change password…"))
        self.change_password.clicked.connect(self._change_password)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. My mailbox"))
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("e.g. imap.example.org"))
        self.host.textChanged.connect(self._host_changed)
        self.security = QComboBox()
        self.security.addItem(self.tr("TLS (recommended)"), "tls")
        self.security.addItem(self.tr("STARTTLS"), "starttls")
        self.security.addItem(self.tr("Plaintext — only to this computer"), "plain")
        self.security.currentIndexChanged.connect(self._security_changed)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(PORTS["tls"])
        self.port.valueChanged.connect(self._port_changed)
        self.username = QLineEdit()
        self.username.setPlaceholderText(self.tr("usually your mail address"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in the system keyring, not in the file"))
        self.sent_folder = QLineEdit()
        self.sent_folder.setPlaceholderText(self.tr("found by itself; name it only if not"))
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Security"), self.security)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Sent folder"), self.sent_folder)
        self.add_button = QPushButton(self.tr("Add account"))
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.add)
        self.message = plain_label()
        self.message.setWordWrap(True)
        self.message.hide()
        add_row = QHBoxLayout()
        add_row.addWidget(self.message, 1)
        add_row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        add_box = QGroupBox(self.tr("Add a mail account"))
        add_layout = QVBoxLayout(add_box)
        add_layout.addLayout(form)
        add_layout.addLayout(add_row)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        list_buttons = QHBoxLayout()
        list_buttons.addStretch(1)
        list_buttons.addWidget(self.change_password)

        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(list_buttons)
        layout.addWidget(add_box)
        layout.addWidget(buttons)
        self.resize(720, 620)
        self._host_changed("")
        self.reload()

    def reload(self) -> None:
        self.model.reload()
        has = self.model.rowCount() > 0
        self.empty.setVisible(not has)
        self.table.setVisible(has)
        self.change_password.setVisible(has)
        self._selection_changed()
        if not self.name.text() and not has:
            self.name.setText(self.tr("My mailbox"))

    # -- adding ----------------------------------------------------------------------------

    def form(self) -> NewAccount:
        return NewAccount(
            name=self.name.text(),
            host=self.host.text(),
            port=self.port.value(),
            security=str(self.security.currentData()),
            username=self.username.text(),
            sent_folder=self.sent_folder.text(),
        )

    def add(self) -> Task | None:
        """Add the account in the form; the password goes straight to the keyring."""
        if self._task is not None and self._task.running:
            return None
        self.add_button.setEnabled(False)
        self._say(self.tr("Adding the account…"), "")
        # the password leaves the field only as an argument of this one call
        self._task = self._runner.write(
            add_account,
            self._mail,
            self.form(),
            self.password.text(),
            on_done=self._was_added,
            on_error=self._not_added,
            name="add mail account",
        )
        return self._task

    def _was_added(self, view: MailAccountView) -> None:
        self.add_button.setEnabled(True)
        self.password.clear()
        for field in (self.name, self.host, self.username, self.sent_folder):
            field.clear()
        self.reload()
        self._say(
            self.tr(
                "“{name}” is added; its password is in the system keyring. Sync with F9."
            ).format(name=view.name),
            tone_css(Tone.GOOD),
        )
        self.added.emit(view)

    def _not_added(self, error: BaseException) -> None:
        self.add_button.setEnabled(True)
        self._say(self._errors.paragraph(error), tone_css(Tone.BAD))

    def _say(self, text: str, color: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"QLabel {{ color: {color}; }}" if color else "")
        self.message.setVisible(bool(text))

    # -- the form's rules --------------------------------------------------------------------

    def _host_changed(self, host: str) -> None:
        """Plaintext is offered only for a server on this very computer."""
        local = is_loopback(host.strip()) if host.strip() else False
        items = cast(QStandardItemModel, self.security.model())
        items.item(2).setEnabled(local)
        if not local and self.security.currentData() == "plain":
            self.security.setCurrentIndex(0)

    def _security_changed(self, _index: int) -> None:
        if not self._port_edited:
            self.port.blockSignals(True)
            self.port.setValue(PORTS.get(str(self.security.currentData()), 993))
            self.port.blockSignals(False)

    def _port_changed(self, _value: int) -> None:
        self._port_edited = True

    # -- the list --------------------------------------------------------------------------

    def _selected(self) -> MailAccountView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.account(rows[0].row()) if rows else None

    def _selection_changed(self, *_: object) -> None:
        self.change_password.setEnabled(self._selected() is not None)

    def _change_password(self) -> None:
        account = self._selected()
        if account is None:
            return
        password = self.ask_password(account.name)
        if not password:
            return
        self._runner.write(
            set_password,
            self._mail,
            account.name,
            password,
            on_done=lambda _: self._say(
                self.tr("The new password of “{name}” is in the keyring.").format(
                    name=account.name
                ),
                tone_css(Tone.GOOD),
            ),
            on_error=self._not_added,
            name="set mail password",
        )

    def _ask_new_password(self, account: str) -> str | None:
        text, ok = QInputDialog.getText(
            self,
            self.tr("Change password"),
            self.tr("New password for “{name}”:").format(name=account),
            QLineEdit.EchoMode.Password,
        )
        return text if ok and text else None
