"""When a power of attorney holds: the one rule, for stored rows and views alike."""

from __future__ import annotations

from datetime import date
from typing import Protocol

from proxydesk.domain import PoaStatus


class PowerTerms(Protocol):
    """What validity depends on: the status (its stored text) and the days it covers."""

    @property
    def status(self) -> str: ...

    @property
    def valid_from(self) -> date | None: ...

    @property
    def valid_until(self) -> date | None: ...


def poa_is_valid(power: PowerTerms, on: date) -> bool:
    """Signed (or further, but not refused) and within its validity on that day."""
    if power.status in (PoaStatus.DRAFT, PoaStatus.REFUSED):
        return False
    if power.valid_from is not None and on < power.valid_from:
        return False
    return power.valid_until is None or on <= power.valid_until
