"""Timeline rows into entries, each made when it is first asked for.

A page holds the rows it read and makes an entry (its times parsed into the file's zone,
its promises and files attached) only when that entry is asked for: the window shows some
30 of a page's 200 entries at first, and opening a case costs SQLite's time for the page,
not the making of 200 entries.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, tzinfo
from typing import Any, overload

from proxydesk.domain import Channel, Direction
from proxydesk.reading.timeline_filter import PROMISE_ENTRY
from proxydesk.views import PromiseBrief, TimelineEntry

#: makes an entry of a row
Maker = Callable[[Any], TimelineEntry]

_new = object.__new__


def _given(entry: TimelineEntry) -> TimelineEntry:
    """The maker of a "row" that is an entry already."""
    return entry


class EntryPage(Sequence[TimelineEntry]):
    """Entries in timeline order, each made from its row on first use, then kept.

    A page grows by ``extend`` (the next page, or entries made already); slicing keeps
    the rows unmade.
    """

    def __init__(self, rows: Iterable[tuple[Maker, Any]] = ()) -> None:
        self._rows = list(rows)
        self._made: dict[int, TimelineEntry] = {}

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> TimelineEntry: ...

    @overload
    def __getitem__(self, index: slice) -> EntryPage: ...

    def __getitem__(self, index: int | slice) -> TimelineEntry | EntryPage:
        if isinstance(index, slice):
            return EntryPage(self._rows[index])
        if index < 0:
            index += len(self._rows)
        made = self._made.get(index)
        if made is None:
            make, row = self._rows[index]  # IndexError beyond the end, as a list
            made = self._made[index] = make(row)
        return made

    def extend(self, entries: Sequence[TimelineEntry]) -> None:
        if isinstance(entries, EntryPage):
            self._rows += entries._rows
        else:
            self._rows += [(_given, e) for e in entries]


def event_maker(
    briefs: dict[int, list[PromiseBrief]], files: dict[int, list[str]], tz: tzinfo
) -> Maker:
    """Makes an entry of an event row with the promises said in it and its files."""
    fromisoformat = datetime.fromisoformat

    def make(row: Any) -> TimelineEntry:
        (
            event_id,
            case_id,
            kind,
            at,
            ended,
            channel,
            direction,
            contact,
            summary,
            body,
            number,
            hold,
            transfers,
            outcome,
            mail_id,
            read_at,
            requested,
            _has_files,
            _has_promises,
        ) = row
        entry = _new(TimelineEntry)
        # every field of TimelineEntry, set without the frozen dataclass's slow __init__
        # (the kinds are their stored values)
        entry.__dict__.update(
            {
                "id": event_id,
                "case_id": case_id,
                "kind": kind,
                "occurred_at": fromisoformat(at).astimezone(tz),
                "ended_at": None if ended is None else fromisoformat(ended).astimezone(tz),
                "channel": channel,
                "direction": direction,
                "contact": contact,
                "summary": summary,
                "body": body,
                "number_dialed": number,
                "hold_seconds": hold,
                "transfers": transfers,
                "outcome": outcome or None,
                "attachments": files.get(event_id, []),
                "promises": briefs.get(event_id, []),
                "mail_id": mail_id,
                "receipt": "read" if read_at is not None else "requested" if requested else None,
                "read_at": None if read_at is None else fromisoformat(read_at).astimezone(tz),
            }
        )
        return entry

    return make


def loose_maker(tz: tzinfo) -> Maker:
    """Makes an entry of a row of a promise said outside any event."""

    def make(row: Any) -> TimelineEntry:
        promise_id, case_id, kind, text, status, made_at, due_at, contact = row
        due = None if due_at is None else datetime.fromisoformat(due_at)
        made = datetime.fromisoformat(made_at)
        return loose_promise_entry(promise_id, case_id, kind, text, status, made, due, contact, tz)

    return make


def loose_promise_entry(
    promise_id: int,
    case_id: int,
    kind: str,
    text: str,
    status: str,
    made_at: datetime,
    due_at: datetime | None,
    contact: str | None,
    tz: tzinfo,
) -> TimelineEntry:
    """A promise said outside any event as an entry, its times shown in ``tz``."""
    due = None if due_at is None else due_at.astimezone(tz)
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
        promises=[PromiseBrief(promise_id, kind, text, status, due)],
    )
