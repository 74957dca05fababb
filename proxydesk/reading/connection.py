"""The plain sqlite3 connections the readers use, and the file's time zone."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import tzinfo
from pathlib import Path
from typing import Any

from proxydesk.timezones import zone

#: as the services' connections: wait for a writer's commit rather than fail at once
BUSY_TIMEOUT_MS = 5000
#: 64 MiB of page cache, as the services' connections
CACHE_KIB = 65536


def open_for_reading(path: Path) -> sqlite3.Connection:
    """A connection that only reads (``query_only``), for the thread that makes it.

    It sees what other connections have committed; each statement outside ``snapshot`` is
    its own read.
    """
    connection = sqlite3.connect(path, isolation_level=None)
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
