"""Relatives, organizations with their channels, accounts and contacts."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, object_session

from proxydesk.domain import ChannelKind, parse_enum
from proxydesk.errors import InvalidInput, NotFound
from proxydesk.reading.directory import DirectoryReader
from proxydesk.reading.engine import driver_connection
from proxydesk.services.base import Service, resolve
from proxydesk.services.directory_records import (
    AccountRecord,
    Channel,
    OrganizationRecord,
    RelativeRecord,
    account_record,
    count_uses,
    get_or_new,
    nonzero,
    organization_record,
    relative_record,
    remove_unused,
    required,
)
from proxydesk.storage.models import (
    Account,
    Base,
    Case,
    Contact,
    Document,
    Organization,
    OrganizationChannel,
    PowerOfAttorney,
    Relative,
    case_accounts,
    case_relatives,
    poa_accounts,
)
from proxydesk.views import (
    AccountView,
    ContactView,
    OrganizationView,
    RelativeView,
)


def _reader(item: Base) -> DirectoryReader:
    """The reader on the session that holds ``item``, which sees its writes."""
    session = object_session(item)
    assert session is not None
    session.flush()
    return DirectoryReader(driver_connection(session))


def relative_view(r: Relative) -> RelativeView:
    """The relative as the readers show it (read again through its session)."""
    return _reader(r).relatives_by_id([r.id])[0]


def organization_view(o: Organization) -> OrganizationView:
    return _reader(o).organizations([o.id])[0]


def account_view(a: Account) -> AccountView:
    return _reader(a).accounts(ids=[a.id])[0]


def contact_view(c: Contact) -> ContactView:
    return _reader(c).contacts(ids=[c.id])[0]


def _cleaned(values: Iterable[str]) -> list[str]:
    return [v.strip() for v in values if v.strip()]


def find_relative(session: Session, ref: str | int) -> Relative:
    return resolve(session, Relative, ref, Relative.name, "relative")


def find_organization(session: Session, ref: str | int) -> Organization:
    return resolve(session, Organization, ref, Organization.name, "organization")


def find_account(session: Session, account_id: int) -> Account:
    found = session.get(Account, account_id)
    if found is None:
        raise NotFound(f"there is no account with id {account_id}")
    return found


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


class DirectoryService(Service):
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

    def relatives(self) -> list[RelativeView]:
        with self.case_file.reading() as session:
            return DirectoryReader(driver_connection(session)).relatives()

    def relative(self, ref: str | int) -> RelativeView:
        with self.case_file.reading() as session:
            return relative_view(find_relative(session, ref))

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

    def organizations(self) -> list[OrganizationView]:
        with self.case_file.reading() as session:
            return DirectoryReader(driver_connection(session)).organizations()

    def organization(self, ref: str | int) -> OrganizationView:
        with self.case_file.reading() as session:
            return organization_view(find_organization(session, ref))

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

    def accounts(self, relative: str | int | None = None) -> list[AccountView]:
        with self.case_file.reading() as session:
            relative_id = find_relative(session, relative).id if relative is not None else None
            return DirectoryReader(driver_connection(session)).accounts(relative_id=relative_id)

    def add_contact(
        self, organization: str | int | None, name: str, *, team: str = "", location: str = ""
    ) -> ContactView:
        with self.case_file.unit_of_work() as session:
            org_id = find_organization(session, organization).id if organization else None
            contact = contact_named(session, org_id, name, team)
            contact.location = location or contact.location
            return contact_view(contact)

    def contacts(self, organization: str | int | None = None) -> list[ContactView]:
        with self.case_file.reading() as session:
            org_id = None
            if organization is not None:
                org_id = find_organization(session, organization).id
            return DirectoryReader(driver_connection(session)).contacts(organization_id=org_id)

    # -- editing, removing and putting back (each one unit of work) ------------------------

    def relative_record(self, ref: str | int) -> RelativeRecord:
        with self.case_file.reading() as session:
            return relative_record(find_relative(session, ref))

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

    def relative_uses(self, ref: str | int) -> dict[str, int]:
        """What depends on the relative: cases, accounts, powers of attorney, documents."""
        with self.case_file.reading() as session:
            return self._relative_uses(session, find_relative(session, ref).id)

    def _relative_uses(self, session: Session, relative_id: int) -> dict[str, int]:
        return nonzero(
            {
                "cases": count_uses(session, case_relatives.c.relative_id, relative_id),
                "accounts": count_uses(session, Account.relative_id, relative_id),
                "powers of attorney": count_uses(session, PowerOfAttorney.relative_id, relative_id),
                "documents": count_uses(session, Document.relative_id, relative_id),
            }
        )

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

    def organization_record(self, ref: str | int) -> OrganizationRecord:
        with self.case_file.reading() as session:
            return organization_record(find_organization(session, ref))

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

    def organization_uses(self, ref: str | int) -> dict[str, int]:
        """What depends on the organization: accounts, cases, contacts, powers of attorney."""
        with self.case_file.reading() as session:
            return self._organization_uses(session, find_organization(session, ref).id)

    def _organization_uses(self, session: Session, organization_id: int) -> dict[str, int]:
        return nonzero(
            {
                "cases": count_uses(session, Case.organization_id, organization_id),
                "accounts": count_uses(session, Account.organization_id, organization_id),
                "contacts": count_uses(session, Contact.organization_id, organization_id),
                "powers of attorney": count_uses(
                    session, PowerOfAttorney.organization_id, organization_id
                ),
            }
        )

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

    def account_record(self, account_id: int) -> AccountRecord:
        with self.case_file.reading() as session:
            return account_record(session, find_account(session, account_id))

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

    def account_uses(self, account_id: int) -> dict[str, int]:
        """What keeps the account: powers of attorney naming it (its case links go with it)."""
        with self.case_file.reading() as session:
            return self._account_uses(session, find_account(session, account_id).id)

    def _account_uses(self, session: Session, account_id: int) -> dict[str, int]:
        return nonzero(
            {"powers of attorney": count_uses(session, poa_accounts.c.account_id, account_id)}
        )

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
