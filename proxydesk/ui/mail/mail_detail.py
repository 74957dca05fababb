"""The right pane for a mail: headers, receipt, the safe viewer, the files, and actions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from proxydesk.errors import ProxyDeskError
from proxydesk.mail.attachments import MailContent, PrivateFolder, load_mail
from proxydesk.mail.filenames import safe_filename
from proxydesk.mail.messages import MailService
from proxydesk.output_files import write_output
from proxydesk.ui.formatting import TimeFormat
from proxydesk.ui.mail.attachments_model import AttachmentsModel
from proxydesk.ui.mail.error_words import MailErrorWords
from proxydesk.ui.mail.viewer import AskLink, OpenUrl, SafeMailBrowser
from proxydesk.ui.runner import Runner, Task
from proxydesk.ui.widgets.labels import plain_label, section_label
from proxydesk.views import TimelineEntry

#: the list of attached files shows this many at most; more scroll
FILE_ROWS = 4
#: asked for a path to save to: (suggested file name) -> path, or None when cancelled
AskSavePath = Callable[[str], str | None]


class MailDetail(QWidget):
    """A mail's own part of the right pane, below the entry's kind, subject, time and promises:
    addresses, read receipt, the safe viewer, the files, Move and Save. The mail is read
    through the runner's writer lane (the first read of a body may write it to the file)."""

    #: the mail id the user wants filed into another case
    move_requested = Signal(int)
    #: the mail finished loading (for tests and the status bar)
    loaded = Signal(object)

    def __init__(
        self,
        messages: MailService,
        runner: Runner,
        *,
        time_format: TimeFormat | None = None,
        ask_link: AskLink | None = None,
        open_url: OpenUrl = QDesktopServices.openUrl,
        ask_save_path: AskSavePath | None = None,
        private_folder: PrivateFolder | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._messages = messages
        self._runner = runner
        self._errors = MailErrorWords(self)
        self._format = time_format if time_format is not None else TimeFormat(parent=self)
        self.open_url = open_url
        self.ask_save_path = ask_save_path if ask_save_path is not None else self._ask_path
        self._folder = private_folder if private_folder is not None else PrivateFolder()
        self.destroyed.connect(self._folder.remove)
        self.entry: TimelineEntry | None = None
        self.content: MailContent | None = None
        self._loading: Task | None = None

        self.from_label = plain_label()
        self.recipients = plain_label()
        self.copies = plain_label()
        self.receipt = plain_label()
        self.folders = plain_label()
        self.repaired = plain_label()
        for label in (self.from_label, self.recipients, self.copies, self.repaired):
            label.setWordWrap(True)
        self.facts = QFormLayout()
        self.facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.facts.addRow(self.tr("From"), self.from_label)
        self.facts.addRow(self.tr("To"), self.recipients)
        self.facts.addRow(self.tr("Cc"), self.copies)
        self.facts.addRow(self.tr("Read receipt"), self.receipt)
        self.facts.addRow(self.tr("Folders"), self.folders)
        self.facts.addRow(self.tr("Note"), self.repaired)

        self.plain_text = QCheckBox(self.tr("Show as plain text"))
        self.plain_text.toggled.connect(self._show_body)
        self.move_button = QPushButton(self.tr("Move to case…"))
        self.move_button.clicked.connect(self._move_clicked)
        self.save_original = QPushButton(self.tr("Save original…"))
        self.save_original.setToolTip(
            self.tr("Save the mail byte for byte as it arrived (.eml), e.g. as evidence")
        )
        self.save_original.clicked.connect(self._save_original)
        actions = QHBoxLayout()
        actions.addWidget(self.plain_text)
        actions.addStretch(1)
        actions.addWidget(self.save_original)
        actions.addWidget(self.move_button)

        self.browser = SafeMailBrowser(ask_link=ask_link, open_url=open_url)
        self.browser.setAccessibleName(self.tr("Mail text"))
        self.attachments_model = AttachmentsModel(self)
        self.attachments = QListView()
        self.attachments.setAccessibleName(self.tr("Attachments"))
        self.attachments.setModel(self.attachments_model)
        self.attachments.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attachments.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.attachments.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        frame = 2 * self.attachments.frameWidth()
        self.attachments.setMaximumHeight(self.fontMetrics().lineSpacing() * FILE_ROWS + frame + 8)
        self.attachments.activated.connect(lambda index: self.open_attachment(index.row()))
        self.attachments.selectionModel().selectionChanged.connect(self._attachment_chosen)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self._open_selected)
        self.save_button = QPushButton(self.tr("Save as…"))
        self.save_button.clicked.connect(self._save_selected)
        files_buttons = QHBoxLayout()
        files_buttons.addStretch(1)
        files_buttons.addWidget(self.open_button)
        files_buttons.addWidget(self.save_button)
        self.files = QWidget()
        files_layout = QVBoxLayout(self.files)
        files_layout.setContentsMargins(0, 0, 0, 0)
        files_layout.addWidget(section_label(self.tr("Attached files")))
        files_layout.addWidget(self.attachments, 1)
        files_layout.addLayout(files_buttons)
        self.body_and_files = QSplitter(Qt.Orientation.Vertical)
        self.body_and_files.addWidget(self.browser)
        self.body_and_files.addWidget(self.files)
        self.body_and_files.setStretchFactor(0, 4)
        self.body_and_files.setStretchFactor(1, 1)
        self.body_and_files.setChildrenCollapsible(False)

        self.status = plain_label()
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.facts)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(self.body_and_files, 1)

    # -- showing ---------------------------------------------------------------------------

    def accepts(self, entry: TimelineEntry) -> bool:
        """A timeline entry this view shows: one made from a stored mail."""
        return entry.mail_id is not None

    def show_entry(self, entry: TimelineEntry) -> None:
        """Show what the timeline knows at once, then the mail itself when it is read."""
        assert entry.mail_id is not None
        self.entry = entry
        self.content = None
        self.from_label.setText(entry.contact or "")
        for label in (self.recipients, self.copies, self.folders, self.repaired):
            label.setText("")
        self._show_receipt(entry.receipt, entry.read_at)
        self._show_rows(
            sender=bool(entry.contact), to=False, cc=False, folders=False, repaired=False
        )
        self.browser.show_text("")
        self.attachments_model.set_parts([])
        self.files.setVisible(False)
        self._set_status(self.tr("Reading the mail…"))
        self._enable(False)
        self._load(entry.mail_id)

    def _load(self, mail_id: int) -> None:
        if self._loading is not None and self._loading.running:
            self._loading.cancel()  # its answer is ignored; the newest choice wins
        self._loading = self._runner.write(
            load_mail,
            self._messages,
            mail_id,
            on_done=lambda content: self._loaded(mail_id, content),
            on_error=lambda error: self._failed(mail_id, error),
            name="load mail",
        )

    def _loaded(self, mail_id: int, content: MailContent) -> None:
        if self.entry is None or self.entry.mail_id != mail_id:
            return
        self.content = content
        view = content.view
        sender = f"{view.from_name} <{view.from_address}>" if view.from_name else view.from_address
        self.from_label.setText(sender or view.from_name)
        self.recipients.setText(", ".join(view.to))
        self.copies.setText(", ".join(view.cc))
        notes = list(view.repaired)
        if not view.date_from_header:
            notes.insert(
                0, self.tr("the mail carries no usable date; the time shown is when it arrived")
            )
        self._show_receipt(
            "read" if view.read_at else "requested" if view.receipt_requested else None,
            view.read_at,
        )
        self.folders.setText(", ".join(view.folders))
        self.repaired.setText("; ".join(notes))
        self._show_rows(
            sender=True,
            to=bool(view.to),
            cc=bool(view.cc),
            folders=bool(view.folders),
            repaired=bool(notes),
        )
        self.plain_text.setEnabled(view.html is not None)
        self._show_body()
        self.attachments_model.set_parts(content.attachments)
        self.files.setVisible(bool(content.attachments))
        if content.attachments:
            self.attachments.setCurrentIndex(self.attachments_model.index(0, 0))
        self._attachment_chosen()
        self._set_status("")
        self._enable(True)
        self.loaded.emit(content)

    def _failed(self, mail_id: int, error: BaseException) -> None:
        if self.entry is None or self.entry.mail_id != mail_id:
            return
        self._set_status(self._errors.paragraph(error))

    def _show_body(self) -> None:
        if self.content is None:
            return
        view = self.content.view
        if view.html is not None and not self.plain_text.isChecked():
            self.browser.show_html(view.html, self.content.inline_images)
        else:
            self.browser.show_text(view.text)

    def _show_receipt(self, receipt: str | None, read_at: Any) -> None:
        if receipt == "read" and read_at is not None:
            self.receipt.setText(self.tr("read at {when}").format(when=self._format.when(read_at)))
        elif receipt == "requested":
            self.receipt.setText(self.tr("receipt requested, none received"))
        else:
            self.receipt.setText("")
        self.facts.setRowVisible(self.receipt, bool(receipt))

    def _show_rows(
        self, *, sender: bool, to: bool, cc: bool, folders: bool, repaired: bool
    ) -> None:
        self.facts.setRowVisible(self.from_label, sender)
        self.facts.setRowVisible(self.recipients, to)
        self.facts.setRowVisible(self.copies, cc)
        self.facts.setRowVisible(self.folders, folders)
        self.facts.setRowVisible(self.repaired, repaired)

    def _set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _enable(self, loaded: bool) -> None:
        self.move_button.setEnabled(loaded)
        self.save_original.setEnabled(loaded)
        self.plain_text.setEnabled(
            loaded and self.content is not None and self.content.view.html is not None
        )

    # -- files -----------------------------------------------------------------------------

    def _selected_row(self) -> int | None:
        rows = self.attachments.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _attachment_chosen(self, *_: object) -> None:
        row = self._selected_row()
        part = self.attachments_model.part(row) if row is not None else None
        self.open_button.setEnabled(part is not None and not part.is_program)
        self.save_button.setEnabled(part is not None)

    def _open_selected(self) -> None:
        row = self._selected_row()
        if row is not None:
            self.open_attachment(row)

    def _save_selected(self) -> None:
        row = self._selected_row()
        if row is not None:
            self.save_attachment(row)

    def open_attachment(self, row: int) -> Path | None:
        """Write the file to a private folder and hand it to the system's viewer."""
        part = self.attachments_model.part(row)
        if part.is_program:
            self._set_status(
                self.tr(
                    "{name} is a program; ProxyDesk does not open programs from mail. Save it "
                    "if you need it, and have it checked first."
                ).format(name=part.filename)
            )
            return None
        try:
            path = self._folder.write(part.filename, part.data)
        except OSError as exc:
            self._set_status(self.tr("The file could not be written: {error}").format(error=exc))
            return None
        self.open_url(QUrl.fromLocalFile(str(path)))
        return path

    def save_attachment(self, row: int) -> Path | None:
        part = self.attachments_model.part(row)
        return self._save(part.filename, part.data)

    def _save_original(self) -> None:
        if self.content is None:
            return
        mail_id = self.content.view.id
        try:
            raw = self._messages.raw(mail_id)
        except Exception as exc:  # a read of one blob; the error is shown in words
            self._set_status(self._errors.paragraph(exc))
            return
        subject = self.content.view.subject or "mail"
        self._save(f"{subject[:60]}.eml", raw)

    def _save(self, name: str, data: bytes) -> Path | None:
        chosen = self.ask_save_path(safe_filename(name, "attachment.bin"))
        if not chosen:
            return None
        path = Path(chosen)
        try:
            write_output(path, data)  # never over the case file or anything but a plain file
        except ProxyDeskError as exc:
            self._set_status(self.tr("The file could not be saved: {error}").format(error=exc))
            return None
        self._set_status(self.tr("Saved {path}").format(path=path))
        return path

    def _ask_path(self, suggested: str) -> str | None:
        folder = Path.home() / suggested
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"), str(folder))
        return path or None

    def _move_clicked(self) -> None:
        if self.entry is not None and self.entry.mail_id is not None:
            self.move_requested.emit(self.entry.mail_id)
