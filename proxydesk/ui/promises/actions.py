"""What can be done with a promise, from the list or from its history: one place for each."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from proxydesk.changes import Changes, Kind
from proxydesk.domain import PromiseStatus
from proxydesk.errors import ProxyDeskError
from proxydesk.services.cases import CaseService
from proxydesk.services.promises import PromiseService
from proxydesk.services.reminders import ReminderService
from proxydesk.ui.formatting import TimeFormat
from proxydesk.ui.host import Write
from proxydesk.ui.operations import show_failure
from proxydesk.ui.promises.dialogs import LinkDialog, ResolveDialog, SideBySideDialog
from proxydesk.ui.reminders.dialogs import ReminderDialog, add_reminder
from proxydesk.ui.reminders.times import MORNING, at_day
from proxydesk.ui.runner import Task
from proxydesk.views import ContradictionView, PromiseHistory

Pair = tuple[ContradictionView, PromiseHistory, PromiseHistory]


class PromiseActions(QObject):
    """Mark kept / broken / false, link two statements, see them side by side, remind me.

    Each opens its dialog without blocking (kept as ``dialog`` for tests) and, when it is
    accepted, writes through the window's one write path (off the GUI thread).
    """

    def __init__(
        self,
        *,
        promises: PromiseService,
        reminders: ReminderService,
        cases: CaseService,
        write: Write,
        tell: Callable[[Changes], None],
        time_format: TimeFormat,
        parent_widget: QWidget,
    ) -> None:
        super().__init__(parent_widget)
        self._promises = promises
        self._reminders = reminders
        self._cases = cases
        self._write = write
        self._tell = tell
        self._format = time_format
        self._widget = parent_widget
        self.dialog: QDialog | QMessageBox | None = None

    @property
    def tz(self) -> tzinfo:
        return self._promises.tz

    def _open(self, dialog: QDialog) -> None:
        previous = self.dialog
        if previous is not None and not previous.isVisible():
            previous.deleteLater()  # done with; the window would keep every one otherwise
        self.dialog = dialog
        dialog.open()

    def _failed(self, error: BaseException) -> None:
        self.dialog = show_failure(self._widget, error)

    # -- how it turned out ---------------------------------------------------------------

    def resolve(self, promise_id: int, status: PromiseStatus | str) -> None:
        try:
            promise = self._promises.promise(promise_id)
            events = self._promises.events_after(promise_id)
        except ProxyDeskError as error:
            self._failed(error)
            return
        dialog = ResolveDialog(
            promise,
            events,
            PromiseStatus(status),
            time_format=self._format,
            parent=self._widget,
        )
        dialog.write_on_accept(lambda: self._resolved(dialog))
        self._open(dialog)

    def _resolved(self, dialog: ResolveDialog) -> Task | None:
        promise, note = dialog.promise, dialog.note.text().strip()
        changes = Changes.of(Kind.PROMISES, Kind.TIMELINE, Kind.CASES, cases=[promise.case_id])
        # the service records the undo step: Edit → Undo takes it back
        return self._write(
            self._promises.resolve,
            promise.id,
            dialog.status(),
            event_id=dialog.event_id(),
            note=note,
            changes=changes,
            busy=dialog,
            name="resolve a promise",
        )

    # -- contradictions ------------------------------------------------------------------

    def link(self, first_id: int, second_id: int) -> None:
        try:
            first = self._promises.promise(first_id)
            second = self._promises.promise(second_id)
        except ProxyDeskError as error:
            self._failed(error)
            return
        dialog = LinkDialog(first, second, time_format=self._format, parent=self._widget)
        dialog.write_on_accept(lambda: self._linked(dialog))
        self._open(dialog)

    def _linked(self, dialog: LinkDialog) -> Task:
        first, second = dialog.first, dialog.second
        return self._write(
            self._promises.link_contradiction,
            first.id,
            second.id,
            dialog.note.text().strip(),
            changes=Changes.of(Kind.PROMISES, cases={first.case_id, second.case_id}),
            on_done=lambda link: self.side_by_side(first.id, link.id),
            busy=dialog,
            name="link a contradiction",
        )

    def side_by_side(self, promise_id: int, link_id: int | None = None) -> None:
        """The promise's contradictions, the chosen one (or the first) shown."""
        try:
            links = self._promises.history(promise_id).contradictions
            pairs = self._pairs(links)
        except ProxyDeskError as error:
            self._failed(error)
            return
        if not pairs:
            return
        dialog = SideBySideDialog(pairs, time_format=self._format, parent=self._widget)
        if link_id is not None:
            dialog.choose(link_id)
        self._open(dialog)

    def all_side_by_side(self, case_id: int | None) -> None:
        """Every contradiction of a case (None: of every case), one pair at a time."""
        pairs = self._pairs(self._promises.contradictions(case_id))
        if pairs:
            self._open(SideBySideDialog(pairs, time_format=self._format, parent=self._widget))

    def _pairs(self, links: list[ContradictionView]) -> list[Pair]:
        return [
            (link, self._promises.history(link.first.id), self._promises.history(link.second.id))
            for link in links
        ]

    # -- reminders -----------------------------------------------------------------------

    def remind(self, promise_id: int, now: datetime) -> None:
        """A reminder at the promise's due time (or tomorrow morning when it has none)."""
        try:
            promise = self._promises.promise(promise_id)
        except ProxyDeskError as error:
            self._failed(error)
            return
        due = promise.due_at if promise.due_at and promise.due_at > now else None
        dialog = ReminderDialog(
            text=self.tr("Due: {text}").format(text=promise.text),
            due=due or at_day(now, self.tz, 1, MORNING),
            tz=self.tz,
            cases=self._cases.cases(),
            case_id=promise.case_id,
            parent=self._widget,
        )
        dialog.write_on_accept(lambda: self._remind(dialog, promise_id))
        self._open(dialog)

    def _remind(self, dialog: ReminderDialog, promise_id: int) -> Task:
        return add_reminder(dialog, self._reminders, self._write, promise=promise_id, busy=dialog)
