"""Reminders, open promises' due times and appointments as an iCalendar file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from proxydesk import __version__
from proxydesk.domain import PromiseStatus
from proxydesk.output_files import check_output, write_output
from proxydesk.services.base import Service, mapping
from proxydesk.storage.models import Appointment, Case, Promise, Reminder

#: reminders and due times become short entries; calendar apps hide zero-length ones
ENTRY_LENGTH = timedelta(minutes=15)
ALARM_BEFORE = timedelta(minutes=15)


@dataclass(frozen=True)
class CalendarEntry:
    uid: str
    summary: str
    start: datetime
    end: datetime
    description: str = ""
    location: str = ""


class CalendarService(Service):
    def entries(self) -> list[CalendarEntry]:
        """What goes into the calendar: open reminders, open promises' due times, appointments."""
        entries: list[CalendarEntry] = []
        with self.case_file.reading() as session:
            titles = mapping(session, select(Case.id, Case.title))
            for r in session.scalars(select(Reminder).where(Reminder.done_at.is_(None))):
                due = r.snoozed_until or r.due_at
                case = titles.get(r.case_id, "") if r.case_id else ""
                entries.append(
                    CalendarEntry(f"reminder-{r.id}", r.text, due, due + ENTRY_LENGTH, case)
                )
            for p in session.scalars(
                select(Promise).where(
                    Promise.status == PromiseStatus.OPEN, Promise.due_at.is_not(None)
                )
            ):
                assert p.due_at is not None
                entries.append(
                    CalendarEntry(
                        f"promise-{p.id}",
                        f"Due: {p.text}",
                        p.due_at,
                        p.due_at + ENTRY_LENGTH,
                        titles.get(p.case_id, ""),
                    )
                )
            for a in session.scalars(select(Appointment)):
                entries.append(
                    CalendarEntry(
                        f"appointment-{a.id}",
                        a.title,
                        a.starts_at,
                        a.ends_at or a.starts_at + timedelta(hours=1),
                        titles.get(a.case_id, ""),
                        a.location,
                    )
                )
        return entries

    def export(self, target: Path) -> int:
        """Write the .ics file atomically; returns how many entries it holds."""
        check_output(target)  # refused before the work, never over a case file
        # loaded only for an export: icalendar takes a noticeable part of the app's start
        from icalendar import Alarm, Calendar, Event

        file_id = self.case_file.setting("file_id", "proxydesk")
        calendar = Calendar()
        calendar.add("prodid", f"-//ProxyDesk//{__version__}//EN")
        calendar.add("version", "2.0")
        calendar.add("x-wr-calname", "ProxyDesk")
        stamp = self.clock()
        entries = self.entries()
        for item in entries:
            entry = Event()
            # stable across exports, so a calendar app updates instead of duplicating
            entry.add("uid", f"{item.uid}-{file_id}@proxydesk")
            entry.add("dtstamp", stamp)
            entry.add("dtstart", item.start)
            entry.add("dtend", item.end)
            entry.add("summary", item.summary)
            if item.description:
                entry.add("description", item.description)
            if item.location:
                entry.add("location", item.location)
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", item.summary)
            alarm.add("trigger", -ALARM_BEFORE)
            entry.add_component(alarm)
            calendar.add_component(entry)
        write_output(target, calendar.to_ical())
        return len(entries)
