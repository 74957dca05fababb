"""Before a fax is made: which number to send to, and whether the signed scan goes with it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from proxydesk.services.dossier import CaseRecord
from proxydesk.ui.widgets.labels import plain_label


class FaxDialog(QDialog):
    """A tiny choice: the organization's fax numbers (or one typed in), and the scan."""

    def __init__(self, record: CaseRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        organization = record.detail.organization
        self.setWindowTitle(self.tr("Fax to {name}").format(name=organization.name))
        self.number_box = QComboBox()
        self.number_box.setEditable(True)
        self.number_box.addItems(organization.channel_values("fax"))
        self.number_box.setMinimumContentsLength(24)
        line = self.number_box.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("no fax number on file — type one"))
        self.poa_box = QCheckBox(self.tr("Include the signed power of attorney"))
        has_scan = bool(record.scans)
        self.poa_box.setEnabled(has_scan)
        self.poa_box.setChecked(has_scan)
        if not has_scan:
            self.poa_box.setToolTip(
                self.tr("There is no signed scan of a valid power of attorney for this case yet.")
            )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(self.tr("Make the fax"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(plain_label(self.tr("To {name}").format(name=organization.name)))
        form.addRow(QLabel(self.tr("Fax number:")), self.number_box)
        form.addRow(self.poa_box)
        form.addRow(self.buttons)

    @property
    def to_fax(self) -> str:
        return self.number_box.currentText().strip()

    @property
    def include_poa(self) -> bool:
        return self.poa_box.isEnabled() and self.poa_box.isChecked()
