"""The call logger: a window beside the main one while the call runs, saved as it is typed."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from proxydesk.changes import Changes, Kind
from proxydesk.errors import NotFound
from proxydesk.services.calls import (
    CallContent,
    CallDraftService,
    CallDraftView,
    CallNote,
    CallState,
    FinishedCall,
    PendingPromise,
)
from proxydesk.ui.call_logger.end_dialog import EndCallDialog
from proxydesk.ui.call_logger.notes_model import CallNotesModel, notes_table
from proxydesk.ui.call_logger.promise_form import PromiseForm
from proxydesk.ui.call_logger.states import STATE_KEYS, clock_text, state_button
from proxydesk.ui.formatting import TimeFormat
from proxydesk.ui.host import Write
from proxydesk.ui.operations import show_failure
from proxydesk.ui.runner import Task
from proxydesk.ui.widgets.labels import number_font, plain_label, section_label
from proxydesk.views import ChannelView

#: a pause this long in typing saves the draft; typing on, it is saved at least this often
SAVE_IDLE_MS = 400
SAVE_AT_LEAST_MS = 2000
TICK_MS = 1000
TIMER_SCALE = 3.0
WINDOW_SIZE = (640, 700)
#: what a finished call changes in its case: a new entry, maybe promises
CALL_KINDS = (Kind.TIMELINE, Kind.PROMISES, Kind.CASES)


class CallLoggerWindow(QWidget):
    """Number, timer, state buttons, agent and team, notes and promises, "End call"."""

    saved = Signal()
    finished = Signal(object)  # FinishedCall
    left_running = Signal(int)  # the draft's id: closed while the call still runs

    def __init__(
        self,
        *,
        calls: CallDraftService,
        write: Write,
        draft: CallDraftView,
        hotlines: list[ChannelView],
        organization: str,
        time_format: TimeFormat | None = None,
        parent: QWidget | None = None,
    ) -> None:
        # a tool window stays above the main window and closes with it
        super().__init__(parent, Qt.WindowType.Tool)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("call-logger")
        self._calls = calls
        self._write = write
        # times in the file's zone, as they are shown (and as the draft hands them back)
        self._clock = lambda: calls.local(calls.clock())
        self._format = time_format if time_format is not None else TimeFormat(parent=self)
        self.draft = draft
        self._done = False
        typing = [n for n in draft.content.notes if n.typing]
        self._content = replace(
            draft.content, notes=tuple(n for n in draft.content.notes if not n.typing)
        )
        self._typing_since: datetime | None = typing[-1].at if typing else None
        self.setWindowTitle(self.tr("Call — {case}").format(case=draft.case_title))

        self.case_label = section_label(
            self.tr("{case} · {organization}").format(
                case=draft.case_title, organization=organization
            )
        )
        self.case_label.setWordWrap(True)
        self.number = QComboBox()
        self.number.setEditable(True)
        self.number.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._hotlines = hotlines
        for hotline in hotlines:
            shown = f"{hotline.value} — {hotline.purpose}" if hotline.purpose else hotline.value
            self.number.addItem(shown, hotline.value)
        self.number.setEditText(draft.content.number)
        self.number.setFont(number_font(self.number.font()))
        self.started = plain_label(
            self.tr("Started {when}").format(when=self._format.when(draft.started_at))
        )
        self.purpose = plain_label()
        self.purpose.setEnabled(False)

        self.timer = plain_label("0:00")
        timer_font = number_font(self.timer.font())
        timer_font.setPointSizeF(timer_font.pointSizeF() * TIMER_SCALE)
        timer_font.setBold(True)
        self.timer.setFont(timer_font)
        self.timer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.totals = plain_label()
        self.totals.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.state_group = QButtonGroup(self)
        self.state_buttons: dict[CallState, QPushButton] = {}
        self.state_times: dict[CallState, QLabel] = {}
        names = {
            CallState.MENU: self.tr("Menu"),
            CallState.HOLD: self.tr("On hold"),
            CallState.TALKING: self.tr("Talking"),
            CallState.TRANSFERRED: self.tr("Transferred"),
        }
        states = QGridLayout()
        for column, state in enumerate(CallState):
            button = state_button(state, names[state])
            self.state_group.addButton(button)
            button.clicked.connect(lambda _=False, s=state: self.switch(s))
            shortcut = QShortcut(QKeySequence(STATE_KEYS[state]), self)
            shortcut.activated.connect(lambda s=state: self.switch(s))
            spent = plain_label("0:00")
            spent.setAlignment(Qt.AlignmentFlag.AlignCenter)
            spent.setFont(number_font(spent.font()))
            self.state_buttons[state] = button
            self.state_times[state] = spent
            states.addWidget(button, 0, column)
            states.addWidget(spent, 1, column)

        self.agent = QLineEdit(draft.content.agent)
        self.agent.setPlaceholderText(self.tr("the name they gave"))
        self.team = QLineEdit(draft.content.team)
        self.team.setPlaceholderText(self.tr("e.g. orders, email"))
        people = QFormLayout()
        people.addRow(self.tr("&Agent"), self.agent)
        people.addRow(self.tr("T&eam"), self.team)

        self.notes_model = CallNotesModel(time_format=self._format, parent=self)
        self.notes = notes_table(self.notes_model)

        self.promise_form = PromiseForm(clock=self._clock, tz=calls.tz)
        self.promise_form.hide()
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("A note — Enter adds it with the time"))
        self.note.setText(typing[-1].text if typing else "")
        self.promise_button = QPushButton(self.tr("&Promise… (Ctrl+P)"))
        self.promise_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.end_button = QPushButton(self.tr("End call (Ctrl+Enter)"))
        self.end_button.setObjectName("end-call")
        self.end_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        bottom = QHBoxLayout()
        bottom.addWidget(self.promise_button)
        bottom.addStretch(1)
        bottom.addWidget(self.end_button)

        top = QHBoxLayout()
        top.addWidget(self.number, 1)
        top.addWidget(self.started)
        layout = QVBoxLayout(self)
        layout.addWidget(self.case_label)
        layout.addLayout(top)
        layout.addWidget(self.purpose)
        layout.addWidget(self.timer)
        layout.addWidget(self.totals)
        layout.addLayout(states)
        layout.addLayout(people)
        layout.addWidget(section_label(self.tr("Notes")))
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.promise_form)
        layout.addWidget(self.note)
        layout.addLayout(bottom)
        self.resize(*WINDOW_SIZE)

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_IDLE_MS)
        self._save_timer.timeout.connect(self.save_now)
        self._unsaved = QElapsedTimer()
        self._tick_timer = QTimer(self)
        self._tick_timer.setInterval(TICK_MS)
        self._tick_timer.timeout.connect(self.tick)
        self._tick_timer.start()
        self.dialog: EndCallDialog | QMessageBox | None = None

        self.number.currentIndexChanged.connect(self._hotline_chosen)
        self.number.editTextChanged.connect(self._typed)
        self.number.editTextChanged.connect(self._show_purpose)
        self.agent.textEdited.connect(self._typed)
        self.team.textEdited.connect(self._typed)
        for line in (self.agent, self.team, self.number.lineEdit()):
            if line is not None:
                line.returnPressed.connect(self.note.setFocus)
        self.note.textEdited.connect(self._note_typed)
        self.note.returnPressed.connect(self.add_note)
        self.promise_button.clicked.connect(self.open_promise_form)
        self.promise_form.submitted.connect(self.add_promise)
        self.promise_form.cancelled.connect(self.close_promise_form)
        self.end_button.clicked.connect(self.end_call)
        for keys, slot in (("Ctrl+P", self.open_promise_form), ("Ctrl+Return", self.end_call)):
            QShortcut(QKeySequence(keys), self).activated.connect(slot)
        QShortcut(QKeySequence("Ctrl+Enter"), self).activated.connect(self.end_call)

        self.notes_model.set_content(self._content)
        self._show_purpose()
        self._show_state()
        self.tick()
        (self.note if self.number.currentText().strip() else self.number).setFocus()

    # -- what the call holds -------------------------------------------------------------

    def content(self) -> CallContent:
        """Everything as shown, the note being typed included."""
        notes = self._content.notes
        text = self.note.text()
        if text.strip():
            at = self._typing_since or self._clock()
            notes = (*notes, CallNote(at, text, typing=True))
        return replace(
            self._content,
            number=self.number.currentText().strip(),
            agent=self.agent.text().strip(),
            team=self.team.text().strip(),
            notes=notes,
        )

    def switch(self, state: CallState) -> None:
        """The call is now in the menu, on hold, talking or being transferred."""
        self._content = self._content.switched(state, self._clock())
        self._show_state()
        self.save_now()
        self.tick()
        if state is CallState.TALKING and not self.agent.text().strip():
            self.agent.setFocus()

    def add_note(self) -> None:
        text = self.note.text().strip()
        if not text:
            return
        at = self._typing_since or self._clock()
        self._content = replace(self._content, notes=(*self._content.notes, CallNote(at, text)))
        self.note.clear()
        self._typing_since = None
        self.notes_model.set_content(self._content)
        self.save_now()

    def open_promise_form(self) -> None:
        self.promise_form.show()
        self.promise_form.start()

    def close_promise_form(self) -> None:
        self.promise_form.hide()
        self.note.setFocus()

    def add_promise(self, promise: PendingPromise) -> None:
        self._content = replace(self._content, promises=(*self._content.promises, promise))
        self.notes_model.set_content(self._content)
        self.close_promise_form()
        self.save_now()

    # -- saving --------------------------------------------------------------------------

    def _typed(self, *_: object) -> None:
        if not self._unsaved.isValid():
            self._unsaved.start()
        if self._unsaved.elapsed() >= SAVE_AT_LEAST_MS:
            self.save_now()
        else:
            self._save_timer.start()

    def _note_typed(self, text: str) -> None:
        if text.strip() and self._typing_since is None:
            self._typing_since = self._clock()
        elif not text.strip():
            self._typing_since = None
        self._typed()

    def _hotline_chosen(self, index: int) -> None:
        if 0 <= index < len(self._hotlines):
            # the purpose is for choosing; the number alone is what was dialed
            self.number.setEditText(self._hotlines[index].value)

    def _show_purpose(self) -> None:
        number = self.number.currentText().strip()
        purposes = [h.purpose for h in self._hotlines if h.value == number and h.purpose]
        self.purpose.setText(purposes[0] if purposes else "")
        self.purpose.setVisible(bool(purposes))

    def save_now(self) -> None:
        """Write the draft as it stands (the call is kept even if the app dies next)."""
        self._save_timer.stop()
        self._unsaved.invalidate()
        if not self._done:
            # on the writer lane too: a mail sync writing a batch never holds up the typing
            self._write(
                self._calls.update,
                self.draft.id,
                self.content(),
                on_done=self._saved,
                on_failed=self._not_saved,
                tell_failure=False,
                name="keep the call as typed",
            )

    def _saved(self, draft: CallDraftView) -> None:
        self.draft = draft
        self.saved.emit()

    def _not_saved(self, error: BaseException) -> None:
        told = isinstance(self.dialog, QMessageBox) and self.dialog.isVisible()
        if not isinstance(error, NotFound) and not told:  # not found: finished elsewhere
            self.dialog = show_failure(self, error)

    # -- time ----------------------------------------------------------------------------

    def tick(self) -> None:
        """The timer and the time per state, computed from the timestamps, never counted."""
        now = self._clock()
        self.timer.setText(clock_text((now - self.draft.started_at).total_seconds()))
        for state, label in self.state_times.items():
            label.setText(clock_text(self._content.seconds_in(state, now)))
        hold = clock_text(self._content.seconds_in(CallState.HOLD, now))
        transfers = self._content.transfers
        self.totals.setText(
            self.tr("On hold {hold} · %n transfer(s)", "", transfers).format(hold=hold)
        )

    def _show_state(self) -> None:
        current = self._content.state
        for state, button in self.state_buttons.items():
            button.setChecked(state is current)

    # -- ending --------------------------------------------------------------------------

    def end_call(self) -> None:
        """Ask how the call ended; saving it writes the event and its promises."""
        self.save_now()
        now = self._clock()
        seconds = (now - self.draft.started_at).total_seconds()
        promises = len(self._content.promises)
        summary = self.tr(
            "{total} on the phone, {hold} on hold, %n promise(s) noted.", "", promises
        )
        dialog = EndCallDialog(
            summary=summary.format(
                total=clock_text(seconds),
                hold=clock_text(self._content.seconds_in(CallState.HOLD, now)),
            ),
            promised=promises > 0,
            now=now,
            started=self.draft.started_at,
            tz=self._calls.tz,
            parent=self,
        )
        dialog.write_on_accept(lambda: self._finish(dialog))
        self.dialog = dialog
        dialog.open()

    def _finish(self, dialog: EndCallDialog) -> Task:
        """Saved on the window's write path; the logger is busy until it is written."""
        self.save_now()
        return self._write(
            self._calls.finish,
            self.draft.id,
            dialog.outcome(),
            ended_at=dialog.ended_at(),
            changes=lambda done: Changes.of(*CALL_KINDS, cases=[done.case_id]),
            on_done=self._finished,
            busy=self,
            name="finish a call",
        )

    def _finished(self, finished: FinishedCall) -> None:
        self._done = True
        self.finished.emit(finished)
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing keeps the call: it stays a draft, offered back when asked or at the start."""
        if not self._done:
            self.save_now()
            self._tick_timer.stop()
            self.left_running.emit(self.draft.id)
        super().closeEvent(event)
