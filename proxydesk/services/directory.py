"""Relatives, organizations with their channels, accounts and contacts."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from proxydesk.domain import ChannelKind, parse_enum
from proxydesk.errors import InvalidInput
from proxydesk.reading.cases import CaseReader
from proxydesk.reading.connection import driver_connection
from proxydesk.services.directory_edits import DirectoryEdits
from proxydesk.services.directory_records import (
    account_record,
    account_view,
    contact_view,
    find_account,
    find_organization,
    find_relative,
    matching_cases,
    organization_record,
    organization_view,
    relative_record,
    relative_view,
    required,
)
from proxydesk.services.directory_records import link_cases as link_to
from proxydesk.services.history import Verb
from proxydesk.storage.models import (
    Account,
    Contact,
    Organization,
    OrganizationChannel,
    Relative,
)
from proxydesk.views import (
    AccountView,
    ContactView,
    OrganizationView,
    RelativeView,
)

__all__ = [
    "DirectoryService",
    "account_view",
    "contact_named",
    "contact_view",
    "find_account",
    "find_organization",
    "find_relative",
    "organization_view",
    "relative_view",
]


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


class DirectoryService(DirectoryEdits):
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
            after = relative_record(relative)
        self._relative_step(Verb.ADD_RELATIVE, None, after)
        return relative_view(relative)

    def relatives(self) -> list[RelativeView]:
        with self.case_file.reading() as session:
            return CaseReader(driver_connection(session), self.tz, self.clock).relatives()

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
            after = organization_record(organization)
        self._organization_step(Verb.ADD_ORGANIZATION, None, after)
        return organization_view(organization)

    def organizations(self) -> list[OrganizationView]:
        with self.case_file.reading() as session:
            rows = session.scalars(
                select(Organization)
                .options(selectinload(Organization.channels))
                .order_by(Organization.name, Organization.id)
            )
            return [organization_view(o) for o in rows]

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
                link_to(session, account, [c.id for c in matching_cases(session, account)])
            after = account_record(session, account)
            view = account_view(account)
        self._account_step(Verb.ADD_ACCOUNT, None, after, view.organization_name)
        return view

    def accounts(self, relative: str | int | None = None) -> list[AccountView]:
        with self.case_file.reading() as session:
            query = select(Account).options(
                selectinload(Account.relative), selectinload(Account.organization)
            )
            if relative is not None:
                query = query.where(Account.relative_id == find_relative(session, relative).id)
            rows = session.scalars(query.order_by(Account.relative_id, Account.id))
            return [account_view(a) for a in rows]

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
            query = select(Contact).order_by(Contact.name, Contact.id)
            if organization is not None:
                org = find_organization(session, organization)
                query = query.where(Contact.organization_id == org.id)
            return [contact_view(c) for c in session.scalars(query)]
