"""PDF pages as images, through PDFium (PySide6-Essentials has no QtPdf); safe on a pool thread."""

from __future__ import annotations

import threading

import pypdfium2  # type: ignore[import-untyped]  # ships no type hints
from PySide6.QtGui import QImage

from proxydesk.errors import InvalidInput

#: the preview's resolution: sharp enough to read on screen, small enough for ten pages
PREVIEW_DPI = 100
#: PDFium is not thread-safe: one document at a time, whichever thread asks
_PDFIUM = threading.Lock()
_POINTS_PER_INCH = 72


def page_images(data: bytes, dpi: int = PREVIEW_DPI) -> list[QImage]:
    """Every page of the PDF as an image of ``dpi`` dots per inch (white paper, RGB)."""
    with _PDFIUM:
        try:
            document = pypdfium2.PdfDocument(data)
        except pypdfium2.PdfiumError as exc:
            raise InvalidInput(f"the PDF cannot be shown: {exc}") from None
        try:
            return [_image(document[i], dpi) for i in range(len(document))]
        finally:
            document.close()


def _image(page: pypdfium2.PdfPage, dpi: int) -> QImage:
    try:
        bitmap = page.render(scale=dpi / _POINTS_PER_INCH)
        try:
            view = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_BGR888,
            )
            # the bitmap's memory goes with it: keep a copy of our own
            return view.copy()
        finally:
            bitmap.close()
    finally:
        page.close()


def page_image(data: bytes, index: int, dpi: int) -> QImage:
    """One page, e.g. at a printer's resolution (one at a time: a 300 dpi page is 25 MB)."""
    with _PDFIUM:
        document = pypdfium2.PdfDocument(data)
        try:
            return _image(document[index], dpi)
        finally:
            document.close()
