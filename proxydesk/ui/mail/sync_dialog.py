"""Syncing mail in the background: a progress bar, Cancel, then a summary per folder."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from proxydesk.mail.actions import MailServices
from proxydesk.mail.sync_accounts import SyncOutcome, SyncProgress, sync_accounts
from proxydesk.ui.mail.error_words import MailErrorWords
from proxydesk.ui.mail.sync_summary_model import SyncSummaryModel
from proxydesk.ui.runner import Runner, Task
from proxydesk.ui.widgets.colors import Tone, tone_css
from proxydesk.ui.widgets.labels import plain_label, section_label

#: the dialog's width, in characters: room for a folder's summary in one line
WIDTH_CHARS = 100


class SyncDialog(QDialog):
    """Not modal: the window stays usable while the sync runs on the parallel lane."""

    #: the sync ended (a SyncOutcome); new mail may be in the timelines
    synced = Signal(object)
    #: a progress report (SyncProgress), also for the status bar
    progressed = Signal(object)
    #: Sync was asked for with no account yet
    no_account = Signal()
    #: the user wants to see the quarantine
    quarantine_requested = Signal()

    def __init__(self, mail: MailServices, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync mail"))
        self.setModal(False)
        self._mail = mail
        self._runner = runner
        self._errors = MailErrorWords(self)
        self.task: Task | None = None
        self.outcome: SyncOutcome | None = None
        self.last_progress: SyncProgress | None = None

        self.headline = section_label("")
        self.status = plain_label()
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setTextVisible(True)
        self.summary_model = SyncSummaryModel(self)
        self.summary = QTableView()
        self.summary.setModel(self.summary_model)
        self.summary.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.summary.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.summary.verticalHeader().hide()
        self.summary.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.summary.horizontalHeader().setStretchLastSection(True)
        self.error = plain_label()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"QLabel {{ color: {tone_css(Tone.BAD)}; }}")

        self.fetch_all = QCheckBox(self.tr("Fetch all mail (not only the relevant messages)"))
        self.fetch_all.setToolTip(
            self.tr(
                "Also fetches the mail that is about none of the cases, kept outside the "
                "cases. Like 'proxydesk mail sync --all'."
            )
        )
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.quarantine_button = QPushButton(self.tr("Show quarantine…"))
        self.quarantine_button.clicked.connect(self.quarantine_requested)
        self.again_button = QPushButton(self.tr("Sync again"))
        self.again_button.clicked.connect(self.start)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.hide)
        buttons = QHBoxLayout()
        buttons.addWidget(self.quarantine_button)
        buttons.addStretch(1)
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)

        layout = self._layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(self.error)
        layout.addWidget(self.summary, 10)
        # while there is no summary the room left goes below the bar, not between the lines
        layout.addStretch(1)
        layout.addWidget(self.fetch_all)
        layout.addLayout(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * WIDTH_CHARS)
        self._show_idle()

    @property
    def running(self) -> bool:
        return self.task is not None and self.task.running

    def start(self) -> Task | None:
        """Sync every account, one after another; while one runs, just show it."""
        if self.running:
            return self.task
        names = [a.name for a in self._mail.accounts.accounts()]
        if not names:
            self.no_account.emit()
            return None
        self.outcome = None
        self.last_progress = None
        self.summary_model.set_outcome(None)
        self.headline.setText(self.tr("Syncing mail…"))
        self.status.setText(
            self.tr("Connecting to the mail server and looking for mail about the cases…")
        )
        self.bar.setRange(0, 0)  # busy until the first batch is in
        self.bar.show()
        self.error.hide()
        self.summary.hide()
        self._buttons(running=True)
        self.adjustSize()
        self.task = self._runner.run(
            sync_accounts,
            self._mail,
            names,
            import_all=self.fetch_all.isChecked(),
            on_done=self._done,
            on_error=self._failed,
            on_progress=self._progress,
            cancellable=True,
            name="mail sync",
        )
        return self.task

    def cancel(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Stopping after the messages being stored now…"))

    # -- reports ---------------------------------------------------------------------------

    def _progress(self, report: SyncProgress) -> None:
        self.last_progress = report
        if self.task is not None and self.task.cancelled:
            return
        self.bar.setRange(0, max(report.total, 1))
        self.bar.setValue(report.done)
        self.bar.setFormat(self.tr("%v of %m"))
        where = report.folder
        if report.accounts > 1:
            where = self.tr("{account}, {folder}").format(
                account=report.account, folder=report.folder
            )
        self.status.setText(
            self.tr("{where}: {done} of {total} messages stored · {rate} per second").format(
                where=where, done=report.done, total=report.total, rate=f"{report.rate:.0f}"
            )
        )
        self.progressed.emit(report)

    def _done(self, outcome: SyncOutcome) -> None:
        self.outcome = outcome
        self.bar.hide()
        self.summary_model.set_outcome(outcome)
        self.summary.setVisible(self.summary_model.rowCount() > 0)
        if self.summary.isVisibleTo(self):
            self._fit_summary()
        new = outcome.new_messages
        if outcome.cancelled:
            self.headline.setText(self.tr("The sync was stopped"))
            text = self.tr("What was fetched before is kept; the next sync goes on from there.")
        elif outcome.errors:
            self.headline.setText(self.tr("The sync did not finish"))
            text = ""
        else:
            self.headline.setText(self.tr("Mail is up to date"))
            text = ""
        counts = self.tr("%n new message(s).", "", new)
        if outcome.quarantined:
            counts += " " + self.tr(
                "%n could not be read and wait(s) in the quarantine.", "", outcome.quarantined
            )
        self.status.setText(f"{text} {counts}".strip())
        problems = [
            r for r in outcome.errors if not outcome.cancelled or r is not outcome.results[-1]
        ]
        if problems:
            paragraphs = []
            for result in problems:
                assert result.error is not None
                paragraph = self._errors.paragraph(result.error)
                if len(outcome.results) > 1:
                    paragraph = f"{result.account}: {paragraph}"
                paragraphs.append(paragraph)
            self.error.setText("\n\n".join(paragraphs))
            self.error.show()
        self._buttons(running=False)
        self.quarantine_button.setVisible(outcome.quarantined > 0)
        self.synced.emit(outcome)

    def _fit_summary(self) -> None:
        """The table as large as its rows and columns, and the dialog around it."""
        table = self.summary
        table.resizeColumnsToContents()
        frame = 2 * table.frameWidth()
        table.setFixedHeight(
            table.horizontalHeader().sizeHint().height() + table.verticalHeader().length() + frame
        )
        width = table.horizontalHeader().length() + frame
        margins = self._layout.contentsMargins()
        self.resize(
            max(self.width(), width + margins.left() + margins.right()),
            self.sizeHint().height(),
        )

    def _failed(self, error: BaseException) -> None:
        self.bar.hide()
        self.headline.setText(self.tr("The sync did not finish"))
        self.status.setText("")
        self.error.setText(self._errors.paragraph(error))
        self.error.show()
        self._buttons(running=False)
        self.synced.emit(SyncOutcome())

    def _buttons(self, *, running: bool) -> None:
        self.fetch_all.setEnabled(not running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.again_button.setVisible(not running)
        self.quarantine_button.setVisible(False)

    def _show_idle(self) -> None:
        self.headline.setText(self.tr("Sync mail"))
        self.status.setText(self.tr("Press Sync again to fetch new mail."))
        self.bar.hide()
        self.error.hide()
        self.summary.hide()
        self._buttons(running=False)
