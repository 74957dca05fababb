"""The escalation dossier: the whole history of a case on paper, for management or regulator.

`render_dossier` takes a `CaseRecord` (read beforehand, no session open here), lays it out in
one pass, appends the signed power of attorney, and puts the record's fingerprint and
"page n of m" on every page. It reports progress stage by stage (the summary, the timeline's
entries, the appendix, the scans appended) and can be cancelled from another thread.
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
from proxydesk.forms.dossier_timeline import Anchor, contents_entries, timeline_section
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
from proxydesk.forms.output import (
    STAGE_APPENDIX,
    STAGE_SCANS,
    STAGE_SUMMARY,
    STAGE_TIMELINE,
    check_cancel,
)
from proxydesk.forms.summary import figures
from proxydesk.forms.texts import Language, day_text, t
from proxydesk.progress import ProgressCallback, report
from proxydesk.reading.fingerprint import short_fingerprint
from proxydesk.services.dossier import CaseRecord

#: progress is reported about this many times per stage while laying out
REPORTS_PER_STAGE = 100
#: (stage, done, total) before each item of the story is laid out
Mark = tuple[str, int, int]


@dataclass(frozen=True)
class DossierOptions(FormOptions):
    """A form's options, and whether the signed power of attorney is appended."""

    append_poa: bool = True


class _DossierDoc(BaseDocTemplate):
    """A document that reports its progress stage by stage and stops when cancelled."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.progress: ProgressCallback | None = None
        self.cancel: threading.Event | None = None
        self.story: list[Flowable] = []
        self.marks: list[Mark] = []
        self._at: Mark = ("", 0, 0)
        self._finished: set[str] = set()

    def handle_flowable(self, flowables: list[Flowable]) -> None:
        check_cancel(self.cancel)
        # reportlab also passes its own short lists of hanging flowables here: skip those
        if flowables is self.story and self.marks:
            # a split puts the rest of an item back in front: the index may step back a little
            index = min(max(len(self.marks) - len(flowables), 0), len(self.marks) - 1)
            self._report(self.marks[index])
        super().handle_flowable(flowables)

    def _report(self, mark: Mark) -> None:
        stage, done, total = mark
        last_stage, last_done, last_total = self._at
        if stage == last_stage:
            if done - last_done < max(total // REPORTS_PER_STAGE, 1):
                return
        elif stage in self._finished:
            return  # a split stepped back over the border: that stage is done
        elif last_stage:
            report(self.progress, last_stage, last_total, last_total)
            self._finished.add(last_stage)
        self._at = mark
        report(self.progress, stage, done, total)

    def finish(self) -> None:
        """The last stage laid out to its end."""
        stage, _done, total = self._at
        if stage:
            report(self.progress, stage, total, total)


def render_dossier(
    record: CaseRecord,
    options: FormOptions | None = None,
    *,
    progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
) -> bytes:
    """The dossier as PDF bytes; raises `RenderCancelled` when `cancel` is set meanwhile.

    `progress` hears `Progress(stage, done, total)`: the `STAGE_SUMMARY` and `STAGE_APPENDIX`
    items laid out, the `STAGE_TIMELINE` entries laid out, the `STAGE_SCANS` appended.
    """
    options = options or DossierOptions()
    append_poa = getattr(options, "append_poa", True)
    lang = options.language
    check_cancel(cancel)
    width, height = options.page_size
    scans = record.scans if append_poa else []
    # counted now, turned into pages after the layout: the dossier's pages count them
    scan_pages = sum(
        pdfpages.page_count(s.data, s.filename) if s.mime_type == "application/pdf" else 1
        for s in scans
    )

    summary = record.detail.summary
    contents = _contents(record, lang, (width, height))
    usable = width - 2 * MARGIN
    parts = _parts(record, lang, usable, contents, scan_pages)
    story = [flowable for _stage, items in parts for flowable in items]

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
    doc.progress, doc.cancel, doc.story = progress, cancel, story
    doc.marks = _marks(parts, len(record.entries))
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
    doc.finish()
    data = buffer.getvalue()
    if scans:
        scan_pdfs = []
        for number, scan in enumerate(scans):
            report(progress, STAGE_SCANS, number, len(scans))
            caption = t(lang, "fax.scan_caption", name=scan.relative_name, file=scan.filename)
            pdf = pdfpages.scan_pdf(
                scan.data, scan.mime_type, scan.filename, (width, height), caption
            )
            scan_pdfs.append((pdf, scan.filename))
            check_cancel(cancel)
        writer = pdfpages.merge([(data, "dossier"), *scan_pdfs])
        pdfpages.stamp(
            writer,
            lambda page, pages: (
                f"{fingerprint_text} · " + t(lang, "page_of", page=page, pages=pages)
            ),
            first=body_pages + 1,
        )
        data = pdfpages.to_bytes(writer)
        report(progress, STAGE_SCANS, len(scans), len(scans))
    check_cancel(cancel)
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


def _parts(
    record: CaseRecord, lang: Language, width: float, contents: Contents, scan_pages: int
) -> list[tuple[str, list[Flowable]]]:
    """The story in its stages, as progress names them."""
    sheet = parts.sheet(record, lang, width, contents)
    figs = figures(record)
    overview = [
        *parts.cover(sheet, figs),
        PageBreak(),
        *contents.reserve(),
        *parts.summary_section(sheet, figs),
        PageBreak(),
        *parts.promises_section(sheet),
        CondPageBreak(70 * mm),
        *parts.contradictions_section(sheet),
        PageBreak(),
    ]
    closing = [
        PageBreak(),
        *appendix.attachments_section(sheet),
        CondPageBreak(60 * mm),
        *appendix.poa_section(sheet, scan_pages),
    ]
    return [
        (STAGE_SUMMARY, overview),
        (STAGE_TIMELINE, timeline_section(sheet)),
        (STAGE_APPENDIX, closing),
    ]


def _marks(stages: list[tuple[str, list[Flowable]]], entries: int) -> list[Mark]:
    """How far the work is before each item: items of a stage, or the timeline's entries."""
    marks: list[Mark] = []
    for stage, items in stages:
        if stage == STAGE_TIMELINE:
            done = 0
            for item in items:
                # each entry begins with its anchor; before it, this many entries are laid out
                if isinstance(item, Anchor) and item.key.startswith(("event-", "promise-")):
                    marks.append((stage, done, entries))
                    done += 1
                else:
                    marks.append((stage, min(done, entries), entries))
        else:
            marks.extend((stage, number, len(items)) for number in range(len(items)))
    return marks


def _story(
    record: CaseRecord, lang: Language, width: float, contents: Contents, scan_pages: int
) -> list[Flowable]:
    return [f for _stage, items in _parts(record, lang, width, contents, scan_pages) for f in items]


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
