"""Storing a signed power of attorney, and what one covers: plain functions, no Qt."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from proxydesk.domain import poa_is_valid
from proxydesk.progress import ProgressCallback
from proxydesk.views import CaseSummary, PowerOfAttorneyView

if TYPE_CHECKING:
    from proxydesk.services.poa import PoaService

#: the file types a scan may have, by suffix, for a drop to be offered at all
SCAN_SUFFIXES = frozenset({".pdf", ".png", ".jpg", ".jpeg"})


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


def store_scan(
    poa: PoaService,
    request: ScanRequest,
    *,
    progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
) -> PowerOfAttorneyView:
    """The power of attorney with its scope, validity, scan and status: one unit of work."""
    return poa.attach_scan(
        request.relative_id,
        request.organization_id,
        request.path,
        acts=request.acts,
        valid_from=request.valid_from,
        valid_until=request.valid_until,
        status=request.status,
        agent_name=request.agent_name,
        progress=progress,
        cancel=cancel,
    )


# -- what a power of attorney covers, and until when ------------------------------------


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
    valid = [p for p in powers if poa_is_valid(p, today)]
    if not valid:
        return None
    return max(valid, key=lambda p: (p.valid_until is None, p.valid_until or date.min))
