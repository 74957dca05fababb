"""Follow-ups: reminders made by hand or from a promise's due time, and what is due now."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from proxydesk.changes import Changes, Kind
from proxydesk.errors import InvalidInput, NotFound
from proxydesk.services.base import Service, mapping
from proxydesk.services.cases import find_case
from proxydesk.services.history import Action, Verb
from proxydesk.services.promises import PromiseService, find_promise
from proxydesk.services.row_states import RowStates, Taken, row_step
from proxydesk.storage.models import Case, Reminder
from proxydesk.views import DueList, ReminderView


def _find(session: Session, reminder_id: int) -> Reminder:
    reminder = session.get(Reminder, reminder_id)
    if reminder is None:
        raise NotFound(f"there is no reminder with id {reminder_id}")
    return reminder


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
            query = select(Reminder).order_by(Reminder.due_at, Reminder.id)
            if not include_done:
                query = query.where(Reminder.done_at.is_(None))
            return self._views(session, list(session.scalars(query)))

    def due(self) -> DueList:
        """Reminders due now (not done, not snoozed) and overdue promises without a reminder."""
        pending = [r for r in self.reminders() if r.is_due]
        reminded = {r.promise_id for r in self.reminders() if r.promise_id is not None}
        promises = PromiseService(self.case_file, self.clock).promises(only_overdue=True)
        return DueList(pending, [p for p in promises if p.id not in reminded])

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
        case_ids = {r.case_id for r in reminders if r.case_id is not None}
        titles = mapping(session, select(Case.id, Case.title).where(Case.id.in_(case_ids)))
        now = self.clock()
        return [
            ReminderView(
                id=r.id,
                due_at=self.local(r.due_at),
                text=r.text,
                case_id=r.case_id,
                case_title=titles.get(r.case_id) if r.case_id is not None else None,
                promise_id=r.promise_id,
                done=r.done_at is not None,
                snoozed_until=self.local_or_none(r.snoozed_until),
                is_due=r.done_at is None
                and r.due_at <= now
                and (r.snoozed_until is None or r.snoozed_until <= now),
            )
            for r in reminders
        ]
