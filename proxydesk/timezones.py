"""Times as the user gives and reads them: in the case file's time zone, ISO 8601 with offset."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from proxydesk.errors import InvalidInput


def local_zone_name() -> str:
    """The system's IANA zone name, falling back to UTC where it cannot be told."""
    name = os.environ.get("TZ", "").lstrip(":")
    if name and _valid(name):
        return name
    try:
        link = Path("/etc/localtime").resolve()
        parts = link.parts
        if "zoneinfo" in parts:
            candidate = "/".join(parts[parts.index("zoneinfo") + 1 :])
            if _valid(candidate):
                return candidate
    except OSError:
        pass
    timezone_file = Path("/etc/timezone")
    if timezone_file.exists():
        candidate = timezone_file.read_text().strip()
        if _valid(candidate):
            return candidate
    return "UTC"


def _valid(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def zone(name: str) -> tzinfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput(f"unknown time zone '{name}'") from None


#: the times a case file keeps: two days inside what Python can hold, so a time read back in
#: any zone, a due time a day on, or a call's end still can be told (year 1 and 9999 cannot)
EARLIEST = datetime.min.replace(tzinfo=UTC) + timedelta(days=2)
LATEST = datetime.max.replace(tzinfo=UTC) - timedelta(days=2)


def check_time(value: datetime, what: str = "time") -> None:
    """Refuse a time the file could not give back (too near year 1 or year 9999)."""
    if value.tzinfo is None:
        raise InvalidInput(f"{what}: {value.isoformat()} has no time zone")
    try:
        keepable = EARLIEST <= value <= LATEST
    except OverflowError:
        keepable = False
    if not keepable:
        shown = value.replace(tzinfo=None).isoformat(" ", "minutes")
        raise InvalidInput(
            f"{what}: {shown} is too near the year 1 or 9999 for a case file to keep"
        )


def parse_datetime(text: str, tz: tzinfo, what: str = "time") -> datetime:
    """ISO 8601 date and time; without an offset it is read in the case file's zone."""
    cleaned = text.strip()
    try:
        value = datetime.fromisoformat(cleaned)
    except ValueError:
        raise InvalidInput(
            f"{what}: '{text}' is not a date and time; write it like 2012-03-05T10:14 "
            "or 2012-03-05T10:14+01:00"
        ) from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=tz)
    check_time(value, what)
    return value.astimezone(UTC)


def parse_date(text: str, what: str = "date") -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(f"{what}: '{text}' is not a date; write it like 1941-07-02") from None


def start_of_day(day: date, tz: tzinfo) -> datetime:
    return datetime.combine(day, time.min, tzinfo=tz).astimezone(UTC)


def now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)
