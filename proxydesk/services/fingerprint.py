"""A case's fingerprint: SHA-256 over its events, statements and their audit history.

Printed on every page of a dossier, it lets anyone with the case file check later that the
record was not changed since: any edit to an event, a statement, an attachment or the case, even
one undone afterwards, adds audit entries and so changes the fingerprint.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from proxydesk.storage.mail_models import MailMessage
from proxydesk.storage.models import (
    AuditEntry,
    Case,
    Contradiction,
    Event,
    Promise,
)

#: bumped when what goes into the fingerprint changes, so old and new never look alike
VERSION = "proxydesk-fingerprint-1"

_AUDITED = ("cases", "case_references", "events", "promises", "attachments", "contradictions")


def _time(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _event(e: Event, mail_sha: str | None) -> dict[str, Any]:
    return {
        "id": e.id,
        "kind": e.kind.value,
        "occurred_at": _time(e.occurred_at),
        "ended_at": _time(e.ended_at),
        "channel": e.channel.value,
        "direction": e.direction.value,
        "contact": e.contact.name if e.contact else None,
        "summary": e.summary,
        "body": e.body,
        "number_dialed": e.number_dialed,
        "hold_seconds": e.hold_seconds,
        "transfers": e.transfers,
        "outcome": e.outcome.value if e.outcome else None,
        "attachments": [[a.filename, a.blob_sha256] for a in e.attachments],
        "mail": mail_sha,
    }


def _promise(p: Promise) -> dict[str, Any]:
    return {
        "id": p.id,
        "kind": p.kind.value,
        "text": p.text,
        "made_by": p.made_by.name if p.made_by else None,
        "made_in_event": p.made_in_event_id,
        "made_at": _time(p.made_at),
        "due_at": _time(p.due_at),
        "status": p.status.value,
        "resolved_at": _time(p.resolved_at),
        "resolved_by_event": p.resolved_by_event_id,
        "note": p.resolution_note,
    }


def _belongs(entry: AuditEntry, case_id: int, events: set[str], promises: set[str]) -> bool:
    """Whether an audit entry is about this case (its rows, also ones deleted since)."""
    changes = entry.changes or {}
    if entry.entity == "cases":
        return entry.entity_id == str(case_id)
    if entry.entity in ("events", "promises"):
        own = events if entry.entity == "events" else promises
        return entry.entity_id in own
    if entry.entity == "case_references":
        return _value(changes.get("case_id")) == case_id
    if entry.entity == "attachments":
        return str(_value(changes.get("event_id"))) in events
    if entry.entity == "contradictions":
        return bool({str(_value(changes.get(k))) for k in ("first_id", "second_id")} & promises)
    return False


def _value(change: Any) -> Any:
    """The value an audit entry recorded: plain on insert, {old, new} on update."""
    if isinstance(change, dict):
        return change.get("new", change.get("old"))
    return change


def case_fingerprint(session: Session, case_id: int) -> str:
    """The full hex SHA-256 of the case's record, the same for the same record."""
    events = list(
        session.scalars(
            select(Event)
            .where(Event.case_id == case_id)
            .order_by(Event.id)
            .options(selectinload(Event.contact), selectinload(Event.attachments))
        )
    )
    promises = list(
        session.scalars(
            select(Promise)
            .where(Promise.case_id == case_id)
            .order_by(Promise.id)
            .options(selectinload(Promise.made_by))
        )
    )
    promise_ids = [p.id for p in promises]
    contradictions = (
        [
            [c.first_id, c.second_id, c.note]
            for c in session.scalars(
                select(Contradiction)
                .where(Contradiction.first_id.in_(promise_ids))
                .order_by(Contradiction.id)
            )
        ]
        if promise_ids
        else []
    )
    mails = {
        row.event_id: row.raw_sha256
        for row in session.execute(
            select(MailMessage.event_id, MailMessage.raw_sha256).where(
                MailMessage.event_id.in_([e.id for e in events])
            )
        )
    }
    audit = list(
        session.scalars(
            select(AuditEntry).where(AuditEntry.entity.in_(_AUDITED)).order_by(AuditEntry.id)
        )
    )
    # rows of this case, including ones deleted since (their insert entry names the case)
    event_ids = {str(e.id) for e in events}
    promise_keys = {str(p.id) for p in promises}
    for entry in audit:
        if entry.action == "insert" and _value((entry.changes or {}).get("case_id")) == case_id:
            if entry.entity == "events":
                event_ids.add(entry.entity_id)
            elif entry.entity == "promises":
                promise_keys.add(entry.entity_id)
    history = [
        [e.id, _time(e.at), e.action, e.entity, e.entity_id, e.changes]
        for e in audit
        if _belongs(e, case_id, event_ids, promise_keys)
    ]
    case = session.get(Case, case_id)
    record = {
        "version": VERSION,
        "case": None if case is None else [case.id, case.title, _time(case.opened_at)],
        "events": [_event(e, mails.get(e.id)) for e in events],
        "promises": [_promise(p) for p in promises],
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
