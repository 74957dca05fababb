"""Dropping a scan onto a relative in the tree on the left, with a highlight where it lands."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame

from proxydesk.ui.documents.operations import SCAN_SUFFIXES
from proxydesk.ui.host import CaseListRow

HIGHLIGHT_STYLE = (
    "QFrame { border: 2px solid palette(highlight); border-radius: 4px;"
    " background: rgba(48, 140, 198, 40); }"
)


def scan_paths(mime: QMimeData) -> list[Path]:
    """The local files in a drag that could be scans (PDF, PNG, JPEG)."""
    if not mime.hasUrls():
        return []
    paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in SCAN_SUFFIXES]


class ScanDropTarget(QObject):
    """Watches the tree's viewport; accepts scans over a relative's row only."""

    #: relative id, relative name, the dropped file
    dropped = Signal(int, str, object)

    def __init__(
        self, view: QAbstractItemView, row_at: Callable[[QPoint], CaseListRow | None]
    ) -> None:
        super().__init__(view)
        self._view = view
        self._row_at = row_at
        viewport = view.viewport()
        self.highlight = QFrame(viewport)
        self.highlight.setStyleSheet(HIGHLIGHT_STYLE)
        self.highlight.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.highlight.hide()
        view.setAcceptDrops(True)
        viewport.setAcceptDrops(True)
        viewport.installEventFilter(self)

    def relative_at(self, pos: QPoint) -> tuple[int, str, QRect] | None:
        """The relative whose row is at ``pos`` of the viewport (not a case row), and the row."""
        row = self._row_at(pos)
        if row is None or row.case is not None or row.relative_id is None:
            return None  # a case row, or "cases without a relative"
        return row.relative_id, row.relative_name, self._view.visualRect(self._view.indexAt(pos))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragMoveEvent)
            self._drag(event)
            return True
        if kind == QEvent.Type.DragLeave:
            self.highlight.hide()
            return True
        if kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            self._drop(event)
            return True
        return False

    def _drag(self, event: QDragMoveEvent) -> None:
        target = self.relative_at(event.position().toPoint())
        if target is None or not scan_paths(event.mimeData()):
            self.highlight.hide()
            event.ignore()
            return
        rect = target[2]
        rect.setLeft(0)
        rect.setRight(self._view.viewport().width() - 1)
        self.highlight.setGeometry(rect)
        self.highlight.show()
        self.highlight.raise_()
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()

    def _drop(self, event: QDropEvent) -> None:
        self.highlight.hide()
        target = self.relative_at(event.position().toPoint())
        paths = scan_paths(event.mimeData())
        if target is None or not paths:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        relative_id, name, _index = target
        for path in paths:
            self.dropped.emit(relative_id, name, path)
