"""Where the features put their parts in the main window: menus, actions, panels, the panes.

``WindowPlaces`` is the main window's base: the placing half of the ``Host`` interface
(``proxydesk/ui/host.py``). ``MainWindow`` adds the reading, choosing and writing half.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QMainWindow,
    QMenu,
    QSplitter,
    QToolBar,
    QWidget,
)

from proxydesk.ui.host import CaseListRow, Menu, Pane, RowMenu, Side
from proxydesk.ui.widgets.case_list import CaseList
from proxydesk.ui.widgets.case_pane import CasePane, EntryPane
from proxydesk.ui.widgets.entry_detail import EntryDetail
from proxydesk.views import TimelineEntry

# the tool bar's object name (its place is kept with the window's layout)
TOOL_BAR = "tool-bar"
_AREAS = {
    Side.TOP: Qt.DockWidgetArea.TopDockWidgetArea,
    Side.BOTTOM: Qt.DockWidgetArea.BottomDockWidgetArea,
    Side.RIGHT: Qt.DockWidgetArea.RightDockWidgetArea,
}


class WindowPlaces(QMainWindow):
    """Menus in their order, window actions, the entry's context menu, docks, the status bar."""

    left: CaseList
    middle: CasePane
    right: EntryPane
    detail: EntryDetail
    quit_action: QAction
    panes: QSplitter
    _sized: bool

    def layout_parts(self) -> dict[str, QSplitter | QHeaderView]:
        """The pieces whose sizes the user sets, by the name they are kept under."""
        return {
            "panes": self.panes,
            "case_view": self.middle.case_view,
            "tree_columns": self.left.tree.header(),
            "timeline_columns": self.middle.timeline.horizontalHeader(),
        }

    def keep_restored(self, name: str) -> None:
        if name == "timeline_columns":
            # and whether a column measures rows at all (older ones fitted some), and
            # how narrow the time, kind and duration may get in this language
            self.middle.timeline.keep_restored()
        if name == "case_view":
            # the header's share is the user's now, not the one made for a first look
            self.keep_case_view_sizes()

    def keep_case_view_sizes(self) -> None:
        """The header/timeline split stays as it is (restored), not sized on the first show."""
        self._sized = True

    def set_header_editable(self, editable: bool) -> None:
        self.middle.header.set_editable(editable)

    def start_story_edit(self) -> None:
        self.middle.header.start_story_edit()

    def follow_empty_links(self, follow: Callable[[str], None]) -> None:
        for label in (self.left.no_relatives, self.middle.no_case):
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setEnabled(True)
            label.setOpenExternalLinks(False)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            label.linkActivated.connect(follow)

    def dialog_parent(self) -> QWidget:
        return self

    def focus(self, pane: Pane) -> None:
        widget = self.left.tree if pane is Pane.CASES else self.middle.timeline
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def step_case(self, by: int) -> bool:
        return self.left.step(by)

    def menu(self, name: Menu, title: str = "") -> QMenu:
        """The menu ``name``, made with ``title`` in its place on the bar on first use."""
        bar = self.menuBar()
        found = bar.findChild(QMenu, _menu_name(name))
        if isinstance(found, QMenu):
            return found
        menu = QMenu(title, bar)
        menu.setObjectName(_menu_name(name))
        later = [
            m
            for later_name in Menu
            if later_name > name
            and isinstance(m := bar.findChild(QMenu, _menu_name(later_name)), QMenu)
        ]
        if later:
            bar.insertMenu(later[0].menuAction(), menu)
        else:
            bar.addMenu(menu)
        return menu

    def set_menu_corner(self, widget: QWidget) -> None:
        self.menuBar().setCornerWidget(widget, Qt.Corner.TopRightCorner)

    def add_file_action(self, action: QAction, *, separated: bool = True) -> None:
        menu = self.menu(Menu.FILE)
        menu.insertAction(self.quit_action, action)
        if separated:
            menu.insertSeparator(self.quit_action)

    def add_tool_action(self, action: QAction) -> None:
        found = self.findChild(QToolBar, TOOL_BAR)
        bar = found if isinstance(found, QToolBar) else self._tool_bar()
        bar.setObjectName(TOOL_BAR)
        bar.addAction(action)
        bar.show()  # made after the window was shown, it would stay hidden

    def _tool_bar(self) -> QToolBar:
        # spelled out: self.tr would look under the subclass's name (MainWindow)
        return self.addToolBar(QCoreApplication.translate("WindowPlaces", "Tools"))

    def add_window_action(self, action: QAction) -> None:
        self.addAction(action)

    def add_entry_action(self, action: QAction) -> None:
        # right-click on a timeline row: the row is selected first, then the actions show
        timeline = self.middle.timeline
        timeline.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        timeline.addAction(action)

    def add_row_menu(self, add: RowMenu) -> None:
        self.left.tree.row_menus.append(add)

    def row_at(self, pos: QPoint) -> CaseListRow | None:
        return self.left.tree.row_at(pos)

    def case_list_view(self) -> QAbstractItemView:
        return self.left.tree

    def add_panel(self, dock: QDockWidget, side: Side = Side.BOTTOM, *, beside: str = "") -> None:
        self.addDockWidget(_AREAS[side], dock)
        other = self.findChild(QDockWidget, beside) if beside else None
        if isinstance(other, QDockWidget):
            self.splitDockWidget(other, dock, Qt.Orientation.Horizontal)
        dock.hide()

    def show_panel(self, dock: QDockWidget) -> None:
        dock.show()
        dock.raise_()

    def add_side_view(self, view: QWidget) -> None:
        self.right.add_view(view)

    def show_side_view(self, view: QWidget | None) -> None:
        self.right.show_view(view)

    def add_entry_body(
        self,
        view: QWidget,
        accepts: Callable[[TimelineEntry], bool],
        shows: Callable[[TimelineEntry], None],
    ) -> None:
        self.detail.add_body_view(view, accepts, shows)

    def add_status_widget(self, widget: QWidget, *, permanent: bool = False) -> None:
        bar = self.statusBar()
        if permanent:
            bar.addPermanentWidget(widget)
        else:
            bar.addWidget(widget)

    def show_message(self, text: str, msecs: int = 0) -> None:
        self.statusBar().showMessage(text, msecs)


def _menu_name(name: Menu) -> str:
    """The object name a menu is found by: "help-menu", "settings-menu" (see ui/help, language)."""
    return f"{name.name.lower()}-menu"
