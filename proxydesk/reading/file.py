"""A case file open for reading: its connection, its zone, the clock and the readers on them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from pathlib import Path

from proxydesk.reading.cases import CaseReader
from proxydesk.reading.engine import Connection, file_zone, open_for_reading
from proxydesk.reading.timeline import TimelineReader
from proxydesk.timezones import now


@dataclass
class FileReader:
    """What the window shows, read on one connection of the thread that opened it."""

    path: Path
    connection: Connection
    tz: tzinfo
    clock: Callable[[], datetime]
    cases: CaseReader
    timeline: TimelineReader

    @classmethod
    def open(cls, path: Path, clock: Callable[[], datetime] = now) -> FileReader:
        connection = open_for_reading(path)
        try:
            tz = file_zone(connection)
        except BaseException:
            connection.close()
            raise
        return cls(
            path,
            connection,
            tz,
            clock,
            CaseReader(connection, tz, clock),
            TimelineReader(connection, tz),
        )

    def today(self) -> date:
        """Today in the file's zone (by the clock: a test's fixed one, or the system's)."""
        return self.clock().astimezone(self.tz).date()

    def close(self) -> None:
        self.connection.close()
