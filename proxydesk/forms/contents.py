"""A linked table of contents made in one layout pass.

The entries are known before layout (the sections and the days of the timeline), so the pages
they need can be reserved up front; headings note their page as they are drawn, and the
contents are drawn onto the reserved pages at the end, when every page number is known
(`PagedCanvas` holds the pages until then).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from proxydesk.forms import fonts
from proxydesk.forms.layout import ACCENT, BOTTOM, GREY, INK, MARGIN, RULE
from proxydesk.forms.markup import fit

LINE = 15.5
TITLE_SPACE = 34.0


@dataclass(frozen=True)
class ContentsEntry:
    key: str
    title: str
    level: int


@dataclass
class Contents:
    title: str
    entries: list[ContentsEntry]
    page_size: tuple[float, float]
    pages: dict[str, int] = field(default_factory=dict)
    reserved: list[int] = field(default_factory=list)

    @property
    def lines_per_page(self) -> int:
        height = self.page_size[1] - MARGIN - BOTTOM - TITLE_SPACE
        return max(int(height // LINE), 5)

    @property
    def pages_needed(self) -> int:
        return max(1, -(-len(self.entries) // self.lines_per_page))

    def reserve(self) -> list[Flowable]:
        return [ReservedPage(self) for _ in range(self.pages_needed)]

    def draw(self, canvas: Canvas, page: int, _pages: int) -> None:
        """Called for every page at the end; draws onto the pages reserved for the contents."""
        if page not in self.reserved:
            return
        index = self.reserved.index(page)
        per_page = self.lines_per_page
        chunk = self.entries[index * per_page : (index + 1) * per_page]
        width, height = self.page_size
        canvas.saveState()
        y = height - MARGIN - 16
        if index == 0:
            canvas.setFont(fonts.BOLD, 14)
            canvas.setFillColor(ACCENT)
            canvas.drawString(MARGIN, y, self.title)
        y = height - MARGIN - TITLE_SPACE
        right = width - MARGIN
        for entry in chunk:
            target = self.pages.get(entry.key)
            number = str(target) if target is not None else "–"
            font = fonts.BOLD if entry.level == 0 else fonts.REGULAR
            size = 10 if entry.level == 0 else 9
            indent = MARGIN + entry.level * 8 * mm
            canvas.setFillColor(INK if entry.level == 0 else GREY)
            canvas.setFont(font, size)
            number_width = canvas.stringWidth(number, font, size)
            room = right - indent - number_width - 14
            text = fit(entry.title, font, size, room)
            canvas.drawString(indent, y, text)
            canvas.drawRightString(right, y, number)
            # dotted leader between the title and its page number
            start = indent + canvas.stringWidth(text, font, size) + 4
            end = right - number_width - 4
            if end > start:
                canvas.setStrokeColor(RULE)
                canvas.setDash(0.6, 2.4)
                canvas.setLineWidth(0.6)
                canvas.line(start, y + 1, end, y + 1)
                canvas.setDash()
            if target is not None:
                canvas.linkRect("", entry.key, (indent, y - 3, right, y + size), relative=0)
            y -= LINE
        canvas.restoreState()


class ReservedPage(Flowable):
    """A page left blank during layout, for the contents to be drawn onto later."""

    def __init__(self, contents: Contents) -> None:
        super().__init__()
        self.contents = contents

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._height = available_height
        return available_width, available_height

    def draw(self) -> None:
        self.contents.reserved.append(self.canv.getPageNumber())


class Heading(Paragraph):
    """A heading that notes its page for the contents and adds itself to the outline."""

    def __init__(
        self,
        markup: str,
        style: ParagraphStyle,
        *,
        key: str,
        outline: str,
        level: int,
        contents: Contents | None,
        **kwargs: Any,
    ) -> None:
        super().__init__(markup, style, **kwargs)
        self.key = key
        self.outline = outline
        self.level = level
        self.contents = contents

    def draw(self) -> None:
        super().draw()
        canvas = self.canv
        canvas.bookmarkHorizontal(self.key, 0, self.height + 6)
        canvas.addOutlineEntry(self.outline, self.key, level=self.level, closed=self.level > 0)
        if self.contents is not None:
            self.contents.pages.setdefault(self.key, canvas.getPageNumber())

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        # a heading is never split: it moves to the next page whole
        return []
