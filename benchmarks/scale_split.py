"""Opening a case split in two for the scale benchmark: the data path and Qt's paint.

``scale.py`` measures opening a case as the user sees it: from the click in the tree until the
timeline's first screen is painted. These two measurements say where that time goes:

- **the data path**: what the window reads to show the case, with no widget involved: the
  case header's ``CaseReader.detail`` and the ``TimelineModel``'s first page (a model
  without a view), both through the window's ``FileReader``, against the statements of that
  first page run straight through sqlite3 (the filter bar reads the case's people only when
  its box is used);
- **the paint**: the timeline's first screen painted again (the table asks the model's
  ``data()`` for every visible cell), against a ``QTableView`` of the same size painting the
  same texts from a ``QStandardItemModel``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def data_path(reader: Any, case_id: int) -> Callable[[], object]:
    """Read what opening ``case_id`` shows: the header and the timeline's first page."""
    from proxydesk.ui.models.timeline import TimelineModel

    model = TimelineModel(reader.timeline)

    def work() -> None:
        reader.cases.detail(case_id)
        model.set_case(case_id)
        assert model.rowCount() > 0

    return work


def _plain_table(window: Any, model: Any | None = None) -> tuple[Any, Callable[[str], None]]:
    """A plain ``QTableView`` of the timeline's size and row height, shown, and a repaint
    that checks it painted; keep the view alive while timing."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QTableView

    view = QTableView()
    if model is not None:
        view.setModel(model)
    rows = view.verticalHeader()
    rows.hide()
    rows.setDefaultSectionSize(window.timeline.verticalHeader().defaultSectionSize())
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.resize(window.timeline.size())
    view.show()
    QApplication.processEvents()
    viewport = view.viewport()

    class Paints(QObject):
        count = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            self.count += event.type() == QEvent.Type.Paint
            return False

    paints = Paints(view)
    viewport.installEventFilter(paints)

    def repaint(what: str) -> None:
        before = paints.count
        viewport.repaint()
        assert paints.count > before, f"{what} did not paint"

    return view, repaint


def bare_table(window: Any) -> tuple[Any, Callable[[], object]]:
    """A plain ``QTableView`` beside the window's timeline, showing the same texts, and its
    repaint; keep the returned view alive while timing."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    source = window.timeline_model
    model = QStandardItemModel(source.rowCount(), source.columnCount())
    for row in range(source.rowCount()):
        for column in range(source.columnCount()):
            text = source.data(source.index(row, column), Qt.ItemDataRole.DisplayRole)
            model.setItem(row, column, QStandardItem(str(text or "")))
    view, repaint = _plain_table(window, model)
    header = window.timeline.horizontalHeader()
    for column in range(source.columnCount()):
        view.horizontalHeader().resizeSection(column, header.sectionSize(column))
    return view, lambda: repaint("the plain table")


def leanest_window(
    window: Any, db: Any, sql: str, case_id: int, rows: int
) -> tuple[Any, Callable[[], object]]:
    """The leanest window that opens the same page: the plainest SQL for its rows, their
    texts in a ``QStandardItemModel``, a plain ``QTableView`` of the timeline's size painted.
    Keep the returned view alive while timing."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    view, repaint = _plain_table(window)

    def open_page() -> None:
        model = QStandardItemModel(0, 5)
        for row in db.execute(sql, (case_id, rows)):
            # when, kind, who, summary, the call's hold
            model.appendRow([QStandardItem(str(row[i] or "")) for i in (3, 2, 7, 8, 11)])
        view.setModel(model)
        repaint("the leanest window")

    return view, open_page
