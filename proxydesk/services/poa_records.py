"""The user's details as the proxy, a town from an address, the accounts a power covers."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC

from sqlalchemy.orm import Session

from proxydesk.errors import NotFound
from proxydesk.reading.engine import driver_connection
from proxydesk.reading.papers import PaperReader
from proxydesk.storage.models import Account, Relative
from proxydesk.timezones import now
from proxydesk.views import ProxyView


def read_proxy(session: Session) -> ProxyView:
    """The user's details as the session sees them (its writes too)."""
    session.flush()
    return PaperReader(driver_connection(session), UTC, now).proxy()


def town_of(address: str) -> str:
    """The town of a German-style address ("Schulgasse 4, 95183 Oberwaldbach (...)")."""
    found = re.search(r"\b\d{4,5}\s+([^,(\n]+)", address)
    return found.group(1).strip() if found else ""


def chosen_accounts(
    grantor: Relative,
    org_id: int | None,
    refs: Iterable[str | int] | None,
) -> list[Account]:
    """The grantor's accounts at the organization; ``refs``: only these (id or number)."""
    own = [a for a in grantor.accounts if org_id is None or a.organization_id == org_id]
    if refs is None:
        return own
    chosen: list[Account] = []
    for ref in refs:
        text = str(ref).strip()
        plain = re.sub(r"\s", "", text)
        found = [
            a for a in own if str(a.id) == text or re.sub(r"\s", "", a.customer_number) == plain
        ]
        if not found:
            raise NotFound(
                f"{grantor.name} has no account '{text}'"
                + (" at that organization" if org_id is not None else "")
            )
        chosen.extend(a for a in found if a not in chosen)
    return chosen
