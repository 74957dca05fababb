"""The File menu: New, Open, Open Recent, Save a Copy; opening is left to the app controller."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from proxydesk.locations import SUFFIX
from proxydesk.services.opening import save_copy
from proxydesk.ui.files.dialogs import FileDialogs
from proxydesk.ui.files.settings import RecentFiles
from proxydesk.ui.host import Host, Menu
from proxydesk.ui.widgets.message import open_message

if TYPE_CHECKING:
    from proxydesk.services.opening import CaseFile

#: a status bar message stays this long
MESSAGE_MS = 8000


class FileMenu(QObject):
    """Asks which file; ``open_requested``/``new_requested`` carry the answer to whoever opens.

    A window on its own (as in most tests) has nobody listening: New and Open then do nothing
    after the question. Save a Copy needs nobody: the window's own file is copied.
    """

    #: the path of a case file to open in place of this one
    open_requested = Signal(object)
    #: the path where a new, empty case file is to be made and opened
    new_requested = Signal(object)
    #: a copy was written: its path
    copied = Signal(object)
    #: a copy could not be written: the error
    copy_failed = Signal(object)

    def __init__(
        self,
        host: Host,
        *,
        recent: Callable[[], RecentFiles] = RecentFiles,
    ) -> None:
        super().__init__(host.dialog_parent())
        self._host = host
        self._window = host.dialog_parent()
        self._case_file: CaseFile = host.services.case_file
        self._runner = host.runner
        menu = host.menu(Menu.FILE)
        self._recent = recent
        self.dialogs = FileDialogs(self)

        self.new_action = QAction(self.tr("&New…"), self)
        self.new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_action.setStatusTip(self.tr("Make a new, empty case file and open it"))
        self.new_action.triggered.connect(self.ask_new)
        self.open_action = QAction(self.tr("&Open…"), self)
        self.open_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        self.open_action.setStatusTip(self.tr("Open another case file in place of this one"))
        self.open_action.triggered.connect(self.ask_open)
        self.recent_menu = QMenu(self.tr("Open &Recent"), menu)
        self.recent_menu.aboutToShow.connect(self.fill_recent)
        self.clear_recent_action = QAction(self.tr("&Clear list"), self)
        self.clear_recent_action.triggered.connect(self.clear_recent)
        self.copy_action = QAction(self.tr("Save a &Copy…"), self)
        self.copy_action.setShortcut(QKeySequence(self.tr("Ctrl+Shift+S")))
        self.copy_action.setStatusTip(
            self.tr("Write a copy of the whole case file, e.g. for a backup, while it stays open")
        )
        self.copy_action.triggered.connect(self.ask_copy)

        # New, Open, Open Recent and Save a Copy go before Quit
        host.add_file_action(self.new_action, separated=False)
        host.add_file_action(self.open_action, separated=False)
        host.add_file_action(self.recent_menu.menuAction())
        host.add_file_action(self.copy_action)
        self.fill_recent()

    # -- opening -------------------------------------------------------------------------

    def ask_open(self) -> None:
        path = self.dialogs.ask_open_path(self._window, self._case_file.path.parent)
        if path is not None:
            self.open_requested.emit(path)

    def ask_new(self) -> None:
        suggested = self._case_file.path.parent / (self.tr("new case file") + SUFFIX)
        path = self.dialogs.ask_new_path(self._window, suggested)
        if path is not None:
            self.new_requested.emit(path)

    def fill_recent(self) -> None:
        """The list as it is now; a file that is gone is shown greyed out."""
        self.recent_menu.clear()
        paths = self._recent().paths()
        for number, path in enumerate(paths, start=1):
            # "&1" gives the first eight entries a key of their own; "&" in a name stays itself
            label = str(path).replace("&", "&&")
            action = QAction(f"&{number}  {label}", self.recent_menu)
            action.setData(str(path))
            if path.is_file():
                action.triggered.connect(lambda _=False, p=path: self.open_requested.emit(p))
            else:
                action.setEnabled(False)
                action.setText(self.tr("{label} (not found)").format(label=f"&{number}  {label}"))
            self.recent_menu.addAction(action)
        if not paths:
            empty = QAction(self.tr("No files opened yet"), self.recent_menu)
            empty.setEnabled(False)
            self.recent_menu.addAction(empty)
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.clear_recent_action)
        self.clear_recent_action.setEnabled(bool(paths))

    def recent_actions(self) -> list[QAction]:
        """The entries of Open Recent, one per file, newest first."""
        self.fill_recent()
        return [a for a in self.recent_menu.actions() if a.data()]

    def clear_recent(self) -> None:
        self._recent().clear()
        self.fill_recent()

    # -- copying -------------------------------------------------------------------------

    def ask_copy(self) -> None:
        original = self._case_file.path
        suggested = original.with_name(f"{original.stem} {date.today().isoformat()}{SUFFIX}")
        path = self.dialogs.ask_copy_path(self._window, suggested)
        if path is not None:
            self.copy_to(path)

    def copy_to(self, path: Path) -> None:
        """Write the copy off the GUI thread; the window stays usable meanwhile."""
        self.copy_action.setEnabled(False)
        self._host.show_message(self.tr("Saving a copy as {path} …").format(path=path))
        self._runner.run(
            save_copy,
            self._case_file,
            path,
            on_done=lambda _size: self._copied(path),
            on_error=self._copy_failed,
            name="save a copy",
        )

    def _copied(self, path: Path) -> None:
        self.copy_action.setEnabled(True)
        self._host.show_message(self.tr("Saved a copy as {path}").format(path=path), MESSAGE_MS)
        self.copied.emit(path)

    def _copy_failed(self, error: BaseException) -> None:
        self.copy_action.setEnabled(True)
        self._host.show_message("")
        self.copy_failed.emit(error)
        open_message(
            self._window,
            QMessageBox.Icon.Warning,
            self.tr("Save a Copy"),
            self.tr("The copy could not be written.\n\n{details}").format(details=error),
        )
