"""A dropped scan of a signed power of attorney: for whom, for what, how long, how far along."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from proxydesk.changes import Changes, Kind
from proxydesk.domain import PoaAct, PoaStatus
from proxydesk.progress import Cancelled, Progress
from proxydesk.services.poa import STEPS_FROM_SIGNED, PoaService
from proxydesk.services.scan_files import STAGE_CHECK, STAGE_READ, STAGE_STORE
from proxydesk.ui.documents.operations import ScanRequest, store_scan
from proxydesk.ui.documents.poa_words import ACTS, PoaWords
from proxydesk.ui.host import Write
from proxydesk.ui.mail.error_words import MailErrorWords
from proxydesk.ui.runner import Task
from proxydesk.ui.widgets.colors import Tone, tone_css
from proxydesk.ui.widgets.labels import plain_label, section_label
from proxydesk.views import OrganizationView, PowerOfAttorneyView

#: the organization box's datum for a general power of attorney (ids start at 1)
GENERAL = 0
#: what a power of attorney for a company usually allows, checked at first
DEFAULT_ACTS = (PoaAct.INFORMATION.value, PoaAct.CONTRACT_CHANGES.value)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class StoreScanDialog(QDialog):
    """Asks what the scan is; Store runs on the writer lane with its steps shown, then closes.

    Cancel while it runs stops it; the case file stays as it was and the dialog says so.
    """

    #: the power of attorney, stored with its scan
    stored = Signal(object)
    #: storing was cancelled; nothing was stored
    cancelled = Signal()

    def __init__(
        self,
        poa: PoaService,
        write: Write,
        *,
        relative_id: int,
        relative_name: str,
        path: Path,
        organizations: list[OrganizationView],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Store a signed power of attorney"))
        self._poa = poa
        self._write = write
        self._relative_id = relative_id
        self._path = path
        self._words = PoaWords(self)
        self._errors = MailErrorWords(self)
        self.task: Task | None = None
        self.result_view: PowerOfAttorneyView | None = None

        size = QLocale().formattedDataSize(path.stat().st_size) if path.exists() else ""
        intro = plain_label(
            self.tr("{file} ({size}), signed by {name}").format(
                file=path.name, size=size, name=relative_name
            )
        )
        intro.setWordWrap(True)

        self.agent = QLineEdit(poa.proxy().name)
        self.agent.setPlaceholderText(self.tr("the name written on it as the one given power"))
        self.organization = QComboBox()
        # 0 for "every organization": a None item datum would come back through a QVariant
        self.organization.addItem(self.tr("Every organization (general)"), GENERAL)
        for org in organizations:
            self.organization.addItem(org.name, org.id)
        self.act_boxes: dict[str, QCheckBox] = {}
        acts = QWidget()
        acts_layout = QVBoxLayout(acts)
        acts_layout.setContentsMargins(0, 0, 0, 0)
        for act in ACTS:
            box = QCheckBox(self._words.act(act))
            box.setChecked(act in DEFAULT_ACTS)
            box.toggled.connect(self._check)
            self.act_boxes[act] = box
            acts_layout.addWidget(box)
        self.valid_from = QDateEdit(_qdate(today))
        self.valid_from.setCalendarPopup(True)
        self.valid_until = QDateEdit(_qdate(date(today.year + 1, today.month, min(today.day, 28))))
        self.valid_until.setCalendarPopup(True)
        self.no_end = QCheckBox(self.tr("no end date"))
        self.no_end.toggled.connect(self.valid_until.setDisabled)
        until = QHBoxLayout()
        until.addWidget(self.valid_until, 1)
        until.addWidget(self.no_end)
        self.status = QComboBox()
        for status in STEPS_FROM_SIGNED:
            self.status.addItem(self._words.status(status.value), status.value)
        self.status.setCurrentIndex(self.status.findData(PoaStatus.SIGNED.value))

        form = QFormLayout()
        form.addRow(self.tr("Your name"), self.agent)
        form.addRow(self.tr("For"), self.organization)
        form.addRow(self.tr("Allows"), acts)
        form.addRow(self.tr("Valid from"), self.valid_from)
        form.addRow(self.tr("Valid until"), until)
        form.addRow(self.tr("Status"), self.status)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Progress of storing the scan"))
        self.busy.hide()
        self.step = plain_label()
        self.step.hide()
        self.error = plain_label()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"QLabel {{ color: {tone_css(Tone.BAD)}; }}")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Store"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.store)
        self.buttons.rejected.connect(self.reject)
        self.agent.textChanged.connect(self._check)

        layout = QVBoxLayout(self)
        layout.addWidget(section_label(self.tr("The scan")))
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.step)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._check()

    def choose_organization(self, organization_id: int | None) -> None:
        wanted = GENERAL if organization_id is None else organization_id
        self.organization.setCurrentIndex(max(self.organization.findData(wanted), 0))

    def set_acts(self, acts: set[str]) -> None:
        for act, box in self.act_boxes.items():
            box.setChecked(act in acts)

    def set_status(self, status: str) -> None:
        self.status.setCurrentIndex(self.status.findData(status))

    def request(self) -> ScanRequest:
        org = int(self.organization.currentData())
        return ScanRequest(
            relative_id=self._relative_id,
            organization_id=None if org == GENERAL else org,
            path=self._path,
            acts=tuple(a for a, box in self.act_boxes.items() if box.isChecked()),
            valid_from=_date(self.valid_from.date()),
            valid_until=None if self.no_end.isChecked() else _date(self.valid_until.date()),
            status=str(self.status.currentData()),
            agent_name=self.agent.text(),
        )

    def store(self) -> Task | None:
        """Store the scan on the writer lane; the dialog closes when it is in the file."""
        if self.task is not None and self.task.running:
            return None
        self._working(True)
        self.busy.setRange(0, 0)  # busy until the first step
        self.step.setText(self.tr("Waiting for the case file…"))
        self.task = self._write(
            store_scan,
            self._poa,
            self.request(),
            changes=Changes.of(Kind.POWERS, cases=None),
            on_done=self._stored,
            on_failed=self._failed,
            tell_failure=False,
            on_progress=self._progressed,
            cancellable=True,
            name="store power of attorney scan",
        )
        return self.task

    def reject(self) -> None:
        """Cancel while storing stops the storing (the dialog stays to say so); else close."""
        if self.task is not None and self.task.running:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.step.setText(self.tr("Stopping…"))
            return
        super().reject()

    def _progressed(self, report: Progress) -> None:
        if self.task is None or self.task.cancelled:
            return
        self.busy.setRange(0, max(report.total, 1))
        self.busy.setValue(report.done)
        self.step.setText(self.step_text(report))

    def step_text(self, report: Progress) -> str:
        if report.stage == STAGE_READ:
            locale = QLocale()
            return self.tr("Reading the scan: {done} of {total}").format(
                done=locale.formattedDataSize(report.done),
                total=locale.formattedDataSize(report.total),
            )
        if report.stage == STAGE_CHECK:
            return self.tr("Checking that the scan can be read…")
        if report.stage == STAGE_STORE:
            return self.tr("Storing the scan in the case file…")
        return ""

    def _stored(self, view: PowerOfAttorneyView) -> None:
        self._working(False)
        self.result_view = view
        self.stored.emit(view)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._working(False)
        if isinstance(error, Cancelled):
            self.step.setText(self.tr("Cancelled. Nothing was stored."))
            self.step.show()
            self.cancelled.emit()
            return
        self.error.setText(self._errors.paragraph(error))
        self.error.show()

    def _working(self, working: bool) -> None:
        self.busy.setVisible(working)
        self.step.setVisible(working)
        self.cancel_button.setEnabled(True)
        for widget in (self.agent, self.organization, self.valid_from, self.status, self.no_end):
            widget.setEnabled(not working)
        self.valid_until.setEnabled(not working and not self.no_end.isChecked())
        for box in self.act_boxes.values():
            box.setEnabled(not working)
        self.save_button.setEnabled(not working)
        if working:
            self.error.hide()
        else:
            self._check()

    def _check(self, *_: object) -> None:
        ready = bool(self.agent.text().strip()) and any(
            b.isChecked() for b in self.act_boxes.values()
        )
        self.save_button.setEnabled(ready and (self.task is None or not self.task.running))
