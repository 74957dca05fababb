"""Powers of attorney: drafting one, storing the signed scan, following it to accepted."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from proxydesk.changes import Changes, Kind
from proxydesk.domain import PoaAct, PoaStatus, check_email, check_poa_transition, parse_enum
from proxydesk.errors import InvalidInput
from proxydesk.progress import ProgressCallback, report
from proxydesk.reading.directory import DirectoryReader
from proxydesk.reading.engine import driver_connection, snapshot
from proxydesk.reading.papers import PROXY_KEYS, PaperReader
from proxydesk.reading.powers import PowerReader
from proxydesk.services.base import Service, find_by_id
from proxydesk.services.cases import poa_view
from proxydesk.services.directory_reading import find_organization, find_relative
from proxydesk.services.history import Action, Verb
from proxydesk.services.poa_records import chosen_accounts, read_proxy, town_of
from proxydesk.services.row_states import RowStates, Taken, row_step
from proxydesk.services.scan_files import STAGE_STORE, read_scan, stop_if_cancelled
from proxydesk.storage.blobs import store_blob
from proxydesk.storage.models import (
    Document,
    Organization,
    PowerOfAttorney,
    Relative,
    Setting,
)
from proxydesk.views import (
    AccountView,
    OrganizationView,
    PowerOfAttorneyView,
    ProxyView,
    RelativeView,
    ScanView,
)

#: from signed on, the steps to each status a scan can be stored with
STEPS_FROM_SIGNED: dict[PoaStatus, tuple[PoaStatus, ...]] = {
    PoaStatus.SIGNED: (),
    PoaStatus.SENT: (PoaStatus.SENT,),
    PoaStatus.ACCEPTED: (PoaStatus.SENT, PoaStatus.ACCEPTED),
    PoaStatus.REFUSED: (PoaStatus.SENT, PoaStatus.REFUSED),
}


@dataclass(frozen=True)
class PoaPaper:
    """What a power-of-attorney form shows: one or more grantors with the same scope."""

    powers: list[PowerOfAttorneyView]
    grantors: list[RelativeView]
    agent: ProxyView
    organization: OrganizationView | None
    accounts: list[AccountView]


class PoaService(Service):
    # -- the proxy ----------------------------------------------------------------------

    def proxy(self) -> ProxyView:
        with self.case_file.reading() as session:
            return read_proxy(session)

    def set_proxy(self, **values: str | None) -> ProxyView:
        """Change any of name, address, phone, email, fax; None leaves a value as it is."""
        unknown = set(values) - set(PROXY_KEYS)
        if unknown:
            raise InvalidInput(f"unknown detail(s) of the proxy: {', '.join(sorted(unknown))}")
        if values.get("name") is not None and not str(values["name"]).strip():
            raise InvalidInput("your name must not be empty")
        if values.get("email") is not None:
            check_email(str(values["email"]), "your e-mail address")
        with self.case_file.unit_of_work() as session:
            rows = RowStates(session)
            keys = [f"proxy_{key}" for key, value in values.items() if value is not None]
            rows.before(*(session.get(Setting, key) for key in keys))
            for key, value in values.items():
                if value is not None:
                    session.merge(Setting(key=f"proxy_{key}", value=value.strip()))
            rows.added(*(session.get(Setting, key) for key in keys))
            taken = rows.taken()
            view = read_proxy(session)
        self._record(Action(Verb.SET_PROXY, view.name), taken)
        return view

    # -- drafting and following -------------------------------------------------------------

    def draft(
        self,
        relative: str | int,
        organization: str | int | None,
        acts: Iterable[str],
        accounts: Iterable[str | int] | None = None,
        valid_from: date | None = None,
        valid_until: date | None = None,
        place: str = "",
    ) -> PowerOfAttorneyView:
        """A new draft, or the open draft for the same relative and organization updated."""
        with self.case_file.unit_of_work() as session:
            agent = read_proxy(session).name
            if not agent:
                raise InvalidInput(
                    "your own name is not in the case file yet; set it with "
                    "'proxydesk me --name \"First Last\"'"
                )
            grantor = find_relative(session, relative)
            org = find_organization(session, organization) if organization is not None else None
            rows = RowStates(session)
            rows.before(*self._latest_all(session, grantor.id))
            item = self._draft_in(
                session, grantor, org, agent, acts, accounts, valid_from, valid_until, place
            )
            rows.added(item)
            taken = rows.taken()
            view = poa_view(item)
        org_name = view.organization_name or ""
        self._record(Action(Verb.DRAFT_POA, view.relative_name, org_name), taken)
        return view

    def _draft_in(
        self,
        session: Session,
        grantor: Relative,
        org: Organization | None,
        agent: str,
        acts: Iterable[str],
        accounts: Iterable[str | int] | None,
        valid_from: date | None,
        valid_until: date | None,
        place: str,
    ) -> PowerOfAttorney:
        """The open draft for the relative and organization (or a new one), filled in."""
        chosen = list(dict.fromkeys(parse_enum(PoaAct, a, "act").value for a in acts))
        if not chosen:
            raise InvalidInput("choose at least one act the power of attorney allows")
        item = self._latest(session, grantor.id, org.id if org else None, PoaStatus.DRAFT)
        if item is None:
            item = PowerOfAttorney(relative=grantor, organization=org, status=PoaStatus.DRAFT)
            session.add(item)
        # a draft being changed keeps the dates it had unless new ones are given
        start = valid_from or item.valid_from or self.local(self.clock()).date()
        end = valid_until or item.valid_until
        if end is not None and end < start:
            raise InvalidInput(
                f"the power of attorney would end ({end.isoformat()}) before it "
                f"starts ({start.isoformat()})"
            )
        item.agent_name = agent
        item.acts = chosen
        item.valid_from = start
        item.valid_until = end
        item.place = place.strip() or town_of(grantor.address)
        item.accounts = chosen_accounts(grantor, org.id if org else None, accounts)
        return item

    def attach_scan(
        self,
        relative: str | int,
        organization: str | int | None,
        path: Path,
        *,
        signed_on: date | None = None,
        acts: Iterable[str] | None = None,
        valid_from: date | None = None,
        valid_until: date | None = None,
        status: PoaStatus | str = PoaStatus.SIGNED,
        agent_name: str | None = None,
        progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
    ) -> PowerOfAttorneyView:
        """Store the signed scan (PDF, PNG or JPEG) with the power of attorney it belongs to.

        Without ``acts`` the scan goes with the newest power for the relative and organization
        (a new one when there is none or it was refused); with ``acts`` (and the dates) it signs
        the open draft filled in with them, or a new one. ``agent_name`` becomes the user's own
        name when it differs; ``status`` may go on from signed (sent, accepted, refused).
        All of it is one unit of work: when the scan is unusable, a step is not allowed, or
        ``cancel`` is set (then ``ScanImportCancelled``), the case file stays as it was.
        """
        target = parse_enum(PoaStatus, str(getattr(status, "value", status)), "status")
        if target not in STEPS_FROM_SIGNED:
            raise InvalidInput(f"a stored scan cannot have the status {target.value}")
        name = agent_name.strip() if agent_name is not None else None
        if name == "":
            raise InvalidInput("your name is needed: you are the one the power of attorney names")
        path = Path(path)
        data, mime = read_scan(path, progress=progress, cancel=cancel)
        report(progress, STAGE_STORE, 0, 1)
        with self.case_file.unit_of_work() as session:
            grantor = find_relative(session, relative)
            rows = RowStates(session)
            known = session.get(Setting, "proxy_name")
            rows.before(known, *self._latest_all(session, grantor.id))
            if name is not None and read_proxy(session).name != name:
                session.merge(Setting(key="proxy_name", value=name))
            org = find_organization(session, organization) if organization is not None else None
            if acts is not None:
                agent = name or read_proxy(session).name
                if not agent:
                    raise InvalidInput(
                        "your name is needed: you are the one the power of attorney names"
                    )
                item = self._draft_in(
                    session, grantor, org, agent, acts, None, valid_from, valid_until, ""
                )
            else:
                item = self._scanned_power(session, grantor, org)
            if item.status is PoaStatus.DRAFT:
                check_poa_transition(item.status, PoaStatus.SIGNED)
                item.status = PoaStatus.SIGNED
            item.signed_on = item.signed_on or signed_on or self.local(self.clock()).date()
            if item.valid_from is None:
                item.valid_from = item.signed_on
            for step in STEPS_FROM_SIGNED[target]:
                check_poa_transition(item.status, step)
                item.status = step
            where = f" – {org.name}" if org else ""
            document = Document(
                title=f"Power of attorney, signed – {grantor.name}{where}",
                relative_id=grantor.id,
                case_id=None,
                blob=store_blob(session, data),
                filename=path.name,
                mime_type=mime,
                added_at=self.clock(),
            )
            session.add(document)
            session.flush()
            item.scan_document_id = document.id
            # the scan before the power pointing at it; undone, the content may stay stored
            rows.added(document, item, None if known else session.get(Setting, "proxy_name"))
            taken = rows.taken()
            # the last look at Cancel: raising here rolls all of it back
            stop_if_cancelled(cancel)
            view = poa_view(item)
        org_name = view.organization_name or ""
        self._record(Action(Verb.STORE_SCAN, view.relative_name, org_name), taken)
        report(progress, STAGE_STORE, 1, 1)
        return view

    def _scanned_power(
        self, session: Session, grantor: Relative, org: Organization | None
    ) -> PowerOfAttorney:
        """The newest power for a scan with no scope given; a new one when none is usable."""
        item = self._latest(session, grantor.id, org.id if org else None, None)
        if item is None or item.status is PoaStatus.REFUSED:
            # nothing drafted here, or refused: the scan starts a new one, as signed
            agent = read_proxy(session).name or (item.agent_name if item else "")
            item = PowerOfAttorney(
                relative=grantor,
                organization=org,
                agent_name=agent,
                acts=list(item.acts) if item else [],
                accounts=list(item.accounts) if item else [],
                place=item.place if item else town_of(grantor.address),
                status=PoaStatus.DRAFT,
            )
            session.add(item)
        return item

    def set_status(self, poa_id: int, status: PoaStatus | str) -> PowerOfAttorneyView:
        new = parse_enum(PoaStatus, str(status), "power of attorney status")
        with self.case_file.unit_of_work() as session:
            item = self._get(session, poa_id)
            check_poa_transition(item.status, new)
            rows = RowStates(session)
            rows.before(item)
            item.status = new
            if new is PoaStatus.SIGNED and item.signed_on is None:
                item.signed_on = self.local(self.clock()).date()
            taken = rows.taken()
            view = poa_view(item)
        self._record(Action(Verb.SET_POA_STATUS, view.relative_name, new.value), taken)
        return view

    def _record(self, action: Action, taken: Taken) -> None:
        changes = Changes.of(Kind.POWERS, Kind.RELATIVES, cases=None)
        self.undo_history.record(row_step(self.case_file, action, changes, taken))

    def powers(self, relative: str | int | None = None) -> list[PowerOfAttorneyView]:
        with self.case_file.reading() as session:
            relative_id = find_relative(session, relative).id if relative is not None else None
            return PowerReader(driver_connection(session)).powers(relative_id)

    def current(
        self, relative: str | int, organization: str | int | None
    ) -> PowerOfAttorneyView | None:
        """The newest power of attorney of a relative for an organization (None: general)."""
        with self.case_file.reading() as session:
            grantor = find_relative(session, relative)
            org = find_organization(session, organization) if organization is not None else None
            item = self._latest(session, grantor.id, org.id if org else None, None)
            return poa_view(item) if item is not None else None

    def power(self, poa_id: int) -> PowerOfAttorneyView:
        with self.case_file.reading() as session:
            return poa_view(self._get(session, poa_id))

    def scan(self, poa_id: int) -> ScanView:
        """The signed scan's bytes and type."""
        with self.case_file.reading() as session:
            item = self._get(session, poa_id)
            if item.scan_document_id is None:
                raise InvalidInput(
                    f"power of attorney {poa_id} has no signed scan; attach one with "
                    "'proxydesk poa attach'"
                )
            papers = PaperReader(driver_connection(session), self.tz, self.clock)
            return papers.scans_of([poa_view(item)])[0]

    def paper(self, poa_ids: Iterable[int]) -> PoaPaper:
        """Everything the form needs for these powers (same organization), read at once."""
        ids = list(dict.fromkeys(poa_ids))
        if not ids:
            raise InvalidInput("no power of attorney to put on paper")
        with self.case_file.reading() as session:
            for poa_id in ids:
                self._get(session, poa_id)  # each one there, or NotFound
            connection = driver_connection(session)
            with snapshot(connection):
                powers = PowerReader(connection).by_id(ids)
                orgs = {p.organization_id for p in powers}
                if len(orgs) > 1:
                    raise InvalidInput("a joint power of attorney must be for one organization")
                directory = DirectoryReader(connection)
                org_id = powers[0].organization_id
                accounts = list(dict.fromkeys(a for p in powers for a in p.account_ids))
                return PoaPaper(
                    powers=powers,
                    grantors=directory.relatives_by_id([p.relative_id for p in powers]),
                    agent=read_proxy(session),
                    organization=directory.organizations([org_id])[0] if org_id else None,
                    accounts=directory.accounts(ids=accounts),
                )

    # -- helpers ------------------------------------------------------------------------

    def _latest(
        self, session: Session, relative_id: int, org_id: int | None, status: PoaStatus | None
    ) -> PowerOfAttorney | None:
        query = select(PowerOfAttorney).where(
            PowerOfAttorney.relative_id == relative_id,
            PowerOfAttorney.organization_id.is_(None)
            if org_id is None
            else PowerOfAttorney.organization_id == org_id,
        )
        if status is not None:
            query = query.where(PowerOfAttorney.status == status)
        return session.scalars(query.order_by(PowerOfAttorney.id.desc())).first()

    def _latest_all(self, session: Session, relative_id: int) -> list[PowerOfAttorney]:
        """The relative's powers (a scan may sign any of them)."""
        return list(
            session.scalars(
                select(PowerOfAttorney).where(PowerOfAttorney.relative_id == relative_id)
            )
        )

    def _get(self, session: Session, poa_id: int) -> PowerOfAttorney:
        return find_by_id(session, PowerOfAttorney, int(poa_id), "power of attorney")
