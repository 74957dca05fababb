"""A number to read out on the phone, with a button that puts it on the clipboard."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from proxydesk.ui.widgets.labels import number_font

#: how long the button says "Copied" before it says "Copy" again
FEEDBACK_MS = 1500


class CopyableNumber(QWidget):
    """The number as selectable plain text and a small "Copy" button beside it."""

    def __init__(
        self,
        value: str,
        *,
        what: str = "",
        clipboard: QClipboard | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.value = value
        self._clipboard = clipboard
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.value_label = QLabel(value, self)
        self.value_label.setTextFormat(Qt.TextFormat.PlainText)
        self.value_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.value_label.setFont(number_font(self.font()))
        self.value_label.setWordWrap(True)
        self.button = QToolButton(self)
        self.button.setText(self.tr("Copied"))
        # wide enough for "Copied" so the row does not jump when the text changes
        self.button.setMinimumWidth(self.button.sizeHint().width())
        self.button.setText(self.tr("Copy"))
        self.button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.button.setToolTip(self.tr("Put {number} on the clipboard").format(number=value))
        self.button.setAccessibleName(
            self.tr("Copy {what} {number}").format(what=what, number=value).replace("  ", " ")
        )
        self.button.clicked.connect(self.copy)
        # the number's first line sits level with the button's text, however many lines it has
        self.text_offset = max(
            0, (self.button.sizeHint().height() - self.value_label.fontMetrics().height()) // 2
        )
        self.value_label.setContentsMargins(0, self.text_offset, 0, 0)
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.value_label, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)

    def copy(self) -> None:
        clipboard = self._clipboard or QGuiApplication.clipboard()
        clipboard.setText(self.value)
        self.button.setText(self.tr("Copied"))
        QTimer.singleShot(FEEDBACK_MS, self, self._reset_button)

    def _reset_button(self) -> None:
        self.button.setText(self.tr("Copy"))
