"""The sections of the escalation dossier, each a list of flowables made from the record."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from proxydesk.forms import fonts
from proxydesk.forms.contents import Contents, Heading
from proxydesk.forms.layout import (
    ACCENT,
    RULE,
    SHADE,
    Styles,
    grid,
    long_grid,
    paragraph,
    styles,
)
from proxydesk.forms.letters import QUOTES
from proxydesk.forms.markup import excerpt, line, para
from proxydesk.forms.summary import CaseFigures
from proxydesk.forms.texts import (
    Language,
    count_text,
    day_text,
    duration_text,
    label,
    moment_text,
    t,
)
from proxydesk.reading.fingerprint import grouped_fingerprint
from proxydesk.services.dossier import CaseRecord
from proxydesk.views import PromiseView

STATUS_COLOURS = {"kept": "#1e7b34", "broken": "#b3261e", "false": "#b3261e", "open": "#8a5a00"}


@dataclass
class Sheet:
    """What every section needs: the record, the language, the usable width, the contents."""

    record: CaseRecord
    lang: Language
    width: float
    contents: Contents | None
    s: Styles

    def heading(self, key: str, title: str, level: int = 0, keep: bool = True) -> Heading:
        style = self.s.h1 if level == 0 else self.s.h2
        if not keep:
            style = ParagraphStyle(f"{style.name}-free", parent=style, keepWithNext=0)
        return Heading(
            line(title), style, key=key, outline=title, level=level, contents=self.contents
        )

    def status(self, status: str) -> str:
        colour = STATUS_COLOURS.get(status, "#5f6368")
        return f'<font color="{colour}"><b>{label(self.lang, "status", status)}</b></font>'


def sheet(record: CaseRecord, lang: Language, width: float, contents: Contents | None) -> Sheet:
    return Sheet(record, lang, width, contents, styles())


def cover(sh: Sheet, figs: CaseFigures) -> list[Flowable]:
    lang, s, record = sh.lang, sh.s, sh.record
    detail = record.detail
    summary = detail.summary
    rows: list[tuple[str, str]] = []
    state = label(lang, "case_status", summary.status)
    opened = t(lang, "dossier.opened", day=day_text(lang, summary.opened_at.date()))
    closed = (
        t(lang, "dossier.closed", day=day_text(lang, summary.closed_at.date()))
        if summary.closed_at
        else t(lang, "dossier.still_open")
    )
    rows.append((t(lang, "dossier.case"), f"#{summary.id} · {state} · {opened} · {closed}"))
    relatives = "<br/>".join(
        f"<b>{line(r.name)}</b>" + (f", {line(r.address)}" if r.address else "")
        for r in record.relatives
    )
    rows.append((t(lang, "dossier.on_behalf"), relatives or "—"))
    rows.append((t(lang, "field.organization"), f"<b>{line(detail.organization.name)}</b>"))
    accounts = "<br/>".join(
        f"<b>{line(a.customer_number)}</b> ({line(a.relative_name)})"
        + "".join(f"<br/>&nbsp;&nbsp;{line(c)}" for c in a.contract_numbers)
        for a in detail.accounts
    )
    rows.append((t(lang, "field.customer_numbers"), accounts or "—"))
    references = "<br/>".join(
        f"{label(lang, 'reference', r.kind)}: <b>{line(r.value)}</b>"
        + (f" ({line(r.given_by)}" if r.given_by else "")
        + (f", {moment_text(lang, r.given_at)})" if r.given_by and r.given_at else "")
        + (")" if r.given_by and not r.given_at else "")
        for r in detail.references
    )
    rows.append((t(lang, "field.references"), references or "—"))
    period = t(
        lang,
        "dossier.period_value",
        first=day_text(lang, figs.opened_at.date()),
        last=day_text(lang, figs.until.date()),
        days=count_text(lang, figs.days_open, "days"),
    )
    if summary.closed_at is None:
        period += " " + t(lang, "dossier.still_open")
    if not figs.contacts:
        period += " · " + t(lang, "dossier.no_contacts")
    rows.append((t(lang, "dossier.period"), period))
    proxy = record.proxy
    prepared = "<br/>".join(
        line(x) for x in (proxy.name, proxy.address, proxy.phone, proxy.email) if x
    )
    rows.append((t(lang, "dossier.prepared_by"), prepared or "—"))
    rows.append((t(lang, "dossier.prepared_on"), moment_text(lang, record.read_at)))
    table = grid(
        [[paragraph(k, s.label), paragraph(v, s.cell)] for k, v in rows],
        [40 * mm, sh.width - 40 * mm],
        zebra=True,
    )
    fingerprint = Table(
        [
            [paragraph(t(lang, "dossier.fingerprint"), s.cell_bold)],
            [
                paragraph(
                    f'<font size="10.5">{grouped_fingerprint(record.fingerprint)}</font>', s.cell
                )
            ],
            [paragraph(t(lang, "dossier.fingerprint_help", case=summary.id), s.meta)],
        ],
        colWidths=[sh.width],
    )
    fingerprint.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                ("BOX", (0, 0), (-1, -1), 0.8, ACCENT),
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return [
        paragraph(f'<font color="#1f4e79">{t(lang, "dossier.kicker")}</font>', s.label),
        Spacer(1, 2 * mm),
        paragraph(line(summary.title), s.title),
        paragraph(line(f"{detail.organization.name} · {state}"), s.subtitle),
        Spacer(1, 4 * mm),
        table,
        Spacer(1, 8 * mm),
        fingerprint,
    ]


def summary_section(sh: Sheet, figs: CaseFigures) -> list[Flowable]:
    lang, s, record = sh.lang, sh.s, sh.record
    out: list[Flowable] = [sh.heading("summary", t(lang, "dossier.summary"))]
    if record.detail.story_so_far.strip():
        out += [
            paragraph(t(lang, "dossier.story"), s.h2),
            paragraph(para(record.detail.story_so_far), s.body),
            Spacer(1, 4 * mm),
        ]
    until = figs.until.date()
    days = t(
        lang,
        "dossier.days_open_value",
        days=count_text(lang, figs.days_open, "days"),
        start=day_text(lang, figs.opened_at.date()),
        end=day_text(lang, until),
    )
    if record.detail.summary.closed_at is None:
        days += " " + t(lang, "dossier.still_open")
    channels = ", ".join(f"{n} {label(lang, 'channel', c)}" for c, n in figs.by_channel)
    calls = t(
        lang,
        "dossier.calls_value",
        n=figs.calls,
        total=duration_text(lang, figs.call_seconds) or "0 min",
        hold=duration_text(lang, figs.hold_seconds) or "0 min",
        transfers=figs.transfers,
        cut=figs.calls_cut_off,
    )
    rows = [
        (t(lang, "dossier.days_open"), days),
        (
            t(lang, "dossier.contacts"),
            f"<b>{figs.contacts}</b>" + (f" ({channels})" if channels else ""),
        ),
        (t(lang, "dossier.calls"), calls),
        (
            t(lang, "dossier.mails"),
            t(lang, "dossier.mails_value", sent=figs.mails_sent, unanswered=len(figs.unanswered)),
        ),
        (
            t(lang, "dossier.receipts"),
            t(
                lang,
                "dossier.receipts_value",
                requested=figs.receipts_requested,
                read=figs.receipts_read,
            ),
        ),
    ]
    out.append(
        grid(
            [[paragraph(k, s.label), paragraph(v, s.cell)] for k, v in rows],
            [40 * mm, sh.width - 40 * mm],
            zebra=True,
        )
    )
    out += [Spacer(1, 5 * mm), paragraph(t(lang, "dossier.statements"), s.h2)]
    head = ["", "made", "kept", "broken", "false", "open"]
    table_rows: list[list[Flowable | str]] = [
        [paragraph(t(lang, f"dossier.col.{h}") if h else "", s.cell_head) for h in head]
    ]
    for c in figs.statements:
        name = (
            t(lang, "dossier.all_statements") if c.kind == "all" else label(lang, "kinds", c.kind)
        )
        style = s.cell_bold if c.kind == "all" else s.cell
        table_rows.append(
            [paragraph(name, style)]
            + [paragraph(str(v), style) for v in (c.made, c.kept, c.broken, c.false, c.open)]
        )
    first = sh.width - 5 * 22 * mm
    out.append(grid(table_rows, [first] + [22 * mm] * 5, header=True, zebra=True))
    if figs.unanswered:
        out += [Spacer(1, 5 * mm), paragraph(t(lang, "dossier.unanswered"), s.h2)]
        out.append(
            grid(
                [
                    [
                        paragraph(moment_text(lang, e.occurred_at), s.cell),
                        paragraph(f'<link href="#event-{e.id}">{line(e.summary)}</link>', s.cell),
                    ]
                    for e in figs.unanswered
                ],
                [32 * mm, sh.width - 32 * mm],
                zebra=True,
            )
        )
    return out


def promises_section(sh: Sheet) -> list[Flowable]:
    lang, s, record = sh.lang, sh.s, sh.record
    out: list[Flowable] = [sh.heading("promises", t(lang, "dossier.promises"))]
    if not record.promises:
        return [*out, paragraph(t(lang, "dossier.none"), s.meta)]
    channels = {e.id: e.channel for e in record.entries if e.kind != "promise"}
    head = ["what", "who", "when", "due", "outcome"]
    rows: list[list[Flowable | str]] = [
        [paragraph(t(lang, f"dossier.col.{h}"), s.cell_head) for h in head]
    ]
    for p in record.promises:
        text, left = excerpt(p.text, 700)
        what = f"<b>{label(lang, 'kind', p.kind)}</b> {para(text)}" + (" …" if left else "")
        if p.made_in_event_id is not None:
            what = f'<link href="#event-{p.made_in_event_id}">{what}</link>'
        who = line(excerpt(p.made_by, 120)[0]) or "—"
        channel = channels.get(p.made_in_event_id or -1)
        if channel:
            who += f'<br/><font color="#5f6368">{label(lang, "channel", channel)}</font>'
        outcome = sh.status(p.status)
        if p.resolved_at:
            outcome += f"<br/>{moment_text(lang, p.resolved_at)}"
        if p.overdue:
            outcome += f"<br/>{t(lang, 'dossier.overdue')}"
        # plain strings where nothing needs wrapping: much quicker to lay out than paragraphs
        rows.append(
            [
                paragraph(what, s.cell),
                paragraph(who, s.cell),
                _two_lines(lang, p.made_at),
                _two_lines(lang, p.due_at),
                paragraph(outcome, s.cell),
            ]
        )
    w = sh.width
    widths = [0.4 * w, 0.18 * w, 0.13 * w, 0.13 * w, 0.16 * w]
    # every cell is cut short, so no row outgrows a page
    out += long_grid(rows, widths)
    return out


def _two_lines(lang: Language, value: datetime | None) -> str:
    """A moment as a plain table cell: the day, and the time below it."""
    if value is None:
        return "—"
    return f"{day_text(lang, value.date())}\n{value:%H:%M}"


def _statement(sh: Sheet, p: PromiseView) -> Paragraph:
    lang = sh.lang
    text, left = excerpt(p.text, 1200)
    who = line(p.made_by) or t(lang, "letter.someone")
    markup = (
        f'<font size="8" color="#5f6368">{moment_text(lang, p.made_at)} · {who} · '
        f"{label(lang, 'kind', p.kind)}</font><br/>"
        f"{quoted(text, left > 0)}<br/>{sh.status(p.status)}"
    )
    if p.made_in_event_id is not None:
        see = t(lang, "dossier.see_event")
        markup += f' · <link href="#event-{p.made_in_event_id}">{see}</link>'
    return paragraph(markup, sh.s.cell)


def quoted(text: str, cut: bool = False) -> str:
    """A statement in quotation marks, unless it brings its own."""
    body = para(text) + (" …" if cut else "")
    return body if text[:1] in QUOTES else f"“{body}”"


def contradictions_section(sh: Sheet) -> list[Flowable]:
    lang, s, record = sh.lang, sh.s, sh.record
    out: list[Flowable] = [sh.heading("contradictions", t(lang, "dossier.contradictions"))]
    if not record.contradictions:
        return [*out, paragraph(t(lang, "dossier.none"), s.meta)]
    half = sh.width / 2
    for number, c in enumerate(record.contradictions, 1):
        rows: list[list[Flowable | str]] = [
            [
                paragraph(t(lang, "dossier.said_first", n=number), s.cell_head),
                paragraph(t(lang, "dossier.said_then"), s.cell_head),
            ],
            [_statement(sh, c.first), _statement(sh, c.second)],
        ]
        if c.note.strip():
            rows.append([paragraph(f"<i>{para(c.note)}</i>", s.cell), ""])
        table = grid(rows, [half, half], header=True)
        commands: list[tuple[Any, ...]] = [("LINEAFTER", (0, 1), (0, 1), 0.5, RULE)]
        if c.note.strip():
            commands.append(("SPAN", (0, 2), (1, 2)))
        table.setStyle(TableStyle(commands))
        out += [table, Spacer(1, 4 * mm)]
    return out
