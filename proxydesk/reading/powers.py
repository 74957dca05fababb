"""Powers of attorney as views, read with plain sqlite3: the one mapping of their rows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from proxydesk.reading.engine import IN_LIST, Connection, gathered, listed, unpacked
from proxydesk.storage.stored import day_or_none, text_list
from proxydesk.views import PowerOfAttorneyView

_ACCOUNTS = gathered(
    "account_id",
    "SELECT account_id FROM power_of_attorney_accounts"
    " WHERE power_of_attorney_id = p.id ORDER BY account_id",
)
#: the columns ``power_view`` makes a power of (``p``, with its relative and organization)
POWER_COLUMNS = f"""
    SELECT p.id, p.relative_id, r.name, p.agent_name, p.organization_id, o.name, {_ACCOUNTS},
           p.acts, p.valid_from, p.valid_until, p.status, p.place, p.signed_on,
           p.scan_document_id IS NOT NULL
    FROM powers_of_attorney AS p
    JOIN relatives AS r ON r.id = p.relative_id
    LEFT JOIN organizations AS o ON o.id = p.organization_id
"""
_BY_ID = POWER_COLUMNS + f" WHERE p.id IN {IN_LIST}"


class PowerReader:
    """Reads powers of attorney on one sqlite3 connection."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def powers(self, relative_id: int | None = None) -> list[PowerOfAttorneyView]:
        """Every power of attorney (of one relative), oldest first."""
        sql, params = POWER_COLUMNS, []
        if relative_id is not None:
            sql += " WHERE p.relative_id = ?"
            params.append(relative_id)
        return [power_view(row) for row in self.connection.execute(sql + " ORDER BY p.id", params)]

    def by_id(self, ids: Sequence[int]) -> list[PowerOfAttorneyView]:
        """These powers, in the order given."""
        found = {row[0]: row for row in self.connection.execute(_BY_ID, (listed(ids),))}
        return [power_view(found[i]) for i in ids if i in found]


def power_view(row: Any) -> PowerOfAttorneyView:
    """A power of attorney of a row of ``POWER_COLUMNS``."""
    ids_and_names: tuple[int, int, str, str, int | None, str | None] = row[:6]
    accounts, acts, valid_from, valid_until, status, place, signed_on, has_scan = row[6:]
    return PowerOfAttorneyView(
        *ids_and_names,
        unpacked(accounts),
        text_list(acts),
        day_or_none(valid_from),
        day_or_none(valid_until),
        status,
        place,
        day_or_none(signed_on),
        bool(has_scan),
    )
