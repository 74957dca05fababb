"""The fax cover sheet, and the bundle: cover + letter + signed power of attorney in one PDF."""

from __future__ import annotations

import dataclasses
import io
import threading
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, PageTemplate, Spacer

from proxydesk.errors import InvalidInput
from proxydesk.forms import pdfpages
from proxydesk.forms.layout import (
    ACCENT,
    MARGIN,
    FormOptions,
    build,
    document,
    grid,
    paragraph,
    styles,
)
from proxydesk.forms.markup import line, para
from proxydesk.forms.output import STAGE_SCANS, check_cancel
from proxydesk.forms.phones import FaxNumber, fax_number, home_region, phone_display
from proxydesk.forms.texts import Language, count_text, label, moment_text, t
from proxydesk.progress import ProgressCallback, report
from proxydesk.services.dossier import CaseRecord
from proxydesk.views import ScanView


@dataclass(frozen=True)
class Enclosure:
    title: str
    pages: int


@dataclass(frozen=True)
class FaxCover:
    """What the cover sheet says; build it with `fax_cover` and change what you like."""

    sender: str
    sender_address: str
    sender_fax: FaxNumber | None
    sender_phone: str
    sender_email: str
    on_behalf_of: list[str]
    recipient: str
    recipient_fax: FaxNumber
    sent_at: datetime
    subject: str
    #: (customer number, whose) pairs
    customer_numbers: list[tuple[str, str]]
    contract_numbers: list[str]
    #: (kind in words, number) pairs: tickets, orders, other references
    references: list[tuple[str, str]]
    message: str
    enclosures: list[Enclosure] = dataclasses.field(default_factory=list)


class NoFaxNumber(InvalidInput):
    """The organization has no fax number on file and none was given; each face says how to
    give one (the CLI names its flag, the app its fax dialog)."""

    def __init__(self, organization: str) -> None:
        super().__init__(f"{organization} has no fax number in the case file")
        self.organization = organization


def organization_fax(record: CaseRecord) -> str:
    """The organization's first fax number on file; `NoFaxNumber` when there is none."""
    faxes = record.detail.organization.channel_values("fax")
    if not faxes:
        raise NoFaxNumber(record.detail.organization.name)
    return faxes[0]


def fax_cover(
    record: CaseRecord,
    language: Language,
    *,
    to_fax: str | None = None,
    from_fax: str | None = None,
    subject: str | None = None,
    message: str | None = None,
    with_letter: bool = False,
    with_poa: bool = False,
) -> FaxCover:
    """A cover sheet filled from the case: sender, recipient, numbers, a fitting message."""
    proxy = record.proxy
    if not proxy.name:
        raise InvalidInput(
            "your own name is not in the case file yet; set it with 'proxydesk me --name ...'"
        )
    region = home_region(proxy.phone, proxy.fax)
    recipient_fax = fax_number(to_fax or organization_fax(record), region)
    sender_fax_text = from_fax or proxy.fax
    sender_fax = (
        fax_number(sender_fax_text, region, what="sender fax number") if sender_fax_text else None
    )
    detail = record.detail
    names = [r.name for r in record.relatives]
    numbers = [(a.customer_number, a.relative_name) for a in detail.accounts]
    default_subject = detail.summary.title
    if with_poa:
        default_subject = t(language, "fax.subject_poa", names=", ".join(names) or "—")
    if message is None:
        parts = []
        if with_letter:
            parts.append(t(language, "fax.message_letter"))
        if with_poa:
            parts.append(t(language, "fax.message_poa", names=", ".join(names) or "—"))
        parts.append(t(language, "fax.message_request", title=detail.summary.title))
        parts.append(t(language, "fax.message_confirm"))
        message = " ".join(parts)
    return FaxCover(
        sender=proxy.name,
        sender_address=proxy.address,
        sender_fax=sender_fax,
        sender_phone=phone_display(proxy.phone, region) if proxy.phone else "",
        sender_email=proxy.email,
        on_behalf_of=names,
        recipient=detail.organization.name,
        recipient_fax=recipient_fax,
        sent_at=record.read_at,
        subject=subject or default_subject,
        customer_numbers=numbers,
        contract_numbers=[c for a in detail.accounts for c in a.contract_numbers],
        references=[(label(language, "reference", r.kind), r.value) for r in detail.references],
        message=message,
    )


def render_fax_cover(
    cover: FaxCover, options: FormOptions, total_pages: int | None = None
) -> bytes:
    """The cover sheet alone; the page count includes the enclosures unless given."""
    enclosed = sum(e.pages for e in cover.enclosures)
    first = _render_cover(cover, options, total_pages or 1 + enclosed)
    cover_pages = pdfpages.page_count(first)
    if total_pages is None and cover_pages != 1:
        return _render_cover(cover, options, cover_pages + enclosed)
    return first


def fax_bundle(
    cover: FaxCover,
    options: FormOptions,
    *,
    letter: bytes | None = None,
    letter_name: str = "letter.pdf",
    scans: list[ScanView] | None = None,
    progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
) -> bytes:
    """Cover + letter + signed scans, every page stamped "page n of m", ready to fax or print.

    `progress` hears `Progress(STAGE_SCANS, done, total)` as the scans are appended.
    """
    lang = options.language
    scans = scans or []
    parts: list[tuple[bytes, str]] = []
    enclosures: list[Enclosure] = []
    if letter is not None:
        pages = pdfpages.page_count(letter, letter_name)
        parts.append((letter, letter_name))
        enclosures.append(Enclosure(t(lang, "fax.enclosure_letter"), pages))
    for number, scan in enumerate(scans):
        check_cancel(cancel)
        report(progress, STAGE_SCANS, number, len(scans))
        caption = t(lang, "fax.scan_caption", name=scan.relative_name, file=scan.filename)
        pdf = pdfpages.scan_pdf(
            scan.data, scan.mime_type, scan.filename, options.page_size, caption
        )
        parts.append((pdf, scan.filename))
        enclosures.append(
            Enclosure(
                t(lang, "fax.enclosure_poa", name=scan.relative_name),
                pdfpages.page_count(pdf, scan.filename),
            )
        )
    cover = dataclasses.replace(cover, enclosures=enclosures)
    cover_pdf = render_fax_cover(cover, options)
    writer = pdfpages.merge([(cover_pdf, "cover"), *parts])
    when = moment_text(lang, cover.sent_at)
    sender = cover.sender_fax.display if cover.sender_fax else cover.sender

    def stamp_text(page: int, pages: int) -> str:
        return f"{when} · {sender} → {cover.recipient_fax.display} · " + t(
            lang, "page_of", page=page, pages=pages
        )

    pdfpages.stamp(writer, stamp_text)
    check_cancel(cancel)
    if scans:
        report(progress, STAGE_SCANS, len(scans), len(scans))
    writer.add_metadata(
        {
            "/Title": f"{t(lang, 'fax.title')} – {cover.subject}",
            "/Author": cover.sender,
            "/Creator": "ProxyDesk",
        }
    )
    return pdfpages.to_bytes(writer)


def _render_cover(cover: FaxCover, options: FormOptions, total: int) -> bytes:
    lang = options.language
    s = styles()
    buffer = io.BytesIO()
    doc = document(
        buffer, options, title=f"{t(lang, 'fax.title')} – {cover.subject}", author=cover.sender
    )
    width, height = options.page_size
    frame = Frame(MARGIN, 22 * mm, width - 2 * MARGIN, height - MARGIN - 22 * mm, id="body")
    doc.addPageTemplates([PageTemplate("page", [frame])])
    usable = width - 2 * MARGIN
    label_w = 38 * mm

    def row(name: str, value: str, bold: bool = False) -> list[Flowable | str]:
        return [paragraph(name, s.label), paragraph(value or "—", s.cell_bold if bold else s.cell)]

    sender_lines = [line(cover.sender)]
    if cover.on_behalf_of:
        sender_lines.append(t(lang, "fax.on_behalf", names=line(", ".join(cover.on_behalf_of))))
    if cover.sender_address:
        sender_lines.append(line(cover.sender_address))
    contact = [
        f"{t(lang, 'field.fax')} {cover.sender_fax.display}" if cover.sender_fax else "",
        f"{t(lang, 'field.phone')} {line(cover.sender_phone)}" if cover.sender_phone else "",
        line(cover.sender_email),
    ]
    numbers = "<br/>".join(
        f"<b>{line(number)}</b> ({line(whose)})" if whose else line(number)
        for number, whose in cover.customer_numbers
    )
    refs = "<br/>".join(f"{line(kind)}: {line(value)}" for kind, value in cover.references)
    rows = [
        row(t(lang, "fax.to"), line(cover.recipient), bold=True),
        row(t(lang, "fax.to_fax"), f"<font size=12><b>{cover.recipient_fax.display}</b></font>"),
        row(t(lang, "fax.from"), "<br/>".join(sender_lines)),
        row(t(lang, "fax.reply_to"), " · ".join(c for c in contact if c)),
        row(t(lang, "fax.date"), moment_text(lang, cover.sent_at)),
        row(
            t(lang, "fax.pages"),
            f"<b>{total}</b> " + t(lang, "fax.pages_including"),
        ),
        row(t(lang, "fax.subject"), line(cover.subject), bold=True),
        row(t(lang, "field.customer_numbers"), numbers),
    ]
    if cover.contract_numbers:
        rows.append(row(t(lang, "field.contracts"), para("\n".join(cover.contract_numbers))))
    if cover.references:
        rows.append(row(t(lang, "field.references"), refs))
    story: list[Flowable] = [
        paragraph(t(lang, "fax.title"), s.title),
        Spacer(1, 4 * mm),
        grid(rows, [label_w, usable - label_w], zebra=True),
        Spacer(1, 7 * mm),
        paragraph(t(lang, "fax.message"), s.h2),
        paragraph(para(cover.message), s.body),
    ]
    if cover.enclosures:
        story.append(paragraph(t(lang, "fax.enclosures"), s.h2))
        for number, enclosure in enumerate(cover.enclosures, 1):
            pages = count_text(lang, enclosure.pages, "pages")
            story.append(paragraph(f"{number}. {line(enclosure.title)} ({pages})", s.body))
    story += [
        Spacer(1, 8 * mm),
        paragraph(
            t(lang, "fax.incomplete", phone=line(cover.sender_phone or cover.sender_email)),
            s.meta,
        ),
    ]

    def footer(canvas: Canvas, page: int, pages: int) -> None:
        # the bundle stamps "page n of m" on every page; the cover only gets its colour band
        canvas.saveState()
        canvas.setFillColor(ACCENT)
        canvas.rect(0, height - 6 * mm, width, 6 * mm, stroke=0, fill=1)
        canvas.restoreState()

    build(doc, story, footer)
    return buffer.getvalue()
