"""What a feature of the main window may read and do: the host it plugs into.

A feature (calls, promises, reminders, mail, documents, paper, search, editing, help...) is
made with a ``Host`` and nothing else of the window: it reads the services, the runner, the
chosen case; it adds its menus, actions, panels and status-bar widgets through the host; it
writes through ``Host.write`` (off the GUI thread, then the change notification) and listens
to ``Host.notifier``. It keeps its widgets to itself. When two features must talk, the host
carries it (``HostEvents``). ``MainWindow`` implements this; the list of features is in
``proxydesk/ui/features.py``.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QMenu, QWidget

from proxydesk.changes import Changes
from proxydesk.ui.changes import ChangeNotifier
from proxydesk.ui.formatting import TimeFormat
from proxydesk.ui.runner import Runner, Task
from proxydesk.views import CaseSummary, TimelineEntry

if TYPE_CHECKING:
    from proxydesk.mail.actions import MailServices
    from proxydesk.services.registry import Services


class Menu(enum.IntEnum):
    """The menus of the window, in their order on the menu bar."""

    FILE = enum.auto()
    EDIT = enum.auto()
    CALL = enum.auto()
    PROMISES = enum.auto()
    REMINDERS = enum.auto()
    MAIL = enum.auto()
    PAPER = enum.auto()
    GO = enum.auto()
    SETTINGS = enum.auto()
    HELP = enum.auto()


class Side(enum.Enum):
    """Where a panel (a dock) goes."""

    TOP = "top"
    BOTTOM = "bottom"
    RIGHT = "right"


class Pane(enum.Enum):
    """The panes of the window the keyboard can go to."""

    CASES = "cases"
    TIMELINE = "timeline"


@dataclass(frozen=True)
class CaseListRow:
    """A row of the relatives-and-cases list: a case (under a relative, or not) or a relative."""

    case: CaseSummary | None
    relative_id: int | None
    relative_name: str


#: adds a feature's actions to the menu of a row of the case list (the menu may stay empty)
RowMenu = Callable[[QMenu, CaseListRow], None]
#: the result of a write, handed to the feature once its changes are told
Done = Callable[[Any], object]
#: what a write changed, when its function does not say so itself: fixed, or from its result
ChangesOf = Changes | Callable[[Any], Changes]


class Write(Protocol):
    """The one write path, as ``Host.write`` offers it (see there)."""

    def __call__(
        self,
        fn: Callable[..., Any],
        *args: Any,
        changes: ChangesOf | None = None,
        on_done: Done | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
        busy: QWidget | None = None,
        tell_failure: bool = True,
        name: str = "",
        **kwargs: Any,
    ) -> Task: ...


class HostEvents(QObject):
    """What happens in the window, and what one feature asks of another, as signals."""

    #: the chosen case changed (its id, or None)
    case_chosen = Signal(object)
    #: the chosen timeline entry changed (a ``TimelineEntry``, or None)
    entry_chosen = Signal(object)
    #: the window is on screen for the first time
    shown = Signal()
    #: the window is about to close
    closing = Signal()
    #: the case's story so far was written in its header: case id, the text
    story_edited = Signal(int, str)
    #: a status was chosen for the case in its header: case id, the status
    status_chosen = Signal(int, str)
    #: a promise (id) named in the chosen entry's detail was clicked
    entry_promise_chosen = Signal(int)
    #: show this promise (id) with its history (the promises feature does)
    promise_wanted = Signal(int)
    #: show every case's overdue promises (the promises feature does)
    overdue_wanted = Signal()
    #: ask how this promise (id) turned out, starting from a status (the promises feature does)
    resolution_wanted = Signal(int, object)


class Host(Protocol):
    """The main window as a feature sees it."""

    # -- what a feature reads ----------------------------------------------------------------

    @property
    def services(self) -> Services: ...

    @property
    def mail_services(self) -> MailServices: ...

    @property
    def runner(self) -> Runner: ...

    @property
    def time_format(self) -> TimeFormat: ...

    @property
    def notifier(self) -> ChangeNotifier:
        """``changed(Changes)`` after every write; ``ticked()`` each minute."""
        ...

    @property
    def events(self) -> HostEvents: ...

    @property
    def writable(self) -> bool: ...

    @property
    def current_case_id(self) -> int | None: ...

    @property
    def current_case(self) -> CaseSummary | None:
        """The chosen case as the list shows it (its counts, relatives, organization)."""
        ...

    @property
    def current_relative_id(self) -> int | None:
        """The relative the chosen case is chosen under in the list (None: not under one)."""
        ...

    @property
    def current_entry(self) -> TimelineEntry | None: ...

    # -- choosing ------------------------------------------------------------------------------

    def select_case(self, case_id: int) -> bool:
        """Choose the case in the list; False when it is not there."""
        ...

    def show_timeline_entry(self, case_id: int, entry_id: int) -> bool:
        """Choose the case and in its (unfiltered) timeline the entry; False if not found."""
        ...

    def step_case(self, by: int) -> bool:
        """Choose the case ``by`` rows further down the list (up, if negative); False at an end."""
        ...

    def focus(self, pane: Pane) -> None:
        """Put the keyboard focus into a pane."""
        ...

    def bring_to_front(self) -> None:
        """The window shown, raised and active (a notification was clicked)."""
        ...

    def set_header_editable(self, editable: bool) -> None:
        """The case header offers to edit the story and choose the status."""
        ...

    def start_story_edit(self) -> None:
        """The chosen case's story so far, ready to be written in its header."""
        ...

    def follow_empty_links(self, follow: Callable[[str], None]) -> None:
        """The window's empty states ("Add a relative…") become links; ``follow`` gets them."""
        ...

    # -- where a feature puts its parts --------------------------------------------------------

    def dialog_parent(self) -> QWidget:
        """The parent of a feature's dialogs and panels."""
        ...

    def menu(self, name: Menu, title: str = "") -> QMenu:
        """The window's menu ``name``, made (with ``title``) in its place on first use."""
        ...

    def set_menu_corner(self, widget: QWidget) -> None:
        """``widget`` in the menu bar's right corner (the search field)."""
        ...

    def add_file_action(self, action: QAction, *, separated: bool = True) -> None:
        """An action in the File menu, above Quit (and a line, when ``separated``)."""
        ...

    def add_tool_action(self, action: QAction) -> None:
        """An action on the window's tool bar (there is one once an action is put there)."""
        ...

    def add_window_action(self, action: QAction) -> None:
        """An action whose keys work anywhere in the window, in a menu or not."""
        ...

    def add_entry_action(self, action: QAction) -> None:
        """An action in the context menu of the timeline's entries."""
        ...

    def add_row_menu(self, add: RowMenu) -> None:
        """``add`` puts its actions into the menu of a case list row (right-click)."""
        ...

    def row_at(self, pos: QPoint) -> CaseListRow | None:
        """The case list row at ``pos`` of ``case_list_view().viewport()``."""
        ...

    def case_list_view(self) -> QAbstractItemView:
        """The relatives-and-cases list, for a feature that takes drops on its rows."""
        ...

    def add_panel(self, dock: QDockWidget, side: Side = Side.BOTTOM, *, beside: str = "") -> None:
        """Dock a feature's panel (hidden until shown); ``beside``: the object name of another."""
        ...

    def show_panel(self, dock: QDockWidget) -> None:
        """Show and raise a panel."""
        ...

    def add_side_view(self, view: QWidget) -> None:
        """A view that can take the right pane instead of the entry's detail."""
        ...

    def show_side_view(self, view: QWidget | None) -> None:
        """``view`` in the right pane; None: the chosen entry's detail again."""
        ...

    def add_entry_body(
        self,
        view: QWidget,
        accepts: Callable[[TimelineEntry], bool],
        shows: Callable[[TimelineEntry], None],
    ) -> None:
        """The entries ``accepts`` takes show in ``view`` in the entry's detail."""
        ...

    def add_status_widget(self, widget: QWidget, *, permanent: bool = False) -> None: ...

    def show_message(self, text: str, msecs: int = 0) -> None:
        """A message in the status bar."""
        ...

    # -- writing -------------------------------------------------------------------------------

    @property
    def write(self) -> Write:
        """The one write path: ``write(fn, *args, changes=, on_done=, busy=, ...)``.

        Runs ``fn`` on the runner's writer lane, off the GUI thread; then tells what changed
        on the notifier and calls ``on_done``. What changed is ``fn``'s result when it is a
        ``Changes``, its ``changes`` when it has them, else ``changes`` (fixed, or made from
        the result). ``busy`` is disabled while the write runs. A failure is shown to the
        user (then ``on_failed`` is called), unless ``tell_failure`` is False: a dialog that
        stays open says it itself. ``on_progress`` and ``cancellable`` go to the runner.
        """
        ...

    def show_failure(self, error: BaseException) -> None:
        """Tell the user that something could not be done, in one place."""
        ...
