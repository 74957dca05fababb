"""The Help menu's own entries: the user guide and the About box."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from proxydesk.ui.files.shortcuts import help_menu
from proxydesk.ui.help.about import AboutDialog
from proxydesk.ui.help.guide import GuideWindow, guide_language
from proxydesk.ui.host import Host


class HelpActions(QObject):
    """Help → User Guide (F1) and Help → About ProxyDesk; each window is made once, reused."""

    def __init__(self, host: Host) -> None:
        super().__init__(host.dialog_parent())
        self._window = host.dialog_parent()
        self._case_file = host.services.case_file.path
        self.guide: GuideWindow | None = None
        self.about: AboutDialog | None = None
        menu = help_menu(host)
        self.guide_action = QAction(self.tr("User &Guide"), self)
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.guide_action.triggered.connect(self.show_guide)
        self.about_action = QAction(self.tr("&About ProxyDesk"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        # the guide first, above what other parts put in the menu (Keyboard Shortcuts)
        existing = menu.actions()
        if existing:
            menu.insertAction(existing[0], self.guide_action)
        else:
            menu.addAction(self.guide_action)
        menu.addSeparator()
        menu.addAction(self.about_action)

    def show_guide(self) -> GuideWindow:
        language = guide_language()
        if self.guide is None or self.guide.language != language:
            if self.guide is not None:
                self.guide.deleteLater()
            self.guide = GuideWindow(language, self._window)
        self.guide.show()
        self.guide.raise_()
        return self.guide

    def show_about(self) -> AboutDialog:
        if self.about is None:
            self.about = AboutDialog(self._case_file, parent=self._window)
        self.about.show()
        self.about.raise_()
        return self.about


def install_help(host: Host) -> HelpActions:
    """Add User Guide and About to the window's Help menu (the last menu of the bar)."""
    return HelpActions(host)
