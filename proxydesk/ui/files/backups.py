"""File → Backups…: the backups beside the case file, one put back after a confirmation; and
the integrity check after the first screen, which offers the newest good backup of a
damaged file (then open read-only)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from proxydesk.errors import FileDamaged, ProxyDeskError
from proxydesk.services import backups
from proxydesk.ui.files.prompts import Prompts

if TYPE_CHECKING:
    from proxydesk.ui.host import Host

# a backup's id is kept in its row under this role
ID_ROLE = Qt.ItemDataRole.UserRole


class BackupsDialog(QDialog):
    """The list of backups, newest first; Restore asks once more, then ``chosen`` is set."""

    def __init__(self, parent: QWidget | None, path: Path) -> None:
        super().__init__(parent)
        self.path = path
        self.chosen: str | None = None
        self.setWindowTitle(self.tr("Backups"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "ProxyDesk keeps a backup of the file each day it is used (the last 7 "
                    "days, then one a week for 4 weeks), and one before each upgrade."
                ),
                wordWrap=True,
            )
        )
        self.list = QTreeWidget(self)
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Taken"), self.tr("Kind"), self.tr("Size")])
        self.list.setAccessibleName(self.tr("Backups"))
        for backup in backups.list_backups(path):
            row = QTreeWidgetItem(
                [
                    backup.taken.astimezone().strftime("%Y-%m-%d %H:%M"),
                    self.kind(backup.kind),
                    self.tr("{size} KB").format(size=backup.size // 1024),
                ]
            )
            row.setData(0, ID_ROLE, backup.id)
            self.list.addTopLevelItem(row)
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.restore_button.setEnabled(self.list.topLevelItemCount() > 0)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.ask_restore)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def kind(self, kind: str) -> str:
        if kind == "daily":
            return self.tr("daily")
        if kind == "before-restore":
            return self.tr("before a restore")
        return self.tr("before an upgrade")

    def ask_restore(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        if confirm_restore(self, item.text(0)):
            self.chosen = str(item.data(0, ID_ROLE))
            self.accept()


def confirm_restore(parent: QWidget, taken: str) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Backups", "Restore a backup"),
        QCoreApplication.translate(
            "Backups",
            "Put the backup of {taken} back in place of the case file?\n\n"
            "The file as it is now is kept as a backup first; the window opens it again.",
        ).format(taken=taken),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.button(QMessageBox.StandardButton.Yes).setText(
        QCoreApplication.translate("Backups", "Restore")
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


def offer_restore(parent: QWidget, damage: FileDamaged) -> bool:
    """A damaged file, said plainly, with its newest good backup offered; True: restore it."""
    text = QCoreApplication.translate(
        "Backups",
        "This case file is damaged. It was opened read-only, so nothing more is written to "
        "it.\n\n{details}",
    ).format(details=damage)
    buttons = QMessageBox.StandardButton.Close
    if damage.backup_id is not None:
        buttons |= QMessageBox.StandardButton.Yes
    title = QCoreApplication.translate("Backups", "Damaged file")
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if damage.backup_id is not None:
        box.button(QMessageBox.StandardButton.Yes).setText(
            QCoreApplication.translate("Backups", "Restore the newest good backup")
        )
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return box.exec() == QMessageBox.StandardButton.Yes


class Reopens(Protocol):
    """The app controller, as far as a restore needs it."""

    @property
    def prompts(self) -> Prompts: ...

    def close(self) -> None: ...

    def open_file(self, path: Path, *, create_missing: bool = False) -> bool: ...


class BackupsMenu(QObject):
    """File → Backups… of one window, and its integrity check; the app controller restores."""

    # the path of the case file and the id of the backup to put back
    restore_requested = Signal(object, str)

    def __init__(self, host: Host) -> None:
        super().__init__(host.dialog_parent())
        self._host = host
        self.action = QAction(self.tr("&Backups…"), self)
        self.action.setStatusTip(self.tr("The file's daily backups; put one back"))
        self.action.triggered.connect(self.show_backups)
        host.add_file_action(self.action, separated=False)

    @property
    def path(self) -> Path:
        return self._host.services.case_file.path

    def show_backups(self) -> None:
        dialog = BackupsDialog(self._host.dialog_parent(), self.path)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
            self.restore_requested.emit(self.path, dialog.chosen)

    def check(self) -> None:
        """The quick check on the writer lane; a damaged file goes read-only, a backup offered."""
        self._host.runner.write(
            backups.check_after_first_screen,
            self._host.services.case_file,
            on_done=lambda _none: self._checked(),
            name="check the case file",
        )

    def _checked(self) -> None:
        damage = self._host.services.case_file.damage
        if damage is None:
            return
        window = self._host.dialog_parent().window()
        window.setWindowTitle(self.tr("ProxyDesk — {name} (read-only)").format(name=self.path.name))
        self._host.show_message(self.tr("The file is damaged; it is open read-only"))
        if offer_restore(window, damage) and damage.backup_id is not None:
            self.restore_requested.emit(self.path, damage.backup_id)


def restore_and_reopen(app: Reopens, path: Path, ident: str) -> None:
    """The window closed with its file, the backup put back, the file opened again."""
    qt = QApplication.instance()
    quits = isinstance(qt, QApplication) and qt.quitOnLastWindowClosed()
    if isinstance(qt, QApplication):
        qt.setQuitOnLastWindowClosed(False)  # between the two windows there is none
    try:
        app.close()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        try:
            backups.restore(path, ident)
        except (ProxyDeskError, OSError) as exc:
            app.prompts.show_error(exc)
        app.open_file(path)
    finally:
        if isinstance(qt, QApplication):
            qt.setQuitOnLastWindowClosed(quits)
