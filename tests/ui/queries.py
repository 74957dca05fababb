"""Counting the SQL statements a piece of code sends to the case file."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from typing import Any

from sqlalchemy import Engine, event

#: transaction control, not queries
_NOT_QUERIES = ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE")


@contextmanager
def statements(source: Engine | sqlite3.Connection) -> Iterator[list[str]]:
    """Every query SQLite runs inside the block, in order, on the connection or on any
    connection the engine hands out meanwhile (the services' sessions, and the readers
    they pass their connection to). The window's own reader is a plain connection."""
    seen: list[str] = []

    def record(statement: str) -> None:
        # "-- " marks what SQLite runs inside a statement (FTS5 reading its index, triggers)
        text = statement.lstrip()
        if not text.startswith("--") and not text.upper().startswith(_NOT_QUERIES):
            seen.append(statement)

    with ExitStack() as stack:
        if isinstance(source, sqlite3.Connection):
            source.set_trace_callback(record)
            stack.callback(source.set_trace_callback, None)
        else:

            def checkout(dbapi_connection: Any, *_rest: Any) -> None:
                dbapi_connection.set_trace_callback(record)

            def checkin(dbapi_connection: Any, *_rest: Any) -> None:
                dbapi_connection.set_trace_callback(None)

            event.listen(source, "checkout", checkout)
            event.listen(source, "checkin", checkin)
            stack.callback(event.remove, source, "checkout", checkout)
            stack.callback(event.remove, source, "checkin", checkin)
        yield seen
