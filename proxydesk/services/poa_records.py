"""The user as the proxy, and a signed scan, as plain values read from the case file."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from proxydesk.storage.models import PowerOfAttorney, Setting

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
