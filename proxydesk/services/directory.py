"""Relatives, organizations with their channels, accounts and contacts."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from proxydesk.domain import ChannelKind, parse_enum
from proxydesk.errors import InvalidInput
from proxydesk.services.directory_reading import (
    DirectoryReading,
    account_view,
    contact_view,
    find_account,
    find_organization,
    find_relative,
    organization_view,
    relative_view,
)
from proxydesk.services.directory_records import (
    AccountRecord,
    Channel,
    OrganizationRecord,
    RelativeRecord,
    account_record,
    get_or_new,
    organization_record,
    relative_record,
    remove_unused,
    required,
)
from proxydesk.storage.models import (
    Account,
    Case,
    Contact,
    Organization,
    OrganizationChannel,
    Relative,
    case_accounts,
    case_relatives,
)
from proxydesk.views import (
    AccountView,
    ContactView,
    OrganizationView,
    RelativeView,
)


def _cleaned(values: Iterable[str]) -> list[str]:
    return [v.strip() for v in values if v.strip()]


def _matching_cases(session: Session, account: Account) -> list[Case]:
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


def _link_cases(session: Session, account: Account, case_ids: Iterable[int]) -> None:
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


def contact_named(
    session: Session, organization_id: int | None, name: str, team: str = ""
) -> Contact:
    """The contact of that name at the organization, made on first mention."""
    cleaned = required(name, "the contact's name")
    found = session.scalars(
        select(Contact).where(
            Contact.organization_id == organization_id, func.lower(Contact.name) == cleaned.lower()
        )
    ).first()
    if found is None:
        found = Contact(organization_id=organization_id, name=cleaned, team=team)
        session.add(found)
        session.flush()
    return found


class DirectoryService(DirectoryReading):
    """Who we act for and who we deal with."""

    def add_relative(
        self,
        name: str,
        *,
        born: date | None = None,
        address: str = "",
        phone_numbers: Iterable[str] = (),
        notes: str = "",
    ) -> RelativeView:
        if born is not None and born > self.clock().date():
            raise InvalidInput(f"the date of birth {born.isoformat()} is in the future")
        with self.case_file.unit_of_work() as session:
            relative = Relative(
                name=required(name, "the relative's name"),
                born=born,
                address=address,
                phone_numbers=[p.strip() for p in phone_numbers if p.strip()],
                notes=notes,
            )
            session.add(relative)
            session.flush()
            return relative_view(relative)

    def add_organization(
        self,
        name: str,
        *,
        channels: Iterable[tuple[ChannelKind | str, str, str]] = (),
        asks_for_power_of_attorney: bool = False,
        notes: str = "",
    ) -> OrganizationView:
        with self.case_file.unit_of_work() as session:
            organization = Organization(
                name=required(name, "the organization's name"),
                asks_for_power_of_attorney=asks_for_power_of_attorney,
                notes=notes,
            )
            for kind, value, purpose in channels:
                organization.channels.append(
                    OrganizationChannel(
                        kind=parse_enum(ChannelKind, str(kind), "channel kind"),
                        value=required(value, f"a {kind} value"),
                        purpose=purpose.strip(),
                    )
                )
            session.add(organization)
            session.flush()
            return organization_view(organization)

    def add_account(
        self,
        relative: str | int,
        organization: str | int,
        customer_number: str,
        *,
        contract_numbers: Iterable[str] = (),
        phone_lines: Iterable[str] = (),
        email_addresses: Iterable[str] = (),
        login_names: Iterable[str] = (),
        notes: str = "",
        link_cases: bool = False,
    ) -> AccountView:
        """A new account; ``link_cases``: also to the relative's cases at the organization."""
        with self.case_file.unit_of_work() as session:
            account = Account(
                relative=find_relative(session, relative),
                organization=find_organization(session, organization),
                customer_number=required(customer_number, "the customer number"),
                contract_numbers=list(contract_numbers),
                phone_lines=list(phone_lines),
                email_addresses=list(email_addresses),
                login_names=list(login_names),
                notes=notes,
            )
            session.add(account)
            session.flush()
            if link_cases:
                _link_cases(session, account, [c.id for c in _matching_cases(session, account)])
            return account_view(account)

    def add_contact(
        self, organization: str | int | None, name: str, *, team: str = "", location: str = ""
    ) -> ContactView:
        with self.case_file.unit_of_work() as session:
            org_id = find_organization(session, organization).id if organization else None
            contact = contact_named(session, org_id, name, team)
            contact.location = location or contact.location
            return contact_view(contact)

    # -- editing, removing and putting back (each one unit of work) ------------------------

    def update_relative(
        self,
        ref: str | int,
        *,
        name: str,
        born: date | None,
        address: str,
        phone_numbers: Iterable[str],
        notes: str,
    ) -> RelativeView:
        if born is not None and born > self.clock().date():
            raise InvalidInput(f"the date of birth {born.isoformat()} is in the future")
        with self.case_file.unit_of_work() as session:
            relative = find_relative(session, ref)
            relative.name = required(name, "the relative's name")
            relative.born = born
            relative.address = address
            relative.phone_numbers = _cleaned(phone_numbers)
            relative.notes = notes
            return relative_view(relative)

    def remove_relative(self, ref: str | int) -> RelativeRecord:
        """Remove a relative nothing depends on; returns what it was (to put it back)."""
        with self.case_file.unit_of_work() as session:
            relative = find_relative(session, ref)
            record = relative_record(relative)
            uses = self._relative_uses(session, relative.id)
            remove_unused(session, relative, "relative", relative.name, uses)
            return record

    def restore_relative(self, record: RelativeRecord) -> RelativeView:
        """Make the relative be as recorded, under the same id (added back if removed)."""
        with self.case_file.unit_of_work() as session:
            relative = get_or_new(session, Relative, record.id)
            relative.name = record.name
            relative.born = record.born
            relative.address = record.address
            relative.phone_numbers = list(record.phone_numbers)
            relative.notes = record.notes
            session.flush()
            return relative_view(relative)

    def update_organization(
        self,
        ref: str | int,
        *,
        name: str,
        channels: Iterable[tuple[ChannelKind | str, str, str]],
        asks_for_power_of_attorney: bool,
        notes: str,
    ) -> OrganizationView:
        wanted = tuple(
            (
                parse_enum(ChannelKind, str(kind), "channel kind").value,
                required(value, f"a {kind} value"),
                purpose.strip(),
            )
            for kind, value, purpose in channels
        )
        with self.case_file.unit_of_work() as session:
            organization = find_organization(session, ref)
            organization.name = required(name, "the organization's name")
            organization.asks_for_power_of_attorney = asks_for_power_of_attorney
            organization.notes = notes
            _set_channels(organization, wanted)
            session.flush()
            return organization_view(organization)

    def remove_organization(self, ref: str | int) -> OrganizationRecord:
        """Remove an organization nothing depends on; its channels go with it."""
        with self.case_file.unit_of_work() as session:
            organization = find_organization(session, ref)
            record = organization_record(organization)
            uses = self._organization_uses(session, organization.id)
            remove_unused(session, organization, "organization", organization.name, uses)
            return record

    def restore_organization(self, record: OrganizationRecord) -> OrganizationView:
        with self.case_file.unit_of_work() as session:
            # a record added back is filled before it is written; no lookup flushes it half-done
            session.autoflush = False
            organization = get_or_new(session, Organization, record.id)
            organization.name = record.name
            organization.asks_for_power_of_attorney = record.asks_for_power_of_attorney
            organization.notes = record.notes
            _set_channels(organization, record.channels)
            session.flush()
            return organization_view(organization)

    def update_account(
        self,
        account_id: int,
        *,
        relative: str | int,
        organization: str | int,
        customer_number: str,
        contract_numbers: Iterable[str] = (),
        phone_lines: Iterable[str] = (),
        email_addresses: Iterable[str] = (),
        login_names: Iterable[str] = (),
        notes: str = "",
    ) -> AccountView:
        """Change an account; moved to another relative or organization, its cases follow."""
        with self.case_file.unit_of_work() as session:
            account = find_account(session, account_id)
            moved = (account.relative_id, account.organization_id)
            account.relative = find_relative(session, relative)
            account.organization = find_organization(session, organization)
            account.customer_number = required(customer_number, "the customer number")
            account.contract_numbers = _cleaned(contract_numbers)
            account.phone_lines = _cleaned(phone_lines)
            account.email_addresses = _cleaned(email_addresses)
            account.login_names = _cleaned(login_names)
            account.notes = notes
            session.flush()
            if moved != (account.relative_id, account.organization_id):
                _link_cases(session, account, [c.id for c in _matching_cases(session, account)])
            return account_view(account)

    def remove_account(self, account_id: int) -> AccountRecord:
        """Remove an account no power of attorney names; its links to cases go with it."""
        with self.case_file.unit_of_work() as session:
            account = find_account(session, account_id)
            record = account_record(session, account)
            uses = self._account_uses(session, account.id)
            if not uses:
                _link_cases(session, account, ())
            remove_unused(session, account, "account", account.customer_number, uses)
            return record

    def restore_account(self, record: AccountRecord) -> AccountView:
        """Make the account be as recorded, with the same id and the same case links."""
        with self.case_file.unit_of_work() as session:
            # a record added back is filled before it is written; no lookup flushes it half-done
            session.autoflush = False
            account = get_or_new(session, Account, record.id)
            account.relative = find_relative(session, record.relative_id)
            account.organization = find_organization(session, record.organization_id)
            account.customer_number = record.customer_number
            account.contract_numbers = list(record.contract_numbers)
            account.phone_lines = list(record.phone_lines)
            account.email_addresses = list(record.email_addresses)
            account.login_names = list(record.login_names)
            account.notes = record.notes
            session.flush()
            _link_cases(session, account, record.case_ids)
            return account_view(account)


def _set_channels(organization: Organization, channels: tuple[Channel, ...]) -> None:
    """Replace the channels when they differ (nothing refers to a channel by its id)."""
    if organization_record(organization).channels == channels:
        return
    organization.channels.clear()
    for kind, value, purpose in channels:
        organization.channels.append(
            OrganizationChannel(kind=ChannelKind(kind), value=value, purpose=purpose)
        )
