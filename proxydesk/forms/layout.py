"""Paper sizes, styles, and the page machinery every form uses: footers with "page n of m"."""

from __future__ import annotations

import functools
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Paragraph, Table, TableStyle

from proxydesk.forms import fonts
from proxydesk.forms.texts import Language, Paper, default_language, default_paper

PAGE_SIZES: dict[Paper, tuple[float, float]] = {"a4": A4, "letter": LETTER}
MARGIN = 20 * mm
BOTTOM = 22 * mm
FOOTER_Y = 10 * mm

INK = colors.HexColor("#1a1a1a")
GREY = colors.HexColor("#5f6368")
RULE = colors.HexColor("#b0b4ba")
SHADE = colors.HexColor("#eef0f3")
ACCENT = colors.HexColor("#1f4e79")

#: ``footer(canvas, page, pages)`` draws what goes on every page once the page count is known
Footer = Callable[[Canvas, int, int], None]


@dataclass(frozen=True)
class FormOptions:
    """How any form is made: its language and paper size."""

    language: Language = "en"
    paper: Paper = "a4"

    @classmethod
    def from_environment(cls) -> FormOptions:
        return cls(default_language(), default_paper())

    @property
    def page_size(self) -> tuple[float, float]:
        return PAGE_SIZES[self.paper]

    @property
    def lang_tag(self) -> str:
        return "de-DE" if self.language == "de" else "en"


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    meta: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    entry: ParagraphStyle
    right: ParagraphStyle
    centered: ParagraphStyle


@functools.cache
def styles() -> Styles:
    fonts.register_fonts()
    base = ParagraphStyle(
        "body",
        fontName=fonts.REGULAR,
        fontSize=10,
        leading=14,
        textColor=INK,
        splitLongWords=1,
        allowWidows=0,
        allowOrphans=0,
        bulletFontName=fonts.REGULAR,
    )

    def derive(name: str, **changes: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    return Styles(
        body=base,
        small=derive("small", fontSize=8.5, leading=11.5),
        meta=derive("meta", fontSize=8, leading=10.5, textColor=GREY),
        title=derive("title", fontName=fonts.BOLD, fontSize=22, leading=27, spaceAfter=4),
        subtitle=derive("subtitle", fontSize=12, leading=16, textColor=GREY, spaceAfter=10),
        h1=derive(
            "h1",
            fontName=fonts.BOLD,
            fontSize=14,
            leading=18,
            spaceBefore=6,
            spaceAfter=8,
            textColor=ACCENT,
            keepWithNext=1,
        ),
        h2=derive(
            "h2",
            fontName=fonts.BOLD,
            fontSize=10.5,
            leading=14,
            spaceBefore=8,
            spaceAfter=3,
            keepWithNext=1,
        ),
        label=derive("label", fontSize=8, leading=10, textColor=GREY),
        cell=derive("cell", fontSize=8.5, leading=11),
        cell_bold=derive("cell_bold", fontName=fonts.BOLD, fontSize=8.5, leading=11),
        cell_head=derive(
            "cell_head", fontName=fonts.BOLD, fontSize=8, leading=10, textColor=colors.white
        ),
        entry=derive("entry", fontSize=9, leading=12.2, spaceAfter=7),
        right=derive("right", alignment=TA_RIGHT),
        centered=derive("centered", alignment=TA_CENTER),
    )


class PagedCanvas(Canvas):
    """A canvas that holds every page until the end.

    Only then is the page count known, so each page can say "page n of m"; and content found
    late (the table of contents) can still be drawn onto an early page through `late`.
    """

    def __init__(
        self,
        *args: Any,
        footer: Footer,
        extra_pages: int = 0,
        late: Callable[[PagedCanvas, int, int], None] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._held: list[dict[str, Any]] = []
        self._footer = footer
        self._extra_pages = extra_pages
        self._late = late
        self.pages = 0

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        # bookmarks made meanwhile name their page by this counter: keep it true
        self._doc.pageCounter += 1
        self._startPage()

    def save(self) -> None:
        made = len(self._held)
        total = made + self._extra_pages
        self._doc.pageCounter = 1
        # annotations are named by a running count that must not start again on each page
        annotations: int = getattr(self, "_annotationCount", 0)
        for number, state in enumerate(self._held, 1):
            self.__dict__.update(state)
            self._annotationCount = annotations
            if self._late is not None:
                self._late(self, number, total)
            self._footer(self, number, total)
            annotations = self._annotationCount
            Canvas.showPage(self)
        # set after the pages are replayed: each replay restores the attributes of its page
        self.pages = made
        Canvas.save(self)


def document(
    buffer: io.BytesIO,
    options: FormOptions,
    *,
    title: str,
    author: str,
    subject: str = "",
    doc_class: type[BaseDocTemplate] = BaseDocTemplate,
    **kwargs: Any,
) -> BaseDocTemplate:
    """A document template in our fonts (nothing falls back to an unembedded Helvetica)."""
    fonts.register_fonts()
    width, height = options.page_size
    return doc_class(
        buffer,
        pagesize=(width, height),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=BOTTOM,
        title=title,
        author=author,
        subject=subject,
        creator="ProxyDesk",
        lang=options.lang_tag,
        initialFontName=fonts.REGULAR,
        initialFontSize=10,
        initialLeading=12,
        **kwargs,
    )


def build(
    doc: BaseDocTemplate,
    story: list[Flowable],
    footer: Footer,
    *,
    extra_pages: int = 0,
    late: Callable[[PagedCanvas, int, int], None] | None = None,
) -> int:
    """Lay out the story in one pass; returns the number of pages made."""
    made: list[PagedCanvas] = []

    def maker(*args: Any, **kwargs: Any) -> PagedCanvas:
        canvas = PagedCanvas(*args, footer=footer, extra_pages=extra_pages, late=late, **kwargs)
        made.append(canvas)
        return canvas

    doc.build(story, canvasmaker=maker)
    return made[-1].pages


def footer_line(
    canvas: Canvas,
    page_width: float,
    *,
    left: str = "",
    middle: str = "",
    right: str = "",
    y: float = FOOTER_Y,
    size: float = 7.5,
) -> None:
    """A thin rule and up to three pieces of plain text at the foot of the page."""
    from proxydesk.forms.markup import fit

    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN, y + 9, page_width - MARGIN, y + 9)
    canvas.setFillColor(GREY)
    canvas.setFont(fonts.REGULAR, size)
    usable = page_width - 2 * MARGIN
    right_width = canvas.stringWidth(right, fonts.REGULAR, size)
    middle_text = fit(middle, fonts.REGULAR, size, usable * 0.42)
    middle_width = canvas.stringWidth(middle_text, fonts.REGULAR, size)
    left_room = usable - right_width - middle_width - 24
    canvas.drawString(MARGIN, y, fit(left, fonts.REGULAR, size, max(left_room, 20)))
    if middle_text:
        canvas.drawCentredString(
            MARGIN + left_room + 12 + middle_width / 2 if left else page_width / 2, y, middle_text
        )
    canvas.drawRightString(page_width - MARGIN, y, right)
    canvas.restoreState()


def grid(
    rows: Sequence[Sequence[Flowable | str]],
    widths: Sequence[float],
    *,
    header: bool = False,
    zebra: bool = False,
    boxed: bool = True,
    padding: float = 3,
    split_rows: bool = True,
) -> Table:
    """A table of paragraphs that may split inside a row rather than overflow the page.

    `split_rows=False` is quicker to lay out, for tables whose cells are kept short.
    """
    table = Table(
        [list(r) for r in rows],
        colWidths=list(widths),
        repeatRows=1 if header else 0,
        splitInRow=1 if split_rows else 0,
        hAlign="LEFT",
    )
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), padding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding + 1),
    ]
    if boxed:
        commands += [
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
            ("BOX", (0, 0), (-1, -1), 0.5, RULE),
        ]
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), ACCENT)]
    if zebra:
        commands += [("ROWBACKGROUNDS", (0, 1 if header else 0), (-1, -1), [None, SHADE])]
    table.setStyle(TableStyle(commands))
    return table


def long_grid(
    rows: Sequence[Sequence[Flowable | str]],
    widths: Sequence[float],
    *,
    chunk: int = 10,
) -> list[Table]:
    """A long table with a header row, as a stack of short tables of `chunk` rows.

    Reportlab lays out the rest of a table again at every page it breaks; short tables
    keep that work small. Cells must be kept short (no row taller than a page).
    """
    header, body = rows[0], rows[1:]
    chunk += chunk % 2  # even, so the zebra stripes run on across the pieces
    tables = []
    for start in range(0, max(len(body), 1), chunk):
        part = body[start : start + chunk]
        first = start == 0
        tables.append(
            grid(
                [header, *part] if first else part,
                widths,
                header=first,
                zebra=True,
                split_rows=False,
            )
        )
    return tables


def paragraph(markup: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph from markup we built (user text inside it already went through `para`)."""
    return Paragraph(markup, style)
