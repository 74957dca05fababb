"""The escalation dossier: the whole history of a case on paper, for management or regulator.

`render_dossier` takes a `CaseRecord` (read beforehand, no session open here), lays it out in
one pass, appends the signed power of attorney, and puts the record's fingerprint and
"page n of m" on every page. It reports progress and can be cancelled from another thread.
"""

from __future__ import annotations

import io
import threading
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Table,
)

from proxydesk.forms import dossier_appendix as appendix
from proxydesk.forms import dossier_parts as parts
from proxydesk.forms import fonts, pdfpages
from proxydesk.forms.contents import Contents, ContentsEntry
from proxydesk.forms.dossier_timeline import contents_entries, timeline_section
from proxydesk.forms.layout import (
    BOTTOM,
    GREY,
    MARGIN,
    RULE,
    FormOptions,
    build,
    document,
    footer_line,
)
from proxydesk.forms.markup import fit
from proxydesk.forms.output import Progress, check_cancel
from proxydesk.forms.summary import figures
from proxydesk.forms.texts import Language, day_text, t
from proxydesk.services.dossier import CaseRecord
from proxydesk.services.fingerprint import short_fingerprint

#: how often (in story items) progress is reported while laying out
PROGRESS_STEP = 20


@dataclass(frozen=True)
class DossierOptions(FormOptions):
    """A form's options, and whether the signed power of attorney is appended."""

    append_poa: bool = True


class _DossierDoc(BaseDocTemplate):
    """A document that reports its progress and stops when cancelled."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.progress: Progress | None = None
        self.cancel: threading.Event | None = None
        self.story: list[Flowable] = []
        self.total = 1
        self._reported = -PROGRESS_STEP

    def handle_flowable(self, flowables: list[Flowable]) -> None:
        check_cancel(self.cancel)
        # reportlab also passes its own short lists of hanging flowables here: skip those
        if flowables is self.story:
            done = max(self.total - len(flowables), 0)
            if self.progress is not None and done - self._reported >= PROGRESS_STEP:
                self._reported = done
                self.progress(done, self.total + 1)
        super().handle_flowable(flowables)


def render_dossier(
    record: CaseRecord,
    options: FormOptions | None = None,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> bytes:
    """The dossier as PDF bytes; raises `RenderCancelled` when `cancel` is set meanwhile."""
    options = options or DossierOptions()
    append_poa = getattr(options, "append_poa", True)
    lang = options.language
    check_cancel(cancel)
    width, height = options.page_size
    scans = []
    if append_poa:
        for scan in record.scans:
            caption = t(lang, "fax.scan_caption", name=scan.relative_name, file=scan.filename)
            pdf = pdfpages.scan_pdf(
                scan.data, scan.mime_type, scan.filename, (width, height), caption
            )
            scans.append((pdf, scan.filename))
    scan_pages = sum(pdfpages.page_count(pdf, name) for pdf, name in scans)

    summary = record.detail.summary
    contents = _contents(record, lang, (width, height))
    usable = width - 2 * MARGIN
    story = _story(record, lang, usable, contents, scan_pages)

    buffer = io.BytesIO()
    title = f"{t(lang, 'dossier.kicker')} – {summary.title}"
    doc = document(
        buffer,
        options,
        title=title,
        author=record.proxy.name,
        subject=record.detail.organization.name,
        doc_class=_DossierDoc,
    )
    assert isinstance(doc, _DossierDoc)
    doc.progress, doc.cancel, doc.story, doc.total = progress, cancel, story, len(story)
    frame = Frame(MARGIN, BOTTOM, usable, height - MARGIN - BOTTOM - 4 * mm, id="body")
    doc.addPageTemplates([PageTemplate("page", [frame])])
    fingerprint = short_fingerprint(record.fingerprint)
    fingerprint_text = t(lang, "dossier.fingerprint_short", fp=fingerprint)
    header = f"{t(lang, 'dossier.kicker')} · {record.detail.organization.name} · " + t(
        lang, "dossier.as_of", day=day_text(lang, record.read_at.date())
    )

    def footer(canvas: Canvas, page: int, pages: int) -> None:
        if page > 1:
            canvas.saveState()
            canvas.setFont(fonts.REGULAR, 7.5)
            canvas.setFillColor(GREY)
            canvas.drawString(MARGIN, height - 12 * mm, fit(header, fonts.REGULAR, 7.5, usable))
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.4)
            canvas.line(MARGIN, height - 13.5 * mm, width - MARGIN, height - 13.5 * mm)
            canvas.restoreState()
        footer_line(
            canvas,
            width,
            left=summary.title,
            middle=fingerprint_text,
            right=t(lang, "page_of", page=page, pages=pages),
        )

    body_pages = build(doc, story, footer, extra_pages=scan_pages, late=contents.draw)
    check_cancel(cancel)
    data = buffer.getvalue()
    if scans:
        writer = pdfpages.merge([(data, "dossier"), *scans])
        pdfpages.stamp(
            writer,
            lambda page, pages: (
                f"{fingerprint_text} · " + t(lang, "page_of", page=page, pages=pages)
            ),
            first=body_pages + 1,
        )
        data = pdfpages.to_bytes(writer)
    if progress is not None:
        progress(doc.total + 1, doc.total + 1)
    return data


def _contents(record: CaseRecord, lang: Language, page_size: tuple[float, float]) -> Contents:
    return Contents(
        t(lang, "dossier.contents"),
        [
            ContentsEntry("summary", t(lang, "dossier.summary"), 0),
            ContentsEntry("promises", t(lang, "dossier.promises"), 0),
            ContentsEntry("contradictions", t(lang, "dossier.contradictions"), 0),
            ContentsEntry("timeline", t(lang, "dossier.timeline"), 0),
            *contents_entries(lang, record.entries),
            ContentsEntry("attachments", t(lang, "dossier.attachments"), 0),
            ContentsEntry("poa", t(lang, "dossier.poa"), 0),
        ],
        page_size,
    )


def _story(
    record: CaseRecord, lang: Language, width: float, contents: Contents, scan_pages: int
) -> list[Flowable]:
    sheet = parts.sheet(record, lang, width, contents)
    figs = figures(record)
    return [
        *parts.cover(sheet, figs),
        PageBreak(),
        *contents.reserve(),
        *parts.summary_section(sheet, figs),
        PageBreak(),
        *parts.promises_section(sheet),
        CondPageBreak(70 * mm),
        *parts.contradictions_section(sheet),
        PageBreak(),
        *timeline_section(sheet),
        PageBreak(),
        *appendix.attachments_section(sheet),
        CondPageBreak(60 * mm),
        *appendix.poa_section(sheet, scan_pages),
    ]


def dossier_texts(record: CaseRecord, options: FormOptions | None = None) -> list[str]:
    """Every text the dossier sets, paragraph by paragraph and cell by cell, without markup.

    For measuring: the benchmark sets these as plain paragraphs to compare the dossier with.
    """
    options = options or DossierOptions()
    width = options.page_size[0] - 2 * MARGIN
    contents = _contents(record, options.language, options.page_size)
    texts = [entry.title for entry in contents.entries]
    for flowable in _story(record, options.language, width, contents, 0):
        texts.extend(_texts_of(flowable))
    return [text for text in texts if text.strip()]


def _texts_of(flowable: Flowable) -> list[str]:
    if isinstance(flowable, Paragraph):
        bullet = getattr(flowable, "bulletText", None)
        return ([bullet] if bullet else []) + [flowable.getPlainText()]
    if isinstance(flowable, Table):
        found: list[str] = []
        for row in flowable._cellvalues:
            for cell in row:
                if isinstance(cell, str):
                    found.append(cell)
                elif isinstance(cell, Flowable):
                    found.extend(_texts_of(cell))
        return found
    return []
