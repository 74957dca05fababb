"""Reading the directory: relatives, organizations, accounts and contacts, found and shown.

The views come from ``proxydesk.reading.directory`` on the session's connection; the finders
look a record up by its id or a unique part of its name, for the writes too.
"""

from __future__ import annotations

from sqlalchemy.orm import Session, object_session

from proxydesk.reading.directory import DirectoryReader
from proxydesk.reading.engine import driver_connection
from proxydesk.services.base import Service, find_by_id, resolve
from proxydesk.services.directory_records import (
    AccountRecord,
    OrganizationRecord,
    RelativeRecord,
    account_record,
    count_uses,
    nonzero,
    organization_record,
    relative_record,
)
from proxydesk.storage.models import (
    Account,
    Base,
    Case,
    Contact,
    Document,
    Organization,
    PowerOfAttorney,
    Relative,
    case_relatives,
    poa_accounts,
)
from proxydesk.views import AccountView, ContactView, OrganizationView, RelativeView


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


def find_relative(session: Session, ref: str | int) -> Relative:
    return resolve(session, Relative, ref, Relative.name, "relative")


def find_organization(session: Session, ref: str | int) -> Organization:
    return resolve(session, Organization, ref, Organization.name, "organization")


def find_account(session: Session, account_id: int) -> Account:
    return find_by_id(session, Account, account_id, "account")


class DirectoryReading(Service):
    """What the directory shows, and what depends on each of its records."""

    def relatives(self) -> list[RelativeView]:
        with self.case_file.reading() as session:
            return DirectoryReader(driver_connection(session)).relatives()

    def relative(self, ref: str | int) -> RelativeView:
        with self.case_file.reading() as session:
            return relative_view(find_relative(session, ref))

    def organizations(self) -> list[OrganizationView]:
        with self.case_file.reading() as session:
            return DirectoryReader(driver_connection(session)).organizations()

    def organization(self, ref: str | int) -> OrganizationView:
        with self.case_file.reading() as session:
            return organization_view(find_organization(session, ref))

    def accounts(self, relative: str | int | None = None) -> list[AccountView]:
        with self.case_file.reading() as session:
            relative_id = find_relative(session, relative).id if relative is not None else None
            return DirectoryReader(driver_connection(session)).accounts(relative_id=relative_id)

    def contacts(self, organization: str | int | None = None) -> list[ContactView]:
        with self.case_file.reading() as session:
            org_id = None
            if organization is not None:
                org_id = find_organization(session, organization).id
            return DirectoryReader(driver_connection(session)).contacts(organization_id=org_id)

    def relative_record(self, ref: str | int) -> RelativeRecord:
        with self.case_file.reading() as session:
            return relative_record(find_relative(session, ref))

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

    def organization_record(self, ref: str | int) -> OrganizationRecord:
        with self.case_file.reading() as session:
            return organization_record(find_organization(session, ref))

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

    def account_record(self, account_id: int) -> AccountRecord:
        with self.case_file.reading() as session:
            return account_record(session, find_account(session, account_id))

    def account_uses(self, account_id: int) -> dict[str, int]:
        """What keeps the account: powers of attorney naming it (its case links go with it)."""
        with self.case_file.reading() as session:
            return self._account_uses(session, find_account(session, account_id).id)

    def _account_uses(self, session: Session, account_id: int) -> dict[str, int]:
        return nonzero(
            {"powers of attorney": count_uses(session, poa_accounts.c.account_id, account_id)}
        )
