"""The call logger in the main window: the Call menu, and unfinished calls offered back."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QMessageBox

from proxydesk.changes import Changes
from proxydesk.errors import ProxyDeskError
from proxydesk.services.calls import CallDraftView, FinishedCall
from proxydesk.ui.call_logger.states import clock_text
from proxydesk.ui.call_logger.window import CALL_KINDS, CallLoggerWindow
from proxydesk.ui.formatting import TimeFormat
from proxydesk.ui.host import Host, Menu
from proxydesk.ui.runner import Task
from proxydesk.views import ChannelView

#: how far back the case's timeline is read for the number dialed last
RECENT_ENTRIES = 100
STATUS_MS = 8000


class CallLoggerController(QObject):
    """Starts a call on the chosen case, keeps one logger open, offers unfinished calls back."""

    def __init__(self, host: Host) -> None:
        super().__init__(host.dialog_parent())
        self._host = host
        self._services = host.services
        self._format = TimeFormat(parent=self)
        self._offered = False
        self.logger: CallLoggerWindow | None = None
        self.prompt: QMessageBox | None = None
        #: the new call's draft being written (a second Start waits for it)
        self.starting: Task | None = None

        menu = host.menu(Menu.CALL, self.tr("&Call"))
        self.start_action = QAction(self.tr("&Start a call"), self)
        self.start_action.setShortcuts(
            [QKeySequence(self.tr("Ctrl+Shift+C")), QKeySequence(self.tr("Ctrl+T"))]
        )
        self.start_action.setStatusTip(
            self.tr("Log a call on the chosen case: timer, hold time, notes, promises")
        )
        self.start_action.triggered.connect(self.start_call)
        self.start_action.setEnabled(host.writable)
        menu.addAction(self.start_action)
        host.events.shown.connect(self._shown)
        host.events.closing.connect(self._closing)

    def _shown(self) -> None:
        if not self._offered:
            self._offered = True
            # once the window is on screen: the question belongs in front of it
            QTimer.singleShot(0, self, self.offer_unfinished)

    def _closing(self) -> None:
        if self.logger is not None:
            self.logger.save_now()

    # -- starting ------------------------------------------------------------------------

    def start_call(self) -> None:
        """A new call on the window's case; the running one, or an unfinished one, first."""
        if self.logger is not None:
            self._bring_up(self.logger)
            return
        if not self._host.writable or self.starting is not None:
            return
        drafts = self._drafts()
        if drafts:
            self.offer(drafts[0])
            return
        case_id = self._host.current_case_id
        if case_id is None:
            self._host.show_message(
                self.tr("Choose a case on the left first: the call is logged there."), STATUS_MS
            )
            return
        try:
            hotlines = self._hotlines(case_id)
        except ProxyDeskError as error:
            self._host.show_failure(error)
            return
        number = hotlines[0].value if hotlines else ""
        self.starting = self._host.write(
            self._services.calls.start,
            case_id,
            number,
            on_done=self.open_logger,
            name="start a call",
        )
        self.starting.finished.connect(self._started)

    def _started(self) -> None:
        self.starting = None

    def open_logger(self, draft: CallDraftView) -> CallLoggerWindow:
        """The logger on a draft, new or recovered; the timer counts from its start."""
        detail = self._services.cases.detail(draft.case_id)
        hotlines = self._hotlines(draft.case_id)
        logger = CallLoggerWindow(
            calls=self._services.calls,
            write=self._host.write,
            draft=draft,
            hotlines=hotlines,
            organization=detail.organization.name,
            time_format=self._format,
            parent=self._host.dialog_parent(),
        )
        logger.finished.connect(self._finished)
        logger.left_running.connect(self._left_running)
        logger.destroyed.connect(self._logger_gone)
        self.logger = logger
        self._bring_up(logger)
        return logger

    def _bring_up(self, logger: CallLoggerWindow) -> None:
        logger.show()
        logger.raise_()
        logger.activateWindow()

    def _hotlines(self, case_id: int) -> list[ChannelView]:
        """The organization's hotlines, the one dialed last in this case first."""
        organization = self._services.cases.detail(case_id).organization
        hotlines = [c for c in organization.channels if c.kind == "hotline"]
        recent = self._services.timeline.entries(case_id, newest_first=True, limit=RECENT_ENTRIES)
        dialed = (e for e in recent if e.kind == "call" and e.direction == "out")
        last = next((e.number_dialed for e in dialed if e.number_dialed), None)
        if last is None:
            return hotlines
        known = [h for h in hotlines if h.value == last]
        first = known[0] if known else ChannelView("hotline", last, self.tr("dialed last time"))
        return [first, *(h for h in hotlines if h is not first)]

    def _drafts(self) -> list[CallDraftView]:
        try:
            return self._services.calls.drafts()
        except ProxyDeskError:
            return []

    # -- ending --------------------------------------------------------------------------

    def _finished(self, finished: FinishedCall) -> None:
        self.logger = None
        self._host.show_timeline_entry(finished.case_id, finished.event_id)
        self._host.show_message(
            self.tr(
                "Call saved: {total}, {hold} on hold, %n promise(s).", "", len(finished.promise_ids)
            ).format(
                total=clock_text(finished.seconds),
                hold=clock_text(finished.hold_seconds),
            ),
            STATUS_MS,
        )

    def _left_running(self, _draft_id: int) -> None:
        self.logger = None  # closing: it is deleted once the event loop runs
        self._host.show_message(
            self.tr("The call is kept, notes and all. Ctrl+Shift+C goes back to it."), STATUS_MS
        )

    def _logger_gone(self) -> None:
        self.logger = None

    # -- unfinished calls ----------------------------------------------------------------

    def offer_unfinished(self) -> None:
        """At the start: a call left running (a crash, a closed window) is offered back."""
        if not self._host.dialog_parent().isVisible():
            return  # closed before it came to this
        if self.logger is not None or not self._host.writable:
            return
        drafts = self._drafts()
        if drafts:
            self.offer(drafts[0])

    def offer(self, draft: CallDraftView) -> QMessageBox:
        """Continue it, save it as it is (ending at its last save), or discard it."""
        content = draft.content
        when = self._format.when(draft.started_at)
        if content.number:
            text = self.tr("A call to {number} started {when} was not finished.").format(
                number=content.number, when=when
            )
        else:
            text = self.tr("A call started {when} was not finished.").format(when=when)
        notes = len(content.written_notes)
        details = self.tr("Case: {case}").format(case=draft.case_title)
        promises = len(content.promises)
        details += "\n" + self.tr("%n note(s) kept", "", notes)
        details += "\n" + self.tr("%n promise(s) kept", "", promises)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unfinished call"),
            text,
            parent=self._host.dialog_parent(),
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(details)
        box.setObjectName("unfinished-call")
        keep = box.addButton(self.tr("&Continue"), QMessageBox.ButtonRole.AcceptRole)
        save = box.addButton(self.tr("&Save as it is"), QMessageBox.ButtonRole.ActionRole)
        drop = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep.setObjectName("continue")
        save.setObjectName("save")
        drop.setObjectName("discard")
        box.setDefaultButton(keep)
        box.buttonClicked.connect(lambda button: self._answered(draft, button))
        self.prompt = box
        box.open()
        return box

    def _answered(self, draft: CallDraftView, button: QAbstractButton) -> None:
        self.prompt = None
        choice = button.objectName()
        calls = self._services.calls
        if choice == "continue":
            try:
                self.open_logger(calls.draft(draft.id))
            except ProxyDeskError as error:
                self._host.show_failure(error)
        elif choice == "save":
            self._host.write(
                calls.finish,
                draft.id,
                None,
                ended_at=draft.updated_at,
                changes=lambda done: Changes.of(*CALL_KINDS, cases=[done.case_id]),
                on_done=self._saved_as_it_is,
                name="save a call as it is",
            )
        elif choice == "discard":
            self._host.write(calls.discard, draft.id, on_done=self._next_offer, name="discard")

    def _saved_as_it_is(self, finished: FinishedCall) -> None:
        self._finished(finished)
        self._next_offer()

    def _next_offer(self, _result: object = None) -> None:
        """The next one, if more than one call was left running."""
        QTimer.singleShot(0, self, self.offer_unfinished)


def install_call_logger(host: Host) -> CallLoggerController:
    """The Call menu (Ctrl+Shift+C) and the offer of unfinished calls when the window shows."""
    return CallLoggerController(host)
