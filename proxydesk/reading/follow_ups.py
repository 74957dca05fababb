"""Promises and reminders across all cases, read with plain sqlite3 as the services' views.

What the command line's ``promises``, ``remind`` and ``remind --due`` print (run from cron
every few minutes, so without SQLAlchemy), equal to what the services return.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import datetime, tzinfo
from typing import Any

from proxydesk.domain import PromiseStatus, is_overdue
from proxydesk.reading.connection import snapshot
from proxydesk.storage.stored import local_time, local_time_or_none, stored_time
from proxydesk.views import DueList, PromiseView, ReminderView

_PROMISES = """
    SELECT p.id, p.case_id, c.title, p.kind, p.text, k.name, p.made_at, p.due_at, p.status,
           p.made_in_event_id, p.resolved_at, p.resolved_by_event_id
    FROM promises AS p
    JOIN cases AS c ON c.id = p.case_id
    LEFT JOIN contacts AS k ON k.id = p.made_by_id
"""

_CONTRADICTIONS = """
    SELECT first_id, second_id FROM contradictions
    WHERE first_id IN (SELECT value FROM json_each(?))
       OR second_id IN (SELECT value FROM json_each(?))
    ORDER BY id
"""

_REMINDERS = """
    SELECT r.id, r.due_at, r.text, r.case_id, c.title, r.promise_id, r.done_at, r.snoozed_until
    FROM reminders AS r LEFT JOIN cases AS c ON c.id = r.case_id
"""


class FollowUpReader:
    """Promises and reminders on one sqlite3 connection; ``clock`` says what is due."""

    def __init__(
        self, connection: sqlite3.Connection, tz: tzinfo, clock: Callable[[], datetime]
    ) -> None:
        self.connection = connection
        self.tz = tz
        self.clock = clock

    def promises(
        self, *, case_id: int | None = None, only_open: bool = False, only_overdue: bool = False
    ) -> list[PromiseView]:
        """The promises (of one case), in the order they were made."""
        now = self.clock()
        where: list[str] = []
        params: list[Any] = []
        if case_id is not None:
            where.append("p.case_id = ?")
            params.append(case_id)
        if only_open or only_overdue:
            where.append("p.status = ?")
            params.append(PromiseStatus.OPEN.value)
        if only_overdue:
            where.append("p.due_at < ?")
            params.append(stored_time(now))
        query = _PROMISES + (" WHERE " + " AND ".join(where) if where else "")
        with snapshot(self.connection) as connection:
            rows = connection.execute(query + " ORDER BY p.made_at, p.id", params).fetchall()
            return self._promise_views(connection, rows, now)

    def reminders(self, *, include_done: bool = False) -> list[ReminderView]:
        """The reminders (not yet done, unless asked), by due time."""
        query = _REMINDERS + ("" if include_done else " WHERE r.done_at IS NULL")
        now = self.clock()
        rows = self.connection.execute(query + " ORDER BY r.due_at, r.id").fetchall()
        return [self._reminder(row, now) for row in rows]

    def due(self) -> DueList:
        """Reminders due now (not done, not snoozed) and overdue promises without a reminder."""
        with snapshot(self.connection):
            reminders = self.reminders()
            promises = self.promises(only_overdue=True)
        reminded = {r.promise_id for r in reminders if r.promise_id is not None}
        return DueList(
            [r for r in reminders if r.is_due], [p for p in promises if p.id not in reminded]
        )

    def _promise_views(
        self, connection: sqlite3.Connection, rows: list[Any], now: datetime
    ) -> list[PromiseView]:
        if not rows:
            return []
        ids = json.dumps(sorted({row[0] for row in rows}))
        linked: dict[int, list[int]] = {}
        for first, second in connection.execute(_CONTRADICTIONS, (ids, ids)):
            linked.setdefault(first, []).append(second)
            linked.setdefault(second, []).append(first)
        views = []
        for row in rows:
            id_, case_id, title, kind, text, made_by, made_at, due_at, status = row[:9]
            due = local_time_or_none(due_at, self.tz)
            views.append(
                PromiseView(
                    id=id_,
                    case_id=case_id,
                    case_title=title,
                    kind=kind,
                    text=text,
                    made_by=made_by,
                    made_at=local_time(made_at, self.tz),
                    due_at=due,
                    status=status,
                    overdue=is_overdue(PromiseStatus(status), due, now),
                    made_in_event_id=row[9],
                    resolved_at=local_time_or_none(row[10], self.tz),
                    resolved_by_event_id=row[11],
                    contradicts=sorted(linked.get(id_, [])),
                )
            )
        return views

    def _reminder(self, row: Any, now: datetime) -> ReminderView:
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
