"""The nouns and rules of a case file, free of storage and of Qt."""

from __future__ import annotations

import enum
import math
import re
from datetime import date, datetime
from typing import Protocol, TypeVar

from proxydesk.errors import InvalidInput, InvalidTransition


class CaseStatus(enum.StrEnum):
    OPEN = "open"
    WAITING_ON_THEM = "waiting_on_them"
    WAITING_ON_US = "waiting_on_us"
    ESCALATED = "escalated"
    RESOLVED = "resolved"


class EventKind(enum.StrEnum):
    EMAIL_IN = "email_in"
    EMAIL_OUT = "email_out"
    CALL = "call"
    VISIT = "visit"
    LETTER = "letter"
    FAX = "fax"
    SOCIAL = "social"
    TECHNICIAN = "technician"
    NOTE = "note"


class Channel(enum.StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    SHOP = "shop"
    POST = "post"
    FAX = "fax"
    SOCIAL = "social"
    ON_SITE = "on_site"
    NONE = "none"


class Direction(enum.StrEnum):
    INCOMING = "in"
    OUTGOING = "out"
    NONE = "none"


#: the channel and direction an event kind has unless told otherwise
KIND_DEFAULTS: dict[EventKind, tuple[Channel, Direction]] = {
    EventKind.EMAIL_IN: (Channel.EMAIL, Direction.INCOMING),
    EventKind.EMAIL_OUT: (Channel.EMAIL, Direction.OUTGOING),
    EventKind.CALL: (Channel.PHONE, Direction.OUTGOING),
    EventKind.VISIT: (Channel.SHOP, Direction.OUTGOING),
    EventKind.LETTER: (Channel.POST, Direction.INCOMING),
    EventKind.FAX: (Channel.FAX, Direction.OUTGOING),
    EventKind.SOCIAL: (Channel.SOCIAL, Direction.OUTGOING),
    EventKind.TECHNICIAN: (Channel.ON_SITE, Direction.INCOMING),
    EventKind.NOTE: (Channel.NONE, Direction.NONE),
}


class CallOutcome(enum.StrEnum):
    RESOLVED = "resolved"
    PROMISE_MADE = "promise_made"
    TRANSFERRED = "transferred"
    HUNG_UP_ON_US = "hung_up_on_us"
    DISCONNECTED = "disconnected"
    NO_RESULT = "no_result"


class PromiseKind(enum.StrEnum):
    PROMISE = "promise"
    CLAIM = "claim"
    INSTRUCTION = "instruction"


class PromiseStatus(enum.StrEnum):
    OPEN = "open"
    KEPT = "kept"
    BROKEN = "broken"
    FALSE = "false"


class ChannelKind(enum.StrEnum):
    """How an organization can be reached."""

    HOTLINE = "hotline"
    FAX = "fax"
    EMAIL = "email"
    MAIL_DOMAIN = "mail_domain"
    POSTAL = "postal"
    WEB = "web"
    SOCIAL = "social"


class ReferenceKind(enum.StrEnum):
    TICKET = "ticket"
    ORDER = "order"
    OTHER = "other"


class PoaStatus(enum.StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"
    SENT = "sent"
    ACCEPTED = "accepted"
    REFUSED = "refused"


class PoaAct(enum.StrEnum):
    """What a power of attorney lets the proxy do."""

    INFORMATION = "information"
    CONTRACT_CHANGES = "contract_changes"
    MOVES = "moves"
    CANCELLATIONS = "cancellations"
    EMAIL_TRANSFER = "email_transfer"


#: a power of attorney moves forward only; a refused one can be signed again as a new draft
POA_TRANSITIONS: dict[PoaStatus, frozenset[PoaStatus]] = {
    PoaStatus.DRAFT: frozenset({PoaStatus.SIGNED}),
    PoaStatus.SIGNED: frozenset({PoaStatus.SENT, PoaStatus.ACCEPTED, PoaStatus.REFUSED}),
    PoaStatus.SENT: frozenset({PoaStatus.ACCEPTED, PoaStatus.REFUSED}),
    PoaStatus.ACCEPTED: frozenset(),
    PoaStatus.REFUSED: frozenset(),
}


def check_promise_resolution(current: PromiseStatus, new: PromiseStatus) -> None:
    """A promise is resolved once, from open to kept, broken or turned out false."""
    if new is PromiseStatus.OPEN:
        raise InvalidTransition("a promise cannot be set back to open; it was " + current.value)
    if current is not PromiseStatus.OPEN:
        raise InvalidTransition(f"this promise is already resolved as {current.value}")


def check_poa_transition(current: PoaStatus, new: PoaStatus) -> None:
    if new not in POA_TRANSITIONS[current]:
        raise InvalidTransition(
            f"a power of attorney cannot go from {current.value} to {new.value}"
        )


def is_overdue(status: PromiseStatus, due_at: datetime | None, now: datetime) -> bool:
    """Overdue is derived, never stored: open and past its due time."""
    return status is PromiseStatus.OPEN and due_at is not None and due_at < now


def check_due_after_made(made_at: datetime, due_at: datetime | None) -> None:
    if due_at is not None and due_at < made_at:
        raise InvalidInput(
            f"the due time {due_at.isoformat()} is before the promise was made "
            f"({made_at.isoformat()})"
        )


E = TypeVar("E", bound=enum.StrEnum)


def parse_enum(enum_type: type[E], value: str, what: str) -> E:
    """Turn a user's word into an enum member, with an error listing the choices."""
    normalized = value.strip().lower().replace("-", "_").replace(" ", "_")
    try:
        return enum_type(normalized)
    except ValueError:
        choices = ", ".join(m.value for m in enum_type)
        raise InvalidInput(f"unknown {what} '{value}'; choose one of: {choices}") from None


# -- when a power of attorney holds: the one rule, for stored rows and views alike --------

#: a power of attorney ending within this many days is shown as ending soon
POA_SOON_DAYS = 30


class PoaValidity(enum.Enum):
    NOT_IN_FORCE = "not_in_force"  # a draft, or refused
    NOT_YET = "not_yet"
    VALID = "valid"
    ENDS_SOON = "ends_soon"
    EXPIRED = "expired"


class PowerTerms(Protocol):
    """What validity depends on: the status (its stored text) and the days it covers."""

    @property
    def status(self) -> str: ...

    @property
    def valid_from(self) -> date | None: ...

    @property
    def valid_until(self) -> date | None: ...


def poa_validity(power: PowerTerms, on: date) -> PoaValidity:
    """Signed (or further, but not refused) and within its dates on that day, or why not."""
    if power.status in (PoaStatus.DRAFT, PoaStatus.REFUSED):
        return PoaValidity.NOT_IN_FORCE
    if power.valid_from is not None and on < power.valid_from:
        return PoaValidity.NOT_YET
    if power.valid_until is None:
        return PoaValidity.VALID
    if on > power.valid_until:
        return PoaValidity.EXPIRED
    if (power.valid_until - on).days <= POA_SOON_DAYS:
        return PoaValidity.ENDS_SOON
    return PoaValidity.VALID


def poa_is_valid(power: PowerTerms, on: date) -> bool:
    """In force on that day (ending soon or not)."""
    return poa_validity(power, on) in (PoaValidity.VALID, PoaValidity.ENDS_SOON)


#: the largest id a record can have: SQLite's INTEGER is a signed 64-bit number
LARGEST_ID = 2**63 - 1


def written_id(ref: str | int) -> int | None:
    """The number ``ref`` spells as an id (plain digits 0-9), else None: it is a name."""
    if isinstance(ref, int):
        return ref
    text = ref.strip()
    return int(text) if text.isascii() and text.isdigit() else None


def can_be_id(number: int) -> bool:
    """Whether a record could have this id (one too large for the file finds nothing)."""
    return 0 <= number <= LARGEST_ID


def check_text(value: str, what: str, longest: int | None = None) -> None:
    """A text the file can keep: no NUL character, and no longer than its column."""
    if "\x00" in value:
        raise InvalidInput(f"{what} holds a NUL character, which a case file cannot keep")
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise InvalidInput(f"{what} holds bytes that are no UTF-8 text") from None
    if longest is not None and len(value) > longest:
        raise InvalidInput(f"{what} is too long ({len(value):,} characters; at most {longest:,})")


#: the longest call a log takes (a day), and the most transfers one call can have
LONGEST_CALL_MINUTES = 24 * 60
MOST_TRANSFERS = 1000


def check_call_length(minutes: float, hold_minutes: float, transfers: int) -> None:
    """A call's length and time on hold: finite, not negative, at most a day, hold within it."""
    for value, what in ((minutes, "the call's minutes"), (hold_minutes, "the minutes on hold")):
        if not math.isfinite(value):
            raise InvalidInput(f"{what} must be a number of minutes, not '{value}'")
        if value < 0:
            raise InvalidInput("minutes must not be negative")
        if value > LONGEST_CALL_MINUTES:
            raise InvalidInput(
                f"{what} ({value:g}) is more than a day; at most {LONGEST_CALL_MINUTES}"
            )
    if hold_minutes > minutes:
        raise InvalidInput(
            f"the time on hold ({hold_minutes:g} min) is longer than the call ({minutes:g} min)"
        )
    if transfers < 0:
        raise InvalidInput("transfers must not be negative")
    if transfers > MOST_TRANSFERS:
        raise InvalidInput(f"{transfers} transfers in one call? at most {MOST_TRANSFERS}")


#: an e-mail address as a form prints it: one @, a name before it, a dotted domain after it
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")


def check_email(value: str, what: str = "the e-mail address") -> None:
    """Refuse what is no e-mail address (an empty value clears one and is let through)."""
    if value.strip() and not _EMAIL.fullmatch(value.strip()):
        raise InvalidInput(f"{what} '{value.strip()}' is not an e-mail address (name@example.org)")
