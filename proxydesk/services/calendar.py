"""Reminders, open promises' due times and appointments as an iCalendar file."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from icalendar import Alarm, Calendar, Event
from sqlalchemy import select

from proxydesk import __version__
from proxydesk.domain import PromiseStatus
from proxydesk.services.base import Service, mapping
from proxydesk.storage.models import Appointment, Case, Promise, Reminder


class CalendarService(Service):
    def export(self, target: Path) -> int:
        """Write the .ics file atomically; returns how many entries it holds."""
        file_id = self.case_file.setting("file_id", "proxydesk")
        calendar = Calendar()
        calendar.add("prodid", f"-//ProxyDesk//{__version__}//EN")
        calendar.add("version", "2.0")
        calendar.add("x-wr-calname", "ProxyDesk")
        stamp = self.clock()
        count = 0

        def add(uid: str, summary: str, start, end, description: str, alarm: bool):  # type: ignore[no-untyped-def]
            nonlocal count
            entry = Event()
            entry.add("uid", f"{uid}-{file_id}@proxydesk")
            entry.add("dtstamp", stamp)
            entry.add("dtstart", start)
            entry.add("dtend", end)
            entry.add("summary", summary)
            if description:
                entry.add("description", description)
            if alarm:
                reminder = Alarm()
                reminder.add("action", "DISPLAY")
                reminder.add("description", summary)
                reminder.add("trigger", timedelta(minutes=-15))
                entry.add_component(reminder)
            calendar.add_component(entry)
            count += 1

        with self.case_file.reading() as session:
            titles = mapping(session, select(Case.id, Case.title))
            for r in session.scalars(select(Reminder).where(Reminder.done_at.is_(None))):
                due = r.snoozed_until or r.due_at
                add(
                    f"reminder-{r.id}",
                    r.text,
                    due,
                    due + timedelta(minutes=15),
                    titles.get(r.case_id, "") if r.case_id else "",
                    True,
                )
            for p in session.scalars(
                select(Promise).where(
                    Promise.status == PromiseStatus.OPEN, Promise.due_at.is_not(None)
                )
            ):
                assert p.due_at is not None
                add(
                    f"promise-{p.id}",
                    f"Due: {p.text}",
                    p.due_at,
                    p.due_at + timedelta(minutes=15),
                    titles.get(p.case_id, ""),
                    True,
                )
            for a in session.scalars(select(Appointment)):
                add(
                    f"appointment-{a.id}",
                    a.title,
                    a.starts_at,
                    a.ends_at or a.starts_at + timedelta(hours=1),
                    titles.get(a.case_id, ""),
                    True,
                )
        partial = target.with_name(target.name + ".partial")
        partial.write_bytes(calendar.to_ical())
        partial.replace(target)
        return count
