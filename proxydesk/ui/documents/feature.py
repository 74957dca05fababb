"""Documents in the main window: scans dropped on a relative, the powers of attorney list."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QContextMenuEvent, QDesktopServices
from PySide6.QtWidgets import QMenu

from proxydesk.mail.attachments import PrivateFolder
from proxydesk.services.registry import Services
from proxydesk.ui.documents.drop_target import ScanDropTarget
from proxydesk.ui.documents.poa_words import PoaWords
from proxydesk.ui.documents.powers_dialog import AskScanPath, PowersOfAttorneyDialog
from proxydesk.ui.documents.scan_dialog import StoreScanDialog
from proxydesk.ui.mail.viewer import OpenUrl
from proxydesk.ui.runner import Runner
from proxydesk.views import PowerOfAttorneyView

if TYPE_CHECKING:
    from proxydesk.ui.main_window import MainWindow

MESSAGE_MS = 10_000


class DocumentsFeature(QObject):
    """Drop target and context menu on the relatives of the tree; the dialogs they open."""

    def __init__(
        self,
        window: MainWindow,
        services: Services,
        runner: Runner,
        *,
        open_url: OpenUrl = QDesktopServices.openUrl,
        ask_scan_path: AskScanPath | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._runner = runner
        self.open_url = open_url
        self.ask_scan_path = ask_scan_path
        self._words = PoaWords(self)
        self._folder = PrivateFolder()
        self.destroyed.connect(self._folder.remove)
        self.scan_dialog: StoreScanDialog | None = None
        self.menu: QMenu | None = None
        self.powers_dialog: PowersOfAttorneyDialog | None = None
        self.drop_target = ScanDropTarget(window.tree, window.tree_model)
        self.drop_target.dropped.connect(self.store_scan)
        window.tree.viewport().installEventFilter(self)

    def today(self) -> date:
        poa = self._services.poa
        return poa.local(poa.clock()).date()

    # -- the relative's menu -------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ContextMenu or not isinstance(event, QContextMenuEvent):
            return False
        target = self.drop_target.relative_at(event.pos())
        if target is None:
            return False  # a case row: whoever else offers a menu there does
        relative_id, name, _index = target
        if self.menu is not None:
            self.menu.deleteLater()
        menu = QMenu(self._window)
        self.menu = menu
        menu.addAction(self.tr("Powers of attorney…"), lambda: self.show_powers(relative_id, name))
        menu.addAction(
            self.tr("Add a signed power of attorney…"),
            lambda: self._ask_and_store(relative_id, name),
        )
        menu.popup(event.globalPos())
        return True

    # -- dialogs ---------------------------------------------------------------------------

    def store_scan(self, relative_id: int, relative_name: str, path: Path) -> StoreScanDialog:
        """Ask what the scan is (window-modal, not blocking); Store writes it."""
        dialog = StoreScanDialog(
            self._services.poa,
            self._runner,
            relative_id=relative_id,
            relative_name=relative_name,
            path=Path(path),
            organizations=self._services.directory.organizations(),
            today=self.today(),
            parent=self._window,
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
            parent=self._window,
        )
        dialog.add_requested.connect(lambda path: self.store_scan(relative_id, relative_name, path))
        self.powers_dialog = dialog
        dialog.show()
        return dialog

    def _ask_and_store(self, relative_id: int, relative_name: str) -> None:
        dialog = self.show_powers(relative_id, relative_name)
        dialog.add_button.click()

    def _stored(self, power: PowerOfAttorneyView) -> None:
        self._window.refresh_case()
        if self.powers_dialog is not None and self.powers_dialog.isVisible():
            self.powers_dialog.reload()
        until = (
            self.tr("valid until {day}").format(day=self._words.day(power.valid_until))
            if power.valid_until
            else self.tr("with no end date")
        )
        self._window.statusBar().showMessage(
            self.tr("Stored the power of attorney of {name} ({status}, {until}).").format(
                name=power.relative_name, status=self._words.status(power.status), until=until
            ),
            MESSAGE_MS,
        )
