"""A relative's powers of attorney: what each allows, until when, which cases, the scan."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from proxydesk.mail.attachments import PrivateFolder
from proxydesk.services.cases import CaseService
from proxydesk.services.poa import PoaService
from proxydesk.ui.documents.powers_model import PowersOfAttorneyModel, Today
from proxydesk.ui.mail.error_words import MailErrorWords
from proxydesk.ui.mail.viewer import OpenUrl
from proxydesk.ui.widgets.labels import plain_label
from proxydesk.ui.widgets.row_table import row_table

#: asked for a scan to add: () -> path, or None when cancelled
AskScanPath = Callable[[], Path | None]


class PowersOfAttorneyDialog(QDialog):
    """The list; "Open scan" shows the signed paper, "Add a signed scan…" stores another."""

    #: the user wants to store another scan for this relative (a path)
    add_requested = Signal(object)

    def __init__(
        self,
        poa: PoaService,
        cases: CaseService,
        today: Today,
        *,
        relative_id: int,
        relative_name: str,
        open_url: OpenUrl,
        folder: PrivateFolder,
        ask_scan_path: AskScanPath | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Powers of attorney — {name}").format(name=relative_name))
        self._poa = poa
        self._relative_id = relative_id
        self.open_url = open_url
        self._folder = folder
        self.ask_scan_path = ask_scan_path if ask_scan_path is not None else self._ask_path
        self._errors = MailErrorWords(self)
        self.model = PowersOfAttorneyModel(poa, cases, today, self)
        self.intro = plain_label()
        self.intro.setWordWrap(True)
        self.table = row_table(self.model, self.tr("Powers of attorney"))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.open_scan())
        self.message = plain_label()
        self.message.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open scan"))
        self.open_button.clicked.connect(self.open_scan)
        self.add_button = QPushButton(self.tr("Add a signed scan…"))
        self.add_button.clicked.connect(self._add_clicked)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(900, 340)
        self.reload()

    def reload(self) -> None:
        self.model.show_relative(self._relative_id)
        if self.model.rowCount() == 0:
            self.intro.setText(
                self.tr(
                    "No power of attorney yet. Drag the scan of a signed one (PDF, PNG or JPEG) "
                    "onto the relative in the list on the left, or add it here."
                )
            )
        else:
            self.intro.setText(
                self.tr("Expired ones are shown in red, those ending within a month in brown.")
            )
        self._selection_changed()

    def select(self, row: int) -> None:
        self.table.selectRow(row)

    def open_scan(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        power = self.model.power(rows[0].row())
        if not power.has_scan:
            return None
        try:
            scan = self._poa.scan(power.id)
            path = self._folder.write(scan.filename, scan.data)
        except Exception as exc:  # a missing blob or a full disk is told in words
            self.message.setText(self._errors.paragraph(exc))
            return None
        self.open_url(QUrl.fromLocalFile(str(path)))
        return path

    def _add_clicked(self) -> None:
        path = self.ask_scan_path()
        if path is not None:
            self.add_requested.emit(path)

    def _selection_changed(self, *_: object) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.open_button.setEnabled(bool(rows) and self.model.power(rows[0].row()).has_scan)

    def _ask_path(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("The scan of the signed power of attorney"),
            str(Path.home()),
            self.tr("Scans (*.pdf *.png *.jpg *.jpeg)"),
        )
        return Path(path) if path else None
