"""Times the user picks: quick choices (today 18:00, tomorrow 9:00 ...) and the date-time editor.

The editors show the wall-clock time of the case file's zone; what they return is aware.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta, tzinfo

from PySide6.QtCore import QDate, QDateTime, QTime

#: "today" ends, for a promise, when the office closes
END_OF_DAY = time(18, 0)
#: tomorrow morning, for a reminder
MORNING = time(9, 0)


def at_day(now: datetime, tz: tzinfo, days: int, at: time) -> datetime:
    """``at`` o'clock, ``days`` after today, in the file's zone."""
    day = now.astimezone(tz).date() + timedelta(days=days)
    return datetime.combine(day, at, tzinfo=tz)


def to_wall_clock(value: datetime, tz: tzinfo) -> QDateTime:
    """The time as the file's zone reads it, for a QDateTimeEdit (which shows it as is)."""
    local = value.astimezone(tz)
    return QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
    )


def from_wall_clock(value: QDateTime, tz: tzinfo) -> datetime:
    """A QDateTimeEdit's digits, read in the file's zone."""
    day, clock = value.date(), value.time()
    return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute(), tzinfo=tz)
