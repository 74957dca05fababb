"""Relatives, organizations with their channels, and accounts as views, read with plain sqlite3.

The one place that makes these views: the tree, the case header, the paper and the services
(also after a write, on the session's connection) all take them from here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from proxydesk.reading.engine import IN_LIST, Connection, listed
from proxydesk.storage.stored import day_or_none, text_list
from proxydesk.views import AccountView, ChannelView, ContactView, OrganizationView, RelativeView

_RELATIVE_COLUMNS = """
    SELECT r.id, r.name, r.born, r.address, r.phone_numbers, r.notes FROM relatives AS r
"""
_RELATIVES = _RELATIVE_COLUMNS + " ORDER BY r.name, r.id"
_RELATIVES_BY_ID = _RELATIVE_COLUMNS + f" WHERE r.id IN {IN_LIST}"
_CASE_RELATIVES = (
    _RELATIVE_COLUMNS
    + " JOIN case_relatives AS cr ON cr.relative_id = r.id WHERE cr.case_id = ? ORDER BY r.id"
)
_ORGANIZATION_COLUMNS = """
    SELECT o.id, o.name, o.asks_for_power_of_attorney, o.notes FROM organizations AS o
"""
_ORGANIZATIONS = _ORGANIZATION_COLUMNS + " ORDER BY o.name, o.id"
_ORGANIZATIONS_BY_ID = _ORGANIZATION_COLUMNS + f" WHERE o.id IN {IN_LIST}"
_CHANNELS = f"""
    SELECT organization_id, kind, value, purpose FROM organization_channels
    WHERE organization_id IN {IN_LIST} ORDER BY id
"""
#: the columns ``account_view`` makes an account of (``a``, with its relative and organization)
ACCOUNT_COLUMNS = """
    SELECT a.id, a.relative_id, r.name, a.organization_id, o.name, a.customer_number,
           a.contract_numbers, a.phone_lines, a.email_addresses, a.login_names, a.notes
    FROM accounts AS a
    JOIN relatives AS r ON r.id = a.relative_id
    JOIN organizations AS o ON o.id = a.organization_id
"""
_ACCOUNTS_BY_ID = ACCOUNT_COLUMNS + f" WHERE a.id IN {IN_LIST}"
_CONTACT_COLUMNS = "SELECT id, organization_id, name, team, location FROM contacts"
_CONTACTS_BY_ID = _CONTACT_COLUMNS + f" WHERE id IN {IN_LIST}"


class DirectoryReader:
    """Reads who we act for and who we deal with, on one sqlite3 connection."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def relatives(self, *, case_id: int | None = None) -> list[RelativeView]:
        """Everyone we act for, by name; with ``case_id`` those the case is for, by id."""
        if case_id is None:
            rows = self.connection.execute(_RELATIVES)
        else:
            rows = self.connection.execute(_CASE_RELATIVES, (case_id,))
        return [relative_view(row) for row in rows]

    def relatives_by_id(self, ids: Sequence[int]) -> list[RelativeView]:
        """These relatives, in the order given."""
        found = {row[0]: row for row in self.connection.execute(_RELATIVES_BY_ID, (listed(ids),))}
        return [relative_view(found[i]) for i in ids if i in found]

    def organizations(self, ids: Sequence[int] | None = None) -> list[OrganizationView]:
        """Every organization by name with its channels (or these ones, in the order given)."""
        if ids is None:
            rows = self.connection.execute(_ORGANIZATIONS).fetchall()
        else:
            found = {r[0]: r for r in self.connection.execute(_ORGANIZATIONS_BY_ID, (listed(ids),))}
            rows = [found[i] for i in ids if i in found]
        channels: dict[int, list[ChannelView]] = {}
        for org_id, kind, value, purpose in self.connection.execute(
            _CHANNELS, (listed(row[0] for row in rows),)
        ):
            channels.setdefault(org_id, []).append(ChannelView(kind, value, purpose))
        return [
            OrganizationView(id_, name, bool(asks), channels.get(id_, []), notes)
            for id_, name, asks, notes in rows
        ]

    def accounts(
        self, *, relative_id: int | None = None, ids: Sequence[int] | None = None
    ) -> list[AccountView]:
        """Accounts by relative and id (of one relative), or these ones in the order given."""
        if ids is not None:
            found = {r[0]: r for r in self.connection.execute(_ACCOUNTS_BY_ID, (listed(ids),))}
            return [account_view(found[i]) for i in ids if i in found]
        sql, params = ACCOUNT_COLUMNS, []
        if relative_id is not None:
            sql += " WHERE a.relative_id = ?"
            params.append(relative_id)
        rows = self.connection.execute(sql + " ORDER BY a.relative_id, a.id", params)
        return [account_view(row) for row in rows]

    def contacts(
        self, *, organization_id: int | None = None, ids: Sequence[int] | None = None
    ) -> list[ContactView]:
        """Contacts by name (at one organization), or these ones in the order given."""
        if ids is not None:
            found = {r[0]: r for r in self.connection.execute(_CONTACTS_BY_ID, (listed(ids),))}
            return [ContactView(*found[i]) for i in ids if i in found]
        sql, params = _CONTACT_COLUMNS, []
        if organization_id is not None:
            sql += " WHERE organization_id = ?"
            params.append(organization_id)
        rows = self.connection.execute(sql + " ORDER BY name, id", params)
        return [ContactView(*row) for row in rows]


def relative_view(row: Any) -> RelativeView:
    """A relative of a row of ``_RELATIVE_COLUMNS``."""
    id_, name, born, address, phones, notes = row
    return RelativeView(id_, name, day_or_none(born), address, text_list(phones), notes)


def account_view(row: Any) -> AccountView:
    """An account of a row of ``ACCOUNT_COLUMNS``."""
    ids_and_names: tuple[int, int, str, int, str, str] = row[:6]
    contracts, lines, mails, logins, notes = row[6:]
    return AccountView(
        *ids_and_names,
        text_list(contracts),
        text_list(lines),
        text_list(mails),
        text_list(logins),
        notes,
    )
