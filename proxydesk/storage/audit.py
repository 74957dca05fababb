"""Every change to the case file, recorded automatically at flush time into the audit log."""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session, sessionmaker

from proxydesk.storage.models import AuditEntry, Base, Blob

_INSTALLED = "_proxydesk_audit"


def install(sessions: sessionmaker[Session]) -> None:
    if not getattr(sessions, _INSTALLED, False):
        event.listen(sessions, "after_flush", _record)
        setattr(sessions, _INSTALLED, True)


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if isinstance(value, Base):
        return _identity(value)
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _identity(obj: Base) -> str:
    key = inspect(obj).mapper.primary_key_from_instance(obj)
    return ",".join(str(part) for part in key)


def _snapshot(obj: Base) -> dict[str, Any]:
    state = inspect(obj)
    values: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        if isinstance(obj, Blob) and attr.key == "data":
            continue
        values[attr.key] = _plain(getattr(obj, attr.key))
    for rel in state.mapper.relationships:
        if rel.secondary is not None:  # many-to-many rows have no model of their own
            values[rel.key] = [_plain(v) for v in getattr(obj, rel.key)]
    return values


def _changes(obj: Base) -> dict[str, Any]:
    state = inspect(obj)
    changed: dict[str, Any] = {}
    for attr in state.attrs:
        history = attr.history
        if not history.has_changes():
            continue
        if attr.key in state.mapper.relationships:
            rel = state.mapper.relationships[attr.key]
            if rel.secondary is None:
                continue  # the foreign key column records it
            changed[attr.key] = {
                "added": [_plain(v) for v in history.added],
                "removed": [_plain(v) for v in history.deleted],
            }
        else:
            changed[attr.key] = {
                "old": _plain(history.deleted[0]) if history.deleted else None,
                "new": _plain(history.added[0]) if history.added else None,
            }
    return changed


def row(
    action: str, entity: str, entity_id: str, changes: dict[str, Any], at: datetime
) -> dict[str, Any]:
    """One audit entry, for code that writes with plain INSERTs instead of the ORM."""
    return {
        "at": at,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "changes": {k: _plain(v) for k, v in changes.items()},
    }


def _record(session: Session, _context: Any) -> None:
    now = datetime.now(UTC)
    rows: list[dict[str, Any]] = []
    for action, objects in (
        ("insert", session.new),
        ("update", session.dirty),
        ("delete", session.deleted),
    ):
        for obj in objects:
            if isinstance(obj, AuditEntry) or not isinstance(obj, Base):
                continue
            # scratch tables (a call's draft) mark themselves; what they become is recorded
            if not getattr(obj, "audited", True):
                continue
            if action == "update":
                if not session.is_modified(obj):
                    continue
                details = _changes(obj)
                if not details:
                    continue
            elif action == "insert":
                details = _snapshot(obj)
            else:
                details = {}
            rows.append(row(action, obj.__tablename__, _identity(obj), details, now))
    if rows:
        session.connection().execute(insert(AuditEntry), rows)
