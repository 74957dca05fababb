"""``python -m proxydesk.ui.screenshot OUT.png``: the main window on a demo file, as a picture.

Opens the window on a fresh demo file (or ``--file``, read-only), chooses the first case with
open promises and in it the first call where something was promised, and saves the window.
Run it under a real display server (``xvfb-run``, ``QT_QPA_PLATFORM=xcb``) to see what users
see; with ``--widget`` (or on the offscreen platform) the widget tree renders itself instead.

``--scale 2`` shows it as on a high-DPI screen (``QT_SCALE_FACTOR``), ``--dark`` in the Fusion
style with a dark palette, ``--lang de`` in another language (its translations and formats).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEventLoop, QLocale, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QApplication

from proxydesk.services.opening import open_file
from proxydesk.services.registry import Services
from proxydesk.ui.app import application, create_main_window, open_demo
from proxydesk.ui.language import Language, install_translations
from proxydesk.ui.main_window import MainWindow
from proxydesk.ui.widgets.colors import dark_palette

#: time for the window manager to map the window and for layouts to settle
SETTLE_MS = 800


def choose_a_call(window: MainWindow) -> None:
    """The first call in which something was promised, else the first call, else row 0."""
    model = window.timeline_model
    entries = [model.entry(row) for row in range(model.rowCount())]
    calls = [row for row, e in enumerate(entries) if e.kind == "call"]
    promising = [row for row in calls if entries[row].promises]
    rows = promising or calls or list(range(len(entries)))
    if rows:
        window.select_entry(rows[0])
        window.timeline.scrollTo(
            model.index(rows[0], 0), QAbstractItemView.ScrollHint.PositionAtCenter
        )


def dress_dark(app: QApplication) -> None:
    """The Fusion style with a dark palette: what a user with a dark desktop theme sees."""
    app.setStyle("Fusion")
    app.setPalette(dark_palette())


def settle(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m proxydesk.ui.screenshot")
    parser.add_argument("out", type=Path, help="the PNG to write")
    parser.add_argument("--file", type=Path, help="a case file to show (default: a demo file)")
    parser.add_argument("--size", default="1400x900", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--case", type=int, help="the case id to choose")
    parser.add_argument(
        "--widget", action="store_true", help="render the widgets instead of grabbing the screen"
    )
    parser.add_argument("--scale", type=float, help="a scale factor, as on a high-DPI screen")
    parser.add_argument("--dark", action="store_true", help="the Fusion style, a dark palette")
    parser.add_argument("--lang", help="a locale such as de or en_GB (default: the system's)")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))

    if args.scale is not None:
        # read when the QApplication is made
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    if args.lang is not None:
        QLocale.setDefault(QLocale(args.lang))
    app = application()
    if args.dark:
        dress_dark(app)
    # the language of --lang (set as the default locale above), else the system's
    install_translations(app, Language.SYSTEM, system=QLocale())
    if args.file is not None:
        case_file = open_file(args.file, writable=False)
        demo_folder = None
    else:
        case_file = open_demo()
        demo_folder = case_file.path.parent
    try:
        window = create_main_window(Services.for_file(case_file))
        if args.case is not None and not window.select_case(args.case):
            print(f"no case {args.case} in the file", file=sys.stderr)
            return 1
        window.resize(width, height)
        window.show()
        settle(SETTLE_MS)
        choose_a_call(window)
        settle(SETTLE_MS // 4)
        on_screen = QGuiApplication.platformName() not in ("offscreen", "minimal")
        if on_screen and not args.widget:
            picture = window.screen().grabWindow(window.winId())
        else:
            picture = window.grab()
        args.out.parent.mkdir(parents=True, exist_ok=True)
        if not picture.save(str(args.out)):
            print(f"could not write {args.out}", file=sys.stderr)
            return 1
        print(f"saved {args.out} ({picture.width()}x{picture.height()})")
        window.close()
        return 0
    finally:
        case_file.close()
        if demo_folder is not None:
            shutil.rmtree(demo_folder, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
