"""Follow-ups: reminders made by hand or from a promise's due time, and what is due now."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from proxydesk.changes import Changes, Kind
from proxydesk.errors import InvalidInput
from proxydesk.reading.engine import driver_connection
from proxydesk.reading.reminders import ReminderReader
from proxydesk.services.base import Service, find_by_id
from proxydesk.services.cases import find_case
from proxydesk.services.history import Action, Verb
from proxydesk.services.promises import find_promise
from proxydesk.services.row_states import RowStates, Taken, row_step
from proxydesk.storage.models import Reminder
from proxydesk.views import DueList, ReminderView


def _find(session: Session, reminder_id: int) -> Reminder:
    return find_by_id(session, Reminder, reminder_id, "reminder")


class ReminderService(Service):
    def add(
        self,
        text: str,
        due: datetime,
        *,
        case: str | int | None = None,
        promise: int | None = None,
    ) -> ReminderView:
        if not text.strip():
            raise InvalidInput("the reminder needs a text")
        with self.case_file.unit_of_work() as session:
            case_id = find_case(session, case).id if case is not None else None
            if promise is not None:
                linked = find_promise(session, promise)
                case_id = case_id or linked.case_id
            reminder = Reminder(due_at=due, text=text.strip(), case_id=case_id, promise_id=promise)
            session.add(reminder)
            rows = RowStates(session)
            rows.added(reminder)
            taken = rows.taken()
            view = self._views(session, [reminder])[0]
        self._record(Verb.ADD_REMINDER, view, taken)
        return view

    def reminders(self, *, include_done: bool = False) -> list[ReminderView]:
        with self.case_file.reading() as session:
            return self._reader(session).reminders(include_done=include_done)

    def due(self) -> DueList:
        """Reminders due now (not done, not snoozed) and overdue promises without a reminder."""
        with self.case_file.reading() as session:
            return self._reader(session).due()

    def mark_done(self, reminder_id: int) -> ReminderView:
        with self.case_file.unit_of_work() as session:
            reminder = _find(session, reminder_id)
            rows = RowStates(session)
            rows.before(reminder)
            reminder.done_at = self.clock()
            taken = rows.taken()
            view = self._views(session, [reminder])[0]
        self._record(Verb.REMINDER_DONE, view, taken)
        return view

    def snooze(self, reminder_id: int, until: datetime) -> ReminderView:
        if until <= self.clock():
            raise InvalidInput("snooze until a time in the future")
        with self.case_file.unit_of_work() as session:
            reminder = _find(session, reminder_id)
            rows = RowStates(session)
            rows.before(reminder)
            reminder.snoozed_until = until
            taken = rows.taken()
            view = self._views(session, [reminder])[0]
        self._record(Verb.SNOOZE_REMINDER, view, taken)
        return view

    def _record(self, verb: Verb, view: ReminderView, taken: Taken) -> None:
        changes = Changes.of(Kind.REMINDERS, cases=[] if view.case_id is None else [view.case_id])
        action = Action(verb, view.text)
        self.undo_history.record(row_step(self.case_file, action, changes, taken))

    def _views(self, session: Session, reminders: list[Reminder]) -> list[ReminderView]:
        """These reminders as views, as the session sees them (its writes too)."""
        session.flush()
        return self._reader(session).views([r.id for r in reminders])

    def _reader(self, session: Session) -> ReminderReader:
        return ReminderReader(driver_connection(session), self.tz, self.clock)
