"""Whole pages: a scan (PDF or image) as pages, merging PDFs, stamping "page n of m" on each."""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Sequence

from pypdf import PdfReader, PdfWriter
from pypdf.errors import PdfReadError
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from proxydesk.errors import InvalidInput
from proxydesk.forms import fonts
from proxydesk.forms.layout import GREY, MARGIN
from proxydesk.forms.markup import fit

# pypdf reports what it repairs in a user's PDF as log warnings: into the log, never onto stderr
logging.getLogger("pypdf").addHandler(logging.NullHandler())

#: ``stamp_text(page, pages)``: the line stamped at the foot of each page
StampText = Callable[[int, int], str]


def read_pdf(data: bytes, name: str) -> PdfReader:
    """A PDF the user gave us, refused with a plain sentence when it is broken or locked."""
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise InvalidInput(f"{name} is password-protected; save it without a password")
        if len(reader.pages) == 0:
            raise InvalidInput(f"{name} has no pages")
    except InvalidInput:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise InvalidInput(f"{name} is not a readable PDF ({exc})") from None
    return reader


def page_count(data: bytes, name: str = "the PDF") -> int:
    return len(read_pdf(data, name).pages)


def image_page(data: bytes, name: str, pagesize: tuple[float, float], caption: str = "") -> bytes:
    """An image scan as one PDF page, turned upright and fitted inside the margins."""
    from PIL import Image, ImageOps

    fonts.register_fonts()
    try:
        with Image.open(io.BytesIO(data)) as opened:
            upright = ImageOps.exif_transpose(opened)
            upright.load()
    except Exception as exc:  # Pillow raises many kinds for broken images
        raise InvalidInput(f"{name} is not a readable image ({exc})") from None
    if upright.mode not in ("RGB", "L"):
        upright = upright.convert("RGB")
    width, height = pagesize
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=pagesize, initialFontName=fonts.REGULAR, invariant=1)
    room_w, room_h = width - 2 * MARGIN, height - 2 * MARGIN - 8 * mm
    scale = min(room_w / upright.width, room_h / upright.height)
    draw_w, draw_h = upright.width * scale, upright.height * scale
    x = (width - draw_w) / 2
    y = MARGIN + 8 * mm + (room_h - draw_h)
    canvas.drawImage(ImageReader(upright), x, y, draw_w, draw_h)
    if caption:
        canvas.setFont(fonts.REGULAR, 7.5)
        canvas.setFillColor(GREY)
        canvas.drawString(MARGIN, MARGIN + 2 * mm, fit(caption, fonts.REGULAR, 7.5, room_w))
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def scan_pdf(
    data: bytes, mime: str, name: str, pagesize: tuple[float, float], caption: str = ""
) -> bytes:
    """A signed scan as PDF pages, whatever form it was stored in."""
    if mime == "application/pdf":
        read_pdf(data, name)
        return data
    if mime in ("image/png", "image/jpeg"):
        return image_page(data, name, pagesize, caption)
    raise InvalidInput(f"{name} is a {mime} file; only PDF, PNG and JPEG scans can be printed")


def merge(parts: Sequence[tuple[bytes, str]]) -> PdfWriter:
    """One document from several PDFs (each with a name for errors); the first keeps its
    outline, links and metadata."""
    (first, first_name), *rest = parts
    writer = PdfWriter(clone_from=read_pdf(first, first_name))
    for data, name in rest:
        for page in read_pdf(data, name).pages:
            writer.add_page(page)
    return writer


def stamp(writer: PdfWriter, text: StampText, *, first: int = 1) -> None:
    """Write a small line at the foot of every page from `first` on (pages count from 1)."""
    fonts.register_fonts()
    pages = list(writer.pages)
    total = len(pages)
    if first > total:
        return
    buffer = io.BytesIO()
    canvas = Canvas(buffer, initialFontName=fonts.REGULAR, invariant=1)
    for number, page in enumerate(pages, 1):
        if number < first:
            continue
        page.transfer_rotation_to_content()
        box = page.mediabox
        width, height = float(box.width), float(box.height)
        canvas.setPageSize((width, height))
        canvas.setFont(fonts.REGULAR, 7.5)
        canvas.setFillColor(GREY)
        line = fit(text(number, total), fonts.REGULAR, 7.5, width - 2 * 12 * mm)
        canvas.drawRightString(width - 12 * mm, 5 * mm, line)
        canvas.showPage()
    canvas.save()
    overlay = PdfReader(io.BytesIO(buffer.getvalue()))
    for overlay_page, page in zip(overlay.pages, pages[first - 1 :], strict=True):
        box = page.mediabox
        if float(box.left) or float(box.bottom):
            overlay_page.add_transformation((1, 0, 0, 1, float(box.left), float(box.bottom)))
        page.merge_page(overlay_page)


def to_bytes(writer: PdfWriter) -> bytes:
    writer.compress_identical_objects()
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()
