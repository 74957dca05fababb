"""Adding, editing and removing relatives, organizations and accounts (each one undo step)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from proxydesk.ui.editing.directory_dialogs import (
    AccountDialog,
    OrganizationDialog,
    RelativeDialog,
)
from proxydesk.ui.editing.editor import Editor
from proxydesk.ui.editing.removal import RemovalWords


class DirectoryEdits(Editor):
    """The forms and removals for who we act for and who we deal with."""

    # -- relatives -----------------------------------------------------------------------

    def add_relative(self) -> RelativeDialog:
        dialog = RelativeDialog(None, today=self._today(), parent=self._widget)

        def write() -> None:
            values = dialog.values()
            self._directory.add_relative(
                values.name,
                born=values.born,
                address=values.address,
                phone_numbers=values.phone_numbers,
                notes=values.notes,
            )

        return self._form(dialog, write)

    def edit_relative(self, relative_id: int) -> RelativeDialog | None:
        before = self._read(lambda: self._directory.relative_record(relative_id))
        if before is None:
            return None
        dialog = RelativeDialog(before, today=self._today(), parent=self._widget)

        def write() -> None:
            values = dialog.values()
            self._directory.update_relative(
                relative_id,
                name=values.name,
                born=values.born,
                address=values.address,
                phone_numbers=values.phone_numbers,
                notes=values.notes,
            )

        return self._form(dialog, write)

    def remove_relative(self, relative_id: int) -> QMessageBox | None:
        d = self._directory
        found = self._read(lambda: (d.relative_record(relative_id), d.relative_uses(relative_id)))
        if found is None:
            return None
        record, uses = found

        def write() -> None:
            d.remove_relative(relative_id)

        return self._ask_removal(
            self.tr("Remove relative"),
            uses,
            self.tr(
                "{name} cannot be removed while these belong to them. Remove or move them first."
            ).format(name=record.name),
            self.tr("Remove {name}? You can take it back with Edit → Undo.").format(
                name=record.name
            ),
            write,
        )

    # -- organizations -------------------------------------------------------------------

    def add_organization(self) -> OrganizationDialog:
        dialog = OrganizationDialog(None, parent=self._widget)

        def write() -> None:
            values = dialog.values()
            self._directory.add_organization(
                values.name,
                channels=values.channels,
                asks_for_power_of_attorney=values.asks_for_power_of_attorney,
                notes=values.notes,
            )

        return self._form(dialog, write)

    def edit_organization(self, organization_id: int) -> OrganizationDialog | None:
        before = self._read(lambda: self._directory.organization_record(organization_id))
        if before is None:
            return None
        dialog = OrganizationDialog(before, parent=self._widget)

        def write() -> None:
            values = dialog.values()
            self._directory.update_organization(
                organization_id,
                name=values.name,
                channels=values.channels,
                asks_for_power_of_attorney=values.asks_for_power_of_attorney,
                notes=values.notes,
            )

        return self._form(dialog, write)

    def remove_organization(self, organization_id: int) -> QMessageBox | None:
        d = self._directory
        found = self._read(
            lambda: (d.organization_record(organization_id), d.organization_uses(organization_id))
        )
        if found is None:
            return None
        record, uses = found
        if record.channels:
            question = RemovalWords(self).organization_question(record.name, len(record.channels))
        else:
            question = self.tr("Remove {name}? You can take it back with Edit → Undo.").format(
                name=record.name
            )

        def write() -> None:
            d.remove_organization(organization_id)

        return self._ask_removal(
            self.tr("Remove organization"),
            uses,
            self.tr(
                "{name} cannot be removed while these refer to it. Remove or move them first."
            ).format(name=record.name),
            question,
            write,
        )

    # -- accounts ------------------------------------------------------------------------

    def add_account(
        self, relative_id: int | None = None, organization_id: int | None = None
    ) -> AccountDialog:
        dialog = AccountDialog(
            None,
            relatives=self._directory.relatives(),
            organizations=self._directory.organizations(),
            relative_id=relative_id,
            organization_id=organization_id,
            parent=self._widget,
        )

        def write() -> None:
            values = dialog.values()
            self._directory.add_account(
                values.relative_id,
                self._organization_id(values.organization),
                values.customer_number,
                contract_numbers=values.contract_numbers,
                phone_lines=values.phone_lines,
                email_addresses=values.email_addresses,
                login_names=values.login_names,
                notes=values.notes,
                link_cases=True,
            )

        return self._form(dialog, write)

    def edit_account(self, account_id: int) -> AccountDialog | None:
        before = self._read(lambda: self._directory.account_record(account_id))
        if before is None:
            return None
        dialog = AccountDialog(
            before,
            relatives=self._directory.relatives(),
            organizations=self._directory.organizations(),
            parent=self._widget,
        )

        def write() -> None:
            values = dialog.values()
            self._directory.update_account(
                account_id,
                relative=values.relative_id,
                organization=self._organization_id(values.organization),
                customer_number=values.customer_number,
                contract_numbers=values.contract_numbers,
                phone_lines=values.phone_lines,
                email_addresses=values.email_addresses,
                login_names=values.login_names,
                notes=values.notes,
            )

        return self._form(dialog, write)

    def remove_account(self, account_id: int) -> QMessageBox | None:
        d = self._directory
        found = self._read(lambda: (d.account_record(account_id), d.account_uses(account_id)))
        if found is None:
            return None
        record, uses = found
        if record.case_ids:
            question = RemovalWords(self).account_question(
                record.customer_number, len(record.case_ids)
            )
        else:
            question = self.tr(
                "Remove the account {number}? You can take it back with Edit → Undo."
            ).format(number=record.customer_number)

        def write() -> None:
            d.remove_account(account_id)

        return self._ask_removal(
            self.tr("Remove account"),
            uses,
            self.tr("The account {number} cannot be removed while these name it.").format(
                number=record.customer_number
            ),
            question,
            write,
        )
