"""PdfPreview: make a document in the chosen language and paper, show it, save, print, open it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from proxydesk.errors import ProxyDeskError
from proxydesk.forms.layout import FormOptions
from proxydesk.forms.output import (
    write_pdf,
)
from proxydesk.forms.texts import language, paper
from proxydesk.mail.attachments import PrivateFolder
from proxydesk.progress import Cancelled, Progress
from proxydesk.ui.paper.jobs import Paper, PaperJob
from proxydesk.ui.paper.page_view import ZOOM_RANGE, ZOOM_STEP, PageView
from proxydesk.ui.paper.printing import prepare_printer, print_to
from proxydesk.ui.paper.words import PaperWords
from proxydesk.ui.runner import Runner, Task

#: ``inform(parent, text)``: tell the user one plain sentence (a message box; tests record it)
Inform = Callable[[QWidget, str], Any]
#: ``ask_save_path(parent, suggested)``: where to save, or "" when the user said no
AskSavePath = Callable[[QWidget, str], str]
OpenUrl = Callable[[QUrl], Any]

DIALOG_SIZE = (900, 860)
#: room for the longest step ("Timeline: 10,000 of 10,000 entries"), in characters
STEP_CHARS = 40


class PdfPreview(QDialog):
    """Shows the pages as images; changing language or paper makes the document again."""

    #: a document is shown (the first time, or made again)
    shown = Signal()
    #: making the document was cancelled; nothing was written
    cancelled = Signal()

    def __init__(
        self,
        runner: Runner,
        job: PaperJob,
        options: FormOptions,
        *,
        title: str,
        folder: PrivateFolder,
        open_url: OpenUrl,
        inform: Inform,
        ask_save_path: AskSavePath | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._runner = runner
        self._job = job
        self._folder = folder
        self._open_url = open_url
        self._inform = inform
        self._ask_save_path = ask_save_path or self._ask_with_dialog
        self.paper: Paper | None = None
        self.task: Task | None = None
        self._texts = PaperWords(self)

        self.language_box = QComboBox()
        self.language_box.addItem(self.tr("German"), "de")
        self.language_box.addItem(self.tr("English"), "en")
        self.paper_box = QComboBox()
        self.paper_box.addItem(self.tr("A4"), "a4")
        self.paper_box.addItem(self.tr("Letter"), "letter")
        self._choose(options)
        self.language_box.currentIndexChanged.connect(self.make_document)
        self.paper_box.currentIndexChanged.connect(self.make_document)
        self.zoom_out_button = QToolButton()
        self.zoom_out_button.setText(self.tr("−"))
        self.zoom_out_button.setToolTip(self.tr("Smaller"))
        self.zoom_out_button.clicked.connect(lambda: self.zoom(1 / ZOOM_STEP))
        self.zoom_in_button = QToolButton()
        self.zoom_in_button.setText(self.tr("+"))
        self.zoom_in_button.setToolTip(self.tr("Larger"))
        self.zoom_in_button.clicked.connect(lambda: self.zoom(ZOOM_STEP))
        self.page_label = QLabel()
        options_row = QHBoxLayout()
        options_row.addWidget(QLabel(self.tr("Language:")))
        options_row.addWidget(self.language_box)
        options_row.addSpacing(12)
        options_row.addWidget(QLabel(self.tr("Paper:")))
        options_row.addWidget(self.paper_box)
        options_row.addStretch(1)
        options_row.addWidget(self.page_label)
        options_row.addSpacing(12)
        options_row.addWidget(self.zoom_out_button)
        options_row.addWidget(self.zoom_in_button)

        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.step_label = QLabel()
        self.step_label.setTextFormat(Qt.TextFormat.PlainText)
        self.step_label.setMinimumWidth(self.fontMetrics().averageCharWidth() * STEP_CHARS)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.busy = QWidget()
        busy_row = QHBoxLayout(self.busy)
        busy_row.setContentsMargins(0, 0, 0, 0)
        busy_row.addWidget(self.step_label)
        busy_row.addWidget(self.progress, 1)
        busy_row.addWidget(self.cancel_button)
        self.progress.setAccessibleName(self.tr("Progress of making the document"))

        self.pages = PageView()
        self.pages.moved.connect(self._update_page_label)
        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.hide()

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Save as…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button = self.buttons.addButton(
            self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button = self.buttons.addButton(
            self.tr("Open in viewer"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.again_button = self.buttons.addButton(
            self.tr("Make it again"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.again_button.clicked.connect(self.make_document)
        self.again_button.hide()
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_with_dialog)
        self.open_button.clicked.connect(self.open_in_viewer)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(options_row)
        layout.addWidget(self.busy)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.resize(*DIALOG_SIZE)
        self.pages.setFocus()
        self._set_busy(False)

    # -- making ------------------------------------------------------------------------------

    @property
    def options(self) -> FormOptions:
        return FormOptions(
            language(self.language_box.currentData()), paper(self.paper_box.currentData())
        )

    def make_document(self) -> Task:
        """Make the document with the chosen options on a pool thread; the last asked wins."""
        if self.task is not None:
            self.task.cancel()
        job = self._job
        self.progress.setRange(0, 0)  # busy until the first report
        self.step_label.setText(self.tr("Reading the case…"))
        self.note.hide()
        self.again_button.hide()
        task = self._runner.run(
            job.make,
            self.options,
            on_progress=self._progressed,
            cancellable=True,
            writes=job.writes,
            name="paper",
        )
        task.done.connect(lambda paper: self._made(task, paper))
        task.failed.connect(lambda error: self._failed(task, error))
        self.task = task
        self._set_busy(True)
        return task

    def cancel(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.step_label.setText(self.tr("Stopping…"))

    def _progressed(self, report: Progress) -> None:
        if self.task is None or self.task.cancelled:
            return
        self.progress.setRange(0, max(report.total, 1))
        self.progress.setValue(report.done)
        self.step_label.setText(self._texts.step(report))

    def _made(self, task: Task, made: Paper) -> None:
        if task is not self.task:
            return
        self.task = None
        self.paper = made
        self._set_busy(False)
        self.pages.show_pages(made.pages)
        notes = "\n".join(made.notes)
        self.note.setText(notes)
        self.note.setVisible(bool(notes))
        self.shown.emit()

    def _failed(self, task: Task, error: BaseException) -> None:
        if task is not self.task:
            return
        self.task = None
        self._set_busy(False)
        if self.paper is not None:
            self._choose(self.paper.options)  # the pages shown are still the old ones
        if isinstance(error, Cancelled):
            # the document lived only in memory: nothing is on disk, nothing to clean up
            if self.paper is None:
                nothing = self.tr("Cancelled. No document was made or saved.")
                self.pages.placeholder.setText(nothing)
            else:
                self.note.setText(self.tr("Cancelled. The pages shown are the ones made before."))
                self.note.show()
            self.again_button.show()
            self.cancelled.emit()
            return
        if self.paper is None:
            self.reject()  # nothing to show: say why and close
        self._inform(self.parentWidget() or self, self._texts.problem(error))

    def _choose(self, options: FormOptions) -> None:
        for box, value in ((self.language_box, options.language), (self.paper_box, options.paper)):
            box.blockSignals(True)
            box.setCurrentIndex(max(box.findData(value), 0))
            box.blockSignals(False)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        if busy and self.paper is None:
            self.pages.placeholder.setText(self.tr("Making the document…"))
        self.pages.placeholder.setVisible(self.paper is None)
        ready = not busy and self.paper is not None
        for button in (self.save_button, self.print_button, self.open_button):
            button.setEnabled(ready)

    # -- showing -----------------------------------------------------------------------------

    @property
    def page_count(self) -> int:
        return len(self.paper.pages) if self.paper is not None else 0

    def zoom(self, factor: float) -> None:
        self.pages.zoom(factor)
        self.zoom_out_button.setEnabled(self.pages.scale > ZOOM_RANGE[0])
        self.zoom_in_button.setEnabled(self.pages.scale < ZOOM_RANGE[1])

    def _update_page_label(self) -> None:
        if self.page_count:
            self.page_label.setText(
                self.tr("Page {n} of {m}").format(n=self.pages.current_page(), m=self.page_count)
            )
        else:
            self.page_label.clear()

    # -- save, print, open -------------------------------------------------------------------

    def save(self) -> Path | None:
        """Ask where, then write the PDF there (atomically); the path, or None."""
        if self.paper is None:
            return None
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen = self._ask_save_path(self, str(Path(folder) / self.paper.file_name))
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            write_pdf(target, self.paper.data)
        except ProxyDeskError as exc:
            self._inform(self, str(exc))
            return None
        self.note.setText(self.tr("Saved as {path}").format(path=target))
        self.note.show()
        return target

    def _ask_with_dialog(self, parent: QWidget, suggested: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            parent, self.tr("Save the PDF"), suggested, self.tr("PDF documents (*.pdf)")
        )
        return path

    def print_to(self, printer: QPrinter) -> int:
        """Print the shown document on a printer already set up; the number of pages printed."""
        if self.paper is None:
            return 0
        return print_to(printer, self.paper)

    def print_with_dialog(self) -> None:
        if self.paper is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, self.paper)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.page_count)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.print_to(printer)
        except ProxyDeskError as exc:
            self._inform(self, str(exc))

    def open_in_viewer(self) -> Path | None:
        """Hand a private copy (0600, in a 0700 folder) to the system's PDF viewer."""
        if self.paper is None:
            return None
        try:
            path = self._folder.write(self.paper.file_name, self.paper.data)
        except OSError as exc:
            self._inform(self, self.tr("The PDF could not be written: {error}").format(error=exc))
            return None
        if not self._open_url(QUrl.fromLocalFile(str(path))):
            self._inform(self, self.tr("No program to show PDFs was found."))
        return path

    # -- closing -----------------------------------------------------------------------------

    def done(self, result: int) -> None:
        self._let_go()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._let_go()
        super().closeEvent(event)

    def _let_go(self) -> None:
        """Stop the work and forget it: its end must not reach a closed (deleted) dialog."""
        if self.task is not None:
            self.task.cancel()
            self.task = None
