"""The forms for a relative, an organization and an account."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from proxydesk.domain import ChannelKind
from proxydesk.errors import InvalidInput
from proxydesk.services.directory_records import (
    AccountRecord,
    Channel,
    OrganizationRecord,
    RelativeRecord,
    channel_line,
    parse_channel,
)
from proxydesk.ui.editing.form import (
    FormDialog,
    Problem,
    choose_data,
    parse_day,
    split_values,
    text_box,
)
from proxydesk.views import OrganizationView, RelativeView


@dataclass(frozen=True)
class RelativeInput:
    name: str
    born: date | None
    address: str
    phone_numbers: list[str]
    notes: str


class RelativeDialog(FormDialog):
    """Name, date of birth, address, phone numbers and notes of a relative."""

    def __init__(
        self,
        record: RelativeRecord | None,
        *,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Add a relative") if record is None else self.tr("Edit relative")
        super().__init__(title, parent)
        self._today = today
        self.name = QLineEdit()
        self.born = QLineEdit()
        self.born.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.address = text_box()
        self.phones = text_box(2)
        self.phones.setPlaceholderText(self.tr("One number per line"))
        self.notes = text_box()
        self.add_row(self.tr("&Name:"), self.name, self.tr("Name"))
        self.add_row(self.tr("&Born on:"), self.born, self.tr("Date of birth"))
        self.add_row(self.tr("&Address:"), self.address, self.tr("Address"))
        self.add_row(self.tr("&Phone numbers:"), self.phones, self.tr("Phone numbers"))
        self.add_row(self.tr("N&otes:"), self.notes, self.tr("Notes"))
        if record is not None:
            self.name.setText(record.name)
            self.born.setText(record.born.isoformat() if record.born else "")
            self.address.setPlainText(record.address)
            self.phones.setPlainText("\n".join(record.phone_numbers))
            self.notes.setPlainText(record.notes)

    def problem(self) -> Problem | None:
        if not self.name.text().strip():
            return self.tr("Please give the relative's name."), self.name
        try:
            born = parse_day(self.born.text())
        except ValueError:
            return self.tr("Write the date of birth as year-month-day, e.g. 1939-11-08."), self.born
        if born is not None and born > self._today:
            return self.tr("The date of birth cannot be in the future."), self.born
        return None

    def values(self) -> RelativeInput:
        return RelativeInput(
            name=self.name.text().strip(),
            born=parse_day(self.born.text()),
            address=self.address.toPlainText().strip(),
            phone_numbers=split_values(self.phones.toPlainText()),
            notes=self.notes.toPlainText().strip(),
        )


@dataclass(frozen=True)
class OrganizationInput:
    name: str
    channels: list[Channel]
    asks_for_power_of_attorney: bool
    notes: str


class OrganizationDialog(FormDialog):
    """Name, hotlines and other channels, whether it asks for a power of attorney, notes."""

    def __init__(self, record: OrganizationRecord | None, parent: QWidget | None = None) -> None:
        title = self.tr("Add an organization") if record is None else self.tr("Edit organization")
        super().__init__(title, parent)
        self.name = QLineEdit()
        self.channels = text_box(4)
        self.channels.setPlaceholderText(
            self.tr("hotline: +49 800 5550100 = orders\nfax: +49 800 5550109")
        )
        self.channels.setToolTip(
            self.tr("One per line: the kind, a colon, the number or address, and = what for.")
        )
        self.asks_for_poa = QCheckBox(self.tr("Asks for a power of &attorney"))
        self.notes = text_box()
        self.add_row(self.tr("&Name:"), self.name, self.tr("Name"))
        self.add_row(self.tr("&Channels:"), self.channels, self.tr("Channels"))
        self.form.addRow("", self.asks_for_poa)
        self.asks_for_poa.setAccessibleName(self.tr("Asks for a power of attorney"))
        self.add_row(self.tr("N&otes:"), self.notes, self.tr("Notes"))
        if record is not None:
            self.name.setText(record.name)
            self.channels.setPlainText("\n".join(channel_line(*c) for c in record.channels))
            self.asks_for_poa.setChecked(record.asks_for_power_of_attorney)
            self.notes.setPlainText(record.notes)

    def _lines(self) -> list[str]:
        return [line for line in self.channels.toPlainText().splitlines() if line.strip()]

    def problem(self) -> Problem | None:
        if not self.name.text().strip():
            return self.tr("Please give the organization's name."), self.name
        for number, line in enumerate(self._lines(), start=1):
            try:
                parse_channel(line)
            except InvalidInput:
                kinds = ", ".join(k.value for k in ChannelKind)
                return (
                    self.tr(
                        "Channel line {number}: write the kind, a colon and the number, "
                        "e.g. “hotline: +49 800 5550100 = orders”. Kinds: {kinds}."
                    ).format(number=number, kinds=kinds),
                    self.channels,
                )
        return None

    def values(self) -> OrganizationInput:
        return OrganizationInput(
            name=self.name.text().strip(),
            channels=[parse_channel(line) for line in self._lines()],
            asks_for_power_of_attorney=self.asks_for_poa.isChecked(),
            notes=self.notes.toPlainText().strip(),
        )


@dataclass(frozen=True)
class AccountInput:
    relative_id: int
    #: an organization's id, or the name of one to add
    organization: int | str
    customer_number: str
    contract_numbers: list[str]
    phone_lines: list[str]
    email_addresses: list[str]
    login_names: list[str]
    notes: str


def organization_combo(organizations: list[OrganizationView]) -> QComboBox:
    """The organizations to choose from; a new name typed in adds one."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for organization in organizations:
        combo.addItem(organization.name, organization.id)
    combo.setCurrentIndex(-1)
    return combo


def chosen_organization(combo: QComboBox) -> int | str:
    """The chosen organization's id, or the new name typed in."""
    text = combo.currentText().strip()
    index = combo.findText(text)
    return int(combo.itemData(index)) if index >= 0 else text


class AccountDialog(FormDialog):
    """A relative's customer number at a company, with contract numbers, lines and logins."""

    def __init__(
        self,
        record: AccountRecord | None,
        *,
        relatives: list[RelativeView],
        organizations: list[OrganizationView],
        relative_id: int | None = None,
        organization_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Add an account") if record is None else self.tr("Edit account")
        super().__init__(title, parent)
        self.relative = QComboBox()
        for relative in relatives:
            self.relative.addItem(relative.name, relative.id)
        self.organization = organization_combo(organizations)
        self.customer_number = QLineEdit()
        self.contracts = QLineEdit()
        self.lines = QLineEdit()
        self.emails = QLineEdit()
        self.logins = QLineEdit()
        for field in (self.contracts, self.lines, self.emails, self.logins):
            field.setPlaceholderText(self.tr("Several: separate them with commas"))
        self.notes = text_box()
        self.add_row(self.tr("&Relative:"), self.relative, self.tr("Relative"))
        self.add_row(self.tr("&Organization:"), self.organization, self.tr("Organization"))
        self.add_row(self.tr("C&ustomer number:"), self.customer_number, self.tr("Customer number"))
        self.add_row(self.tr("Con&tract numbers:"), self.contracts, self.tr("Contract numbers"))
        self.add_row(self.tr("Phone &lines:"), self.lines, self.tr("Phone lines"))
        self.add_row(self.tr("&Email addresses:"), self.emails, self.tr("Email addresses"))
        self.add_row(self.tr("Lo&gin names:"), self.logins, self.tr("Login names"))
        self.add_row(self.tr("N&otes:"), self.notes, self.tr("Notes"))
        if record is not None:
            relative_id, organization_id = record.relative_id, record.organization_id
            self.customer_number.setText(record.customer_number)
            self.contracts.setText(", ".join(record.contract_numbers))
            self.lines.setText(", ".join(record.phone_lines))
            self.emails.setText(", ".join(record.email_addresses))
            self.logins.setText(", ".join(record.login_names))
            self.notes.setPlainText(record.notes)
        choose_data(self.relative, relative_id)
        choose_data(self.organization, organization_id)

    def problem(self) -> Problem | None:
        if self.relative.currentIndex() < 0:
            return self.tr("Add the relative first: the account is theirs."), self.relative
        if not self.organization.currentText().strip():
            return self.tr("Please choose or type the organization."), self.organization
        if not self.customer_number.text().strip():
            return self.tr("Please give the customer number."), self.customer_number
        return None

    def values(self) -> AccountInput:
        return AccountInput(
            relative_id=int(self.relative.currentData()),
            organization=chosen_organization(self.organization),
            customer_number=self.customer_number.text().strip(),
            contract_numbers=split_values(self.contracts.text()),
            phone_lines=split_values(self.lines.text()),
            email_addresses=split_values(self.emails.text()),
            login_names=split_values(self.logins.text()),
            notes=self.notes.toPlainText().strip(),
        )
