"""The state buttons of a call (menu, on hold, talking, transferred) and how time is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from proxydesk.services.calls import CallState

#: the keys that switch the state, whatever has the focus in the logger
STATE_KEYS = {
    CallState.MENU: "F5",
    CallState.HOLD: "F6",
    CallState.TALKING: "F7",
    CallState.TRANSFERRED: "F8",
}
#: the state the call is in stands out: white on a colour of its own
STATE_COLORS = {
    CallState.MENU: "#4a5d7e",
    CallState.HOLD: "#a15c00",
    CallState.TALKING: "#1e6b34",
    CallState.TRANSFERRED: "#6a3d9a",
}
BUTTON_HEIGHT = 56


def state_button(state: CallState, name: str) -> QPushButton:
    """A large checkable button with the state's name and key."""
    button = QPushButton(f"{name}\n{STATE_KEYS[state]}")
    button.setObjectName(f"state-{state.value}")
    button.setCheckable(True)
    button.setMinimumHeight(BUTTON_HEIGHT)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    color = STATE_COLORS[state]
    button.setStyleSheet(
        "QPushButton { font-weight: bold; padding: 6px; }"
        f" QPushButton:checked {{ background: {color}; color: white;"
        f" border: 1px solid {color}; border-radius: 4px; }}"
    )
    return button


def clock_text(seconds: float) -> str:
    """``4:07`` or ``1:04:07``."""
    total = max(int(seconds), 0)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
