"""The engine seam: where the readers get their connection, and all their SQLite-only SQL.

The readers speak plain DB-API to SQLite (``sqlite3``, qmark parameters) for speed; the
services write through SQLAlchemy, which speaks other engines already (its SQLite settings
are in ``storage/database.py``). A second engine (the family file on a PostgreSQL server,
same schema through Alembic) plugs in here: its ``Connection``, ``open_for_reading`` and
``driver_connection`` with these settings, ``snapshot`` as its read transaction, and the
fragments below in its dialect. SQLite's own lives only here: the PRAGMAs, a list bound as one
JSON parameter (``json_each``; PostgreSQL: ``= ANY(%s)``), a column gathered into a JSON array
(``json_group_array``: ``array_agg``), the FTS5 index (``MATCH``, ``rank``: ``tsvector``,
``ts_rank``) with its query syntax, and ``LIMIT -1``. The rest is SQL both engines share.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import tzinfo
from pathlib import Path
from typing import Any

from proxydesk.storage.access import can_write, connect_read_only
from proxydesk.timezones import zone

#: the connection every reader reads on
Connection = sqlite3.Connection

#: as the services' connections: wait for a writer's commit rather than fail at once
BUSY_TIMEOUT_MS = 5000
#: 64 MiB of page cache, as the services' connections
CACHE_KIB = 65536

#: a LIMIT that lets every row through
NO_LIMIT = -1
#: the ids of a list bound as one parameter (``listed``): the SQL text never changes
IN_LIST = "(SELECT value FROM json_each(?))"
#: the same, for a list bound once and used twice (numbered parameter 1)
IN_LIST_1 = "(SELECT value FROM json_each(?1))"
#: the ids of the events whose summary or text match a full-text query (``fts_match``)
EVENTS_MATCHING = "SELECT rowid FROM events_fts WHERE events_fts MATCH ?"
#: the best ``?`` matches of a full-text query, as ``best.rowid`` (an event id) and ``best.rank``
BEST_EVENTS = "(SELECT rowid, rank FROM events_fts WHERE events_fts MATCH ? ORDER BY rank LIMIT ?)"


def listed(ids: Iterable[Any]) -> str:
    """A list as the one parameter ``IN_LIST`` reads."""
    return json.dumps(list(ids))


def gathered(column: str, rows: str) -> str:
    """A subquery: ``column`` of ``rows`` (a SELECT) in their order, as one value (``unpacked``)."""
    return f"(SELECT json_group_array({column}) FROM ({rows}))"


def unpacked(value: str) -> list[Any]:
    """The list a ``gathered`` column holds."""
    values: list[Any] = json.loads(value)
    return values


def fts_match(words: list[str]) -> str:
    """A full-text query: every word, each as the beginning of a word in the text."""
    return " ".join(f'"{w}"*' for w in words)


def open_for_reading(path: Path) -> sqlite3.Connection:
    """A connection that only reads (``query_only``), for the thread that makes it.

    It sees what other connections have committed; each statement outside ``snapshot`` is
    its own read.
    """
    if can_write(path):
        connection = sqlite3.connect(path, isolation_level=None)
    else:  # a read-only file or folder: nothing is written beside it
        connection = connect_read_only(path)
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    connection.execute("PRAGMA query_only = ON")
    return connection


def driver_connection(session: Any) -> sqlite3.Connection:
    """The sqlite3 connection under an SQLAlchemy session, inside its transaction."""
    connection: sqlite3.Connection = session.connection().connection.driver_connection
    return connection


@contextmanager
def snapshot(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """Several statements that see one state of the file (a read transaction).

    Inside a transaction already (a service's session) nothing more is needed.
    """
    if connection.in_transaction:
        yield connection
        return
    connection.execute("BEGIN")
    try:
        yield connection
    finally:
        connection.execute("COMMIT")


def file_zone(connection: sqlite3.Connection) -> tzinfo:
    """The case file's time zone (its ``timezone`` setting; UTC when there is none)."""
    row = connection.execute("SELECT value FROM settings WHERE key = 'timezone'").fetchone()
    return zone(row[0] if row else "UTC")
