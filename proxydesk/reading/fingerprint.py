"""A case's fingerprint: SHA-256 over its events, statements and their audit history.

Printed on every page of a dossier, it lets anyone with the case file check later that the
record was not changed since: any edit to an event, a statement, an attachment or the case, even
one undone afterwards, adds audit entries and so changes the fingerprint. Read with plain
sqlite3; the record it hashes is the one it always was (times as UTC ISO text with offset).
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

from proxydesk.reading.engine import IN_LIST, Connection, listed, snapshot

#: bumped when what goes into the fingerprint changes, so old and new never look alike
VERSION = "proxydesk-fingerprint-1"

_AUDITED = ("cases", "case_references", "events", "promises", "attachments", "contradictions")

_EVENTS = """
    SELECT e.id, e.kind, e.occurred_at, e.ended_at, e.channel, e.direction, c.name, e.summary,
           e.body, e.number_dialed, e.hold_seconds, e.transfers, e.outcome
    FROM events AS e LEFT JOIN contacts AS c ON c.id = e.contact_id
    WHERE e.case_id = ?
    ORDER BY e.id
"""
_FILES = """
    SELECT a.event_id, a.filename, a.blob_sha256
    FROM attachments AS a JOIN events AS e ON e.id = a.event_id
    WHERE e.case_id = ?
    ORDER BY a.id
"""
_MAILS = """
    SELECT m.event_id, m.raw_sha256
    FROM mail_messages AS m JOIN events AS e ON e.id = m.event_id
    WHERE e.case_id = ?
"""
_PROMISES = """
    SELECT p.id, p.kind, p.text, c.name, p.made_in_event_id, p.made_at, p.due_at, p.status,
           p.resolved_at, p.resolved_by_event_id, p.resolution_note
    FROM promises AS p LEFT JOIN contacts AS c ON c.id = p.made_by_id
    WHERE p.case_id = ?
    ORDER BY p.id
"""
_CONTRADICTIONS = """
    SELECT first_id, second_id, note FROM contradictions
    WHERE first_id IN (SELECT id FROM promises WHERE case_id = ?)
    ORDER BY id
"""
_AUDIT = f"""
    SELECT id, at, action, entity, entity_id, changes FROM audit_log
    WHERE entity IN {IN_LIST}
    ORDER BY id
"""
_CASE = "SELECT id, title, opened_at FROM cases WHERE id = ?"


def _time(value: str | None) -> str | None:
    """A stored time as the record writes it: UTC ISO text with its offset."""
    return None if value is None else datetime.fromisoformat(value).astimezone(UTC).isoformat()


def _event(row: Any, files: list[list[str]], mail_sha: str | None) -> dict[str, Any]:
    (id_, kind, at, ended, channel, direction, contact, summary, body, number, hold, transfers,
     outcome) = row  # fmt: skip
    return {
        "id": id_,
        "kind": kind,
        "occurred_at": _time(at),
        "ended_at": _time(ended),
        "channel": channel,
        "direction": direction,
        "contact": contact,
        "summary": summary,
        "body": body,
        "number_dialed": number,
        "hold_seconds": hold,
        "transfers": transfers,
        "outcome": outcome or None,
        "attachments": files,
        "mail": mail_sha,
    }


def _promise(row: Any) -> dict[str, Any]:
    (id_, kind, text, made_by, made_in, made_at, due_at, status, resolved_at, resolved_by,
     note) = row  # fmt: skip
    return {
        "id": id_,
        "kind": kind,
        "text": text,
        "made_by": made_by,
        "made_in_event": made_in,
        "made_at": _time(made_at),
        "due_at": _time(due_at),
        "status": status,
        "resolved_at": _time(resolved_at),
        "resolved_by_event": resolved_by,
        "note": note,
    }


def _belongs(
    entity: str, entity_id: str, changes: Any, case_id: int, events: set[str], promises: set[str]
) -> bool:
    """Whether an audit entry is about this case (its rows, also ones deleted since)."""
    changes = changes or {}
    if entity == "cases":
        return entity_id == str(case_id)
    if entity in ("events", "promises"):
        own = events if entity == "events" else promises
        return entity_id in own
    if entity == "case_references":
        return _value(changes.get("case_id")) == case_id
    if entity == "attachments":
        return str(_value(changes.get("event_id"))) in events
    if entity == "contradictions":
        return bool({str(_value(changes.get(k))) for k in ("first_id", "second_id")} & promises)
    return False


def _value(change: Any) -> Any:
    """The value an audit entry recorded: plain on insert, {old, new} on update."""
    if isinstance(change, dict):
        return change.get("new", change.get("old"))
    return change


def case_fingerprint(connection: Connection, case_id: int) -> str:
    """The full hex SHA-256 of the case's record, the same for the same record."""
    with snapshot(connection) as db:
        events = db.execute(_EVENTS, (case_id,)).fetchall()
        files: dict[int, list[list[str]]] = {}
        for event_id, filename, sha in db.execute(_FILES, (case_id,)):
            files.setdefault(event_id, []).append([filename, sha])
        mails = dict(db.execute(_MAILS, (case_id,)).fetchall())
        promises = db.execute(_PROMISES, (case_id,)).fetchall()
        contradictions = [list(row) for row in db.execute(_CONTRADICTIONS, (case_id,))]
        audit = [
            (id_, at, action, entity, entity_id, None if changes is None else json.loads(changes))
            for id_, at, action, entity, entity_id, changes in db.execute(
                _AUDIT, (listed(_AUDITED),)
            )
        ]
        case = db.execute(_CASE, (case_id,)).fetchone()
    # rows of this case, including ones deleted since (their insert entry names the case)
    event_ids = {str(row[0]) for row in events}
    promise_keys = {str(row[0]) for row in promises}
    for _id, _at, action, entity, entity_id, changes in audit:
        if action == "insert" and _value((changes or {}).get("case_id")) == case_id:
            if entity == "events":
                event_ids.add(entity_id)
            elif entity == "promises":
                promise_keys.add(entity_id)
    history = [
        [id_, _time(at), action, entity, entity_id, changes]
        for id_, at, action, entity, entity_id, changes in audit
        if _belongs(entity, entity_id, changes, case_id, event_ids, promise_keys)
    ]
    record = {
        "version": VERSION,
        "case": None if case is None else [case[0], case[1], _time(case[2])],
        "events": [_event(row, files.get(row[0], []), mails.get(row[0])) for row in events],
        "promises": [_promise(row) for row in promises],
        "contradictions": contradictions,
        "audit": history,
    }
    canonical = json.dumps(
        record, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def short_fingerprint(full: str, length: int = 16) -> str:
    """The first hex digits in groups of four, as printed in page footers."""
    head = full[:length]
    return " ".join(head[i : i + 4] for i in range(0, len(head), 4))


#: a fingerprint is shown in full in groups of eight, so it can be read out and compared
def grouped_fingerprint(full: str) -> str:
    return " ".join(full[i : i + 8] for i in range(0, len(full), 8))
