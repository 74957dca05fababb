"""Storing a signed power of attorney, and what one covers: plain functions, no Qt."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from proxydesk.domain import PoaStatus
from proxydesk.errors import InvalidInput
from proxydesk.services.poa import MAX_SCAN_BYTES, PoaService, check_scan, scan_type
from proxydesk.services.views import CaseSummary, PowerOfAttorneyView

#: the file types a scan may have, by suffix, for a drop to be offered at all
SCAN_SUFFIXES = frozenset({".pdf", ".png", ".jpg", ".jpeg"})
#: from draft on: the statuses a signed scan can be stored with, and the steps to each
STATUS_STEPS: dict[str, tuple[PoaStatus, ...]] = {
    PoaStatus.SIGNED.value: (),
    PoaStatus.SENT.value: (PoaStatus.SENT,),
    PoaStatus.ACCEPTED.value: (PoaStatus.SENT, PoaStatus.ACCEPTED),
    PoaStatus.REFUSED.value: (PoaStatus.SENT, PoaStatus.REFUSED),
}
#: a power of attorney ending within this many days is shown as ending soon
SOON_DAYS = 30


def is_scan_file(path: Path) -> bool:
    return path.suffix.lower() in SCAN_SUFFIXES and path.is_file()


@dataclass(frozen=True)
class ScanRequest:
    """What the user said about a dropped scan."""

    relative_id: int
    organization_id: int | None  # None: every organization (a general power of attorney)
    path: Path
    acts: tuple[str, ...]
    valid_from: date
    valid_until: date | None
    status: str
    agent_name: str


def check_scan_file(path: Path) -> None:
    """Refuse a file that is no readable PDF, PNG or JPEG before anything is written."""
    try:
        size = path.stat().st_size
        if size > MAX_SCAN_BYTES:
            raise InvalidInput(
                f"{path.name} is {size / 1024 / 1024:.0f} MB; a scan may be at most "
                f"{MAX_SCAN_BYTES // 1024 // 1024} MB"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"cannot read {path}: {exc.strerror or exc}") from None
    mime = scan_type(data)
    if mime is None:
        raise InvalidInput(f"{path.name} is neither a PDF nor a PNG or JPEG image")
    check_scan(data, mime, path.name)


def store_scan(poa: PoaService, request: ScanRequest) -> PowerOfAttorneyView:
    """Draft the power of attorney with its scope and validity, store the scan, set the status.

    The service has no single call for all of it yet: the scan is checked first, so a bad
    file changes nothing; after that each step is its own unit of work.
    """
    check_scan_file(request.path)
    if request.status not in STATUS_STEPS:
        raise InvalidInput(f"a stored scan cannot have the status {request.status}")
    name = request.agent_name.strip()
    if not name:
        raise InvalidInput("your name is needed: you are the one the power of attorney names")
    if poa.proxy().name != name:
        poa.set_proxy(name=name)
    poa.draft(
        request.relative_id,
        request.organization_id,
        request.acts,
        valid_from=request.valid_from,
        valid_until=request.valid_until,
    )
    view = poa.attach_scan(request.relative_id, request.organization_id, request.path)
    for step in STATUS_STEPS[request.status]:
        view = poa.set_status(view.id, step)
    return view


# -- what a power of attorney covers, and until when ------------------------------------


class Validity(enum.Enum):
    NOT_IN_FORCE = "not_in_force"  # a draft, or refused
    NOT_YET = "not_yet"
    VALID = "valid"
    ENDS_SOON = "ends_soon"
    EXPIRED = "expired"


def validity(power: PowerOfAttorneyView, today: date) -> Validity:
    """The same rule as the case header's "valid" (signed or further, within its dates)."""
    if power.status in (PoaStatus.DRAFT.value, PoaStatus.REFUSED.value):
        return Validity.NOT_IN_FORCE
    if power.valid_from is not None and today < power.valid_from:
        return Validity.NOT_YET
    if power.valid_until is None:
        return Validity.VALID
    if today > power.valid_until:
        return Validity.EXPIRED
    if (power.valid_until - today).days <= SOON_DAYS:
        return Validity.ENDS_SOON
    return Validity.VALID


def covered_cases(power: PowerOfAttorneyView, cases: list[CaseSummary]) -> list[CaseSummary]:
    """The relative's cases with that organization; every one of them for a general one."""
    return [
        c
        for c in cases
        if power.relative_id in c.relative_ids
        and (power.organization_id is None or c.organization_id == power.organization_id)
    ]


def longest_valid(powers: list[PowerOfAttorneyView], today: date) -> PowerOfAttorneyView | None:
    """Of the powers valid today, the one that lasts longest (no end date lasts longest)."""
    valid = [p for p in powers if validity(p, today) in (Validity.VALID, Validity.ENDS_SOON)]
    if not valid:
        return None
    return max(valid, key=lambda p: (p.valid_until is None, p.valid_until or date.min))
