"""Timeline rows into entries: the columns a page reads, and what its events carry.

The statements are built once, with the page's ids bound as one expanding parameter, and run
on the session's connection as plain SQL (rows, not ORM objects): reading a page costs
SQLite's time and the making of its entries, not SQL building or object loading per row.
An event row's kinds and times come as the stored text (``RAW``): an entry carries kinds as
text, and its local time is read from the stored UTC text in one step, without the enums
and UTC datetimes the column types would make of every value first.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING, Any, TypeAlias

from sqlalchemy import (
    Connection,
    Select,
    String,
    bindparam,
    exists,
    literal_column,
    or_,
    select,
    type_coerce,
    union_all,
)

from proxydesk.domain import Channel, Direction
from proxydesk.services.views import PromiseBrief, TimelineEntry
from proxydesk.storage.mail_models import MailAttachment, MailMessage
from proxydesk.storage.models import Attachment, Contact, Event, Promise

if TYPE_CHECKING:
    from sqlalchemy import CompoundSelect
    from sqlalchemy.orm import InstrumentedAttribute

    #: a select of any columns (SQLAlchemy 2.1 types a select by its columns)
    AnySelect: TypeAlias = "Select[*tuple[Any, ...]]"

PROMISE_ENTRY = "promise"
EVENT_ENTRY = "event"
#: how many ids go into one ``IN (...)``: well below SQLite's limit on bound parameters
ID_CHUNK = 900



def _raw(column: InstrumentedAttribute[Any]) -> Any:
    """The column's stored text under its own name: no enum or datetime made of it."""
    return type_coerce(column, String).label(column.key)


EVENT_COLUMNS = (
    Event.id,
    Event.case_id,
    _raw(Event.kind),
    _raw(Event.occurred_at),
    _raw(Event.ended_at),
    _raw(Event.channel),
    _raw(Event.direction),
    Contact.name.label("contact"),
    Event.summary,
    Event.body,
    Event.number_dialed,
    Event.hold_seconds,
    Event.transfers,
    _raw(Event.outcome),
    # the event's mail, if it is one (mail_messages.event_id is unique)
    MailMessage.id.label("mail_id"),
    _raw(MailMessage.read_at),
    MailMessage.receipt_requested,
    # whether there is more to read for it: most events carry no files and no promises
    or_(
        exists().where(Attachment.event_id == Event.id),
        exists().where(MailAttachment.message_id == MailMessage.id),
    ).label("has_files"),
    exists().where(Promise.made_in_event_id == Event.id).label("has_promises"),
)
LOOSE_PROMISE_COLUMNS = (
    Promise.id,
    Promise.case_id,
    Promise.kind,
    Promise.text,
    Promise.status,
    Promise.made_at,
    Promise.due_at,
    Contact.name.label("contact"),
)


def event_select() -> AnySelect:
    """Events as ``EVENT_COLUMNS`` rows: one statement for a page, whatever its events carry."""
    return (
        select(*EVENT_COLUMNS)
        .select_from(Event)
        .outerjoin(Contact, Contact.id == Event.contact_id)
        .outerjoin(MailMessage, MailMessage.event_id == Event.id)
    )


EVENTS_BY_ID = event_select().where(Event.id.in_(bindparam("ids", expanding=True)))
_SAID_IN = (
    select(
        Promise.made_in_event_id,
        Promise.id,
        Promise.kind,
        Promise.text,
        Promise.status,
        Promise.due_at,
    )
    .where(Promise.made_in_event_id.in_(bindparam("ids", expanding=True)))
    .order_by(Promise.made_at, Promise.id)
)
#: the files of each event: its own attachments, then those of its mail
_FILES_OF: CompoundSelect[*tuple[Any, ...]] = union_all(
    select(
        Attachment.event_id,
        literal_column("0").label("mail"),
        Attachment.id,
        Attachment.filename,
    ).where(Attachment.event_id.in_(bindparam("ids", expanding=True))),
    select(MailMessage.event_id, literal_column("1"), MailAttachment.id, MailAttachment.filename)
    .join(MailAttachment, MailAttachment.message_id == MailMessage.id)
    .where(MailMessage.event_id.in_(bindparam("mail_ids", expanding=True))),
).order_by(literal_column("mail"), literal_column("id"))


def _local(value: datetime | None, tz: tzinfo) -> datetime | None:
    return None if value is None else value.astimezone(tz)


def stored_time(text: str) -> datetime:
    """A time as a ``RAW`` column holds it (UTC ISO text) as an aware datetime."""
    return datetime.fromisoformat(text)


def _local_text(text: str | None, tz: tzinfo) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text).astimezone(tz)


def events_by_id(db: Connection, ids: Sequence[int], tz: tzinfo) -> list[TimelineEntry]:
    """The events with these ids as timeline entries, in the order of ``ids``."""
    rows: dict[int, Any] = {}
    for start in range(0, len(ids), ID_CHUNK):
        chunk = list(ids[start : start + ID_CHUNK])
        rows.update((row[0], row) for row in db.execute(EVENTS_BY_ID, {"ids": chunk}))
    return event_entries(db, [rows[i] for i in ids if i in rows], tz)


def event_entries(db: Connection, rows: Sequence[Any], tz: tzinfo) -> list[TimelineEntry]:
    """Event rows (``EVENT_COLUMNS``) as entries, with their promises, files and mail."""
    if not rows:
        return []
    briefs: dict[int, list[PromiseBrief]] = {}
    files: dict[int, list[str]] = {}
    saying = [row[0] for row in rows if row[-1]]
    for start in range(0, len(saying), ID_CHUNK):
        chunk = saying[start : start + ID_CHUNK]
        for event_id, promise_id, kind, text, status, due_at in db.execute(
            _SAID_IN, {"ids": chunk}
        ):
            assert event_id is not None  # asked for by it
            briefs.setdefault(event_id, []).append(
                PromiseBrief(promise_id, kind.value, text, status.value, _local(due_at, tz))
            )
    holding = [row[0] for row in rows if row[-2]]
    for start in range(0, len(holding), ID_CHUNK):
        chunk = holding[start : start + ID_CHUNK]
        for event_id, _mail, _id, filename in db.execute(
            _FILES_OF, {"ids": chunk, "mail_ids": chunk}
        ):
            files.setdefault(event_id, []).append(filename)
    fromisoformat = datetime.fromisoformat
    entries = []
    for row in rows:
        (event_id, case_id, kind, at, ended, channel, direction, contact, summary, body) = row[:10]
        number, hold, transfers, outcome, mail_id, read_at, requested = row[10:17]
        receipt = "read" if read_at is not None else "requested" if requested else None
        # positional, in TimelineEntry's field order (the kinds are their stored values)
        entries.append(
            TimelineEntry(
                event_id,
                case_id,
                kind,
                fromisoformat(at).astimezone(tz),
                None if ended is None else fromisoformat(ended).astimezone(tz),
                channel,
                direction,
                contact,
                summary,
                body,
                number,
                hold,
                transfers,
                outcome or None,
                files.get(event_id, []),
                briefs.get(event_id, []),
                mail_id,
                receipt,
                _local_text(read_at, tz),
            )
        )
    return entries


def loose_entry(row: Any, tz: tzinfo) -> TimelineEntry:
    """A promise said outside any event (a ``LOOSE_PROMISE_COLUMNS`` row) as an entry."""
    promise_id, case_id, kind, text, status, made_at, due_at, contact = row
    return TimelineEntry(
        id=promise_id,
        case_id=case_id,
        kind=PROMISE_ENTRY,
        occurred_at=made_at.astimezone(tz),
        ended_at=None,
        channel=Channel.NONE.value,
        direction=Direction.INCOMING.value,
        contact=contact,
        summary=text,
        body="",
        promises=[PromiseBrief(promise_id, kind.value, text, status.value, _local(due_at, tz))],
    )


def promise_entry(p: Promise, tz: tzinfo) -> TimelineEntry:
    """A promise object said outside any event as an entry (for the dossier)."""
    made_by = p.made_by.name if p.made_by else None
    return loose_entry(
        (p.id, p.case_id, p.kind, p.text, p.status, p.made_at, p.due_at, made_by), tz
    )
