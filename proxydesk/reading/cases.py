"""The tree (relatives and their cases) and a case's header, read with plain sqlite3."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, tzinfo

from proxydesk.domain import poa_is_valid
from proxydesk.errors import NotFound
from proxydesk.reading.directory import ACCOUNT_COLUMNS, DirectoryReader, account_view
from proxydesk.reading.engine import IN_LIST, Connection, listed, snapshot
from proxydesk.reading.powers import POWER_COLUMNS, power_view
from proxydesk.storage.stored import (
    local_time,
    local_time_or_none,
    stored_time,
)
from proxydesk.views import (
    CaseDetail,
    CaseSummary,
    ChannelView,
    OrganizationView,
    ReferenceView,
    RelativeView,
)

# Each statement reads one table (with the names it shows joined in). A list of case ids is
# one bound parameter (``IN_LIST``), so the SQL text never changes.

_CASE_COLUMNS = """
    SELECT c.id, c.title, c.organization_id, o.name, c.status, c.opened_at, c.closed_at
    FROM cases AS c JOIN organizations AS o ON o.id = c.organization_id
"""
_ALL_CASES = _CASE_COLUMNS + " ORDER BY c.opened_at, c.id"
_SOME_CASES = _CASE_COLUMNS + f" WHERE c.id IN {IN_LIST}"

_CASE_RELATIVES = f"""
    SELECT cr.case_id, r.id, r.name
    FROM case_relatives AS cr JOIN relatives AS r ON r.id = cr.relative_id
    WHERE cr.case_id IN {IN_LIST}
    ORDER BY cr.case_id, r.id
"""

# the open promises and those overdue as the services count them: due before now (stored
# times compare as text); a case without open promises has no row
_PROMISE_COUNTS = f"""
    SELECT case_id, count(*), count(*) FILTER (WHERE due_at < ?)
    FROM promises
    WHERE case_id IN {IN_LIST} AND status = 'open'
    GROUP BY case_id
"""

_EVENT_COUNTS = f"""
    SELECT case_id, count(*) FROM events
    WHERE case_id IN {IN_LIST}
    GROUP BY case_id
"""

_CASE_HEADER = """
    SELECT c.id, c.title, c.organization_id, o.name, c.status, c.opened_at, c.closed_at,
           c.story_so_far, o.asks_for_power_of_attorney, o.notes
    FROM cases AS c JOIN organizations AS o ON o.id = c.organization_id
    WHERE c.id = ?
"""

_CHANNELS = """
    SELECT kind, value, purpose FROM organization_channels
    WHERE organization_id = ? ORDER BY id
"""

_CASE_ACCOUNTS = (
    ACCOUNT_COLUMNS
    + """
    JOIN case_accounts AS ca ON ca.account_id = a.id
    WHERE ca.case_id = ?
    ORDER BY a.id
"""
)

_CASE_REFERENCES = """
    SELECT ref.kind, ref.value, giver.name, ref.given_at, ref.note
    FROM case_references AS ref LEFT JOIN contacts AS giver ON giver.id = ref.given_by_id
    WHERE ref.case_id = ?
    ORDER BY ref.id
"""

# the powers of the case's relatives at the case's organization, or for any organization
# the powers of the case's relatives at the case's organization, or for any organization
_CASE_POWERS = (
    POWER_COLUMNS
    + """
    WHERE p.relative_id IN (SELECT relative_id FROM case_relatives WHERE case_id = ?)
      AND (p.organization_id = ? OR p.organization_id IS NULL)
    ORDER BY p.id
"""
)


class CaseReader:
    """Reads the tree and case headers as the services' views, on one sqlite3 connection.

    ``clock`` is "now": it decides which promises are overdue and which powers hold today.
    """

    def __init__(self, connection: Connection, tz: tzinfo, clock: Callable[[], datetime]) -> None:
        self.connection = connection
        self.tz = tz
        self.clock = clock

    def relatives(self) -> list[RelativeView]:
        """Everyone we act for, by name."""
        return DirectoryReader(self.connection).relatives()

    def cases(self, *, count_events: bool = False) -> list[CaseSummary]:
        """Every case, oldest first; ``count_events`` counts each one's timeline too."""
        with snapshot(self.connection) as connection:
            rows = connection.execute(_ALL_CASES).fetchall()
            return self._summaries(rows, count_events)

    def summaries(self, ids: Iterable[int], *, count_events: bool = False) -> list[CaseSummary]:
        """These cases, in the order given."""
        wanted = list(ids)
        if not wanted:
            return []
        with snapshot(self.connection) as connection:
            found = {row[0]: row for row in connection.execute(_SOME_CASES, (listed(wanted),))}
            missing = [i for i in wanted if i not in found]
            if missing:
                raise NotFound(f"there is no case with id {missing[0]}")
            return self._summaries([found[i] for i in wanted], count_events)

    def detail(self, case_id: int, *, count_events: bool = False) -> CaseDetail:
        """All the case header shows, read from one state of the file."""
        with snapshot(self.connection) as connection:
            header = connection.execute(_CASE_HEADER, (case_id,)).fetchone()
            if header is None:
                raise NotFound(f"there is no case with id {case_id}")
            summary = self._summaries([header[:7]], count_events)[0]
            org_id, org_name = header[2], header[3]
            story, asks, org_notes = header[7:]
            channels = [
                ChannelView(kind, value, purpose)
                for kind, value, purpose in connection.execute(_CHANNELS, (org_id,))
            ]
            accounts = [account_view(row) for row in connection.execute(_CASE_ACCOUNTS, (case_id,))]
            references = [
                ReferenceView(kind, value, giver, local_time_or_none(given_at, self.tz), note)
                for kind, value, giver, given_at, note in connection.execute(
                    _CASE_REFERENCES, (case_id,)
                )
            ]
            powers = [
                power_view(row) for row in connection.execute(_CASE_POWERS, (case_id, org_id))
            ]
        today = self.clock().astimezone(self.tz).date()
        return CaseDetail(
            summary=summary,
            story_so_far=story,
            organization=OrganizationView(org_id, org_name, bool(asks), channels, org_notes),
            accounts=accounts,
            references=references,
            powers_of_attorney=powers,
            valid_power_of_attorney=any(poa_is_valid(p, today) for p in powers),
        )

    def _summaries(
        self, rows: list[tuple[int, str, int, str, str, str, str | None]], count_events: bool
    ) -> list[CaseSummary]:
        """Summaries of these case rows: who the case is for and its promises (and events)."""
        ids = listed(row[0] for row in rows)
        relatives: dict[int, list[tuple[int, str]]] = {}
        for case_id, relative_id, name in self.connection.execute(_CASE_RELATIVES, (ids,)):
            relatives.setdefault(case_id, []).append((relative_id, name))
        now = stored_time(self.clock())
        promises = {
            case_id: (open_count, overdue)
            for case_id, open_count, overdue in self.connection.execute(_PROMISE_COUNTS, (now, ids))
        }
        events = (
            dict(self.connection.execute(_EVENT_COUNTS, (ids,)).fetchall())
            if count_events
            else None
        )
        result = []
        for case_id, title, org_id, org_name, status, opened_at, closed_at in rows:
            members = relatives.get(case_id, [])
            open_count, overdue = promises.get(case_id, (0, 0))
            result.append(
                CaseSummary(
                    id=case_id,
                    title=title,
                    organization_id=org_id,
                    organization_name=org_name,
                    status=status,
                    opened_at=local_time(opened_at, self.tz),
                    closed_at=local_time_or_none(closed_at, self.tz),
                    relative_ids=[r[0] for r in members],
                    relative_names=[r[1] for r in members],
                    open_promises=open_count,
                    overdue_promises=overdue,
                    events=events.get(case_id, 0) if events is not None else None,
                )
            )
        return result
