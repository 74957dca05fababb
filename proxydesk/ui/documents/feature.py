"""Documents in the main window: scans dropped on a relative, the powers of attorney list."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMenu

from proxydesk.changes import Changes, Kind
from proxydesk.mail.attachments import PrivateFolder
from proxydesk.ui.documents.drop_target import ScanDropTarget
from proxydesk.ui.documents.poa_words import PoaWords
from proxydesk.ui.documents.powers_dialog import AskScanPath, PowersOfAttorneyDialog
from proxydesk.ui.documents.scan_dialog import StoreScanDialog
from proxydesk.ui.host import CaseListRow, Host
from proxydesk.ui.mail.viewer import OpenUrl
from proxydesk.views import PowerOfAttorneyView

MESSAGE_MS = 10_000


class DocumentsFeature(QObject):
    """Drop target and context menu on the relatives of the tree; the dialogs they open."""

    def __init__(
        self,
        host: Host,
        *,
        open_url: OpenUrl = QDesktopServices.openUrl,
        ask_scan_path: AskScanPath | None = None,
    ) -> None:
        super().__init__(host.dialog_parent())
        self._host = host
        self._services = host.services
        self.open_url = open_url
        self.ask_scan_path = ask_scan_path
        self._words = PoaWords(self)
        self._folder = PrivateFolder()
        self.destroyed.connect(self._folder.remove)
        self.scan_dialog: StoreScanDialog | None = None
        self.powers_dialog: PowersOfAttorneyDialog | None = None
        self.drop_target = ScanDropTarget(host.case_list_view(), host.row_at)
        if host.writable:  # a file open read-only stores no scan
            self.drop_target.dropped.connect(self.store_scan)
        host.add_row_menu(self._row_menu)
        host.notifier.changed.connect(self._changed)

    def today(self) -> date:
        poa = self._services.poa
        return poa.local(poa.clock()).date()

    # -- the relative's menu -------------------------------------------------------------

    def _row_menu(self, menu: QMenu, row: CaseListRow) -> None:
        """On a relative's row: the powers of attorney, and adding a signed one."""
        relative_id, name = row.relative_id, row.relative_name
        if row.case is not None or relative_id is None:
            return  # a case row, or the cases without a relative
        menu.addAction(self.tr("Powers of attorney…"), lambda: self.show_powers(relative_id, name))
        if not self._host.writable:
            return
        menu.addAction(
            self.tr("Add a signed power of attorney…"),
            lambda: self._ask_and_store(relative_id, name),
        )

    # -- dialogs ---------------------------------------------------------------------------

    def store_scan(self, relative_id: int, relative_name: str, path: Path) -> StoreScanDialog:
        """Ask what the scan is (window-modal, not blocking); Store writes it."""
        dialog = StoreScanDialog(
            self._services.poa,
            self._host.write,
            relative_id=relative_id,
            relative_name=relative_name,
            path=Path(path),
            organizations=self._services.directory.organizations(),
            today=self.today(),
            parent=self._host.dialog_parent(),
        )
        dialog.stored.connect(self._stored)
        dialog.finished.connect(dialog.deleteLater)
        self.scan_dialog = dialog
        dialog.open()
        return dialog

    def show_powers(self, relative_id: int, relative_name: str) -> PowersOfAttorneyDialog:
        if self.powers_dialog is not None:
            self.powers_dialog.close()
            self.powers_dialog.deleteLater()
        dialog = PowersOfAttorneyDialog(
            self._services.poa,
            self._services.cases,
            self.today,
            relative_id=relative_id,
            relative_name=relative_name,
            open_url=self.open_url,
            folder=self._folder,
            ask_scan_path=self.ask_scan_path,
            parent=self._host.dialog_parent(),
        )
        dialog.add_requested.connect(lambda path: self.store_scan(relative_id, relative_name, path))
        dialog.add_button.setVisible(self._host.writable)
        self.powers_dialog = dialog
        dialog.show()
        return dialog

    def _ask_and_store(self, relative_id: int, relative_name: str) -> None:
        dialog = self.show_powers(relative_id, relative_name)
        dialog.add_button.click()

    def _changed(self, changes: Changes) -> None:
        dialog = self.powers_dialog
        if changes.touches(Kind.POWERS) and dialog is not None and dialog.isVisible():
            dialog.reload()

    def _stored(self, power: PowerOfAttorneyView) -> None:
        until = (
            self.tr("valid until {day}").format(day=self._words.day(power.valid_until))
            if power.valid_until
            else self.tr("with no end date")
        )
        self._host.show_message(
            self.tr("Stored the power of attorney of {name} ({status}, {until}).").format(
                name=power.relative_name, status=self._words.status(power.status), until=until
            ),
            MESSAGE_MS,
        )
