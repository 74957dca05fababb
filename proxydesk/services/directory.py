"""Relatives, organizations with their channels, accounts and contacts."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from proxydesk.domain import ChannelKind, parse_enum
from proxydesk.errors import InvalidInput
from proxydesk.services.directory_edits import DirectoryEdits
from proxydesk.services.directory_reading import (
    account_view,
    contact_view,
    find_organization,
    find_relative,
    organization_view,
    relative_view,
)
from proxydesk.services.directory_records import (
    account_record,
    matching_cases,
    organization_record,
    relative_record,
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
            view = relative_view(relative)
        self._relative_step(Verb.ADD_RELATIVE, None, after)
        return view

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
            view = organization_view(organization)
        self._organization_step(Verb.ADD_ORGANIZATION, None, after)
        return view

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

    def add_contact(
        self, organization: str | int | None, name: str, *, team: str = "", location: str = ""
    ) -> ContactView:
        with self.case_file.unit_of_work() as session:
            org_id = find_organization(session, organization).id if organization else None
            contact = contact_named(session, org_id, name, team)
            contact.location = location or contact.location
            return contact_view(contact)
