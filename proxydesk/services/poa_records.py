"""The user as the proxy, and a signed scan, as plain values read from the case file."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from proxydesk.errors import NotFound
from proxydesk.storage.models import Account, PowerOfAttorney, Relative, Setting

PROXY_KEYS = ("name", "address", "phone", "email", "fax")


@dataclass(frozen=True)
class ProxyView:
    """The user: the agent on every power of attorney and the sender of every form."""

    name: str
    address: str
    phone: str
    email: str
    fax: str


@dataclass(frozen=True)
class ScanView:
    """A signed power of attorney as it was scanned."""

    poa_id: int
    relative_name: str
    filename: str
    mime_type: str
    sha256: str
    data: bytes


def read_proxy(session: Session) -> ProxyView:
    values = {
        s.key: s.value
        for s in session.scalars(
            select(Setting).where(Setting.key.in_([f"proxy_{k}" for k in PROXY_KEYS]))
        )
    }
    name, address, phone, email, fax = (values.get(f"proxy_{k}", "") for k in PROXY_KEYS)
    return ProxyView(name, address, phone, email, fax)


def town_of(address: str) -> str:
    """The town of a German-style address ("Schulgasse 4, 95183 Oberwaldbach (...)")."""
    found = re.search(r"\b\d{4,5}\s+([^,(\n]+)", address)
    return found.group(1).strip() if found else ""


def scan_view(item: PowerOfAttorney) -> ScanView:
    assert item.scan is not None
    return ScanView(
        item.id,
        item.relative.name,
        item.scan.filename,
        item.scan.mime_type,
        item.scan.blob_sha256,
        item.scan.blob.data,
    )


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
