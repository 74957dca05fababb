"""Promises, claims and instructions as the lists show them, read with plain sqlite3."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from datetime import datetime, tzinfo
from typing import Any

from proxydesk.domain import PromiseStatus, is_overdue
from proxydesk.reading.engine import IN_LIST, listed, snapshot
from proxydesk.storage.stored import local_time, local_time_or_none, stored_time
from proxydesk.views import ContradictionView, PromiseView

_COLUMNS = """
    SELECT p.id, p.case_id, c.title, p.kind, p.text, who.name, p.made_at, p.due_at, p.status,
           p.made_in_event_id, p.resolved_at, p.resolved_by_event_id
    FROM promises AS p
    JOIN cases AS c ON c.id = p.case_id
    LEFT JOIN contacts AS who ON who.id = p.made_by_id
"""
_ORDER = " ORDER BY p.made_at, p.id"
_BY_ID = _COLUMNS + f" WHERE p.id IN {IN_LIST}"
_LINKED = f"""
    SELECT first_id, second_id FROM contradictions
    WHERE first_id IN {IN_LIST} OR second_id IN {IN_LIST}
"""
# the links whose first statement belongs to the case (all of them: every case)
_LINKS = "SELECT id, first_id, second_id, note FROM contradictions"
_CASE_LINKS = _LINKS + " WHERE first_id IN (SELECT id FROM promises WHERE case_id = ?)"


class PromiseReader:
    """Reads statements as ``PromiseView``s; ``clock`` is "now", which decides what is overdue."""

    def __init__(
        self, connection: sqlite3.Connection, tz: tzinfo, clock: Callable[[], datetime]
    ) -> None:
        self.connection = connection
        self.tz = tz
        self.clock = clock

    def promises(
        self, case_id: int | None = None, *, only_open: bool = False, only_overdue: bool = False
    ) -> list[PromiseView]:
        """The statements (of one case), oldest first; open ones, or those past their due time."""
        sql: list[str] = [_COLUMNS, " WHERE 1 = 1"]
        params: list[Any] = []
        if case_id is not None:
            sql.append(" AND p.case_id = ?")
            params.append(case_id)
        if only_open or only_overdue:
            sql.append(" AND p.status = ?")
            params.append(PromiseStatus.OPEN.value)
        if only_overdue:
            sql.append(" AND p.due_at < ?")
            params.append(stored_time(self.clock()))
        sql.append(_ORDER)
        with snapshot(self.connection) as db:
            return self._views(db, db.execute("".join(sql), params).fetchall())

    def views(self, ids: Sequence[int]) -> list[PromiseView]:
        """These statements, in the order given (an id twice: its view twice)."""
        with snapshot(self.connection) as db:
            found = {v.id: v for v in self._views(db, db.execute(_BY_ID, (listed(ids),)))}
        return [found[i] for i in ids if i in found]

    def contradictions(self, case_id: int | None = None) -> list[ContradictionView]:
        """The statements linked as contradicting each other (those of one case first)."""
        with snapshot(self.connection) as db:
            if case_id is None:
                links = db.execute(_LINKS + " ORDER BY id").fetchall()
            else:
                links = db.execute(_CASE_LINKS + " ORDER BY id", (case_id,)).fetchall()
            ids = sorted({i for _id, first, second, _note in links for i in (first, second)})
            found = {v.id: v for v in self._views(db, db.execute(_BY_ID, (listed(ids),)))}
        return [
            ContradictionView(link_id, found[first], found[second], note)
            for link_id, first, second, note in links
        ]

    def _views(self, db: sqlite3.Connection, rows: Any) -> list[PromiseView]:
        rows = list(rows)
        if not rows:
            return []
        ids = listed(row[0] for row in rows)
        linked: dict[int, list[int]] = {}
        for first, second in db.execute(_LINKED, (ids, ids)):
            linked.setdefault(first, []).append(second)
            linked.setdefault(second, []).append(first)
        now, tz = self.clock(), self.tz
        views = []
        for (
            promise_id,
            case_id,
            title,
            kind,
            text,
            made_by,
            made_at,
            due_at,
            status,
            made_in,
            resolved_at,
            resolved_by,
        ) in rows:
            due = local_time_or_none(due_at, tz)
            views.append(
                PromiseView(
                    id=promise_id,
                    case_id=case_id,
                    case_title=title,
                    kind=kind,
                    text=text,
                    made_by=made_by,
                    made_at=local_time(made_at, tz),
                    due_at=due,
                    status=status,
                    overdue=is_overdue(PromiseStatus(status), due, now),
                    made_in_event_id=made_in,
                    resolved_at=local_time_or_none(resolved_at, tz),
                    resolved_by_event_id=resolved_by,
                    contradicts=sorted(linked.get(promise_id, [])),
                )
            )
        return views
