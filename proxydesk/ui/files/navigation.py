"""Going from case to case with the keyboard: the next and the previous case in the tree."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from proxydesk.ui.host import Host, Pane


class CaseNavigation(QObject):
    """Go → Next case / Previous case, in the order the tree shows them; no wrapping round."""

    def __init__(self, host: Host, menu: QMenu) -> None:
        super().__init__(host.dialog_parent())
        self._host = host
        self.next_action = QAction(self.tr("&Next case"), self)
        self.next_action.setShortcut(QKeySequence(self.tr("Ctrl+PgDown")))
        self.next_action.triggered.connect(lambda: self.step(1))
        self.previous_action = QAction(self.tr("&Previous case"), self)
        self.previous_action.setShortcut(QKeySequence(self.tr("Ctrl+PgUp")))
        self.previous_action.triggered.connect(lambda: self.step(-1))
        self.tree_action = QAction(self.tr("Go to the &cases"), self)
        self.tree_action.setShortcut(QKeySequence(self.tr("Ctrl+1")))
        self.tree_action.triggered.connect(self._focus_tree)
        self.timeline_action = QAction(self.tr("Go to the &timeline"), self)
        self.timeline_action.setShortcut(QKeySequence(self.tr("Ctrl+2")))
        self.timeline_action.triggered.connect(self._focus_timeline)
        for action in (self.next_action, self.previous_action):
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.tree_action, self.timeline_action):
            menu.addAction(action)

    def step(self, by: int) -> bool:
        """Choose the case ``by`` rows further down (up, if negative); False at either end."""
        return self._host.step_case(by)

    def _focus_tree(self) -> None:
        self._host.focus(Pane.CASES)

    def _focus_timeline(self) -> None:
        self._host.focus(Pane.TIMELINE)
