"""PDF pages as images, through PDFium (PySide6-Essentials has no QtPdf); safe on a pool thread."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtGui import QImage

from proxydesk.errors import InvalidInput
from proxydesk.forms.output import check_cancel
from proxydesk.progress import ProgressCallback, report

if TYPE_CHECKING:
    # loaded when a page is first shown, not when the app starts
    import pypdfium2  # type: ignore[import-untyped]  # ships no type hints

#: the preview's resolution: sharp enough to read on screen, small enough for ten pages
PREVIEW_DPI = 100
#: PDFium is not thread-safe: one document at a time, whichever thread asks
_PDFIUM = threading.Lock()
_POINTS_PER_INCH = 72
#: the stage ``page_images`` reports: pages turned into images for the preview
STAGE_PREVIEW = "preview"


def page_images(
    data: bytes,
    dpi: int = PREVIEW_DPI,
    *,
    progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
) -> list[QImage]:
    """Every page of the PDF as an image of ``dpi`` dots per inch (white paper, RGB)."""
    import pypdfium2

    with _PDFIUM:
        try:
            document = pypdfium2.PdfDocument(data)
        except pypdfium2.PdfiumError as exc:
            raise InvalidInput(f"the PDF cannot be shown: {exc}") from None
        try:
            images = []
            pages = len(document)
            for index in range(pages):
                check_cancel(cancel)
                report(progress, STAGE_PREVIEW, index, pages)
                images.append(_image(document[index], dpi))
            report(progress, STAGE_PREVIEW, pages, pages)
            return images
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
    import pypdfium2

    with _PDFIUM:
        document = pypdfium2.PdfDocument(data)
        try:
            return _image(document[index], dpi)
        finally:
            document.close()
