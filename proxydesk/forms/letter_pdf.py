"""A letter on paper: DIN 5008 layout (address in the envelope window), any length."""

from __future__ import annotations

import io

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
)

from proxydesk.forms import fonts
from proxydesk.forms.layout import (
    GREY,
    MARGIN,
    RULE,
    FormOptions,
    build,
    document,
    footer_line,
    grid,
    paragraph,
    styles,
)
from proxydesk.forms.letters import DatedLine, LetterDraft
from proxydesk.forms.markup import fit, line, para, plain
from proxydesk.forms.texts import Language, day_text, long_day_text, t

LEFT = 25 * mm
ADDRESS_TOP = 45 * mm
ADDRESS_WIDTH = 85 * mm
INFO_LEFT = 125 * mm
BODY_TOP = 98.5 * mm


def render_letter(draft: LetterDraft, options: FormOptions) -> bytes:
    lang = draft.language
    options = FormOptions(lang, options.paper)
    s = styles()
    buffer = io.BytesIO()
    doc = document(
        buffer, options, title=plain(draft.subject), author=plain(", ".join(draft.sender[:1]))
    )
    width, height = options.page_size
    body_width = width - LEFT - MARGIN
    first = Frame(LEFT, 24 * mm, body_width, height - BODY_TOP - 24 * mm, id="first")
    later = Frame(LEFT, 24 * mm, body_width, height - MARGIN - 24 * mm, id="later")
    doc.addPageTemplates(
        [
            PageTemplate("first", [first], onPage=lambda c, d: _first_page(c, d, draft)),
            PageTemplate("later", [later]),
        ]
    )
    story: list[Flowable] = [
        NextPageTemplate("later"),
        paragraph(f"<b>{line(draft.subject)}</b>", s.body),
        Spacer(1, 6 * mm),
        paragraph(line(draft.salutation), s.body),
        Spacer(1, 3 * mm),
    ]
    for text in draft.opening:
        story += [paragraph(para(draft.fill(text)), s.body), Spacer(1, 3 * mm)]
    for heading, lines in (
        (draft.facts_heading, draft.facts),
        (draft.promises_heading, draft.broken_promises),
    ):
        if lines:
            story += [paragraph(line(heading), s.h2), _dated(lang, lines, body_width)]
    if draft.demands:
        story.append(paragraph(line(draft.demands_heading), s.h2))
        numbered = ParagraphStyle(
            "numbered", parent=s.body, leftIndent=7 * mm, bulletIndent=0, spaceAfter=3
        )
        for number, demand in enumerate(draft.demands, 1):
            story.append(Paragraph(para(draft.fill(demand)), numbered, bulletText=f"{number}."))
        story.append(Spacer(1, 3 * mm))
    for text in draft.closing_paragraphs:
        story += [paragraph(para(draft.fill(text)), s.body), Spacer(1, 3 * mm)]
    story += [
        Spacer(1, 3 * mm),
        paragraph(line(draft.closing), s.body),
        Spacer(1, 16 * mm),
        paragraph(para(draft.signature), s.body),
    ]
    if draft.enclosures:
        story += [
            Spacer(1, 8 * mm),
            paragraph(t(lang, "letter.enclosures"), s.h2),
            *[paragraph(f"– {line(e)}", s.small) for e in draft.enclosures],
        ]

    def footer(canvas: Canvas, page: int, pages: int) -> None:
        if pages > 1:
            footer_line(
                canvas,
                width,
                left=f"{day_text(lang, draft.day)} · {draft.subject}",
                right=t(lang, "page_of", page=page, pages=pages),
            )

    build(doc, story, footer)
    return buffer.getvalue()


def _dated(lang: Language, lines: list[DatedLine], width: float) -> Flowable:
    s = styles()
    rows = [
        [paragraph(day_text(lang, d.day), s.small), paragraph(para(d.text), s.small)] for d in lines
    ]
    return grid(rows, [24 * mm, width - 24 * mm], boxed=False)


def _first_page(canvas: Canvas, doc: BaseDocTemplate, draft: LetterDraft) -> None:
    """Letterhead, return address, the address in the window, reference block, fold marks."""
    s = styles()
    lang = draft.language
    width, height = doc.pagesize
    canvas.saveState()
    # letterhead
    name = draft.sender[0] if draft.sender else ""
    canvas.setFont(fonts.BOLD, 14)
    canvas.drawRightString(width - MARGIN, height - 20 * mm, fit(name, fonts.BOLD, 14, 120 * mm))
    canvas.setFont(fonts.REGULAR, 8.5)
    canvas.setFillColor(GREY)
    details = " · ".join([*draft.sender[1:], *draft.sender_contact])
    canvas.drawRightString(
        width - MARGIN, height - 25 * mm, fit(details, fonts.REGULAR, 8.5, width - 2 * MARGIN)
    )
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, height - 28 * mm, width - MARGIN, height - 28 * mm)
    # return address, underlined, in the window's top line
    back = " · ".join(draft.sender)
    canvas.setFont(fonts.REGULAR, 7)
    back_text = fit(back, fonts.REGULAR, 7, ADDRESS_WIDTH)
    canvas.drawString(LEFT, height - ADDRESS_TOP - 14 * mm, back_text)
    canvas.setLineWidth(0.3)
    y_line = height - ADDRESS_TOP - 14.8 * mm
    canvas.line(LEFT, y_line, LEFT + canvas.stringWidth(back_text, fonts.REGULAR, 7), y_line)
    # the address: at most nine lines, each cut to the window's width
    canvas.setFillColor("#000000")
    canvas.setFont(fonts.REGULAR, 10)
    y = height - ADDRESS_TOP - 21 * mm
    for text in draft.recipient[:9]:
        canvas.drawString(LEFT, y, fit(text, fonts.REGULAR, 10, ADDRESS_WIDTH))
        y -= 4.4 * mm
    # reference block beside the window
    info = [*draft.references, [t(lang, "letter.date"), long_day_text(lang, draft.day)]]
    if draft.place:
        info[-1][1] = f"{draft.place}, {info[-1][1]}"
    y_top = height - ADDRESS_TOP - 12 * mm
    info_width = width - MARGIN - INFO_LEFT
    for label_text, value in info:
        label_p = paragraph(line(label_text), s.label)
        value_p = paragraph(line(value), s.small)
        _, h1 = label_p.wrapOn(canvas, info_width, 20 * mm)
        _, h2 = value_p.wrapOn(canvas, info_width, 40 * mm)
        if y_top - h1 - h2 < height - BODY_TOP + 4 * mm:
            break
        label_p.drawOn(canvas, INFO_LEFT, y_top - h1)
        value_p.drawOn(canvas, INFO_LEFT, y_top - h1 - h2)
        y_top -= h1 + h2 + 2.2 * mm
    if tuple(round(v) for v in doc.pagesize) == (595, 842):  # fold and hole marks on A4
        canvas.setStrokeColor(GREY)
        canvas.setLineWidth(0.4)
        for from_top, length in ((105 * mm, 5 * mm), (148.5 * mm, 7 * mm), (210 * mm, 5 * mm)):
            canvas.line(3 * mm, height - from_top, 3 * mm + length, height - from_top)
    canvas.restoreState()
