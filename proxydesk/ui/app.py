"""Starting the desktop app: the QApplication, the case file, the main window."""

from __future__ import annotations

import shutil
import signal
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from proxydesk.errors import ProxyDeskError
from proxydesk.locations import default_file, start_file
from proxydesk.progress import Cancelled
from proxydesk.reading.file import FileReader
from proxydesk.services import opening
from proxydesk.services.opening import open_for_app
from proxydesk.ui.files.backups import BackupsMenu, restore_and_reopen
from proxydesk.ui.files.dialogs import FileDialogs
from proxydesk.ui.files.opening import open_demo
from proxydesk.ui.files.prompts import Prompts
from proxydesk.ui.files.settings import LayoutStore, RecentFiles
from proxydesk.ui.files.welcome import WelcomeChoice
from proxydesk.ui.files.window_layout import restore_layout, save_layout
from proxydesk.ui.icons import app_icon
from proxydesk.ui.language import (
    Language,
    install_language_menu,
    install_translations,
)
from proxydesk.ui.main_window import MainWindow

if TYPE_CHECKING:
    from proxydesk.mail.actions import MailServices
    from proxydesk.services.opening import CaseFile, QuickOpen
    from proxydesk.services.registry import Services

APP_NAME = "ProxyDesk"
ORGANIZATION = "ProxyDesk"
QUIT_SIGNALS = (signal.SIGINT, signal.SIGTERM)
SIGNAL_CHECK_MS = 300


def application() -> QApplication:
    """The running QApplication, made on first call with the app's names and high-DPI policy."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # fractional scale factors (125 %, 150 %) as the desktop asks, not rounded to whole numbers
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName(ORGANIZATION)
    app = QApplication(sys.argv[:1])
    app.setWindowIcon(app_icon())
    # Wayland compositors match windows to resources/proxydesk.desktop by this name
    app.setDesktopFileName("proxydesk")
    return app


def _quit(app: QApplication) -> None:
    # closing the windows also ends a dialog's own event loop (quit alone would not)
    app.closeAllWindows()
    app.quit()


@contextmanager
def quitting_on_signals(app: QApplication) -> Iterator[None]:
    """Ctrl+C in the terminal, or a TERM, quits the normal way: the file is closed properly."""
    previous = {sig: signal.getsignal(sig) for sig in QUIT_SIGNALS}
    for sig in QUIT_SIGNALS:
        signal.signal(sig, lambda *_: _quit(app))
    # Python runs its signal handlers only when it gets control; the timer gives it that
    wake = QTimer(app)
    wake.timeout.connect(lambda: None)
    wake.start(SIGNAL_CHECK_MS)
    try:
        yield
    finally:
        wake.stop()
        wake.deleteLater()
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def create_first_screen(reader: FileReader, *, writable: bool) -> MainWindow:
    """The main window on a reader, loaded, with a case chosen; its features come later."""
    window = MainWindow(reader, writable=writable)
    window.load()
    return window


def create_main_window(services: Services, *, mail: MailServices | None = None) -> MainWindow:
    """The main window on an open file, loaded, with a case chosen, every feature installed;
    not shown yet. It reads what it shows on a connection of its own."""
    case_file = services.case_file
    reader = FileReader.open(case_file.path, services.timeline.clock)
    window = create_first_screen(reader, writable=case_file.writable)
    window.attach(services, mail=mail)
    return window


class AppController(QObject):
    """Owns the open case file and its main window; opens another file in place of it.

    The window's File menu asks which file; the controller opens it, and only when that
    worked does the new window replace the old one: the old window's work is stopped, the
    old file closed and its writer lock released. A file that cannot be opened leaves the
    current one open.
    """

    def __init__(
        self,
        prompts: Prompts,
        *,
        dialogs: FileDialogs | None = None,
        recent: RecentFiles | None = None,
        layout: LayoutStore | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.prompts = prompts
        self.dialogs = dialogs if dialogs is not None else FileDialogs(self)
        self.recent = recent if recent is not None else RecentFiles()
        self.layout = layout if layout is not None else LayoutStore()
        self.case_file: CaseFile | None = None
        self.window: MainWindow | None = None
        #: the demo file's own folder, removed when the demo file is closed
        self._demo_folder: Path | None = None
        #: windows on their way out (held here until Qt deletes them), with what to close after
        self._leaving: dict[int, tuple[MainWindow, CaseFile | None, Path | None]] = {}

    # -- starting ------------------------------------------------------------------------

    def start(self, file: Path | None, demo: bool) -> bool:
        """The demo, the chosen file, the last file, or on a first start the guide."""
        if demo:
            return self.open_demo()
        path = start_file(str(file) if file is not None else None, self.recent.last())
        if path is None:
            return self.welcome()
        return self.open_quickly(path) or self.open_file(path, create_missing=True)

    def welcome(self) -> bool:
        """Ask until a file is open or the user quits; False when nothing was opened."""
        while True:
            choice = self.prompts.welcome()
            if choice is WelcomeChoice.QUIT:
                return False
            if choice is WelcomeChoice.DEMO and self.open_demo():
                return True
            if choice is WelcomeChoice.NEW:
                # the dialog starts in the app's data folder, made if it is not there yet
                default_file().parent.mkdir(parents=True, exist_ok=True)
                path = self.dialogs.ask_new_path(None, default_file())
                if path is not None and self.new_file(path):
                    return True
            if choice is WelcomeChoice.OPEN:
                path = self.dialogs.ask_open_path(None, default_file().parent)
                if path is not None and self.open_file(path):
                    return True

    # -- opening -------------------------------------------------------------------------

    def open_file(self, path: Path, *, create_missing: bool = False) -> bool:
        """Show ``path`` in place of the open file; False (and a message) if it cannot be."""
        path = Path(path)
        if self.window is not None and self.case_file is not None and _same(path, self.case_file):
            self.window.raise_()
            self.window.activateWindow()
            return True
        if self._leaving:
            # a window just left may still hold this very file: let it go first
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        try:
            case_file = open_for_app(
                path, self.prompts.ask_read_only, create_missing=create_missing
            )
        except (ProxyDeskError, OSError) as exc:
            # OSError: the folder or the lock file cannot be made (permissions, a full disk ...)
            self.prompts.show_error(exc)
            return False
        if case_file is None:
            return False
        try:
            self._show(case_file)
        except sqlite3.DatabaseError as exc:
            problem = opening.damaged(path, exc)
            if problem is None:
                raise
            case_file.close()
            self.prompts.show_error(problem)
            return False
        return True

    def open_quickly(self, path: Path) -> bool:
        """The first screen read with sqlite3 alone, the features once it is painted.

        False (and nothing shown) when the file must take the full way in: ``open_file``.
        """
        quick = opening.open_quickly(path)
        if quick is None:
            return False
        try:
            window = create_first_screen(quick.reader, writable=True)
        except sqlite3.Error:
            # damaged beyond its schema's row: the full way in tells the user what is wrong
            quick.reader.close()
            quick.lock.release()
            return False
        self._adopt(window)
        self.window = window
        self.recent.add(path)
        window.first_painted.connect(lambda: self._load_services(window, quick))
        window.show()
        return True

    def _load_services(self, window: MainWindow, quick: QuickOpen) -> None:
        window.runner.run(
            opening.load_services,
            quick,
            on_done=lambda services: self._attach(window, services),
            on_error=lambda exc: self._not_attached(window, exc),
            cancellable=True,
            name="open the case file",
        )

    def _attach(self, window: MainWindow, services: Services) -> None:
        if window is not self.window:
            services.case_file.close()  # the window went (or another file came) meanwhile
            return
        self.case_file = services.case_file
        window.attach(services)
        self._finish_window(window)

    def _not_attached(self, window: MainWindow, exc: BaseException) -> None:
        """The file could not be opened after its first screen: say why, and close it."""
        if window is self.window and not isinstance(exc, Cancelled):
            self.prompts.show_error(exc if isinstance(exc, Exception) else RuntimeError(exc))
            self.close()

    def new_file(self, path: Path) -> bool:
        """Make an empty case file at ``path`` and show it; an existing file is never replaced."""
        try:
            case_file = opening.new_file(Path(path))
        except (ProxyDeskError, OSError) as exc:
            self.prompts.show_error(exc)
            return False
        self._show(case_file)
        return True

    def open_demo(self) -> bool:
        """A fresh demo file; its folder goes when it is closed, and it is no recent file."""
        try:
            case_file = open_demo()
        except (ProxyDeskError, OSError) as exc:
            self.prompts.show_error(exc)
            return False
        self._show(case_file, demo_folder=case_file.path.parent)
        return True

    def rebuild_window(self) -> MainWindow | None:
        """A new main window on the same file (e.g. in another language), on the same case."""
        if self.case_file is None or self.window is None:
            return None
        case_id = self.window.current_case_id
        old = self.window
        save_layout(old, self.layout)
        self.window = self._build_window(self.case_file)
        if case_id is not None:
            self.window.select_case(case_id)
        self.window.show()
        self._retire(old, None, None)
        return self.window

    def close(self) -> None:
        """At the end of the app: the window's work stopped, every file closed."""
        if self.window is not None:
            self._retire(self.window, self.case_file, self._demo_folder)
        self.window = self.case_file = self._demo_folder = None
        for key in list(self._leaving):
            self._gone(key)

    # -- the window ----------------------------------------------------------------------

    def _show(self, case_file: CaseFile, *, demo_folder: Path | None = None) -> None:
        old_window, old_file, old_demo = self.window, self.case_file, self._demo_folder
        if old_window is not None:
            save_layout(old_window, self.layout)
        self.window = self._build_window(case_file)
        self.case_file, self._demo_folder = case_file, demo_folder
        if demo_folder is None:
            self.recent.add(case_file.path)
        # the new window is up before the old one goes, so the app is never without one
        self.window.show()
        if old_window is not None:
            self._retire(old_window, old_file, old_demo)

    def _build_window(self, case_file: CaseFile) -> MainWindow:
        from proxydesk.services.registry import Services

        window = create_main_window(Services.for_file(case_file))
        self._adopt(window)
        self._finish_window(window)
        return window

    def _adopt(self, window: MainWindow) -> None:
        """The layout the user left, kept again when the window closes; prompts over it."""
        restore_layout(window, self.layout)
        window.closing.connect(lambda: save_layout(window, self.layout))
        self.prompts.parent_window = window

    def _finish_window(self, window: MainWindow) -> None:
        """What the controller adds to a window with its features: files and language."""
        window.file_menu.dialogs = self.dialogs
        window.file_menu.open_requested.connect(self.open_file)
        window.file_menu.new_requested.connect(self.new_file)
        backups = BackupsMenu(window)  # File → Backups…; the integrity check, then a restore
        backups.restore_requested.connect(
            lambda path, ident: QTimer.singleShot(0, lambda: restore_and_reopen(self, path, ident))
        )
        backups.check()
        install_language_menu(window, self._change_language)

    def _change_language(self, choice: Language) -> None:
        """Settings → Language: the new translations, and the window built again in them."""
        app = QCoreApplication.instance()
        if app is not None:
            install_translations(app, choice)
            self.rebuild_window()

    def _retire(self, window: MainWindow, case_file: CaseFile | None, demo: Path | None) -> None:
        """Close the window (its runner stops); its file is closed once the window is gone.

        The window may be the sender of the request (its File menu): deleteLater lets the
        signal finish first, and no timer of a half-gone window can reach a closed file.
        """
        key = id(window)
        # held until it is gone: were Python to drop the last reference first, the window
        # would be deleted at once, in the middle of the signal that asked for the change
        self._leaving[key] = (window, case_file, demo)
        window.close()
        window.destroyed.connect(lambda: self._gone(key))
        window.deleteLater()

    def _gone(self, key: int) -> None:
        if key not in self._leaving:
            return
        window, case_file, demo = self._leaving.pop(key)
        window.reader.close()
        if case_file is not None:
            case_file.close()
        if demo is not None:
            shutil.rmtree(demo, ignore_errors=True)


def _same(path: Path, case_file: CaseFile) -> bool:
    try:
        return path.exists() and path.samefile(case_file.path)
    except OSError:
        return False


def run(file: Path | None, demo: bool) -> int:
    """``proxydesk`` without a command: the main window on the chosen (or a demo) file."""
    app = application()
    install_translations(app)
    with quitting_on_signals(app):
        controller = AppController(Prompts())
        try:
            if not controller.start(file, demo):
                return 1
            return app.exec()
        finally:
            controller.close()
