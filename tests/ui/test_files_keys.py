"""The main window's keys: no two actions share one, the frequent ones have one, all are listed."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from proxydesk.ui.files.shortcuts import (
    ShortcutsModel,
    keys_text,
    window_actions,
)
from proxydesk.ui.help import HELP_MENU_NAME
from proxydesk.ui.main_window import MainWindow


def keys_of(window: MainWindow) -> dict[str, list[str]]:
    """Each key of the window, with the texts of the actions it triggers."""
    found: dict[str, list[str]] = defaultdict(list)
    for action in window_actions(window):
        for key in action.shortcuts():
            found[key.toString(QKeySequence.SequenceFormat.PortableText)].append(action.text())
    return found


def test_no_two_actions_of_the_main_window_share_a_key(window: MainWindow) -> None:
    shared = {key: texts for key, texts in keys_of(window).items() if len(texts) > 1}
    assert shared == {}
    assert len(keys_of(window)) >= 15


def test_the_frequent_actions_have_keys(window: MainWindow) -> None:
    keys = {text: key for key, texts in keys_of(window).items() for text in texts}
    assert keys["&Start a call"] in ("Ctrl+Shift+C", "Ctrl+T")
    assert keys["&Find in the whole file…"] == "Ctrl+F"
    assert keys["&Sync now"] == "F9"
    assert keys["Escalation dossier…"] == "Ctrl+Shift+D"
    assert keys["&Open…"] == "Ctrl+O"
    assert keys["&New…"] == "Ctrl+N"
    assert keys["Save a &Copy…"] == "Ctrl+Shift+S"
    assert keys["&Next case"] == "Ctrl+PgDown"
    assert keys["&Previous case"] == "Ctrl+PgUp"
    assert keys["&Quit"] == "Ctrl+Q"
    assert keys["&Add a reminder…"] == "Ctrl+R"
    assert keys["&Move mail to case…"] == "Ctrl+M"


def test_next_and_previous_case_go_down_and_up_the_tree(qtbot: QtBot, window: MainWindow) -> None:
    cases = window.case_indexes()
    assert len(cases) >= 3
    window.tree.setCurrentIndex(cases[0])
    first = window.current_case_id
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.tree.currentIndex() == cases[1]
    assert window.current_case_id != first
    window.features.keys.navigation.previous_action.trigger()
    assert window.current_case_id == first
    # at the top, Previous stays where it is
    assert not window.features.keys.navigation.step(-1)
    assert window.current_case_id == first
    window.tree.setCurrentIndex(cases[-1])
    assert not window.features.keys.navigation.step(1)


def test_help_lists_every_key_of_the_window_and_the_call_loggers(
    qtbot: QtBot, window: MainWindow
) -> None:
    help_menu = window.menuBar().findChild(QMenu, HELP_MENU_NAME)
    assert help_menu is not None
    assert window.features.keys.show_action in help_menu.actions()
    assert window.menuBar().actions()[-1].menu() is help_menu

    window.features.keys.show_action.trigger()
    dialog = window.features.keys.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    model = dialog.model
    rows = [model.shortcut(row) for row in range(model.rowCount())]
    listed = {(row.what, row.keys) for row in rows}
    for action in window_actions(window):
        text = action.text().replace("&", "").rstrip("…").strip()
        assert (text, keys_text(action)) in listed
        assert keys_text(action), "each has a key one can press"
    assert ("Note a promise", "Ctrl+P") in listed
    assert ("On hold", "F6") in listed
    wheres = [row.where for row in rows]
    assert wheres.index("File") < wheres.index("Call logger")
    assert model.headerData(ShortcutsModel.COLUMN_KEYS, Qt.Orientation.Horizontal) == "Keys"
