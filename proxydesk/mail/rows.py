"""Many rows of one table in one driver-level executemany.

SQLAlchemy's own executemany builds and processes a parameter dict per row, which cost more
than SQLite's work for the mail outside any case. Here each row becomes a plain tuple, with
the columns' own bind processors (UTC text times, JSON lists), so what lands in the file is
exactly what the ORM would have written.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, Table

from proxydesk.storage.models import Base


class PlainInsert:
    """INSERT INTO table (columns...) for many rows; every column a row needs is named."""

    def __init__(self, model: type[Base], columns: Sequence[str]) -> None:
        table = model.__table__
        assert isinstance(table, Table)
        self.table = table
        self.columns = tuple(columns)
        missing = [
            c.name
            for c in table.columns
            if c.name not in self.columns
            and not c.nullable
            and not c.primary_key
            and c.server_default is None
        ]
        if missing:  # they would be NULL, not the ORM's default
            raise ValueError(f"{table.name}: columns without a value: {', '.join(missing)}")
        if len(self.columns) < 2:  # itemgetter of one key gives the value, not a tuple
            raise ValueError("a plain insert names at least two columns")
        self._values = operator.itemgetter(*self.columns)
        self._sql: str | None = None
        self._processors: list[Callable[[Any], Any] | None] = []

    def write(self, connection: Connection, rows: Sequence[dict[str, Any]]) -> None:
        if not rows:
            return
        if self._sql is None:
            dialect = connection.dialect
            quote = dialect.identifier_preparer.quote  # "references" is an SQL keyword
            self._sql = (
                f"INSERT INTO {quote(self.table.name)} "
                f"({', '.join(quote(c) for c in self.columns)}) "
                f"VALUES ({', '.join('?' * len(self.columns))})"
            )
            self._processors = [self.table.c[c].type.bind_processor(dialect) for c in self.columns]
        values = [self._values(row) for row in rows]
        processed = [(i, p) for i, p in enumerate(self._processors) if p is not None]
        if processed:
            for n, row_values in enumerate(values):
                listed = list(row_values)
                for i, process in processed:
                    listed[i] = process(listed[i])
                values[n] = tuple(listed)
        connection.exec_driver_sql(self._sql, values)
