"""The in-window notification: a bar across the top of the main window, one item at a time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from proxydesk.ui.formatting import TimeFormat
from proxydesk.ui.reminders.dialogs import SnoozeMenu
from proxydesk.ui.reminders.scheduler import DueItem
from proxydesk.ui.widgets.labels import plain_label

Clock = Callable[[], datetime]

#: light ground, dark text: it reads in light and dark themes
BAR_STYLE = (
    "NotificationBar { background: #fdecc8; border: 1px solid #e0b050; border-radius: 4px; }"
    " NotificationBar QLabel { color: #3d2e00; }"
)


class ElidedLabel(QLabel):
    """One line of plain text, cut with "…" when the room is short; the whole in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._full = ""

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(self.width(), 1)
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width))


class NotificationBar(QFrame):
    """What came due, with Open, Snooze and Done; the next item shows when one is dealt with."""

    open_requested = Signal(object)  # DueItem
    snooze_requested = Signal(object, object)  # DueItem, until (datetime)
    done_requested = Signal(object)  # DueItem

    def __init__(
        self,
        *,
        clock: Clock,
        tz: tzinfo,
        time_format: TimeFormat,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("notification-bar")
        self.setStyleSheet(BAR_STYLE)
        self._format = time_format
        self._queue: list[DueItem] = []
        self.message = ElidedLabel()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.more = plain_label()
        self.open_button = QPushButton(self.tr("&Open"))
        self.snooze_button = QPushButton(self.tr("S&nooze"))
        self.snooze_menu = SnoozeMenu(clock, tz, self)
        self.snooze_button.setMenu(self.snooze_menu)
        self.done_button = QPushButton(self.tr("&Done"))
        self.later_button = QPushButton(self.tr("Later"))
        self.later_button.setToolTip(self.tr("Hide it until ProxyDesk starts again"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.more)
        for button in (self.open_button, self.snooze_button, self.done_button, self.later_button):
            layout.addWidget(button)
        self.open_button.clicked.connect(self._open)
        self.done_button.clicked.connect(self._done)
        self.later_button.clicked.connect(self.next)
        self.snooze_menu.chosen.connect(self._snooze)
        self.hide()

    def set_read_only(self, read_only: bool) -> None:
        """Told, and opened, but neither snoozed nor done in a file open read-only."""
        self.snooze_button.setVisible(not read_only)
        self.done_button.setVisible(not read_only)

    @property
    def current(self) -> DueItem | None:
        return self._queue[0] if self._queue else None

    @property
    def queued(self) -> list[DueItem]:
        return list(self._queue)

    def push(self, item: DueItem) -> None:
        self._queue.append(item)
        self._show()

    def next(self) -> None:
        """The current item is dealt with (or put off): show the next, or hide."""
        if self._queue:
            self._queue.pop(0)
        self._show()

    def _open(self) -> None:
        if self.current is not None:
            self.open_requested.emit(self.current)

    def _done(self) -> None:
        if self.current is not None:
            self.done_requested.emit(self.current)

    def _snooze(self, until: datetime) -> None:
        item = self.current
        if item is not None:
            self.snooze_requested.emit(item, until)

    def _show(self) -> None:
        item = self.current
        if item is None:
            self.hide()
            return
        self.message.set_full_text(self.text_for(item))
        waiting = len(self._queue) - 1
        self.more.setText(self.tr("and {count} more").format(count=waiting) if waiting else "")
        self.more.setVisible(waiting > 0)
        is_promise = item.kind == "promise"
        self.done_button.setText(self.tr("&Turned out…") if is_promise else self.tr("&Done"))
        self.show()

    def text_for(self, item: DueItem) -> str:
        case = self.tr(" — {case}").format(case=item.case_title) if item.case_title else ""
        if item.kind == "promise":
            when = self._format.when(item.due_at) if item.due_at else ""
            return self.tr("Overdue since {when}: “{text}”{case}").format(
                when=when, text=item.text, case=case
            )
        return self.tr("Reminder: {text}{case}").format(text=item.text, case=case)
