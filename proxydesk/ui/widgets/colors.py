"""Colours for text that must stand out (overdue, kept, expiring), in light and dark themes.

A fixed dark red reads on white but sinks into a dark window; each tone here has a shade for
light grounds and one for dark grounds, chosen from the palette the widget is painted with.
"""

from __future__ import annotations

import enum

from PySide6.QtGui import QColor, QGuiApplication, QPalette

#: below this lightness (0–255) of the window colour a theme counts as dark
DARK_BELOW = 128


class Tone(enum.StrEnum):
    BAD = "bad"
    GOOD = "good"
    WARNING = "warning"
    QUIET = "quiet"


#: (on a light ground, on a dark ground); each at least 4.5:1 against its ground
TONES: dict[Tone, tuple[str, str]] = {
    Tone.BAD: ("#b3261e", "#ffb4ab"),
    Tone.GOOD: ("#1e6b34", "#8fd19e"),
    Tone.WARNING: ("#8a5a00", "#f0c060"),
    Tone.QUIET: ("#5f5f5f", "#b0b0b0"),
}


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the palette (default: the application's) paints light text on a dark window."""
    palette = palette if palette is not None else QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < DARK_BELOW


def tone(which: Tone, palette: QPalette | None = None) -> QColor:
    light, dark = TONES[which]
    return QColor(dark if is_dark(palette) else light)


def tone_css(which: Tone, palette: QPalette | None = None) -> str:
    """The tone as ``#rrggbb`` for a style sheet."""
    return tone(which, palette).name()


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style: for screenshots and tests of the dark look."""
    palette = QPalette()
    roles = QPalette.ColorRole
    colors = {
        roles.Window: "#2d2d2d",
        roles.WindowText: "#e6e6e6",
        roles.Base: "#1f1f1f",
        roles.AlternateBase: "#292929",
        roles.ToolTipBase: "#3a3a3a",
        roles.ToolTipText: "#e6e6e6",
        roles.PlaceholderText: "#8c8c8c",
        roles.Text: "#e6e6e6",
        roles.Button: "#353535",
        roles.ButtonText: "#e6e6e6",
        roles.BrightText: "#ff6b6b",
        roles.Light: "#4a4a4a",
        roles.Midlight: "#3e3e3e",
        roles.Mid: "#2a2a2a",
        roles.Dark: "#1a1a1a",
        roles.Shadow: "#000000",
        roles.Highlight: "#2f6fb5",
        roles.HighlightedText: "#ffffff",
        roles.Link: "#74b0ff",
        roles.LinkVisited: "#b39dff",
    }
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor("#7f7f7f"))
    return palette
