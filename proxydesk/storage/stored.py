"""Values as a case file stores them: times as UTC ISO text, days as ISO dates, lists as JSON."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, tzinfo

#: how a time is stored: sortable UTC ISO text, so comparing the text compares the times
#: (a four-digit year always: strftime writes the year 1 as "1", which no reader takes back)
STORED_TIME = "%Y-%m-%dT%H:%M:%S.%fZ"


def stored_time(value: datetime) -> str:
    """An aware time as the file stores it (to compare with stored times in SQL)."""
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def local_time(text: str, tz: tzinfo) -> datetime:
    """A stored time in the file's zone."""
    # fromisoformat reads the stored form (trailing "Z" included) far faster than strptime
    return datetime.fromisoformat(text).astimezone(tz)


def local_time_or_none(text: str | None, tz: tzinfo) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text).astimezone(tz)


def day_or_none(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def text_list(text: str) -> list[str]:
    """A stored JSON list of strings (phone numbers, contract numbers, acts ...)."""
    values: list[str] = json.loads(text)
    return values
