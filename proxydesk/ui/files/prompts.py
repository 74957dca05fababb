"""The questions and messages about opening a file, as message boxes over the window."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from proxydesk.errors import FileFromNewerVersion, FileInUse, NotACaseFile
from proxydesk.ui.files.welcome import WelcomeChoice, WelcomeDialog


class Prompts(QObject):
    """The dialogs about opening files; all their text is plain text.

    ``parent_window`` is the window they belong to, once there is one (the controller sets it).
    """

    parent_window: QWidget | None = None

    def ask_read_only(self, exc: FileInUse) -> bool:
        text = self.tr(
            "This case file is open in another ProxyDesk.\n\n"
            "Only one ProxyDesk at a time can change a file. You can open it read-only "
            "to look things up.\n\n{details}"
        ).format(details=exc)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("ProxyDesk"),
            text,
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            self.parent_window,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.button(QMessageBox.StandardButton.Open).setText(self.tr("Open read-only"))
        box.setDefaultButton(QMessageBox.StandardButton.Open)
        return box.exec() == QMessageBox.StandardButton.Open

    def show_error(self, exc: Exception) -> None:
        if isinstance(exc, FileFromNewerVersion):
            headline = self.tr("This case file was written by a newer ProxyDesk.")
        elif isinstance(exc, NotACaseFile):
            headline = self.tr("This file is not a ProxyDesk case file.")
        else:
            headline = self.tr("ProxyDesk cannot open the case file.")
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            self.tr("ProxyDesk"),
            f"{headline}\n\n{exc}",
            QMessageBox.StandardButton.Ok,
            self.parent_window,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    def welcome(self) -> WelcomeChoice:
        """The first-start guide: nothing to open yet."""
        return WelcomeDialog().ask()
