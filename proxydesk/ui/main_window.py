"""The main window: relatives and cases, the chosen case's timeline, one entry in full."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QModelIndex, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QLineEdit, QMainWindow, QPushButton, QSplitter, QStyle, QWidget

from proxydesk.changes import Changes, Kind
from proxydesk.reading.file import FileReader
from proxydesk.ui.changes import ChangeNotifier
from proxydesk.ui.formatting import TimeFormat
from proxydesk.ui.host import HostEvents, Menu, Write
from proxydesk.ui.operations import WritePath
from proxydesk.ui.runner import Runner
from proxydesk.ui.widgets.case_list import CaseList
from proxydesk.ui.widgets.case_pane import CasePane, EntryPane
from proxydesk.ui.widgets.entry_detail import EntryDetail
from proxydesk.ui.widgets.labels import plain_label
from proxydesk.ui.window_places import WindowPlaces
from proxydesk.views import CaseSummary, TimelineEntry

if TYPE_CHECKING:
    from proxydesk.mail.actions import MailServices
    from proxydesk.services.registry import Services
    from proxydesk.ui.features import Features
    from proxydesk.ui.files.menu import FileMenu

#: first widths of the three panes; the middle one takes what is left
PANE_WIDTHS = (300, 760, 360)
WINDOW_HEIGHT = 860
#: a new window leaves a little of the screen free
SCREEN_SHARE = 0.95
#: at most this share of the middle pane goes to the case header at first
HEADER_SHARE = 0.62
#: a window shown but not painted (minimized) counts as painted after this long
UNPAINTED_MS = 1000
#: the status bar's room around a button in it
STATUS_AIR = 4
#: the menu bar's room around the search field in its corner
CORNER_AIR = 2

#: what the tree of relatives and cases shows
TREE_KINDS = (Kind.RELATIVES, Kind.CASES, Kind.PROMISES, Kind.ORGANIZATIONS)
#: what the case's header shows
HEADER_KINDS = (Kind.CASES, Kind.POWERS, Kind.ORGANIZATIONS, Kind.RELATIVES, Kind.ACCOUNTS)
#: what the case's timeline shows
TIMELINE_KINDS = (Kind.TIMELINE, Kind.PROMISES, Kind.MAIL, Kind.CASES)


class MainWindow(WindowPlaces, QMainWindow):
    """The tree on the left, the case in the middle, an entry on the right; the features' host.

    What it shows is read through a ``FileReader`` (plain sqlite3), so the window can be
    shown before SQLAlchemy and the services are loaded; ``attach`` then brings the
    services and with them every feature (``proxydesk/ui/features.py``), each installed with
    the window as its ``Host`` (``proxydesk/ui/host.py``).
    """

    #: the window is about to close (its layout is still as the user left it)
    closing = Signal()
    #: the services came and every feature is installed (see ``attach``)
    attached = Signal()
    #: the window's first paint is done (the first screen is up); a window shown but not
    #: painted for a while (started minimized) says so then
    first_painted = Signal()

    def __init__(
        self, reader: FileReader, *, writable: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.reader = reader
        self.writable = writable
        self._services: Services | None = None
        self._mail: MailServices | None = None
        self.features: Features | None = None
        self._sized = False
        self._painted = False
        self._shown_once = False
        #: work off the GUI thread: a writer lane and a parallel lane (see ui/runner.py)
        self.runner = Runner(self)
        self.time_format = time_format = TimeFormat(parent=self)
        #: what a write changed, to every view; the window's own events, to every feature
        self.notifier = ChangeNotifier(self, active=self.isVisible)
        self.events = HostEvents(self)
        self.write_path = WritePath(self.runner, self.notifier, self)
        #: the one write path (see ``Host.write`` and ``proxydesk/ui/operations.py``)
        self.write: Write = self.write_path.write

        self.left = CaseList(reader.cases, self._no_relatives_text())
        self.left.tree.setAccessibleName(self.tr("Relatives and cases"))
        self.tree, self.tree_model, self.no_relatives = (
            self.left.tree,
            self.left.model,
            self.left.no_relatives,
        )
        self.middle = CasePane(reader, time_format, self._today)
        middle = self.middle
        self.header, self.header_scroll = middle.header, middle.header_scroll
        self.timeline, self.timeline_model = middle.timeline, middle.timeline_model
        self.filter_bar, self.timeline_empty = middle.filter_bar, middle.timeline_empty
        self.case_view, self.no_case = middle.case_view, middle.no_case
        self.detail = EntryDetail(clock=reader.clock, time_format=time_format)
        self.detail.setContentsMargins(8, 8, 8, 8)
        self.right = EntryPane(self.detail)

        panes = QSplitter()
        for index, pane in enumerate((self.left, self.middle, self.right)):
            panes.addWidget(pane)
            panes.setStretchFactor(index, 1 if pane is self.middle else 0)
        panes.setSizes(list(PANE_WIDTHS))
        panes.setChildrenCollapsible(False)
        self.setCentralWidget(panes)
        self.panes = panes

        self._build_file_menu()
        self._build_status_bar()
        # as tall from the start as with the search field the features put in its corner:
        # the panes do not jump when the features come
        self.menuBar().setMinimumHeight(QLineEdit().sizeHint().height() + CORNER_AIR)
        self.setWindowTitle(self._title())
        self._fit_to_screen()

        self.tree.selectionModel().selectionChanged.connect(self._case_selection_changed)
        self.timeline.selectionModel().selectionChanged.connect(self._entry_selection_changed)
        self.detail.promise_chosen.connect(self.events.entry_promise_chosen)
        self.header.story_edited.connect(self.events.story_edited)
        self.header.status_chosen.connect(self.events.status_chosen)
        self.notifier.changed.connect(self._changed)
        self.notifier.ticked.connect(self._ticked)

    # -- the host: what a feature reads -------------------------------------------------------

    @property
    def features_ready(self) -> bool:
        """The services are attached: every menu, dock and shortcut is there."""
        return self.features is not None

    @property
    def services(self) -> Services:
        """The services of the file, once ``attach`` brought them."""
        assert self._services is not None, "the window's services are not attached yet"
        return self._services

    @property
    def mail_services(self) -> MailServices:
        assert self._mail is not None, "the window's services are not attached yet"
        return self._mail

    @property
    def current_case_id(self) -> int | None:
        return self.middle.case_id

    @property
    def current_case(self) -> CaseSummary | None:
        case = self.tree_model.case_at(self.tree.currentIndex())
        return case if case is not None and case.id == self.current_case_id else None

    @property
    def current_relative_id(self) -> int | None:
        return self.left.current_relative_id()

    @property
    def current_entry(self) -> TimelineEntry | None:
        return self.middle.current_entry()

    @property
    def file_menu(self) -> FileMenu:
        """New, Open, Open Recent and Save a Copy (the app controller listens to it)."""
        assert self.features is not None, "the window's services are not attached yet"
        return self.features.files

    def attach(self, services: Services, *, mail: MailServices | None = None) -> None:
        """Install the features on the services of the same file: menus, docks, shortcuts."""
        # the features load SQLAlchemy and the services: only now, after the first screen
        from proxydesk.mail.actions import MailServices
        from proxydesk.ui.features import install_features

        self._services = services
        self._mail = mail or MailServices.for_file(
            services.case_file, services.timeline.clock, history=services.history
        )
        self._tell_upgrade(services.case_file.backup_path)
        self.features = install_features(self)
        self.attached.emit()

    # -- the host: choosing ---------------------------------------------------------------------

    def select_case(self, case_id: int) -> bool:
        return self.left.select_case(case_id)

    def select_entry(self, row: int) -> None:
        self.middle.select_entry(row)

    def show_timeline_entry(self, case_id: int, entry_id: int) -> bool:
        """Choose the case and in its (unfiltered) timeline the event; False if not found."""
        if case_id != self.current_case_id and not self.select_case(case_id):
            return False
        return self.middle.show_entry(entry_id)

    def bring_to_front(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def show_failure(self, error: BaseException) -> None:
        self.write_path.show_failure(error)

    # -- the window's own life ------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.header.editing_story:
            self.header.save_story()  # a story being written is kept, as when leaving the case
        self.closing.emit()
        self.events.closing.emit()
        # a sync stops at its next batch; writes asked for are written; then the threads end
        self.runner.shutdown()
        super().closeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            # after the whole first paint: the children are painted in the same pass
            QTimer.singleShot(0, self, self._first_paint_done)

    def _first_paint_done(self) -> None:
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def _today(self) -> date:
        return self.reader.today()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.events.shown.emit()
        if not self._painted:
            QTimer.singleShot(UNPAINTED_MS, self, self._first_paint_done)
        if not self._sized:
            self.keep_case_view_sizes()
            # after the header's rows are shown and laid out at their real width
            QTimer.singleShot(0, self, self._size_case_view)

    def _size_case_view(self) -> None:
        """Give the header the room it asks for (up to a share), the timeline the rest."""
        total = self.case_view.height()
        width = self.header_scroll.viewport().width()
        header = self.header
        wanted = (
            header.heightForWidth(width)
            if header.hasHeightForWidth()
            else header.sizeHint().height()
        )
        share = min(wanted, int(total * HEADER_SHARE))
        self.case_view.setSizes([share, max(total - share, 0)])

    def _build_file_menu(self) -> None:
        """File with Quit at first; the files feature adds New, Open, Open Recent, Save a Copy."""
        self.file_menu_widget = self.menu(Menu.FILE, self.tr("&File"))
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence(self.tr("Ctrl+Q")))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.file_menu_widget.addAction(self.quit_action)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        # as tall from the start as with the buttons the features put there (mail's "Set up
        # mail…"): the window's panes do not jump when the features come
        bar.setMinimumHeight(QPushButton().sizeHint().height() + STATUS_AIR)
        self.file_label = plain_label(str(self.reader.path))
        bar.addPermanentWidget(self.file_label)
        if not self.writable:
            bar.addPermanentWidget(plain_label(self.tr("read-only")))

    def _tell_upgrade(self, backup_path: Path | None) -> None:
        if backup_path is not None:
            self.statusBar().showMessage(
                self.tr("The file was upgraded; the old version is kept as {path}").format(
                    path=backup_path
                )
            )

    def _fit_to_screen(self) -> None:
        """The panes' first widths and a tall window, but never larger than the screen."""
        wanted = QSize(sum(PANE_WIDTHS), WINDOW_HEIGHT)
        screen = self.screen()
        if screen is not None:
            wanted = wanted.boundedTo(screen.availableGeometry().size() * SCREEN_SHARE)
        self.resize(wanted)

    def _title(self) -> str:
        name = self.reader.path.name
        if self.writable:
            return self.tr("ProxyDesk — {name}").format(name=name)
        return self.tr("ProxyDesk — {name} (read-only)").format(name=name)

    # -- loading, choosing, and reading again what changed ------------------------------------

    def load(self) -> None:
        """Read the tree again and choose the case to start with."""
        self.left.reload()
        self._show_case(None)
        self.left.select_start_case()

    def case_indexes(self) -> list[QModelIndex]:
        """Every case row of the tree, top to bottom (a shared case appears once per relative)."""
        return self.left.case_indexes()

    def select_start_case(self) -> None:
        """The first case with open promises, else the first case: something to see at once."""
        self.left.select_start_case()

    def _changed(self, changes: Changes) -> None:
        """Read again what a write changed; the chosen case and entry stay chosen."""
        case_id = self.current_case_id
        if changes.touches(*TREE_KINDS):
            self.left.reload()
            if case_id is None or self.left.chosen() is None:
                self._show_case(None)  # no case chosen yet, or the case is gone
                self.left.select_start_case()
                return
        if changes.touches_case(case_id, *HEADER_KINDS):
            self.middle.show_header()
        if changes.touches_case(case_id, *TIMELINE_KINDS):
            self._reload_timeline()

    def _ticked(self) -> None:
        """Overdue follows the clock: the counts are read again when they moved."""
        if self.left.counts() != self._fresh_counts():
            self.left.reload()
            self._reload_timeline()

    def _fresh_counts(self) -> dict[int, tuple[int, int]]:
        return {c.id: (c.open_promises, c.overdue_promises) for c in self.reader.cases.cases()}

    def _reload_timeline(self) -> None:
        entry = self.middle.reload_timeline()
        if entry is None:
            self.detail.clear()
            self.events.entry_chosen.emit(None)
        else:
            self.detail.show_entry(entry)

    def _case_selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        for index in selected.indexes():
            case = self.tree_model.case_at(index)
            if case is not None:
                if case.id != self.current_case_id:
                    self._show_case(case.id)
                return

    def _show_case(self, case_id: int | None) -> None:
        self.middle.show_case(case_id, self._no_case_text())
        self.detail.clear()
        self.right.show_view(None)
        if case_id is not None:
            # the header's new rows are shown (and measured) once the event loop runs
            QTimer.singleShot(0, self, self._keep_header_whole)
        self.events.case_chosen.emit(case_id)

    def _keep_header_whole(self) -> None:
        """The splitter may not squeeze the header narrower than its content: it would clip."""
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.header_scroll.setMinimumWidth(self.header.minimumSizeHint().width() + bar)

    def _no_relatives_text(self) -> str:
        if not self.writable:
            return self.tr("No relatives yet.")
        return self.tr('No relatives yet — <a href="add-relative">Add a relative…</a>')

    def _no_case_text(self) -> str:
        if self.tree_model.relative_count == 0:
            return self._no_relatives_text()
        if not self.case_indexes():
            if not self.writable:
                return self.tr("No cases yet.")
            return self.tr('No cases yet — <a href="add-case">Open a case…</a>')
        return self.tr("Choose a case on the left to see its timeline.")

    def _entry_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        entry = self.current_entry
        if entry is not None:
            self.detail.show_entry(entry)
        else:
            self.detail.clear()
        self.events.entry_chosen.emit(entry)
