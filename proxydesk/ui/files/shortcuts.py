"""Help → Keyboard Shortcuts: every key of the main window's actions, and the call logger's."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from proxydesk.services.calls import CallState
from proxydesk.ui.call_logger.states import STATE_KEYS
from proxydesk.ui.files.navigation import CaseNavigation
from proxydesk.ui.host import Host, Menu

#: a row of the table: one line of text and a little air
ROW_PADDING = 8

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Shortcut:
    where: str
    what: str
    keys: str


def _plain(text: str) -> str:
    """A menu entry's text as a sentence: without its "&" marks and trailing dots."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def keys_text(action: QAction) -> str:
    """The action's keys as the keyboard names them; keys few keyboards have are left out.

    The standard keys come with extras that differ by desktop (Undo also on F14 and on a key
    named "Undo"); the list shows those one can press on an ordinary keyboard.
    """
    native = QKeySequence.SequenceFormat.NativeText
    keys = [key for key in action.shortcuts() if _ordinary(key)]
    return ", ".join(key.toString(native) for key in keys)


def _ordinary(key: QKeySequence) -> bool:
    first = key[0]  # type: ignore[index]  # PySide6 indexes a sequence; its stubs do not say so
    return bool(first.key().value <= Qt.Key.Key_F12.value)


def window_actions(window: QWidget) -> list[QAction]:
    """Every action of the window (its menus' and its own) that has a key, each once."""
    found: dict[int, QAction] = {}
    for action in [*window.findChildren(QAction), *window.actions()]:
        if action.shortcuts() and id(action) not in found:
            found[id(action)] = action
    return list(found.values())


def _menu_of(action: QAction) -> str:
    for owner in action.associatedObjects():
        if isinstance(owner, QMenu) and owner.title():
            return _plain(owner.title())
    return ""


def window_shortcuts(window: QWidget) -> list[Shortcut]:
    """The main window's keys, in menu-bar order, then those outside any menu."""
    bar = window.findChild(QMenuBar)
    menus = bar.actions() if isinstance(bar, QMenuBar) else []
    order = {_plain(a.text()): i for i, a in enumerate(menus)}
    rows = [Shortcut(_menu_of(a), _plain(a.text()), keys_text(a)) for a in window_actions(window)]
    return sorted(rows, key=lambda s: (order.get(s.where, len(order)), s.where))


class CallLoggerKeys(QObject):
    """The call logger's own keys, which work in its window only."""

    def shortcuts(self) -> list[Shortcut]:
        where = self.tr("Call logger")
        states = {
            CallState.MENU: self.tr("In the phone menu"),
            CallState.HOLD: self.tr("On hold"),
            CallState.TALKING: self.tr("Talking to someone"),
            CallState.TRANSFERRED: self.tr("Being transferred"),
        }
        rows = [Shortcut(where, states[state], key) for state, key in STATE_KEYS.items()]
        native = QKeySequence.SequenceFormat.NativeText
        rows.append(
            Shortcut(where, self.tr("Note a promise"), QKeySequence("Ctrl+P").toString(native))
        )
        rows.append(
            Shortcut(where, self.tr("End the call"), QKeySequence("Ctrl+Return").toString(native))
        )
        return rows


class ShortcutsModel(QAbstractTableModel):
    COLUMN_WHERE, COLUMN_WHAT, COLUMN_KEYS = range(3)
    COLUMN_COUNT = 3

    def __init__(self, rows: list[Shortcut], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = rows
        self._titles = (self.tr("Where"), self.tr("What"), self.tr("Keys"))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        return (row.where, row.what, row.keys)[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None

    def shortcut(self, row: int) -> Shortcut:
        return self._rows[row]


class ShortcutsDialog(QDialog):
    """A table of the keys; read-only, closed with Close or Escape."""

    def __init__(self, rows: list[Shortcut], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.model = ShortcutsModel(rows, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        lines = self.table.verticalHeader()
        lines.hide()
        lines.setDefaultSectionSize(self.fontMetrics().height() + ROW_PADDING)
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ShortcutsModel.COLUMN_WHAT, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 680)


def help_menu(host: Host) -> QMenu:
    """The window's Help menu, made by whichever part of the window asks first."""
    return host.menu(Menu.HELP, QCoreApplication.translate("WindowKeys", "&Help"))


class WindowKeys(QObject):
    """Go → next/previous case and Help → Keyboard Shortcuts; installed after the features."""

    def __init__(self, host: Host) -> None:
        super().__init__(host.dialog_parent())
        self._window = host.dialog_parent()
        self.dialog: ShortcutsDialog | None = None
        go = host.menu(Menu.GO, self.tr("&Go"))
        self.navigation = CaseNavigation(host, go)
        self.show_action = QAction(self.tr("&Keyboard Shortcuts"), self)
        self.show_action.triggered.connect(self.show_shortcuts)
        help_menu(host).addAction(self.show_action)

    def shortcuts(self) -> list[Shortcut]:
        anywhere = self.tr("Main window")
        rows = [
            row if row.where else Shortcut(anywhere, row.what, row.keys)
            for row in window_shortcuts(self._window)
        ]
        return [*rows, *CallLoggerKeys(self).shortcuts()]

    def show_shortcuts(self) -> ShortcutsDialog:
        # made anew each time: features may have added actions since
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = ShortcutsDialog(self.shortcuts(), self._window)
        self.dialog.show()
        return self.dialog


def install_window_keys(host: Host) -> WindowKeys:
    return WindowKeys(host)
