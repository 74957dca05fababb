"""The quarantine: mail that could not be read, with the reason, and its raw bytes to save."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from proxydesk.errors import ProxyDeskError
from proxydesk.mail.filenames import safe_filename
from proxydesk.mail.messages import MailService
from proxydesk.output_files import write_output
from proxydesk.ui.formatting import TimeFormat
from proxydesk.ui.mail.error_words import MailErrorWords
from proxydesk.ui.mail.mail_detail import AskSavePath
from proxydesk.ui.mail.quarantine_model import QuarantineModel
from proxydesk.ui.widgets.labels import plain_label
from proxydesk.ui.widgets.row_table import row_table


class QuarantineDialog(QDialog):
    """Nothing is lost: a message ProxyDesk cannot read is kept as it came, and can be saved."""

    def __init__(
        self,
        messages: MailService,
        *,
        time_format: TimeFormat | None = None,
        ask_save_path: AskSavePath | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Quarantine"))
        self._messages = messages
        self._errors = MailErrorWords(self)
        self.ask_save_path = ask_save_path if ask_save_path is not None else self._ask_path
        self.model = QuarantineModel(messages, time_format=time_format, parent=self)
        self.intro = plain_label(
            self.tr(
                "These messages could not be read. They are kept exactly as they came; save one "
                "as a file (.eml) to open it in another mail program."
            )
        )
        self.intro.setWordWrap(True)
        self.table = row_table(self.model, self.tr("Quarantined messages"))
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(
            QuarantineModel.COLUMN_REASON, QHeaderView.ResizeMode.Stretch
        )
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.message = plain_label()
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save raw message…"))
        self.save_button.clicked.connect(self.save_selected)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(820, 420)
        self.reload()

    def reload(self) -> None:
        self.model.reload()
        if self.model.rowCount() == 0:
            self.intro.setText(self.tr("The quarantine is empty: every message could be read."))
        self._selection_changed()

    def select(self, row: int) -> None:
        self.table.selectRow(row)

    def save_selected(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.model.item(rows[0].row())
        try:
            raw = self._messages.quarantined_raw(item.id)
        except Exception as exc:  # a stored blob gone missing is told, not raised
            self.message.setText(self._errors.paragraph(exc))
            return None
        chosen = self.ask_save_path(
            safe_filename(f"quarantined-{item.folder}-{item.uid}.eml", "quarantined.eml")
        )
        if not chosen:
            return None
        path = Path(chosen)
        try:
            write_output(path, raw)  # never over the case file or anything but a plain file
        except ProxyDeskError as exc:
            self.message.setText(self.tr("The file could not be saved: {error}").format(error=exc))
            return None
        self.message.setText(self.tr("Saved {path}").format(path=path))
        return path

    def _selection_changed(self, *_: object) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.save_button.setEnabled(bool(rows) and self.model.item(rows[0].row()).has_raw)

    def _ask_path(self, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save raw message"), str(Path.home() / suggested)
        )
        return path or None
