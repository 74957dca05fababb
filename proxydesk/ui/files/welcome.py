"""The first-start guide: nothing to open yet, so offer the demo case, a new file, or a file."""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from proxydesk.ui.widgets.labels import plain_label

#: the guide's width, in characters of its font
WIDTH_CHARS = 62


class WelcomeChoice(enum.Enum):
    DEMO = "demo"
    NEW = "new"
    OPEN = "open"
    QUIT = "quit"


class WelcomeDialog(QDialog):
    """Three ways to start and a way out; ``choice`` says which button was pressed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to ProxyDesk"))
        self.choice = WelcomeChoice.QUIT
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        headline = plain_label(self.tr("Welcome to ProxyDesk"))
        font = headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        headline.setFont(font)
        layout.addWidget(headline)
        intro = plain_label(
            self.tr(
                "ProxyDesk keeps everything about dealing with companies on behalf of your "
                "relatives in one case file: calls, promises, mail, letters and reminders.\n\n"
                "There is no case file yet. How would you like to start?"
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.demo_button = self._choice(
            layout,
            WelcomeChoice.DEMO,
            self.tr("Open the demo case"),
            self.tr("A made-up case to look around in. It is thrown away when you quit."),
        )
        self.new_button = self._choice(
            layout,
            WelcomeChoice.NEW,
            self.tr("Start a new file…"),
            self.tr("An empty case file for your own relatives and cases."),
        )
        self.open_button = self._choice(
            layout,
            WelcomeChoice.OPEN,
            self.tr("Open a file…"),
            self.tr("A case file you already have, e.g. from another computer or a backup."),
        )
        layout.addSpacing(6)
        self.quit_button = QPushButton(self.tr("Quit"))
        self.quit_button.setObjectName("welcome-quit")
        self.quit_button.clicked.connect(self.reject)
        layout.addWidget(self.quit_button, 0, Qt.AlignmentFlag.AlignRight)
        self.demo_button.setDefault(True)
        self.demo_button.setFocus()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * WIDTH_CHARS)

    def _choice(
        self, layout: QVBoxLayout, choice: WelcomeChoice, text: str, explanation: str
    ) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(f"welcome-{choice.value}")
        button.setAccessibleDescription(explanation)
        button.setMinimumHeight(button.sizeHint().height() * 3 // 2)
        button.clicked.connect(lambda: self._choose(choice))
        note: QLabel = plain_label(explanation)
        note.setWordWrap(True)
        note.setContentsMargins(12, 0, 0, 0)
        # quieter than the buttons, but readable (a disabled label is too faint)
        palette = note.palette()
        palette.setColor(
            QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
        )
        note.setPalette(palette)
        group = QVBoxLayout()
        group.setSpacing(3)
        group.addWidget(button)
        group.addWidget(note)
        layout.addLayout(group)
        return button

    def _choose(self, choice: WelcomeChoice) -> None:
        self.choice = choice
        self.accept()

    def ask(self) -> WelcomeChoice:
        """Show the guide and wait for a choice; closing it is Quit."""
        self.choice = WelcomeChoice.QUIT
        self.exec()
        return self.choice
