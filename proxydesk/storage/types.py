"""Column types that keep time zones and enums honest in SQLite."""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from proxydesk.storage.stored import stored_time


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as sortable UTC ISO text; naive values are refused."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a time-zone-aware column")
        return stored_time(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        # fromisoformat reads the stored form (trailing "Z" included) some 50x faster
        # than strptime, which counts when a page of a long timeline is read
        return datetime.fromisoformat(value).astimezone(UTC)


class StrEnumType(TypeDecorator[Any]):
    """A StrEnum stored as its value, so the file stays readable with plain SQL."""

    impl = String(32)
    cache_ok = True

    def __init__(self, enum_type: type[enum.StrEnum]) -> None:
        super().__init__()
        self.enum_type = enum_type

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return self.enum_type(value).value

    def process_result_value(self, value: str | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        return self.enum_type(value)
