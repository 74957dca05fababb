"""Help → About ProxyDesk: what it is, the versions it runs with, the open file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from proxydesk.ui.help.versions import versions, versions_text
from proxydesk.ui.icons import app_icon
from proxydesk.ui.widgets.labels import plain_label

#: the icon's side, in text lines
ICON_LINES = 4
TITLE_SCALE = 1.6


class AboutDialog(QDialog):
    """The app's name and purpose, each part's version, the file, and "Copy versions"."""

    def __init__(
        self,
        case_file: Path,
        *,
        clipboard: QClipboard | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About ProxyDesk"))
        self._clipboard = clipboard
        self._case_file = str(case_file)

        side = self.fontMetrics().height() * ICON_LINES
        self.icon = QLabel()
        self.icon.setPixmap(app_icon().pixmap(QSize(side, side), self.devicePixelRatioF()))
        self.icon.setAccessibleName(self.tr("ProxyDesk icon"))
        self.title = plain_label("ProxyDesk")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * TITLE_SCALE)
        font.setBold(True)
        self.title.setFont(font)
        self.purpose = plain_label(
            self.tr(
                "One case file for the people who deal with companies on behalf of their "
                "relatives. Nothing is sent anywhere; passwords stay in the system keyring."
            )
        )
        self.purpose.setWordWrap(True)

        self.versions = QFormLayout()
        self.version_labels: dict[str, QLabel] = {}
        for name, version in versions():
            label = plain_label(version)
            self.version_labels[name] = label
            self.versions.addRow(name, label)
        self.file = plain_label(self._case_file)
        self.file.setWordWrap(True)
        self.versions.addRow(self.tr("Case file"), self.file)

        self.copy_button = QPushButton(self.tr("&Copy versions"))
        self.copy_button.setToolTip(self.tr("For a bug report: the versions and the file's path"))
        self.copy_button.clicked.connect(self.copy_versions)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copied = plain_label()

        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.purpose)
        heading.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addLayout(self.versions)
        layout.addWidget(self.copied)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def text(self) -> str:
        return versions_text(self._case_file)

    def copy_versions(self) -> None:
        clipboard = self._clipboard or QGuiApplication.clipboard()
        clipboard.setText(self.text())
        self.copied.setText(self.tr("Copied to the clipboard."))
