"""Printing a made document: each page drawn to fit the printer's page, nothing else on GUI."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from proxydesk.errors import InvalidInput
from proxydesk.ui.paper.jobs import Paper
from proxydesk.ui.paper.pages import page_image

#: pages are drawn at the printer's resolution, but no finer than this (memory and time)
PRINT_DPI_MAX = 300
_KEEP = Qt.AspectRatioMode.KeepAspectRatio
_SMOOTH = Qt.TransformationMode.SmoothTransformation
PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}


def prepare_printer(printer: QPrinter, paper: Paper) -> None:
    """The paper size and the document's name, before the print dialog shows them."""
    printer.setPageSize(QPageSize(PAGE_SIZES[paper.options.paper]))
    printer.setDocName(paper.file_name)
    printer.setFromTo(1, len(paper.pages))


def print_to(printer: QPrinter, paper: Paper) -> int:
    """Draw the pages (all, or the range chosen) scaled to the printer's page; the count printed."""
    first = max(printer.fromPage(), 1)
    last = min(printer.toPage() or len(paper.pages), len(paper.pages))
    dpi = min(printer.resolution(), PRINT_DPI_MAX)
    painter = QPainter()
    if not painter.begin(printer):
        raise InvalidInput("the printer could not be started")
    printed = 0
    try:
        for number in range(first, last + 1):
            if printed:
                printer.newPage()
            image = page_image(paper.data, number - 1, dpi)
            room = printer.pageLayout().paintRectPixels(printer.resolution()).size()
            size = image.size().scaled(room, _KEEP)
            corner = QPoint(room.width() - size.width(), room.height() - size.height()) / 2
            painter.drawImage(corner, image.scaled(size, _KEEP, _SMOOTH))
            printed += 1
    finally:
        painter.end()
    return printed
