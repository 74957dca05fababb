"""Times and durations as the user reads them: in the file's zone, in the user's locale."""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QObject, QTime, QTimeZone


def to_qdatetime(value: datetime) -> QDateTime:
    """The same wall-clock time and offset; the views already carry the file's local time."""
    offset = value.utcoffset()
    zone = (
        QTimeZone.fromSecondsAheadOfUtc(int(offset.total_seconds()))
        if offset is not None
        else QTimeZone(QTimeZone.Initialization.UTC)
    )
    return QDateTime(
        QDate(value.year, value.month, value.day),
        QTime(value.hour, value.minute, value.second),
        zone,
    )


def _whole_year(pattern: str) -> str:
    """``dd.MM.yy HH:mm`` → ``dd.MM.yyyy HH:mm``: a typed "12" is not read as 1912 or 2012."""
    return re.sub(r"(?<!y)yy(?!y)", "yyyy", pattern)


class TimeFormat(QObject):
    """Short, locale-aware texts for times and durations."""

    def __init__(self, locale: QLocale | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.locale = locale if locale is not None else QLocale()
        # the "C" locale (no LANG set) writes "5 03 2012": use ISO 8601 there instead
        iso = self.locale.language() == QLocale.Language.C
        short = QLocale.FormatType.ShortFormat
        self._when = "yyyy-MM-dd HH:mm" if iso else self.locale.dateTimeFormat(short)
        self._day = "yyyy-MM-dd" if iso else self.locale.dateFormat(short)
        self._time = "HH:mm" if iso else self.locale.timeFormat(short)
        #: what a date-and-time field shows and takes: the locale's order, the whole year
        self.editable_when = _whole_year(self._when)

    def when(self, value: datetime) -> str:
        return self.locale.toString(to_qdatetime(value), self._when)

    def day(self, value: datetime) -> str:
        return self.locale.toString(QDate(value.year, value.month, value.day), self._day)

    def time_of_day(self, value: datetime) -> str:
        return self.locale.toString(QTime(value.hour, value.minute, value.second), self._time)

    def span(self, start: datetime, end: datetime | None) -> str:
        """``5.3.12 10:14 – 10:52``; the end's date is repeated only when it differs."""
        if end is None:
            return self.when(start)
        if end.date() == start.date():
            return self.tr("{start} – {end}").format(
                start=self.when(start), end=self.time_of_day(end)
            )
        return self.tr("{start} – {end}").format(start=self.when(start), end=self.when(end))

    def duration(self, seconds: int) -> str:
        if seconds < 60:
            return self.tr("{seconds} s").format(seconds=seconds)
        minutes = round(seconds / 60)
        if minutes < 60:
            return self.tr("{minutes} min").format(minutes=minutes)
        return self.tr("{hours} h {minutes:02d} min").format(
            hours=minutes // 60, minutes=minutes % 60
        )
