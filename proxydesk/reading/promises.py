"""Promises, claims and instructions as the lists show them, read with plain sqlite3."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, tzinfo
from typing import Any

from proxydesk.domain import PromiseStatus, is_overdue
from proxydesk.reading.engine import IN_LIST, Connection, listed, snapshot
from proxydesk.storage.stored import local_time, local_time_or_none, stored_time
from proxydesk.views import ContradictionView, EventBrief, PromiseHistory, PromiseView

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
_PROMISE_LINKS = _LINKS + " WHERE first_id = ?1 OR second_id = ?1"
_ABOUT = """
    SELECT who.team, p.made_in_event_id, p.resolved_by_event_id, p.resolution_note,
           p.case_id, p.made_at
    FROM promises AS p LEFT JOIN contacts AS who ON who.id = p.made_by_id
    WHERE p.id = ?
"""
_BRIEF_COLUMNS = """
    SELECT e.id, e.kind, e.occurred_at, e.summary, c.name
    FROM events AS e LEFT JOIN contacts AS c ON c.id = e.contact_id
"""
_BRIEFS_BY_ID = _BRIEF_COLUMNS + f" WHERE e.id IN {IN_LIST}"
_BRIEFS_SINCE = (
    _BRIEF_COLUMNS
    + " WHERE e.case_id = ? AND e.occurred_at >= ? ORDER BY e.occurred_at DESC, e.id DESC"
)


class PromiseReader:
    """Reads statements as ``PromiseView``s; ``clock`` is "now", which decides what is overdue."""

    def __init__(self, connection: Connection, tz: tzinfo, clock: Callable[[], datetime]) -> None:
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

    def contradictions(
        self, case_id: int | None = None, *, promise_id: int | None = None
    ) -> list[ContradictionView]:
        """The statements linked as contradicting each other: every link, the links whose
        first statement belongs to ``case_id``, or those of the statement ``promise_id``."""
        with snapshot(self.connection) as db:
            if promise_id is not None:
                links = db.execute(_PROMISE_LINKS + " ORDER BY id", (promise_id,)).fetchall()
            elif case_id is not None:
                links = db.execute(_CASE_LINKS + " ORDER BY id", (case_id,)).fetchall()
            else:
                links = db.execute(_LINKS + " ORDER BY id").fetchall()
            ids = sorted({i for _id, first, second, _note in links for i in (first, second)})
            found = {v.id: v for v in self._views(db, db.execute(_BY_ID, (listed(ids),)))}
        return [
            ContradictionView(link_id, found[first], found[second], note)
            for link_id, first, second, note in links
        ]

    def history(self, promise_id: int) -> PromiseHistory | None:
        """The statement with the events it came from and ended by, and what contradicts it."""
        with snapshot(self.connection) as db:
            about = db.execute(_ABOUT, (promise_id,)).fetchone()
            if about is None:
                return None
            team, made_in, resolved_by, note, _case, _made_at = about
            (promise,) = self.views([promise_id])
            wanted = [i for i in (made_in, resolved_by) if i is not None]
            briefs = {b.id: b for b in self._briefs(db.execute(_BRIEFS_BY_ID, (listed(wanted),)))}
            return PromiseHistory(
                promise=promise,
                made_by_team=team or "",
                made_in=briefs.get(made_in) if made_in is not None else None,
                resolved_by=briefs.get(resolved_by) if resolved_by is not None else None,
                resolution_note=note,
                contradictions=self.contradictions(promise_id=promise_id),
            )

    def events_after(self, promise_id: int) -> list[EventBrief]:
        """The case's events since the statement was made, newest first."""
        with snapshot(self.connection) as db:
            about = db.execute(_ABOUT, (promise_id,)).fetchone()
            if about is None:
                return []
            case_id, made_at = about[4:]
            return self._briefs(db.execute(_BRIEFS_SINCE, (case_id, made_at)))

    def _briefs(self, rows: Any) -> list[EventBrief]:
        return [
            EventBrief(id_, kind, local_time(at, self.tz), summary, contact)
            for id_, kind, at, summary, contact in rows
        ]

    def _views(self, db: Connection, rows: Any) -> list[PromiseView]:
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
