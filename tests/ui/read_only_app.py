"""Run as a user who cannot write the file: the app opens it, and this says what it shows.

``python -m tests.ui.read_only_app FILE`` prints one JSON object: the window's title, its
status bar, every action of its menus and tool bars with whether it is enabled, whether the
case header offers to edit, and what became of a write asked all the same.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QLabel, QMenu, QToolBar

from proxydesk.ui.app import AppController, application
from proxydesk.ui.files.prompts import Prompts


class Quiet(Prompts):
    """Errors are noted, not shown in a dialog nobody would answer."""

    def __init__(self) -> None:
        super().__init__()
        self.errors: list[str] = []

    def show_error(self, exc: Exception) -> None:
        self.errors.append(str(exc))


def actions(menu: QMenu) -> list[tuple[str, bool]]:
    found: list[tuple[str, bool]] = []
    for action in menu.actions():
        if action.menu() is not None:
            found.extend(actions(action.menu()))
        elif not action.isSeparator() and action.text():
            found.append((action.text().replace("&", ""), action.isEnabled()))
    return found


def main(path: Path) -> dict[str, object]:
    app = application()
    prompts = Quiet()
    controller = AppController(prompts)
    opened = controller.open_quickly(path) or controller.open_file(path, create_missing=True)
    window = controller.window
    if not opened or window is None:
        return {"opened": False, "errors": prompts.errors}
    window.show()
    for _ in range(50):
        app.processEvents()
    menus = [item for action in window.menuBar().actions() for item in actions(action.menu())]
    tools = [
        (action.text().replace("&", ""), action.isEnabled())
        for bar in window.findChildren(QToolBar)
        for action in bar.actions()
        if not action.isSeparator() and action.text()
    ]
    header = window.header
    header.start_story_edit()  # a read-only file offers no editing: this does nothing
    # a write asked all the same (as a feature might) fails, and says so
    failures: list[str] = []
    window.write(window.services.timeline.add_note, 1, "written on a read-only file")
    deadline = time.monotonic() + 10
    while window.write_path.failure is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    if window.write_path.failure is not None:
        failures.append(window.write_path.failure.text())
    status = [label.text() for label in window.statusBar().findChildren(QLabel) if label.text()]
    result = {
        "opened": True,
        "title": window.windowTitle(),
        "status": status,
        "writable": window.services.case_file.writable,
        "menus": menus,
        "tools": tools,
        "story_editing": header.editing_story,
        "edit_story_offered": header.edit_story_button.isVisible(),
        "failures": failures,
        "errors": prompts.errors,
    }
    controller.close()
    return result


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]))))
