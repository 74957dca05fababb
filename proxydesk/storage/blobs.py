"""File content stored once in the case file, addressed by its SHA-256."""

from __future__ import annotations

import hashlib

from sqlalchemy.orm import Session

from proxydesk.storage.models import Blob


def store_blob(session: Session, data: bytes) -> Blob:
    """The blob holding these bytes; written only if the file does not hold them yet."""
    digest = hashlib.sha256(data).hexdigest()
    blob = session.get(Blob, digest)
    if blob is None:
        blob = Blob(sha256=digest, size=len(data), data=data)
        session.add(blob)
    return blob
