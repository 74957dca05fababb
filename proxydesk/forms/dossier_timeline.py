"""The dossier's full timeline: one paragraph per event, the time in the margin."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from proxydesk.forms import fonts
from proxydesk.forms.contents import ContentsEntry
from proxydesk.forms.dossier_parts import Sheet
from proxydesk.forms.layout import INK, styles
from proxydesk.forms.markup import excerpt, line, para
from proxydesk.forms.texts import (
    Language,
    duration_text,
    label,
    long_day_text,
    moment_text,
    t,
    time_text,
)
from proxydesk.reading.timeline_filter import PROMISE_ENTRY
from proxydesk.views import MailBrief, PromiseBrief, TimelineEntry

#: days of timeline listed one by one in the contents; more are listed by month
MAX_DAYS_IN_CONTENTS = 40
MAIL_EXCERPT = 1500
#: room a day's heading needs below it for its first event, else it starts a new page
KEEP_WITH_HEADING = 28 * mm
#: room an event's first lines need, else it starts on the next page
KEEP_ENTRY = 12 * mm
ENTRY_GAP = 6
GREY = "#5f6368"


class Anchor(Flowable):
    """A named place in the PDF (for links to an event), taking no room."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkHorizontal(self.key, 0, 14)


@dataclass(frozen=True)
class EntryStyles:
    """One plain style per part of an event, so long texts take reportlab's quick path."""

    head: ParagraphStyle
    summary: ParagraphStyle
    meta: ParagraphStyle
    body: ParagraphStyle
    note: ParagraphStyle


def entry_styles() -> EntryStyles:
    base = styles().entry
    indent = 17 * mm

    def part(name: str, **changes: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, leftIndent=indent, spaceAfter=0, **changes)

    return EntryStyles(
        head=part(
            "entry-head",
            bulletIndent=0,
            bulletFontSize=8.5,
            bulletColor=INK,
            fontSize=7.5,
            leading=10.5,
            textColor=GREY,
            spaceBefore=ENTRY_GAP,
        ),
        summary=part(
            "entry-summary",
            fontName=fonts.BOLD,
            fontSize=9,
            leading=12,
            bulletIndent=0,
            bulletFontSize=8.5,
            spaceBefore=ENTRY_GAP,
        ),
        meta=part("entry-meta", fontSize=7.5, leading=10, textColor=GREY),
        body=part("entry-body", fontSize=8.5, leading=11.5),
        note=part("entry-note", fontSize=8, leading=10.5),
    )


def contents_entries(lang: Language, entries: list[TimelineEntry]) -> list[ContentsEntry]:
    """The days (or, for long timelines, the months) the contents list under the timeline."""
    days = sorted({e.occurred_at.date() for e in entries})
    if len(days) <= MAX_DAYS_IN_CONTENTS:
        return [ContentsEntry(day_key(d), long_day_text(lang, d, weekday=True), 1) for d in days]
    months = sorted({(d.year, d.month) for d in days})
    return [
        ContentsEntry(f"month-{y}-{m:02d}", month_title(lang, date(y, m, 1)), 1) for y, m in months
    ]


def day_key(day: date) -> str:
    return f"day-{day.isoformat()}"


def month_title(lang: Language, day: date) -> str:
    return long_day_text(lang, day).split(" ", 1)[1]


def timeline_section(sh: Sheet) -> list[Flowable]:
    lang, s, record = sh.lang, sh.s, sh.record
    out: list[Flowable] = [sh.heading("timeline", t(lang, "dossier.timeline"))]
    if not record.entries:
        return [*out, Paragraph(t(lang, "dossier.none"), s.meta)]
    by_day = len({e.occurred_at.date() for e in record.entries}) <= MAX_DAYS_IN_CONTENTS
    numbers: dict[int, list[int]] = {}
    for number, a in enumerate(record.attachments, 1):
        numbers.setdefault(a.event_id, []).append(number)
    style = entry_styles()
    day_style = ParagraphStyle("day", parent=s.h2, keepWithNext=0)
    current: date | None = None
    month: tuple[int, int] | None = None
    for e in record.entries:
        day = e.occurred_at.date()
        if day != current:
            current = day
            title = long_day_text(lang, day, weekday=True)
            # a day's heading never ends a page alone (cheaper than keepWithNext)
            out.append(CondPageBreak(KEEP_WITH_HEADING))
            if by_day:
                out.append(sh.heading(day_key(day), title, level=1, keep=False))
            else:
                if (day.year, day.month) != month:
                    month = (day.year, day.month)
                    key = f"month-{day.year}-{day.month:02d}"
                    out.append(sh.heading(key, month_title(lang, day), level=1, keep=False))
                out.append(Paragraph(line(title), day_style))
        out.append(CondPageBreak(KEEP_ENTRY))
        out += entry_flowables(lang, e, record.mails.get(e.id), numbers.get(e.id, []), style)
    return out


def entry_flowables(
    lang: Language,
    e: TimelineEntry,
    mail: MailBrief | None,
    attachment_numbers: list[int],
    st: EntryStyles,
) -> list[Flowable]:
    """One event: what and who, the details, the text, the statements made, the files.

    Every user text goes through `para`/`line`; long texts get a paragraph of one style.
    """
    when = time_text(e.occurred_at)
    if e.kind == PROMISE_ENTRY:
        said = t(lang, "dossier.loose_statement") + (f" · {line(e.contact)}" if e.contact else "")
        return [
            Anchor(f"promise-{e.id}"),
            Paragraph(said, st.head, bulletText=when),
            *(Paragraph(_statement(lang, p), st.note) for p in e.promises),
        ]
    head = [label(lang, "kind", e.kind)]
    if e.contact:
        head.append(line(e.contact))
    if e.ended_at is not None:
        head.append(
            t(lang, "dossier.until", end=time_text(e.ended_at))
            + f" ({duration_text(lang, e.duration_seconds) or '0 min'})"
        )
    out: list[Flowable] = [
        Anchor(f"event-{e.id}"),
        Paragraph(line(e.summary), st.summary, bulletText=when),
    ]
    meta = [" · ".join(head)]
    if mail is not None:
        mail_head = [
            f"{t(lang, 'mail.from')} {line(mail.sender)}",
            f"{t(lang, 'mail.to')} {line(', '.join(mail.recipients))}" if mail.recipients else "",
            f"{t(lang, 'mail.subject')} {line(mail.subject)}",
            f"{t(lang, 'mail.date')} {moment_text(lang, mail.sent_at)}",
        ]
        meta.append(" · ".join(x for x in mail_head if x))
    if e.kind == "call":
        call = [
            f"{t(lang, 'call.number')} {line(e.number_dialed)}" if e.number_dialed else "",
            t(lang, "call.hold", hold=duration_text(lang, e.hold_seconds) or "0 min")
            if e.hold_seconds is not None
            else "",
            t(lang, "call.transfers", n=e.transfers) if e.transfers else "",
            f"{t(lang, 'call.outcome')} {label(lang, 'outcome', e.outcome)}" if e.outcome else "",
        ]
        meta.append(" · ".join(x for x in call if x))
    if e.receipt == "requested":
        meta.append(t(lang, "mail.receipt_requested"))
    elif e.receipt == "read":
        meta.append(t(lang, "mail.receipt_read", at=moment_text(lang, e.read_at)))
    # one run of text in one style: reportlab's quick path (a <br/> would leave it)
    out.append(Paragraph(" · ".join(meta), st.meta))
    if e.body.strip():
        if mail is not None or e.kind in ("email_in", "email_out"):
            text, left = excerpt(e.body, MAIL_EXCERPT)
            body = para(text)
            if left:
                body += f' <font color="{GREY}">{t(lang, "dossier.more_chars", n=left)}</font>'
        else:
            body = para(e.body, more=f'<font color="{GREY}">{t(lang, "dossier.cut")}</font>')
        out.append(Paragraph(body, st.body))
    out += [Paragraph(_statement(lang, p), st.note) for p in e.promises]
    if e.attachments:
        files = ", ".join(line(a) for a in e.attachments)
        refs = ", ".join(f"#{n}" for n in attachment_numbers)
        text = f"{t(lang, 'dossier.attached')} {files}"
        if refs:
            text += f' (<link href="#attachments">{t(lang, "dossier.index")} {refs}</link>)'
        out.append(Paragraph(text, st.meta))
    return out


def _small(markup: str) -> str:
    return f'<font size="7.5" color="{GREY}">{markup}</font>'


def _statement(lang: Language, p: PromiseBrief) -> str:
    colour = {"kept": "#1e7b34", "broken": "#b3261e", "false": "#b3261e"}.get(p.status, "#8a5a00")
    due = f", {t(lang, 'dossier.due', due=moment_text(lang, p.due_at))}" if p.due_at else ""
    return (
        f'<font size="8">▸ <b>{label(lang, "kind", p.kind)}</b> '
        f'(<font color="{colour}">{label(lang, "status", p.status)}</font>{due}): '
        f"{para(p.text)}</font>"
    )
