"""The left pane: relatives and their cases in a tree, or a word when there are none yet."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QStackedWidget,
    QTreeView,
)

from proxydesk.ui.host import CaseListRow, RowMenu
from proxydesk.ui.models.relatives_cases import RelativesCasesModel, TreeSource
from proxydesk.ui.widgets.labels import plain_label

#: a case's open and overdue promise counts, by case id
Counts = dict[int, tuple[int, int]]


def placeholder(text: str) -> QLabel:
    """A centred, greyed sentence where a pane has nothing to show yet."""
    label = plain_label(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setMargin(24)
    label.setEnabled(False)
    return label


class CaseTree(QTreeView):
    """The tree; a right-click on a row asks every feature for its actions."""

    def __init__(self, model: RelativesCasesModel) -> None:
        super().__init__()
        self.setModel(model)
        self._model = model
        self.row_menus: list[RowMenu] = []
        #: the last row menu shown (tests and features may look at it)
        self.row_menu: QMenu | None = None

    def row_at(self, pos: QPoint) -> CaseListRow | None:
        index = self.indexAt(pos)
        if not index.isValid():
            return None
        model = self._model
        row = model.index(index.row(), 0, index.parent())
        case = model.case_at(row)
        under = row.parent() if case is not None else row
        relative = (
            model.data(under, RelativesCasesModel.RELATIVE_ID_ROLE) if under.isValid() else None
        )
        name = str(model.data(under)) if under.isValid() else ""
        return CaseListRow(case, relative if isinstance(relative, int) else None, name)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        row = self.row_at(event.pos())
        if row is None or not self.row_menus:
            return
        if self.row_menu is not None:
            self.row_menu.deleteLater()
        menu = QMenu(self)
        self.row_menu = menu
        for add in self.row_menus:
            if menu.actions() and not menu.actions()[-1].isSeparator():
                menu.addSeparator()
            add(menu, row)
        while menu.actions() and menu.actions()[-1].isSeparator():
            menu.removeAction(menu.actions()[-1])
        if menu.actions():
            menu.popup(event.globalPos())


class CaseList(QStackedWidget):
    """Relatives and cases with their promise counts; which case is chosen."""

    def __init__(self, source: TreeSource, empty_text: str) -> None:
        super().__init__()
        self.model = RelativesCasesModel(source, self)
        self.tree = tree = CaseTree(self.model)
        tree.setUniformRowHeights(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tree.setAllColumnsShowFocus(True)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(RelativesCasesModel.COLUMN_NAME, QHeaderView.ResizeMode.Stretch)
        for column in (RelativesCasesModel.COLUMN_OPEN, RelativesCasesModel.COLUMN_OVERDUE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.no_relatives = placeholder(empty_text)
        self.addWidget(self.no_relatives)
        self.addWidget(tree)

    def reload(self) -> None:
        """Read the tree again; the chosen row is chosen again when it is still there."""
        chosen = self.chosen()
        self.model.reload()
        self.tree.expandAll()
        self.setCurrentWidget(self.tree if self.model.rowCount() > 0 else self.no_relatives)
        if chosen is not None:
            self._choose_again(*chosen)

    def case_indexes(self) -> list[QModelIndex]:
        """Every case row of the tree, top to bottom (a shared case appears once per relative)."""
        model = self.model
        found = []
        for group_row in range(model.rowCount()):
            group = model.index(group_row, 0)
            for row in range(model.rowCount(group)):
                found.append(model.index(row, 0, group))
        return found

    def counts(self) -> Counts:
        """The open and overdue promises each case shows now."""
        return {
            case.id: (case.open_promises, case.overdue_promises)
            for index in self.case_indexes()
            if (case := self.model.case_at(index)) is not None
        }

    def select_start_case(self) -> None:
        """The first case with open promises, else the first case: something to see at once."""
        cases = self.case_indexes()
        with_open = [i for i in cases if (c := self.model.case_at(i)) and c.open_promises]
        chosen = (with_open or cases)[:1]
        if chosen:
            self._choose(chosen[0])

    def select_case(self, case_id: int) -> bool:
        for index in self.case_indexes():
            case = self.model.case_at(index)
            if case is not None and case.id == case_id:
                self._choose(index)
                return True
        return False

    def step(self, by: int) -> bool:
        """Choose the case ``by`` rows further down (up, if negative); False at either end."""
        rows = self.case_indexes()
        if not rows:
            return False
        current = self.tree.currentIndex()
        here = next((i for i, row in enumerate(rows) if row == current), None)
        if here is None:
            there = 0 if by > 0 else len(rows) - 1
        else:
            there = here + by
            if not 0 <= there < len(rows):
                return False
        self._choose(rows[there])
        return True

    def current_relative_id(self) -> int | None:
        """The relative of the current row; of a case row, the one it is listed under."""
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        found = self.model.data(index.siblingAtColumn(0), RelativesCasesModel.RELATIVE_ID_ROLE)
        return found if isinstance(found, int) else None

    def chosen(self) -> tuple[int, int | None] | None:
        """The chosen case, and the relative it is chosen under."""
        index = self.tree.currentIndex()
        case = self.model.case_at(index)
        if case is None:
            return None
        return case.id, self.current_relative_id()

    def _choose_again(self, case_id: int, relative_id: int | None) -> None:
        for index in self.case_indexes():
            case = self.model.case_at(index)
            parent = self.model.data(index, RelativesCasesModel.RELATIVE_ID_ROLE)
            if case is not None and case.id == case_id and parent == relative_id:
                self._choose(index)
                return
        self.select_case(case_id)

    def _choose(self, index: QModelIndex) -> None:
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
