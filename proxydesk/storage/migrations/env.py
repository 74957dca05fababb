"""Alembic environment: always handed an open connection by proxydesk.storage.database."""

from __future__ import annotations

from alembic import context

from proxydesk.storage import (
    call_models,  # noqa: F401 - registers the call drafts
    mail_models,  # noqa: F401 - registers the mail tables
)
from proxydesk.storage.models import Base


def include_object(obj: object, name: str | None, type_: str, *_: object) -> bool:
    """Leave the FTS5 shadow tables (made by raw SQL in 0002) out of autogenerate."""
    return not (type_ == "table" and name is not None and name.startswith("events_fts"))


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
