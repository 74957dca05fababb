"""While the app runs: what has come due, announced once per item per session."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from proxydesk.errors import ProxyDeskError
from proxydesk.services.reminders import ReminderService

#: how often the case file is asked what is due
CHECK_MS = 30_000


@dataclass(frozen=True)
class DueItem:
    """A reminder that came due, or an open promise past its due time (with no reminder)."""

    kind: str  # "reminder" | "promise"
    id: int
    text: str
    due_at: datetime | None
    case_id: int | None
    case_title: str | None
    promise_id: int | None

    @property
    def key(self) -> tuple[str, int, datetime | None]:
        # a snoozed reminder that comes due again is news again
        return (self.kind, self.id, self.due_at)


class ReminderScheduler(QObject):
    """Asks ``ReminderService.due`` at the start and every CHECK_MS; ``fired`` once per item."""

    fired = Signal(object)  # DueItem

    def __init__(
        self,
        reminders: ReminderService,
        *,
        interval_ms: int = CHECK_MS,
        active: Callable[[], bool] = lambda: True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._reminders = reminders
        #: asked before each look: a closed window's scheduler asks nothing of its file
        self._active = active
        self._seen: set[tuple[str, int, datetime | None]] = set()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()
        self.check()

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> list[DueItem]:
        """What came due since the last look; each is announced by ``fired`` and returned."""
        if not self._active():
            return []
        try:
            due = self._reminders.due()
        except ProxyDeskError:
            return []
        items = [
            DueItem(
                "reminder",
                r.id,
                r.text,
                r.snoozed_until or r.due_at,
                r.case_id,
                r.case_title,
                r.promise_id,
            )
            for r in due.reminders
        ] + [
            DueItem("promise", p.id, p.text, p.due_at, p.case_id, p.case_title, p.id)
            for p in due.overdue_promises
        ]
        new = [item for item in items if item.key not in self._seen]
        for item in new:
            self._seen.add(item.key)
            self.fired.emit(item)
        return new
