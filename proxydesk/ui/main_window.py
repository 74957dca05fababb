"""The main window: relatives and cases, the chosen case's timeline, one entry in full."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from proxydesk.reading.file import FileReader
from proxydesk.ui.formatting import TimeFormat
from proxydesk.ui.models.relatives_cases import RelativesCasesModel
from proxydesk.ui.models.timeline import TimelineModel
from proxydesk.ui.runner import Runner
from proxydesk.ui.widgets.case_header import CaseHeader
from proxydesk.ui.widgets.entry_detail import EntryDetail
from proxydesk.ui.widgets.labels import plain_label
from proxydesk.ui.widgets.timeline_filter import TimelineFilterBar
from proxydesk.ui.widgets.timeline_view import TimelineView

if TYPE_CHECKING:
    from proxydesk.services.registry import Services
    from proxydesk.ui.mail.operations import MailServices

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


def _placeholder(text: str) -> QLabel:
    label = plain_label(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setMargin(24)
    label.setEnabled(False)
    return label


class MainWindow(QMainWindow):
    """The tree on the left, the case in the middle, an entry on the right.

    What it shows is read through a ``FileReader`` (plain sqlite3), so the window can be
    shown before SQLAlchemy and the services are loaded; ``attach`` then brings the
    services and with them every feature: the menus, the docks, editing, mail, paper.
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
        self._sized = False
        self._painted = False
        #: work off the GUI thread: a writer lane and a parallel lane (see ui/runner.py)
        self.runner = Runner(self)
        self.time_format = time_format = TimeFormat(parent=self)
        self.tree_model = RelativesCasesModel(reader.cases, self)
        self.timeline_model = TimelineModel(reader.timeline, time_format=time_format, parent=self)

        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setAccessibleName(self.tr("Relatives and cases"))
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setAllColumnsShowFocus(True)
        tree_header = self.tree.header()
        tree_header.setStretchLastSection(False)
        tree_header.setSectionResizeMode(
            RelativesCasesModel.COLUMN_NAME, QHeaderView.ResizeMode.Stretch
        )
        for column in (RelativesCasesModel.COLUMN_OPEN, RelativesCasesModel.COLUMN_OVERDUE):
            tree_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.no_relatives = _placeholder(self._no_relatives_text())
        self.left = QStackedWidget()
        self.left.addWidget(self.no_relatives)
        self.left.addWidget(self.tree)

        self.header = CaseHeader(time_format=time_format, today=self._today)
        self.header_scroll = QScrollArea()
        self.header_scroll.setWidget(self.header)
        self.header_scroll.setAccessibleName(self.tr("The case at a glance"))
        self.header_scroll.setWidgetResizable(True)
        self.header_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.header_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.timeline = TimelineView(self.timeline_model)
        self.case_view = QSplitter(Qt.Orientation.Vertical)
        self.case_view.addWidget(self.header_scroll)
        self.filter_bar = TimelineFilterBar(self.timeline_model, reader.timeline)
        self.timeline_empty = self.filter_bar.explain_empty(self.timeline)
        timeline_pane = QWidget()
        timeline_layout = QVBoxLayout(timeline_pane)
        timeline_layout.setContentsMargins(0, 4, 0, 0)
        timeline_layout.addWidget(self.filter_bar)
        timeline_layout.addWidget(self.timeline, 1)
        self.case_view.addWidget(timeline_pane)
        self.case_view.setStretchFactor(0, 0)
        self.case_view.setStretchFactor(1, 1)
        self.case_view.setChildrenCollapsible(False)
        self.no_case = _placeholder("")
        self.middle = QStackedWidget()
        self.middle.addWidget(self.no_case)
        self.middle.addWidget(self.case_view)

        self.detail = EntryDetail(clock=reader.clock, time_format=time_format)
        self.detail.setContentsMargins(8, 8, 8, 8)

        panes = QSplitter(Qt.Orientation.Horizontal)
        for index, pane in enumerate((self.left, self.middle, self.detail)):
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

        tree_selection = self.tree.selectionModel()
        tree_selection.selectionChanged.connect(self._case_selection_changed)
        timeline_selection = self.timeline.selectionModel()
        timeline_selection.selectionChanged.connect(self._entry_selection_changed)

    @property
    def features_ready(self) -> bool:
        """The services are attached: every menu, dock and shortcut is there."""
        return self._services is not None

    @property
    def services(self) -> Services:
        """The services of the file, once ``attach`` brought them."""
        assert self._services is not None, "the window's services are not attached yet"
        return self._services

    def attach(self, services: Services, *, mail: MailServices | None = None) -> None:
        """Install the features on the services of the same file: menus, docks, shortcuts."""
        # the features load SQLAlchemy and the services: only now, after the first screen
        from proxydesk.ui.call_logger.install import install_call_logger
        from proxydesk.ui.documents.feature import DocumentsFeature
        from proxydesk.ui.editing.install import install_editing
        from proxydesk.ui.files.menu import FileMenu
        from proxydesk.ui.files.shortcuts import install_window_keys
        from proxydesk.ui.help.install import install_help
        from proxydesk.ui.mail.feature import MailFeature
        from proxydesk.ui.mail.operations import MailServices
        from proxydesk.ui.paper.feature import install_paper
        from proxydesk.ui.promises.install import install_promises
        from proxydesk.ui.reminders.install import install_reminders
        from proxydesk.ui.search.feature import SearchFeature

        self._services = services
        # New, Open, Open Recent and Save a Copy go before Quit
        self.file_menu = FileMenu(self, self.file_menu_widget, services.case_file, self.runner)
        self.file_menu_widget.addAction(self.quit_action)
        self._tell_upgrade(services.case_file.backup_path)
        # calls, promises and reminders bring their own menus, docks and shortcuts
        self.call_logger = install_call_logger(self, services)
        self.promises = install_promises(self, services)
        self.reminders = install_reminders(self, services, self.promises)
        # mail, documents and the search across the whole file
        mail = mail or MailServices.for_file(
            services.case_file, services.timeline.clock, history=services.history
        )
        self.mail = MailFeature(
            self, mail, services.cases, self.runner, time_format=self.time_format
        )
        self.documents = DocumentsFeature(self, services, self.runner)
        self.search = SearchFeature(self, services, self.time_format)
        self.paper = install_paper(self, services)
        self.editing = install_editing(self, services)
        # after the features: Go and Help come last, and the keys dialog lists every feature's
        self.keys = install_window_keys(self)
        self.help = install_help(self, services.case_file.path)
        self.attached.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.header.editing_story:
            self.header.save_story()  # a story being written is kept, as when leaving the case
        self.closing.emit()
        # a sync stops at its next batch; the file is closed only after the threads end
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
        if not self._painted:
            QTimer.singleShot(UNPAINTED_MS, self, self._first_paint_done)
        if not self._sized:
            self.keep_case_view_sizes()
            # after the header's rows are shown and laid out at their real width
            QTimer.singleShot(0, self, self._size_case_view)

    def keep_case_view_sizes(self) -> None:
        """The header/timeline split stays as it is (restored), not sized on the first show."""
        self._sized = True

    def _size_case_view(self) -> None:
        """Give the header the room it asks for (up to a share), the timeline the rest."""
        total = self.case_view.height()
        width = self.header_scroll.viewport().width()
        wanted = (
            self.header.heightForWidth(width)
            if self.header.hasHeightForWidth()
            else self.header.sizeHint().height()
        )
        header = min(wanted, int(total * HEADER_SHARE))
        self.case_view.setSizes([header, max(total - header, 0)])

    # -- building ----------------------------------------------------------------------

    def _build_file_menu(self) -> None:
        """File with Quit at first; ``attach`` adds New, Open, Open Recent and Save a Copy."""
        self.file_menu_widget = self.menuBar().addMenu(self.tr("&File"))
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
            self.statusBar().addPermanentWidget(plain_label(self.tr("read-only")))

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
            room = screen.availableGeometry().size() * SCREEN_SHARE
            wanted = wanted.boundedTo(room)
        self.resize(wanted)

    def _title(self) -> str:
        name = self.reader.path.name
        if self.writable:
            return self.tr("ProxyDesk — {name}").format(name=name)
        return self.tr("ProxyDesk — {name} (read-only)").format(name=name)

    # -- loading and choosing ----------------------------------------------------------

    def load(self) -> None:
        """Read the tree again and choose the case to start with."""
        self.tree_model.reload()
        self.tree.expandAll()
        has_rows = self.tree_model.rowCount() > 0
        self.left.setCurrentWidget(self.tree if has_rows else self.no_relatives)
        self._show_case(None)
        self.select_start_case()

    def case_indexes(self) -> list[QModelIndex]:
        """Every case row of the tree, top to bottom (a shared case appears once per relative)."""
        found = []
        for group_row in range(self.tree_model.rowCount()):
            group = self.tree_model.index(group_row, 0)
            for row in range(self.tree_model.rowCount(group)):
                found.append(self.tree_model.index(row, 0, group))
        return found

    def select_start_case(self) -> None:
        """The first case with open promises, else the first case: something to see at once."""
        cases = self.case_indexes()
        with_open = [i for i in cases if self._case_id_at(i, with_open_promises=True)]
        chosen = (with_open or cases)[:1]
        if chosen:
            self._select_tree_row(chosen[0])

    def select_case(self, case_id: int) -> bool:
        for index in self.case_indexes():
            if self._case_id_at(index) == case_id:
                self._select_tree_row(index)
                return True
        return False

    def select_entry(self, row: int) -> None:
        index = self.timeline_model.index(row, 0)
        self.timeline.setCurrentIndex(index)
        self.timeline.scrollTo(index)

    @property
    def current_case_id(self) -> int | None:
        return self.timeline_model.case_id

    def _case_id_at(self, index: QModelIndex, *, with_open_promises: bool = False) -> int | None:
        case = self.tree_model.case_at(index)
        if case is None or (with_open_promises and case.open_promises == 0):
            return None
        return case.id

    def _select_tree_row(self, index: QModelIndex) -> None:
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)

    def _case_selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        for index in selected.indexes():
            case_id = self._case_id_at(index)
            if case_id is not None:
                if case_id != self.timeline_model.case_id:
                    self._show_case(case_id)
                return

    def show_timeline_entry(self, case_id: int, entry_id: int) -> bool:
        """Choose the case and in its (unfiltered) timeline the event; False if not found."""
        if case_id != self.current_case_id and not self.select_case(case_id):
            return False
        if self.timeline_model.filter.active:
            self.filter_bar.clear()
        row = self.timeline_model.row_of(entry_id)
        if row is None:
            return False
        self.select_entry(row)
        self.timeline.setFocus()
        return True

    def refresh_case(self) -> None:
        """Read the case header again (e.g. a power of attorney was stored)."""
        case_id = self.current_case_id
        if case_id is not None:
            self.header.show_case(self.reader.cases.detail(case_id))

    def _show_case(self, case_id: int | None) -> None:
        self.timeline_model.set_case(case_id, where=self.filter_bar.for_case(case_id))
        self.detail.clear()
        if case_id is None:
            self.no_case.setText(self._no_case_text())
            self.middle.setCurrentWidget(self.no_case)
            return
        self.header.show_case(self.reader.cases.detail(case_id))
        # the header's new rows are shown (and measured) once the event loop runs
        QTimer.singleShot(0, self, self._keep_header_whole)
        self.middle.setCurrentWidget(self.case_view)
        self.timeline.scrollToTop()

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
        rows = self.timeline.selectionModel().selectedRows()
        if rows:
            self.detail.show_entry(self.timeline_model.entry(rows[0].row()))
        else:
            self.detail.clear()
