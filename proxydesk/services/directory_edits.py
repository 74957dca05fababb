"""Editing, removing and putting back relatives, organizations and accounts, with undo.

Each change is one unit of work and records its undo step on the file's history; putting a
record back (what undo does) is a write of its own, under the record's own id.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from proxydesk.changes import Changes, Kind
from proxydesk.domain import ChannelKind, parse_enum
from proxydesk.errors import InvalidInput
from proxydesk.services.directory_reading import (
    DirectoryReading,
    account_view,
    find_account,
    find_organization,
    find_relative,
    organization_view,
    relative_view,
)
from proxydesk.services.directory_records import (
    AccountRecord,
    OrganizationRecord,
    RelativeRecord,
    account_record,
    cleaned,
    get_or_new,
    link_cases,
    matching_cases,
    organization_record,
    relative_record,
    remove_unused,
    required,
    set_channels,
)
from proxydesk.services.history import Action, Verb, record_step
from proxydesk.storage.models import (
    Account,
    Organization,
    Relative,
)
from proxydesk.views import AccountView, OrganizationView, RelativeView


class DirectoryEdits(DirectoryReading):
    """Changing who we act for and who we deal with; each change one undo step."""

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
            before = relative_record(relative)
            relative.name = required(name, "the relative's name")
            relative.born = born
            relative.address = address
            relative.phone_numbers = cleaned(phone_numbers)
            relative.notes = notes
            after = relative_record(relative)
            view = relative_view(relative)
        self._relative_step(Verb.EDIT_RELATIVE, before, after)
        return view

    def remove_relative(self, ref: str | int) -> RelativeRecord:
        """Remove a relative nothing depends on; returns what it was (to put it back)."""
        with self.case_file.unit_of_work() as session:
            relative = find_relative(session, ref)
            record = relative_record(relative)
            uses = self._relative_uses(session, relative.id)
            remove_unused(session, relative, "relative", relative.name, uses)
        self._relative_step(Verb.REMOVE_RELATIVE, record, None)
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
            before = organization_record(organization)
            organization.name = required(name, "the organization's name")
            organization.asks_for_power_of_attorney = asks_for_power_of_attorney
            organization.notes = notes
            set_channels(organization, wanted)
            session.flush()
            after = organization_record(organization)
            view = organization_view(organization)
        self._organization_step(Verb.EDIT_ORGANIZATION, before, after)
        return view

    def remove_organization(self, ref: str | int) -> OrganizationRecord:
        """Remove an organization nothing depends on; its channels go with it."""
        with self.case_file.unit_of_work() as session:
            organization = find_organization(session, ref)
            record = organization_record(organization)
            uses = self._organization_uses(session, organization.id)
            remove_unused(session, organization, "organization", organization.name, uses)
        self._organization_step(Verb.REMOVE_ORGANIZATION, record, None)
        return record

    def restore_organization(self, record: OrganizationRecord) -> OrganizationView:
        with self.case_file.unit_of_work() as session:
            # a record added back is filled before it is written; no lookup flushes it half-done
            session.autoflush = False
            organization = get_or_new(session, Organization, record.id)
            organization.name = record.name
            organization.asks_for_power_of_attorney = record.asks_for_power_of_attorney
            organization.notes = record.notes
            set_channels(organization, record.channels)
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
            before = account_record(session, account)
            moved = (account.relative_id, account.organization_id)
            account.relative = find_relative(session, relative)
            account.organization = find_organization(session, organization)
            account.customer_number = required(customer_number, "the customer number")
            account.contract_numbers = cleaned(contract_numbers)
            account.phone_lines = cleaned(phone_lines)
            account.email_addresses = cleaned(email_addresses)
            account.login_names = cleaned(login_names)
            account.notes = notes
            session.flush()
            if moved != (account.relative_id, account.organization_id):
                link_cases(session, account, [c.id for c in matching_cases(session, account)])
            after = account_record(session, account)
            view = account_view(account)
        self._account_step(Verb.EDIT_ACCOUNT, before, after)
        return view

    def remove_account(self, account_id: int) -> AccountRecord:
        """Remove an account no power of attorney names; its links to cases go with it."""
        with self.case_file.unit_of_work() as session:
            account = find_account(session, account_id)
            record = account_record(session, account)
            uses = self._account_uses(session, account.id)
            if not uses:
                link_cases(session, account, ())
            remove_unused(session, account, "account", account.customer_number, uses)
        self._account_step(Verb.REMOVE_ACCOUNT, record, None)
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
            link_cases(session, account, record.case_ids)
            return account_view(account)

    # -- the undo steps ------------------------------------------------------------------

    def _relative_step(
        self, verb: Verb, before: RelativeRecord | None, after: RelativeRecord | None
    ) -> None:
        shown = after or before
        self.undo_history.record(
            record_step(
                Action(verb, shown.name if shown else ""),
                Changes.of(Kind.RELATIVES, cases=None),
                before,
                after,
                self.restore_relative,
                self.remove_relative,
            )
        )

    def _organization_step(
        self, verb: Verb, before: OrganizationRecord | None, after: OrganizationRecord | None
    ) -> None:
        shown = after or before
        self.undo_history.record(
            record_step(
                Action(verb, shown.name if shown else ""),
                Changes.of(Kind.ORGANIZATIONS, cases=None),
                before,
                after,
                self.restore_organization,
                self.remove_organization,
            )
        )

    def _account_step(
        self,
        verb: Verb,
        before: AccountRecord | None,
        after: AccountRecord | None,
        organization: str = "",
    ) -> None:
        shown = after or before
        if shown is None:
            return
        self.undo_history.record(
            record_step(
                Action(verb, shown.customer_number, organization),
                Changes.of(Kind.ACCOUNTS, Kind.CASES, cases=None),
                before,
                after,
                self.restore_account,
                self.remove_account,
            )
        )
