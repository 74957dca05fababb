"""Rows as a write found them and as it left them: what undo and redo put back, by id.

A write notes the rows it is about to change (``RowStates.before``) and the rows it added
(``RowStates.added``); ``RowStates.taken`` then holds both sides. Putting one side back is an
ordinary ORM write (so the audit log records it) that first checks the rows are still as the
other side left them, and that nothing outside the step depends on a row it removes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session

from proxydesk.changes import Changes
from proxydesk.errors import ProxyDeskError
from proxydesk.services.directory_records import StillInUse
from proxydesk.services.history import Action, Step
from proxydesk.storage.database import CaseFile
from proxydesk.storage.models import Base

#: a row's identity: its model and primary key
RowKey = tuple[type[Base], tuple[Any, ...]]

#: what depends on a row, in the words the faces know (the table's name otherwise)
USES = {
    "events": "events",
    "promises": "promises",
    "reminders": "reminders",
    "appointments": "appointments",
    "documents": "documents",
    "attachments": "documents",
    "contradictions": "promises",
    "mail_messages": "events",
    "powers_of_attorney": "powers of attorney",
}


#: a row of these tables, as the user calls it (the refusal names it)
NAMES = {
    "events": "timeline entry",
    "promises": "promise",
    "reminders": "reminder",
    "documents": "document",
    "attachments": "attached file",
    "contradictions": "link between two statements",
    "powers_of_attorney": "power of attorney",
}


class MovedOn(ProxyDeskError):
    """The rows a step would put back were changed since: it cannot be taken back any more."""


@dataclass(frozen=True)
class RowState:
    """One row's stored values (many-to-many links as the linked ids); None: no such row."""

    key: RowKey
    values: Mapping[str, Any] | None


@dataclass(frozen=True)
class Taken:
    """The rows of one write, before and after, in the order they were written."""

    before: tuple[RowState, ...]
    after: tuple[RowState, ...]


def _key(obj: Base) -> RowKey:
    state = inspect(obj)
    return (state.mapper.class_, tuple(state.mapper.primary_key_from_instance(obj)))


def _values(obj: Base) -> dict[str, Any]:
    mapper = inspect(obj).mapper
    values: dict[str, Any] = {a.key: getattr(obj, a.key) for a in mapper.column_attrs}
    for rel in mapper.relationships:
        if rel.secondary is not None:
            values[rel.key] = tuple(
                tuple(inspect(v).mapper.primary_key_from_instance(v)) for v in getattr(obj, rel.key)
            )
    for key, value in values.items():
        if isinstance(value, list):
            values[key] = tuple(value)
    return values


def state_of(session: Session, key: RowKey) -> RowState:
    model, ident = key
    found = session.get(model, ident)
    return RowState(key, None if found is None else _values(found))


class RowStates:
    """Collects the rows one unit of work changes; ``taken`` after its last change."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._before: dict[RowKey, RowState] = {}

    def before(self, *objects: Base | None) -> None:
        """Rows about to change (call before changing them; the first look counts)."""
        for obj in objects:
            if obj is not None and inspect(obj).persistent:
                key = _key(obj)
                self._before.setdefault(key, RowState(key, _values(obj)))

    def added(self, *objects: Base | None) -> None:
        """Rows this write adds (they were not there before)."""
        self._session.flush()
        for obj in objects:
            if obj is not None:
                key = _key(obj)
                self._before.setdefault(key, RowState(key, None))

    def taken(self) -> Taken:
        """Both sides; the rows as stored now (read again, as a later check will read them)."""
        session = self._session
        session.flush()
        before = tuple(self._before.values())
        for state in before:
            found = session.get(state.key[0], state.key[1])
            if found is not None:
                session.refresh(found)
        after = tuple(state_of(session, s.key) for s in before)
        changed = [i for i, (b, a) in enumerate(zip(before, after, strict=True)) if b != a]
        return Taken(tuple(before[i] for i in changed), tuple(after[i] for i in changed))


def put_back(session: Session, wanted: Iterable[RowState], found: Iterable[RowState]) -> None:
    """Make the rows be as ``wanted``, if they are still as ``found`` (else ``MovedOn``)."""
    wanted = list(wanted)
    for expected in found:
        if state_of(session, expected.key) != expected:
            raise MovedOn("this was changed since, so it cannot be taken back or done again")
    keys = {s.key for s in wanted}
    gone = [s.key for s in wanted if s.values is None]
    for key in gone:
        uses = _uses(session, key, keys)
        if uses:
            table = key[0].__tablename__
            raise StillInUse(NAMES.get(table, table.replace("_", " ")), str(key[1][0]), uses)
    # rows added back first (a call before its promises), then the rows that point at them
    present = [s for s in wanted if s.values is not None]
    added = [s for s in present if session.get(s.key[0], s.key[1]) is None]
    for state in added + [s for s in present if s not in added]:
        _write(session, state)
        session.flush()
    for key in reversed(gone):
        found_row = session.get(key[0], key[1])
        if found_row is not None:
            session.delete(found_row)
            session.flush()


def _write(session: Session, state: RowState) -> None:
    model, ident = state.key
    row = session.get(model, ident)
    if row is None:
        row = model()
        session.add(row)
    assert state.values is not None
    mapper = inspect(model)
    for key, value in state.values.items():
        rel = mapper.relationships.get(key)
        if rel is not None:
            target = rel.mapper.class_
            setattr(row, key, [session.get(target, pk) for pk in value])
        else:
            setattr(row, key, list(value) if isinstance(value, tuple) else value)


def _uses(session: Session, key: RowKey, inside: set[RowKey]) -> dict[str, int]:
    """Rows outside the step that point at this one, counted by kind."""
    model, ident = key
    mapper = inspect(model)
    table = mapper.local_table
    own_links = {rel.secondary for rel in mapper.relationships if rel.secondary is not None}
    counts: dict[str, int] = {}
    for other in Base.metadata.sorted_tables:
        if other in own_links:
            continue  # its many-to-many links go with it
        for fk in other.foreign_keys:
            if fk.column.table is not table or len(ident) != 1:
                continue
            excluded = [k[1][0] for k in inside if inspect(k[0]).local_table is other]
            query = select(func.count()).select_from(other).where(fk.parent == ident[0])
            if excluded and "id" in other.c:
                query = query.where(other.c.id.not_in(excluded))
            count = int(session.scalar(query) or 0)
            if count:
                word = USES.get(other.name, other.name.replace("_", " "))
                counts[word] = counts.get(word, 0) + count
    return counts


def row_step(case_file: CaseFile, action: Action, changes: Changes, taken: Taken) -> Step | None:
    """The step that puts these rows back either way, each time as a new unit of work."""
    if not taken.before:
        return None

    def to(wanted: tuple[RowState, ...], found: tuple[RowState, ...]) -> Changes:
        with case_file.unit_of_work() as session:
            put_back(session, wanted, found)
        return changes

    return Step(
        action,
        changes,
        lambda: to(taken.before, taken.after),
        lambda: to(taken.after, taken.before),
    )
