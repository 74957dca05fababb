"""What the CLI and the app both do before rendering: choose the powers, check the fax's parts."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from proxydesk.domain import PoaAct, PoaStatus
from proxydesk.errors import InvalidInput
from proxydesk.services.dossier import CaseRecord
from proxydesk.services.poa import PoaService
from proxydesk.views import ScanView


def poa_ids(
    service: PoaService,
    relatives: Iterable[str | int],
    organization: str | int | None,
    *,
    acts: list[str] | None = None,
    accounts: list[str | int] | None = None,
    valid_from: date | None = None,
    valid_until: date | None = None,
    place: str = "",
) -> list[int]:
    """The powers to print, one per relative: the current one, else a new draft (this writes).

    A refused power, or any change asked for, makes a new draft; otherwise the current
    power is printed again as it is.
    """
    changing = acts is not None or accounts or valid_from or valid_until or place
    ids = []
    for relative in dict.fromkeys(relatives):
        current = service.current(relative, organization)
        if current is not None and not changing and current.status != PoaStatus.REFUSED.value:
            ids.append(current.id)
            continue
        view = service.draft(
            relative,
            organization,
            acts or (current.acts if current else [PoaAct.INFORMATION.value]),
            accounts=accounts,
            valid_from=valid_from,
            valid_until=valid_until,
            place=place,
        )
        ids.append(view.id)
    return ids


def fax_scans(record: CaseRecord, include_poa: bool) -> list[ScanView]:
    """The signed scans to bundle with a fax; a plain error when they are asked for but missing."""
    if not include_poa:
        return []
    if not record.scans:
        names = ", ".join(r.name for r in record.relatives) or "the case's relatives"
        raise InvalidInput(
            f"there is no signed scan of a power of attorney to bundle ({names}, "
            f"{record.detail.organization.name}); store it first with "
            "'proxydesk poa attach --relative R --organization O SCAN'"
        )
    return record.scans
