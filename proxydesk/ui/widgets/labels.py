"""Labels that show the user's own text: always plain text, never HTML."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that never reads its text as HTML and lets the user select it."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def section_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A small bold heading over a part of a pane."""
    label = plain_label(text, parent)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def number_font(like: QFont) -> QFont:
    """A fixed-width font the size of ``like``: numbers read out digit by digit."""
    mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    mono.setPointSizeF(like.pointSizeF())
    return mono
