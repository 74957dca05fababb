"""The figures of a case: how long, how many contacts, calls, hold time, promises, silence."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from proxydesk.domain import CallOutcome, Channel, EventKind, PromiseKind, PromiseStatus
from proxydesk.reading.timeline_filter import PROMISE_ENTRY
from proxydesk.services.dossier import CaseRecord
from proxydesk.views import TimelineEntry

#: calls the other side ended without a result
CUT_OFF = {CallOutcome.HUNG_UP_ON_US.value, CallOutcome.DISCONNECTED.value}
MAIL_KINDS = {EventKind.EMAIL_IN.value, EventKind.EMAIL_OUT.value}
#: what we put in writing ourselves: the proof of having tried
WRITTEN = {EventKind.EMAIL_OUT.value, EventKind.LETTER.value, EventKind.FAX.value}


@dataclass(frozen=True)
class StatementCount:
    kind: str
    made: int
    kept: int
    broken: int
    false: int
    open: int


@dataclass(frozen=True)
class CaseFigures:
    opened_at: datetime
    until: datetime
    first_contact: datetime | None
    last_contact: datetime | None
    days_open: int
    contacts: int
    by_channel: list[tuple[str, int]]
    calls: int
    call_seconds: int
    hold_seconds: int
    transfers: int
    calls_cut_off: int
    #: one row per kind (promise, claim, instruction) and a last one for all ("all")
    statements: list[StatementCount]
    mails_sent: int
    unanswered: list[TimelineEntry]
    receipts_requested: int
    receipts_read: int


def events_of(record: CaseRecord) -> list[TimelineEntry]:
    return [e for e in record.entries if e.kind != PROMISE_ENTRY]


def contacts_of(record: CaseRecord) -> list[TimelineEntry]:
    """Events where we dealt with the other side: everything but our own notes."""
    return [e for e in events_of(record) if e.channel != Channel.NONE.value]


def unanswered_mails(record: CaseRecord) -> list[TimelineEntry]:
    """Our mails nobody answered: no reply refers to them, and our next mail came first.

    A mail counts as answered when a mail that came in replies to it (by its headers), or when
    the next mail of the case after it is one that came in.
    """
    mails = [e for e in events_of(record) if e.kind in MAIL_KINDS]
    unanswered = []
    for index, mail in enumerate(mails):
        if mail.kind != EventKind.EMAIL_OUT.value:
            continue
        brief = record.mails.get(mail.id)
        if brief is not None and brief.answered_by_reply:
            continue
        following = mails[index + 1] if index + 1 < len(mails) else None
        if following is not None and following.kind == EventKind.EMAIL_IN.value:
            continue
        unanswered.append(mail)
    return unanswered


def figures(record: CaseRecord) -> CaseFigures:
    events = contacts_of(record)
    summary = record.detail.summary
    until = summary.closed_at or record.read_at
    calls = [e for e in events if e.kind == EventKind.CALL.value]
    channels = Counter(e.channel for e in events)
    statements = []
    for kind in [k.value for k in PromiseKind] + ["all"]:
        chosen = [p for p in record.promises if kind in ("all", p.kind)]
        status = Counter(p.status for p in chosen)
        statements.append(
            StatementCount(
                kind,
                len(chosen),
                status[PromiseStatus.KEPT.value],
                status[PromiseStatus.BROKEN.value],
                status[PromiseStatus.FALSE.value],
                status[PromiseStatus.OPEN.value],
            )
        )
    return CaseFigures(
        opened_at=summary.opened_at,
        until=until,
        first_contact=events[0].occurred_at if events else None,
        last_contact=events[-1].occurred_at if events else None,
        days_open=max((until.date() - summary.opened_at.date()).days, 0),
        contacts=len(events),
        by_channel=sorted(channels.items(), key=lambda kv: (-kv[1], kv[0])),
        calls=len(calls),
        call_seconds=sum(c.duration_seconds or 0 for c in calls),
        hold_seconds=sum(c.hold_seconds or 0 for c in calls),
        transfers=sum(c.transfers or 0 for c in calls),
        calls_cut_off=sum(1 for c in calls if c.outcome in CUT_OFF),
        statements=statements,
        mails_sent=sum(1 for e in events if e.kind == EventKind.EMAIL_OUT.value),
        unanswered=unanswered_mails(record),
        receipts_requested=sum(1 for e in events if e.receipt in ("requested", "read")),
        receipts_read=sum(1 for e in events if e.receipt == "read"),
    )
