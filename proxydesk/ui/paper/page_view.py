"""PageView: a made document's pages one under another, larger or smaller, and the page in view."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPalette, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

ZOOM_STEP = 1.25
ZOOM_RANGE = (0.5, 2.0)
PAGE_GAP = 12


class PageView(QScrollArea):
    """The pages as images on a dark ground; a sentence in their place while there are none."""

    #: the page in the middle of the view may have changed (scrolled, zoomed, other pages)
    moved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale = 1.0
        self._pages: list[QImage] = []
        self.pages_widget = QWidget()
        self.pages_layout = QVBoxLayout(self.pages_widget)
        self.pages_layout.setSpacing(PAGE_GAP)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.page_labels: list[QLabel] = []
        #: where the pages will be: what is happening while there are none yet
        self.placeholder = QLabel()
        self.placeholder.setTextFormat(Qt.TextFormat.PlainText)
        self.placeholder.setForegroundRole(QPalette.ColorRole.BrightText)
        self.pages_layout.addWidget(self.placeholder, 1, Qt.AlignmentFlag.AlignCenter)
        self.setWidget(self.pages_widget)
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.setBackgroundRole(QPalette.ColorRole.Dark)
        self.verticalScrollBar().valueChanged.connect(self.moved)

    def show_pages(self, pages: Sequence[QImage]) -> None:
        """Show these pages instead of the ones shown (none: only the placeholder's place)."""
        self._pages = list(pages)
        self._draw()

    def zoom(self, factor: float) -> None:
        """Make the pages larger (factor above 1) or smaller, within ``ZOOM_RANGE``."""
        low, high = ZOOM_RANGE
        self.scale = min(max(self.scale * factor, low), high)
        self._draw()

    def current_page(self) -> int:
        """The page in the middle of the view, counted from 1 (0 when there is none)."""
        if not self.page_labels:
            return 0
        middle = self.verticalScrollBar().value() + self.viewport().height() // 2
        for number, label in enumerate(self.page_labels, start=1):
            if label.geometry().bottom() + PAGE_GAP >= middle:
                return number
        return len(self.page_labels)

    def _draw(self) -> None:
        pages = self._pages
        while len(self.page_labels) > len(pages):
            self.page_labels.pop().deleteLater()
        while len(self.page_labels) < len(pages):
            label = QLabel()
            label.setFrameShape(QLabel.Shape.Box)
            self.pages_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        ratio = self.devicePixelRatioF()
        for label, image in zip(self.page_labels, pages, strict=True):
            pixmap = QPixmap.fromImage(image)
            if self.scale != 1.0 or ratio != 1.0:
                size = image.size() * (self.scale * ratio)
                pixmap = pixmap.scaled(
                    size,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
                pixmap.setDevicePixelRatio(ratio)
            label.setPixmap(pixmap)
        self.moved.emit()
