"""Relatives, organizations and accounts as plain records: what undo needs to put one back."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from proxydesk.domain import ChannelKind, check_text, parse_enum
from proxydesk.errors import InvalidInput, ProxyDeskError
from proxydesk.services.base import M
from proxydesk.storage.models import (
    Account,
    Base,
    Case,
    Organization,
    OrganizationChannel,
    Relative,
    case_accounts,
    case_relatives,
)

#: a channel as the user writes it: ``hotline: +49 800 5550100 = orders``
Channel = tuple[str, str, str]


class StillInUse(ProxyDeskError):
    """A record cannot be removed while others depend on it; ``uses`` counts them by kind."""

    def __init__(self, what: str, name: str, uses: dict[str, int]) -> None:
        listed = ", ".join(f"{count} {kind}" for kind, count in uses.items())
        super().__init__(f"the {what} '{name}' is still in use ({listed})")
        self.name = name
        self.uses = uses


@dataclass(frozen=True)
class RelativeRecord:
    """Everything stored about a relative, as plain values: enough to put it back as it was."""

    id: int
    name: str
    born: date | None
    address: str
    phone_numbers: tuple[str, ...]
    notes: str


@dataclass(frozen=True)
class OrganizationRecord:
    id: int
    name: str
    asks_for_power_of_attorney: bool
    channels: tuple[Channel, ...]
    notes: str


@dataclass(frozen=True)
class AccountRecord:
    """An account with the cases it is linked to (the links go and come back with it)."""

    id: int
    relative_id: int
    organization_id: int
    customer_number: str
    contract_numbers: tuple[str, ...]
    phone_lines: tuple[str, ...]
    email_addresses: tuple[str, ...]
    login_names: tuple[str, ...]
    notes: str
    case_ids: tuple[int, ...]


def required(value: str, what: str) -> str:
    cleaned = value.strip()
    if not cleaned:
        raise InvalidInput(f"{what} must not be empty")
    check_text(cleaned, what)  # before it is looked up, not only when it is written
    return cleaned


def parse_channel(text: str) -> Channel:
    """``hotline: +49 800 5550100 = orders`` (kind, value, purpose); the purpose is optional."""
    kind_text, sep, rest = text.partition(":")
    if not sep:
        raise InvalidInput(f"'{text.strip()}' needs a kind first, as in 'hotline: +49 800 1234'")
    kind = parse_enum(ChannelKind, kind_text, "channel kind")
    value, _eq, purpose = rest.partition("=")
    return kind.value, required(value, f"the {kind.value}"), purpose.strip()


def channel_line(kind: str, value: str, purpose: str) -> str:
    """A channel written the way ``parse_channel`` reads it."""
    return f"{kind}: {value} = {purpose}" if purpose else f"{kind}: {value}"


def relative_record(r: Relative) -> RelativeRecord:
    return RelativeRecord(r.id, r.name, r.born, r.address, tuple(r.phone_numbers), r.notes)


def organization_record(o: Organization) -> OrganizationRecord:
    channels = tuple((c.kind.value, c.value, c.purpose) for c in o.channels)
    return OrganizationRecord(o.id, o.name, o.asks_for_power_of_attorney, channels, o.notes)


def account_record(session: Session, a: Account) -> AccountRecord:
    case_ids = session.scalars(
        select(case_accounts.c.case_id)
        .where(case_accounts.c.account_id == a.id)
        .order_by(case_accounts.c.case_id)
    )
    return AccountRecord(
        a.id,
        a.relative_id,
        a.organization_id,
        a.customer_number,
        tuple(a.contract_numbers),
        tuple(a.phone_lines),
        tuple(a.email_addresses),
        tuple(a.login_names),
        a.notes,
        tuple(case_ids),
    )


def count_uses(
    session: Session, column: ColumnElement[Any] | InstrumentedAttribute[Any], value: int
) -> int:
    return int(session.scalar(select(func.count()).where(column == value)) or 0)


def nonzero(counts: dict[str, int]) -> dict[str, int]:
    return {kind: count for kind, count in counts.items() if count}


def get_or_new(session: Session, model: type[M], record_id: int) -> M:
    """The row with that id, or a new one under it: a removed record being put back."""
    found = session.get(model, record_id)
    if found is None:
        found = model(id=record_id)
        session.add(found)
    return found


def remove_unused(session: Session, item: Base, what: str, name: str, uses: dict[str, int]) -> None:
    """Delete the row unless something depends on it (``uses``): then say what does."""
    if uses:
        raise StillInUse(what, name, uses)
    session.delete(item)


def cleaned(values: Iterable[str]) -> list[str]:
    return [v.strip() for v in values if v.strip()]


def matching_cases(session: Session, account: Account) -> list[Case]:
    """The cases the account belongs to: its relative's cases at its organization."""
    return list(
        session.scalars(
            select(Case)
            .join(case_relatives)
            .where(
                case_relatives.c.relative_id == account.relative_id,
                Case.organization_id == account.organization_id,
            )
            .order_by(Case.id)
        )
    )


def link_cases(session: Session, account: Account, case_ids: Iterable[int]) -> None:
    """Link the account to exactly these cases."""
    wanted = set(case_ids)
    linked = set(
        session.scalars(
            select(case_accounts.c.case_id).where(case_accounts.c.account_id == account.id)
        )
    )
    for case in session.scalars(select(Case).where(Case.id.in_(wanted ^ linked))):
        if case.id in wanted:
            case.accounts.append(account)
        else:
            case.accounts.remove(account)


def set_channels(organization: Organization, channels: tuple[Channel, ...]) -> None:
    """Replace the channels when they differ (nothing refers to a channel by its id)."""
    if organization_record(organization).channels == channels:
        return
    organization.channels.clear()
    for kind, value, purpose in channels:
        organization.channels.append(
            OrganizationChannel(kind=ChannelKind(kind), value=value, purpose=purpose)
        )
