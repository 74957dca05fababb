"""The promises view: this case's or every case's statements, filtered, with their actions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from proxydesk.domain import PromiseStatus
from proxydesk.services.promises import PromiseService
from proxydesk.ui.formatting import TimeFormat
from proxydesk.ui.promises.actions import PromiseActions
from proxydesk.ui.promises.model import PromiseFilter, PromisesFilterModel, PromisesModel
from proxydesk.ui.widgets.empty_state import EmptyState
from proxydesk.ui.widgets.labels import plain_label
from proxydesk.views import PromiseView

Clock = Callable[[], datetime]

#: the scope chooser's entries, in order
THIS_CASE, ALL_CASES = 0, 1
FILTERS = [PromiseFilter.OPEN, PromiseFilter.DUE_TODAY, PromiseFilter.OVERDUE, PromiseFilter.ALL]
WHO_CHARS = 22
CASE_CHARS = 30


class PromisesPanel(QWidget):
    """Scope and filter on top, the table, the actions below; the chosen row is announced."""

    promise_selected = Signal(int)

    def __init__(
        self,
        *,
        promises: PromiseService,
        actions: PromiseActions,
        clock: Clock,
        time_format: TimeFormat,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._actions = actions
        self._clock = clock
        self._current_case: int | None = None
        self.model = PromisesModel(promises, clock=clock, time_format=time_format, parent=self)
        self.proxy = PromisesFilterModel(self)
        self.proxy.setSourceModel(self.model)

        self.scope = QComboBox()
        self.scope.addItems([self.tr("This case"), self.tr("All cases")])
        self.filter = QComboBox()
        self.filter.addItems(
            [self.tr("Open"), self.tr("Due today"), self.tr("Overdue"), self.tr("All")]
        )
        self.shown = plain_label()
        bar = QHBoxLayout()
        bar.addWidget(self.scope)
        bar.addWidget(self.filter)
        bar.addWidget(self.shown, 1)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Promises and claims"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(PromisesModel.COLUMN_DUE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        for column in range(PromisesModel.COLUMN_COUNT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PromisesModel.COLUMN_WHAT, QHeaderView.ResizeMode.Stretch)
        # names and case titles can be long: they start this wide and the user sizes them
        chars = self.fontMetrics().averageCharWidth()
        for column, width in (
            (PromisesModel.COLUMN_WHO, WHO_CHARS),
            (PromisesModel.COLUMN_CASE, CASE_CHARS),
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, chars * width)

        self.kept = QPushButton(self.tr("&Kept…"))
        self.broken = QPushButton(self.tr("&Broken…"))
        self.false = QPushButton(self.tr("&False…"))
        self.link = QPushButton(self.tr("&Link as contradicting…"))
        self.side_by_side = QPushButton(self.tr("&Side by side"))
        self.remind = QPushButton(self.tr("&Remind me…"))
        self.kept.setToolTip(self.tr("The promise was kept"))
        self.broken.setToolTip(self.tr("The promise was broken"))
        self.false.setToolTip(self.tr("The claim turned out false"))
        self.link.setToolTip(self.tr("Select two statements that cannot both be true"))
        buttons = QHBoxLayout()
        for button in (self.kept, self.broken, self.false, self.link, self.side_by_side):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.remind)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.scope.currentIndexChanged.connect(self._scope_changed)
        self.filter.currentIndexChanged.connect(self._filter_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.kept.clicked.connect(lambda: self._resolve(PromiseStatus.KEPT))
        self.broken.clicked.connect(lambda: self._resolve(PromiseStatus.BROKEN))
        self.false.clicked.connect(lambda: self._resolve(PromiseStatus.FALSE))
        self.link.clicked.connect(self._link)
        self.side_by_side.clicked.connect(self._side_by_side)
        self.remind.clicked.connect(self._remind)
        self.proxy.modelReset.connect(self._update)
        self.proxy.layoutChanged.connect(self._update)
        self.proxy.rowsInserted.connect(self._update)
        self.proxy.rowsRemoved.connect(self._update)
        self.empty = EmptyState(self.table, self._empty_text)
        self.model.clear()

    # -- what is shown -------------------------------------------------------------------

    def _empty_text(self) -> str:
        if not self.model.active:
            return self.tr("Choose a case on the left to see its promises and claims.")
        if self.model.rowCount():
            return {
                PromiseFilter.OPEN: self.tr("Nothing is open: every promise has turned out."),
                PromiseFilter.DUE_TODAY: self.tr("Nothing is due today."),
                PromiseFilter.OVERDUE: self.tr("Nothing is overdue."),
            }.get(self.proxy.filter, "")
        return self.tr(
            "No promises or claims recorded yet. During a call, Ctrl+P records what they "
            "promised or claimed."
        )

    def set_current_case(self, case_id: int | None) -> None:
        """The window's case; shown when the scope is "this case"."""
        self._current_case = case_id
        if self.scope.currentIndex() == THIS_CASE:
            self._show_current_case()

    def set_read_only(self, read_only: bool) -> None:
        """A file open read-only shows its promises but marks and links none."""
        for button in (self.kept, self.broken, self.false, self.link, self.remind):
            button.setVisible(not read_only)

    def set_scope(self, *, all_cases: bool) -> None:
        self.scope.setCurrentIndex(ALL_CASES if all_cases else THIS_CASE)

    def set_filter(self, value: PromiseFilter) -> None:
        self.filter.setCurrentIndex(FILTERS.index(value))

    def reload(self) -> None:
        """Read again (after a change, or as time makes promises overdue), keeping the choice."""
        chosen = self.selected_ids()
        self.model.reload()
        for promise_id in chosen:
            self.select_promise(promise_id, add=True)

    def visible_promises(self) -> list[PromiseView]:
        return [self.model.promise(self.proxy.source_row(r)) for r in range(self.proxy.rowCount())]

    def selected_promises(self) -> list[PromiseView]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.model.promise(self.proxy.source_row(r)) for r in rows]

    def selected_ids(self) -> list[int]:
        return [p.id for p in self.selected_promises()]

    def select_promise(self, promise_id: int, *, add: bool = False) -> bool:
        row = self.model.row_of(promise_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        selection = self.table.selectionModel()
        flags = (
            selection.SelectionFlag.Select if add else selection.SelectionFlag.ClearAndSelect
        ) | selection.SelectionFlag.Rows
        selection.select(index, flags)
        self.table.scrollTo(index)
        return True

    def _scope_changed(self, index: int) -> None:
        if index == ALL_CASES:
            self.model.set_case(None)
        else:
            self._show_current_case()

    def _show_current_case(self) -> None:
        if self._current_case is None:
            self.model.clear()
        elif not self.model.active or self.model.case_id != self._current_case:
            self.model.set_case(self._current_case)

    def _filter_changed(self, index: int) -> None:
        self.proxy.set_filter(FILTERS[index])
        self._update()
        # empty before and after: no rows came or went, but the reason did
        self.empty.refresh()

    def _selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._update()
        ids = self.selected_ids()
        if len(ids) == 1:
            self.promise_selected.emit(ids[0])

    def _update(self) -> None:
        count = self.proxy.rowCount()
        self.shown.setText(self.tr("%n statement(s)", "", count))
        chosen = self.selected_promises()
        one_open = len(chosen) == 1 and chosen[0].status == PromiseStatus.OPEN
        for button in (self.kept, self.broken, self.false, self.remind):
            button.setEnabled(one_open)
        self.link.setEnabled(len(chosen) == 2)
        self.side_by_side.setEnabled(len(chosen) == 1 and bool(chosen[0].contradicts))

    # -- actions -------------------------------------------------------------------------

    def _resolve(self, status: PromiseStatus) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self._actions.resolve(ids[0], status)

    def _link(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 2:
            self._actions.link(ids[0], ids[1])

    def _side_by_side(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self._actions.side_by_side(ids[0])

    def _remind(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self._actions.remind(ids[0], self._clock())
