"""The power of attorney (Vollmacht): for one organization, or a general one."""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from proxydesk.domain import PoaAct
from proxydesk.forms import fonts
from proxydesk.forms.layout import (
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
from proxydesk.forms.markup import line, para
from proxydesk.forms.phones import home_region, phone_display
from proxydesk.forms.texts import Language, day_text, long_day_text, t
from proxydesk.services.poa import PoaPaper
from proxydesk.views import AccountView, RelativeView

ACTS = [a.value for a in PoaAct]

# a power of attorney should fit one page with its signatures: tighter than the other forms
TITLE = ParagraphStyle("poa-title", parent=styles().title, fontSize=20, leading=24, spaceAfter=2)
SUBTITLE = ParagraphStyle("poa-subtitle", parent=styles().subtitle, spaceAfter=4)
SECTION = ParagraphStyle("poa-section", parent=styles().h2, spaceBefore=6, spaceAfter=2)


def render_poa(paper: PoaPaper, options: FormOptions) -> bytes:
    """The form to print and sign: grantors, agent, scope, acts, validity, signature lines."""
    lang = options.language
    s = styles()
    power = paper.powers[0]
    org = paper.organization
    names = ", ".join(g.name for g in paper.grantors)
    buffer = io.BytesIO()
    doc = document(
        buffer,
        options,
        title=f"{t(lang, 'poa.title')} – {names}",
        author=paper.agent.name,
        subject=org.name if org else t(lang, "poa.general"),
    )
    width, height = options.page_size
    frame = Frame(MARGIN, 22 * mm, width - 2 * MARGIN, height - MARGIN - 22 * mm, id="body")
    doc.addPageTemplates([PageTemplate("page", [frame])])
    usable = width - 2 * MARGIN
    region = home_region(paper.agent.phone, paper.agent.fax)
    many = len(paper.grantors) > 1

    story: list[Flowable] = [
        paragraph(t(lang, "poa.title"), TITLE),
        paragraph(
            line(t(lang, "poa.for_org", org=org.name) if org else t(lang, "poa.general")),
            SUBTITLE,
        ),
        _section(t(lang, "poa.grantors" if many else "poa.grantor")),
    ]
    for grantor in paper.grantors:
        story.append(_person(lang, grantor.name, _grantor_rows(lang, grantor, region), usable))
        story.append(Spacer(1, 3))
    story.append(_section(t(lang, "poa.agent")))
    agent_rows = [(t(lang, "field.address"), paper.agent.address)]
    contact = " · ".join(
        x
        for x in (
            phone_display(paper.agent.phone, region) if paper.agent.phone else "",
            paper.agent.email,
        )
        if x
    )
    if contact:
        agent_rows.append((t(lang, "field.contact"), contact))
    story.append(_person(lang, paper.agent.name, agent_rows, usable))

    story.append(_section(t(lang, "poa.scope")))
    who = t(lang, "poa.we" if many else "poa.i")
    if org:
        intro = t(lang, "poa.scope_org_many" if many else "poa.scope_org_one", org=org.name)
    else:
        intro = t(lang, "poa.scope_general_many" if many else "poa.scope_general_one")
    story.append(paragraph(para(intro), s.body))
    if paper.accounts:
        story.append(Spacer(1, 4))
        story.append(_accounts(lang, paper.accounts, usable, general=org is None))
    story.append(Spacer(1, 6))
    story.append(paragraph(t(lang, "poa.acts_intro"), s.body))
    emails = [e for a in paper.accounts for e in a.email_addresses]
    story.append(_acts(lang, power.acts, emails, usable))
    story.append(Spacer(1, 4))
    release = t(lang, "poa.release_org", org=org.name) if org else t(lang, "poa.release_general")
    story.append(paragraph(para(release), s.small))

    story.append(_section(t(lang, "poa.validity")))
    start = long_day_text(lang, power.valid_from) if power.valid_from else "—"
    if power.valid_until:
        validity = t(
            lang, "poa.valid_until", start=start, end=long_day_text(lang, power.valid_until)
        )
    else:
        validity = t(lang, "poa.valid_revoked", start=start)
    story.append(paragraph(para(f"{validity} {t(lang, 'poa.revocable', who=who)}"), s.body))

    signers = [(g.name, t(lang, "poa.sign_grantor")) for g in paper.grantors]
    signers.append((paper.agent.name, t(lang, "poa.sign_agent")))
    # place, date and the signature lines stay together, on this page if they fit
    story.append(
        KeepTogether(
            [
                Spacer(1, 4 * mm),
                _signatures(lang, power.place, signers, usable),
                Spacer(1, 3 * mm),
                paragraph(t(lang, "poa.id_hint"), s.meta),
            ]
        )
    )

    made = day_text(lang, power.valid_from) if power.valid_from else ""
    ids = ", ".join(str(p.id) for p in paper.powers)

    def footer(canvas: Canvas, page: int, pages: int) -> None:
        footer_line(
            canvas,
            width,
            left=t(lang, "poa.footer", ids=ids, names=names),
            middle=made,
            right=t(lang, "page_of", page=page, pages=pages),
        )

    build(doc, story, footer)
    return buffer.getvalue()


def _section(title: str) -> Flowable:
    return paragraph(title, SECTION)


def _grantor_rows(lang: Language, grantor: RelativeView, region: str) -> list[tuple[str, str]]:
    rows = []
    if grantor.born:
        rows.append((t(lang, "field.born"), day_text(lang, grantor.born)))
    rows.append((t(lang, "field.address"), grantor.address))
    if grantor.phone_numbers:
        rows.append(
            (
                t(lang, "field.phone"),
                ", ".join(phone_display(p, region) for p in grantor.phone_numbers),
            )
        )
    return rows


def _person(lang: Language, name: str, rows: list[tuple[str, str]], usable: float) -> Table:
    s = styles()
    data = [[paragraph(t(lang, "field.name"), s.label), paragraph(line(name), s.cell_bold)]]
    data += [
        [paragraph(label, s.label), paragraph(para(value) or "—", s.cell)] for label, value in rows
    ]
    return grid(data, [32 * mm, usable - 32 * mm], boxed=False, padding=1.2)


def _accounts(lang: Language, accounts: list[AccountView], usable: float, general: bool) -> Table:
    s = styles()
    head = [t(lang, "field.customer_number"), t(lang, "field.contracts"), t(lang, "field.lines")]
    if general:
        head.insert(0, t(lang, "field.organization"))
    rows: list[list[Flowable | str]] = [[paragraph(h, s.cell_head) for h in head]]
    for a in accounts:
        row: list[Flowable | str] = [
            paragraph(line(a.customer_number), s.cell_bold),
            paragraph(para("\n".join(a.contract_numbers)) or "—", s.cell),
            paragraph(para("\n".join([*a.phone_lines, *a.email_addresses])) or "—", s.cell),
        ]
        if general:
            row.insert(0, paragraph(line(a.organization_name), s.cell))
        rows.append(row)
    if general:
        widths = [0.17 * usable, 0.17 * usable, 0.33 * usable, 0.33 * usable]
    else:
        widths = [0.2 * usable, 0.42 * usable, 0.38 * usable]
    return grid(rows, widths, header=True)


def _acts(lang: Language, chosen: list[str], emails: list[str], usable: float) -> Table:
    """Every act with a box, ticked where granted, so the scope cannot be widened by hand."""
    s = styles()
    rows: list[list[Flowable | str]] = []
    for act in ACTS:
        granted = act in chosen
        text = t(lang, f"poa.act.{act}")
        if act == PoaAct.EMAIL_TRANSFER.value and emails and granted:
            text += " " + t(lang, "poa.act.email_list", emails=", ".join(emails))
        mark = "☒" if granted else "☐"
        style = s.cell if granted else s.meta
        rows.append([paragraph(mark, s.body), paragraph(para(text), style)])
    return grid(rows, [8 * mm, usable - 8 * mm], boxed=False, padding=1)


def _signatures(lang: Language, place: str, signers: list[tuple[str, str]], usable: float) -> Table:
    """Place and date, then a line to sign on for each grantor and for the agent."""
    s = styles()
    columns = 2 if len(signers) <= 2 else 3
    gap = 8 * mm
    width = (usable - gap * (columns - 1)) / columns
    widths: list[float] = []
    for n in range(columns):
        widths += [width] if n == columns - 1 else [width, gap]
    blank: list[Flowable | str] = ["" for _ in widths]
    place_row = list(blank)
    place_row[0] = paragraph(para(f"{place}, " if place else ""), s.body)
    label_row = list(blank)
    label_row[0] = paragraph(t(lang, "poa.place_date"), s.label)
    cells: list[list[Flowable | str]] = [place_row, label_row]
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("LINEBELOW", (0, 0), (0, 0), 0.6, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for start in range(0, len(signers), columns):
        lines, labels = list(blank), list(blank)
        row = len(cells)
        for n, (name, role) in enumerate(signers[start : start + columns]):
            lines[2 * n] = Spacer(1, 10 * mm)
            labels[2 * n] = paragraph(f"{line(name)}<br/>{role}", s.label)
            commands.append(("LINEBELOW", (2 * n, row), (2 * n, row), 0.6, RULE))
        cells += [lines, labels]
    table = Table(cells, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table
