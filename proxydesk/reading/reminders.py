"""Reminders and what is due now, read with plain sqlite3 as the services' views.

The one mapping of reminder rows to views: what the command line's ``remind`` and
``remind --due`` print (run from cron every few minutes, so without SQLAlchemy), and what
``ReminderService`` returns, its writes included.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, tzinfo
from typing import Any

from proxydesk.reading.engine import IN_LIST, Connection, listed, snapshot
from proxydesk.reading.promises import PromiseReader
from proxydesk.storage.stored import local_time, local_time_or_none
from proxydesk.views import DueList, ReminderView

_REMINDERS = """
    SELECT r.id, r.due_at, r.text, r.case_id, c.title, r.promise_id, r.done_at, r.snoozed_until
    FROM reminders AS r LEFT JOIN cases AS c ON c.id = r.case_id
"""
_NOT_DONE = " WHERE r.done_at IS NULL"
_BY_ID = f" WHERE r.id IN {IN_LIST}"
_ORDER = " ORDER BY r.due_at, r.id"


class ReminderReader:
    """Reminders on one connection; ``clock`` is "now", which decides what is due."""

    def __init__(self, connection: Connection, tz: tzinfo, clock: Callable[[], datetime]) -> None:
        self.connection = connection
        self.tz = tz
        self.clock = clock

    def reminders(self, *, include_done: bool = False) -> list[ReminderView]:
        """The reminders (not yet done, unless asked), by due time."""
        query = _REMINDERS + ("" if include_done else _NOT_DONE) + _ORDER
        now = self.clock()
        return [self._view(row, now) for row in self.connection.execute(query)]

    def views(self, ids: Sequence[int]) -> list[ReminderView]:
        """These reminders, in the order asked (one that is not there is left out)."""
        now = self.clock()
        rows = self.connection.execute(_REMINDERS + _BY_ID, (listed(ids),))
        found = {view.id: view for view in (self._view(row, now) for row in rows)}
        return [found[i] for i in ids if i in found]

    def due(self) -> DueList:
        """Reminders due now (not done, not snoozed) and overdue promises without a reminder."""
        with snapshot(self.connection):
            reminders = self.reminders()
            overdue = PromiseReader(self.connection, self.tz, self.clock).promises(
                only_overdue=True
            )
        reminded = {r.promise_id for r in reminders if r.promise_id is not None}
        return DueList(
            [r for r in reminders if r.is_due], [p for p in overdue if p.id not in reminded]
        )

    def _view(self, row: Any, now: datetime) -> ReminderView:
        id_, due_at, text, case_id, title, promise_id, done_at, snoozed = row
        due = local_time(due_at, self.tz)
        snoozed_until = local_time_or_none(snoozed, self.tz)
        return ReminderView(
            id=id_,
            due_at=due,
            text=text,
            case_id=case_id,
            case_title=title if case_id is not None else None,
            promise_id=promise_id,
            done=done_at is not None,
            snoozed_until=snoozed_until,
            is_due=done_at is None
            and due <= now
            and (snoozed_until is None or snoozed_until <= now),
        )
