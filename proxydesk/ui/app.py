"""Starting the desktop app: the QApplication, the case file, the main window."""

from __future__ import annotations

import shutil
import signal
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, Qt, QTimer, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from proxydesk.errors import FileFromNewerVersion, FileInUse, NotACaseFile, ProxyDeskError
from proxydesk.locations import chosen_file
from proxydesk.services.registry import Services
from proxydesk.storage.database import CaseFile, open_case_file
from proxydesk.ui.icons import app_icon
from proxydesk.ui.main_window import MainWindow

APP_NAME = "ProxyDesk"
ORGANIZATION = "ProxyDesk"
DEMO_FILE_NAME = "demo.proxydesk"
QUIT_SIGNALS = (signal.SIGINT, signal.SIGTERM)
SIGNAL_CHECK_MS = 300

#: asked when another ProxyDesk writes the file: open it read-only instead?
AskReadOnly = Callable[[FileInUse], bool]


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


def load_translations(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Install Qt's and ProxyDesk's translations for the locale where they exist.

    ProxyDesk's own go in ``proxydesk/resources/translations/proxydesk_<locale>.qm`` (compiled
    from the ``.ts`` files next to them); none exist yet, so for now only Qt's are found.
    """
    locale = locale if locale is not None else QLocale()
    installed: list[QTranslator] = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = resources.files("proxydesk").joinpath("resources", "translations")
    with ExitStack() as stack:
        folders = [("qtbase", qt_folder)]
        if ours.is_dir():
            folders.append(("proxydesk", str(stack.enter_context(resources.as_file(ours)))))
        for name, folder in folders:
            translator = QTranslator(app)
            if translator.load(locale, name, "_", folder):
                app.installTranslator(translator)
                installed.append(translator)
    return installed


def open_for_app(path: Path, ask_read_only: AskReadOnly) -> CaseFile | None:
    """Open the file for writing, making it (and its folder) when it does not exist yet.

    When another ProxyDesk holds it, ``ask_read_only`` decides whether to open it read-only;
    None means the user chose not to open it.
    """
    create = not path.exists() or path.stat().st_size == 0
    if create:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        return open_case_file(path, create=create, writable=True)
    except FileInUse as exc:
        if not ask_read_only(exc):
            return None
        return open_case_file(path, writable=False)


def open_demo(folder: Path | None = None) -> CaseFile:
    """A fresh case file with the demo case, in ``folder`` or a new temporary one."""
    from proxydesk.services.demo import DEMO_TIMEZONE, build_demo

    made = folder is None
    folder = folder if folder is not None else Path(tempfile.mkdtemp(prefix="proxydesk-demo-"))
    try:
        case_file = open_case_file(folder / DEMO_FILE_NAME, create=True, timezone=DEMO_TIMEZONE)
        try:
            build_demo(case_file)
        except BaseException:
            case_file.close()
            raise
    except BaseException:
        if made:
            shutil.rmtree(folder, ignore_errors=True)
        raise
    return case_file


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


def create_main_window(services: Services) -> MainWindow:
    """The main window on an open file, loaded, with a case chosen; not shown yet."""
    window = MainWindow(services)
    window.load()
    return window


class Prompts(QObject):
    """The dialogs shown before there is a main window; all their text is plain text."""

    def ask_read_only(self, exc: FileInUse) -> bool:
        text = self.tr(
            "This case file is open in another ProxyDesk.\n\n"
            "Only one ProxyDesk at a time can change a file. You can open it read-only "
            "to look things up.\n\n{details}"
        ).format(details=exc)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("ProxyDesk"),
            text,
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.button(QMessageBox.StandardButton.Open).setText(self.tr("Open read-only"))
        box.setDefaultButton(QMessageBox.StandardButton.Open)
        return box.exec() == QMessageBox.StandardButton.Open

    def show_error(self, exc: Exception) -> None:
        if isinstance(exc, FileFromNewerVersion):
            headline = self.tr("This case file was written by a newer ProxyDesk.")
        elif isinstance(exc, NotACaseFile):
            headline = self.tr("This file is not a ProxyDesk case file.")
        else:
            headline = self.tr("ProxyDesk cannot open the case file.")
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("ProxyDesk"), f"{headline}\n\n{exc}")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()


def run(file: Path | None, demo: bool) -> int:
    """``proxydesk`` without a command: the main window on the chosen (or a demo) file."""
    app = application()
    load_translations(app)
    with quitting_on_signals(app):
        return _run(app, file, demo, Prompts())


def _run(app: QApplication, file: Path | None, demo: bool, prompts: Prompts) -> int:
    try:
        if demo:
            case_file: CaseFile | None = open_demo()
        else:
            path = chosen_file(str(file) if file is not None else None)
            case_file = open_for_app(path, prompts.ask_read_only)
    except (ProxyDeskError, OSError) as exc:
        # OSError: the folder or the lock file cannot be made (permissions, a full disk ...)
        prompts.show_error(exc)
        return 1
    if case_file is None:
        return 1
    # the demo file lives in a folder of its own, made for this run only
    demo_folder = case_file.path.parent if demo else None
    try:
        window = create_main_window(Services.for_file(case_file))
        window.show()
        return app.exec()
    finally:
        case_file.close()
        if demo_folder is not None:
            shutil.rmtree(demo_folder, ignore_errors=True)
