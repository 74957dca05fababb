"""The dossier's closing sections: the index of attachments and the power of attorney."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from proxydesk.forms.dossier_parts import Sheet
from proxydesk.forms.layout import grid, long_grid, paragraph
from proxydesk.forms.markup import excerpt, line
from proxydesk.forms.texts import count_text, day_text, label, moment_text, size_text, t


def attachments_section(sh: Sheet) -> list[Flowable]:
    lang, s, record = sh.lang, sh.s, sh.record
    out: list[Flowable] = [sh.heading("attachments", t(lang, "dossier.attachments"))]
    if not record.attachments:
        return [*out, paragraph(t(lang, "dossier.none"), s.meta)]
    head = ["number", "file", "size", "event", "sha"]
    rows: list[list[Flowable | str]] = [
        [paragraph(t(lang, f"dossier.col.{h}"), s.cell_head) for h in head]
    ]
    for number, a in enumerate(record.attachments, 1):
        summary = line(excerpt(a.event_summary, 200)[0])
        event = (
            f'<link href="#event-{a.event_id}">{moment_text(lang, a.occurred_at)}'
            f"<br/>{summary}</link>"
        )
        rows.append(
            [
                str(number),
                paragraph(f"<b>{line(a.filename[:255])}</b><br/>{line(a.mime_type[:127])}", s.cell),
                size_text(lang, a.size),
                paragraph(event, s.cell),
                f"{a.sha256[:8]}\n{a.sha256[8:16]}",
            ]
        )
    w = sh.width
    out += long_grid(rows, [0.06 * w, 0.3 * w, 0.1 * w, 0.36 * w, 0.18 * w])
    return out


def poa_section(sh: Sheet, scan_pages: int) -> list[Flowable]:
    lang, s, record = sh.lang, sh.s, sh.record
    out: list[Flowable] = [sh.heading("poa", t(lang, "dossier.poa"))]
    powers = record.detail.powers_of_attorney
    if powers:
        head = ["grantor", "scope", "status", "valid"]
        rows: list[list[Flowable | str]] = [
            [paragraph(t(lang, f"dossier.col.{h}"), s.cell_head) for h in head]
        ]
        for p in powers:
            scope = line(p.organization_name) if p.organization_name else t(lang, "poa.general")
            acts = ", ".join(label(lang, "act", a) for a in p.acts)
            status = label(lang, "poa_status", p.status)
            if p.signed_on:
                status += "<br/>" + t(lang, "dossier.signed_on", day=day_text(lang, p.signed_on))
            if p.has_scan:
                status += "<br/>" + t(lang, "dossier.scan_on_file")
            valid = day_text(lang, p.valid_from) if p.valid_from else "—"
            valid += " – " + (day_text(lang, p.valid_until) if p.valid_until else "…")
            rows.append(
                [
                    paragraph(f"<b>{line(p.relative_name)}</b>", s.cell),
                    paragraph(f"{scope}<br/>{acts}", s.cell),
                    paragraph(status, s.cell),
                    paragraph(valid, s.cell),
                ]
            )
        w = sh.width
        out.append(grid(rows, [0.22 * w, 0.43 * w, 0.17 * w, 0.18 * w], header=True, zebra=True))
        out.append(Spacer(1, 4 * mm))
    if scan_pages:
        names = ", ".join(scan.relative_name for scan in record.scans)
        out.append(
            paragraph(
                t(lang, "dossier.scans_follow", pages=count_text(lang, scan_pages, "pages"))
                + f" ({line(names)})",
                s.body,
            )
        )
    else:
        out.append(paragraph(t(lang, "dossier.no_scan"), s.body))
    return out
