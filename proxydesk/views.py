"""Plain, immutable views handed from the services to the CLI and the UI."""

from __future__ import annotations

import dataclasses
import enum
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any


@dataclass(frozen=True)
class RelativeView:
    id: int
    name: str
    born: date | None
    address: str
    phone_numbers: list[str]
    notes: str


@dataclass(frozen=True)
class ChannelView:
    kind: str
    value: str
    purpose: str


@dataclass(frozen=True)
class OrganizationView:
    id: int
    name: str
    asks_for_power_of_attorney: bool
    channels: list[ChannelView]
    notes: str

    def channel_values(self, kind: str) -> list[str]:
        return [c.value for c in self.channels if c.kind == kind]


@dataclass(frozen=True)
class AccountView:
    id: int
    relative_id: int
    relative_name: str
    organization_id: int
    organization_name: str
    customer_number: str
    contract_numbers: list[str]
    phone_lines: list[str]
    email_addresses: list[str]
    login_names: list[str]
    notes: str


@dataclass(frozen=True)
class ContactView:
    id: int
    organization_id: int | None
    name: str
    team: str
    location: str


@dataclass(frozen=True)
class ReferenceView:
    kind: str
    value: str
    given_by: str | None
    given_at: datetime | None
    note: str


@dataclass(frozen=True)
class CaseSummary:
    id: int
    title: str
    organization_id: int
    organization_name: str
    status: str
    opened_at: datetime
    closed_at: datetime | None
    relative_ids: list[int]
    relative_names: list[str]
    open_promises: int
    overdue_promises: int
    #: how many events the case's timeline has; None when not counted (only asked for)
    events: int | None = None


@dataclass(frozen=True)
class PowerOfAttorneyView:
    id: int
    relative_id: int
    relative_name: str
    agent_name: str
    organization_id: int | None
    organization_name: str | None
    account_ids: list[int]
    acts: list[str]
    valid_from: date | None
    valid_until: date | None
    status: str
    place: str
    signed_on: date | None
    has_scan: bool


@dataclass(frozen=True)
class CaseDetail:
    summary: CaseSummary
    story_so_far: str
    organization: OrganizationView
    accounts: list[AccountView]
    references: list[ReferenceView]
    powers_of_attorney: list[PowerOfAttorneyView]
    valid_power_of_attorney: bool


@dataclass(frozen=True)
class PromiseBrief:
    id: int
    kind: str
    text: str
    status: str
    due_at: datetime | None


@dataclass(frozen=True)
class TimelineEntry:
    """An event of the timeline, or a promise recorded without an event ("promise")."""

    id: int
    case_id: int
    kind: str
    occurred_at: datetime
    ended_at: datetime | None
    channel: str
    direction: str
    contact: str | None
    summary: str
    body: str
    number_dialed: str | None = None
    hold_seconds: int | None = None
    transfers: int | None = None
    outcome: str | None = None
    attachments: list[str] = dataclasses.field(default_factory=list)
    promises: list[PromiseBrief] = dataclasses.field(default_factory=list)
    mail_id: int | None = None
    #: "requested" (no read receipt came back), "read", or None when none was asked for
    receipt: str | None = None
    read_at: datetime | None = None

    @property
    def duration_seconds(self) -> int | None:
        if self.ended_at is None:
            return None
        return int((self.ended_at - self.occurred_at).total_seconds())


@dataclass(frozen=True)
class PromiseView:
    id: int
    case_id: int
    case_title: str
    kind: str
    text: str
    made_by: str | None
    made_at: datetime
    due_at: datetime | None
    status: str
    overdue: bool
    made_in_event_id: int | None
    resolved_at: datetime | None
    resolved_by_event_id: int | None
    contradicts: list[int]


@dataclass(frozen=True)
class ContradictionView:
    id: int
    first: PromiseView
    second: PromiseView
    note: str


@dataclass(frozen=True)
class EventBrief:
    """An event named in one line: where a promise was made, or what showed how it turned out."""

    id: int
    kind: str
    occurred_at: datetime
    summary: str
    contact: str | None


@dataclass(frozen=True)
class PromiseHistory:
    """A promise with where it came from, how it turned out, and what contradicts it."""

    promise: PromiseView
    made_by_team: str
    made_in: EventBrief | None
    resolved_by: EventBrief | None
    resolution_note: str
    contradictions: list[ContradictionView]


@dataclass(frozen=True)
class ReminderView:
    id: int
    due_at: datetime
    text: str
    case_id: int | None
    case_title: str | None
    promise_id: int | None
    done: bool
    snoozed_until: datetime | None
    is_due: bool


@dataclass(frozen=True)
class DueList:
    """What needs doing now: reminders due and open promises past their due time."""

    reminders: list[ReminderView]
    overdue_promises: list[PromiseView]

    @property
    def empty(self) -> bool:
        return not self.reminders and not self.overdue_promises


@dataclass(frozen=True)
class ProxyView:
    """The user: the agent on every power of attorney and the sender of every form."""

    name: str
    address: str
    phone: str
    email: str
    fax: str


@dataclass(frozen=True)
class ScanView:
    """A signed power of attorney as it was scanned."""

    poa_id: int
    relative_name: str
    filename: str
    mime_type: str
    sha256: str
    data: bytes


@dataclass(frozen=True)
class MailBrief:
    """The headers of a mail filed as an event, for excerpts and the summary."""

    event_id: int
    sender: str
    recipients: list[str]
    subject: str
    sent_at: datetime
    outgoing: bool
    receipt_requested: bool
    read_at: datetime | None
    #: an incoming mail of the case replies to it (by In-Reply-To or References)
    answered_by_reply: bool


@dataclass(frozen=True)
class AttachmentBrief:
    """A file kept with an event or with its mail, named with the event it belongs to."""

    event_id: int
    occurred_at: datetime
    event_summary: str
    filename: str
    mime_type: str
    size: int
    sha256: str


def jsonable(value: Any) -> Any:
    """A view (or list of views) as JSON-ready data; times in ISO 8601 with their offset."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        data = {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
        if isinstance(value, TimelineEntry):
            data["duration_seconds"] = value.duration_seconds
            if value.kind != "call":
                for key in ("number_dialed", "hold_seconds", "transfers", "outcome"):
                    del data[key]
            if value.mail_id is None:
                for key in ("mail_id", "receipt", "read_at"):
                    del data[key]
        if isinstance(value, DueList):
            data["empty"] = value.empty
        return data
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    return value
