"""Paperwork: me, poa (attach, status), poas, form (poa, fax, letter), dossier, fingerprint."""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from proxydesk.cli.output import emit_json, table
from proxydesk.domain import PoaAct, PoaStatus
from proxydesk.errors import InvalidInput
from proxydesk.forms.letters import ADDRESSEES, draft_from_json, draft_letter, draft_to_json
from proxydesk.forms.making import fax_scans, poa_ids
from proxydesk.forms.output import (
    STAGE_APPENDIX,
    STAGE_SCANS,
    STAGE_SUMMARY,
    STAGE_TIMELINE,
    write_pdf,
)
from proxydesk.forms.texts import LANGUAGES, PAPERS, default_language, default_paper
from proxydesk.output_files import check_output, write_output
from proxydesk.progress import Progress
from proxydesk.reading.fingerprint import grouped_fingerprint
from proxydesk.services.poa import PROXY_KEYS, STEPS_FROM_SIGNED
from proxydesk.timezones import parse_date

if TYPE_CHECKING:
    from proxydesk.cli.main import Context
    from proxydesk.forms.layout import FormOptions

# reportlab and pypdf (and the PDF fonts they register) load in the commands that make paper,
# not for "me", "poa" or "poas"

#: ``fingerprint --check``: the record is unchanged / it changed (errors exit 2)
EXIT_SAME = 0
EXIT_CHANGED = 1


def register(commands: argparse._SubParsersAction) -> None:
    me = commands.add_parser(
        "me", help="your own name and address, as printed on every form (set or show)"
    )
    for key in PROXY_KEYS:
        me.add_argument(f"--{key}", metavar=key.upper())
    me.add_argument("--json", action="store_true")
    me.set_defaults(handler=show_or_set_me, writes=True)

    poa = commands.add_parser("poa", help="store a signed power of attorney, follow its status")
    actions = poa.add_subparsers(dest="action", required=True, metavar="ACTION")
    attach = actions.add_parser("attach", help="store the signed scan (PDF, PNG or JPEG)")
    attach.add_argument("--relative", required=True, metavar="R")
    attach.add_argument(
        "--organization", metavar="O", help="the organization (leave out for a general one)"
    )
    attach.add_argument("--signed-on", metavar="DATE", help="the day it was signed")
    attach.add_argument(
        "--acts",
        nargs="+",
        metavar="ACT",
        help="what it allows, as written on it: "
        + ", ".join(a.value for a in PoaAct)
        + " (default: as drafted)",
    )
    attach.add_argument("--valid-from", metavar="DATE", help="with --acts; default: as drafted")
    attach.add_argument("--valid-until", metavar="DATE", help="with --acts; default: none")
    attach.add_argument(
        "--status",
        choices=[s.value for s in STEPS_FROM_SIGNED],
        default=PoaStatus.SIGNED.value,
        help="how far it got (default: signed)",
    )
    attach.add_argument("scan", metavar="SCAN")
    attach.set_defaults(handler=attach_scan, writes=True)
    status = actions.add_parser("status", help="mark it sent, accepted or refused")
    status.add_argument("id", type=int, metavar="ID")
    status.add_argument("status", choices=[s.value for s in PoaStatus])
    status.set_defaults(handler=set_poa_status, writes=True)
    powers = commands.add_parser("poas", help="list the powers of attorney")
    powers.add_argument("--relative", metavar="R")
    powers.add_argument("--json", action="store_true")
    powers.set_defaults(handler=list_powers, writes=False)

    form = commands.add_parser("form", help="make a power of attorney, a fax or a letter as PDF")
    forms = form.add_subparsers(dest="form", required=True, metavar="FORM")
    poa_form = forms.add_parser("poa", help="a power of attorney to print and sign")
    poa_form.add_argument(
        "--relative", action="append", required=True, metavar="R", help="repeat for a joint one"
    )
    poa_form.add_argument(
        "--organization", metavar="O", help="the organization (leave out for a general one)"
    )
    poa_form.add_argument(
        "--acts",
        nargs="+",
        metavar="ACT",
        help="what it allows: " + ", ".join(a.value for a in PoaAct) + " (default: as drafted, "
        "else information)",
    )
    poa_form.add_argument(
        "--account", action="append", metavar="N", help="customer number (default: all)"
    )
    poa_form.add_argument("--valid-from", metavar="DATE")
    poa_form.add_argument("--valid-until", metavar="DATE")
    poa_form.add_argument("--place", default="", help="place of signing (default: their town)")
    _paper_options(poa_form)
    poa_form.set_defaults(handler=make_poa, writes=True)

    fax = forms.add_parser("fax", help="a fax cover sheet, bundled with a letter and the scan")
    fax.add_argument("--case", required=True, metavar="CASE")
    fax.add_argument(
        "--to-fax", metavar="NUMBER", help="default: the organization's fax number on file"
    )
    fax.add_argument("--from-fax", metavar="NUMBER", help="your fax number (default: from 'me')")
    fax.add_argument("--letter", metavar="FILE.pdf", help="a letter to send with it")
    fax.add_argument(
        "--include-poa", action="store_true", help="add the signed power of attorney scan"
    )
    fax.add_argument("--subject")
    fax.add_argument("--message", help="the short message (default: written from the case)")
    _paper_options(fax)
    fax.set_defaults(handler=make_fax, writes=False)

    letter = forms.add_parser("letter", help="a complaint or a request for conciliation")
    letter.add_argument("--case", metavar="CASE")
    letter.add_argument("--to", choices=ADDRESSEES)
    letter.add_argument("--deadline", metavar="DATE", help="default: in 14 days")
    letter.add_argument(
        "--edit-json", metavar="DRAFT.json", help="only write the draft, to edit before rendering"
    )
    letter.add_argument("--from-json", metavar="DRAFT.json", help="render an edited draft")
    _paper_options(letter, required=False)
    letter.set_defaults(handler=make_letter, writes=False)

    dossier = commands.add_parser("dossier", help="the whole case on paper, for an escalation")
    dossier.add_argument("case", metavar="CASE")
    dossier.add_argument("--no-poa", action="store_true", help="do not append the signed scan")
    _paper_options(dossier)
    dossier.set_defaults(handler=make_dossier, writes=False)

    fingerprint = commands.add_parser(
        "fingerprint", help="the case's fingerprint, to check a printed dossier against the file"
    )
    fingerprint.add_argument("case", metavar="CASE")
    fingerprint.add_argument(
        "--check",
        metavar="HEX",
        help="exit 0 when the record still has this fingerprint (or starts with it), else 1",
    )
    fingerprint.set_defaults(handler=show_fingerprint, writes=False)


def _paper_options(parser: argparse.ArgumentParser, required: bool = True) -> None:
    parser.add_argument("-o", "--output", required=required, metavar="FILE.pdf")
    parser.add_argument("--lang", choices=LANGUAGES, help="default: from the locale")
    parser.add_argument("--paper", choices=PAPERS, help="default: from the locale")


def _options(args: argparse.Namespace) -> FormOptions:
    from proxydesk.forms.layout import FormOptions

    return FormOptions(args.lang or default_language(), args.paper or default_paper())


def _wrote(path: Path, data: bytes) -> int:
    from proxydesk.forms.pdfpages import page_count

    write_pdf(path, data)
    pages = page_count(data, str(path))
    print(f"wrote {path} ({pages} page{'s' if pages != 1 else ''})", file=sys.stderr)
    return 0


def show_or_set_me(ctx: Context) -> int:
    a = ctx.args
    changes = {key: getattr(a, key) for key in PROXY_KEYS if getattr(a, key) is not None}
    view = ctx.services.poa.set_proxy(**changes) if changes else ctx.services.poa.proxy()
    if a.json:
        emit_json(view)
    else:
        for key in PROXY_KEYS:
            print(f"{key:8} {getattr(view, key) or '-'}")
    return 0


def attach_scan(ctx: Context) -> int:
    a = ctx.args
    signed_on = parse_date(a.signed_on, "--signed-on") if a.signed_on else None
    if (a.valid_from or a.valid_until) and not a.acts:
        raise InvalidInput("--valid-from and --valid-until go with --acts: say what it allows")
    view = ctx.services.poa.attach_scan(
        a.relative,
        a.organization,
        Path(a.scan),
        signed_on=signed_on,
        acts=a.acts,
        valid_from=parse_date(a.valid_from, "--valid-from") if a.valid_from else None,
        valid_until=parse_date(a.valid_until, "--valid-until") if a.valid_until else None,
        status=a.status,
    )
    where = view.organization_name or "general"
    print(f"power of attorney {view.id} ({view.relative_name}, {where}) is {view.status}")
    return 0


def set_poa_status(ctx: Context) -> int:
    view = ctx.services.poa.set_status(ctx.args.id, ctx.args.status)
    print(f"power of attorney {view.id} is {view.status}")
    return 0


def list_powers(ctx: Context) -> int:
    rows = ctx.services.poa.powers(ctx.args.relative)
    if ctx.args.json:
        emit_json(rows)
        return 0
    table(
        ["id", "relative", "organization", "acts", "valid", "status", "signed", "scan"],
        [
            (
                p.id,
                p.relative_name,
                p.organization_name or "(general)",
                ", ".join(p.acts),
                f"{p.valid_from or ''} – {p.valid_until or ''}".strip(" –"),
                p.status,
                p.signed_on or "",
                "yes" if p.has_scan else "no",
            )
            for p in rows
        ],
    )
    return 0


def _acts(values: list[str] | None) -> list[str] | None:
    if values is None:
        return None
    return [part for value in values for part in value.replace(",", " ").split()]


def make_poa(ctx: Context) -> int:
    from proxydesk.forms.poa import render_poa

    a = ctx.args
    check_output(a.output)  # refused before any work
    service = ctx.services.poa
    ids = poa_ids(
        service,
        a.relative,
        a.organization,
        acts=_acts(a.acts),
        accounts=a.account,
        valid_from=parse_date(a.valid_from, "--valid-from") if a.valid_from else None,
        valid_until=parse_date(a.valid_until, "--valid-until") if a.valid_until else None,
        place=a.place,
    )
    return _wrote(Path(a.output), render_poa(service.paper(ids), _options(a)))


def make_fax(ctx: Context) -> int:
    from proxydesk.forms.fax import NoFaxNumber, fax_bundle, fax_cover

    a = ctx.args
    check_output(a.output)
    options = _options(a)
    record = ctx.services.dossier.record(a.case)
    letter = None
    if a.letter:
        try:
            letter = Path(a.letter).read_bytes()
        except OSError as exc:
            raise InvalidInput(f"cannot read {a.letter}: {exc.strerror or exc}") from None
    scans = fax_scans(record, a.include_poa)
    try:
        cover = fax_cover(
            record,
            options.language,
            to_fax=a.to_fax,
            from_fax=a.from_fax,
            subject=a.subject,
            message=a.message,
            with_letter=letter is not None,
            with_poa=bool(scans),
        )
    except NoFaxNumber as exc:
        raise InvalidInput(f"{exc}; give the number to send to (--to-fax NUMBER)") from None
    data = fax_bundle(
        cover,
        options,
        letter=letter,
        letter_name=Path(a.letter).name if a.letter else "letter.pdf",
        scans=scans,
    )
    print(f"fax to {cover.recipient} at {cover.recipient_fax.display}", file=sys.stderr)
    return _wrote(Path(a.output), data)


def make_letter(ctx: Context) -> int:
    a = ctx.args
    for target in (a.edit_json, a.output):
        if target is not None:
            check_output(target)
    if a.from_json:
        source = Path(a.from_json)
        try:
            text = source.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InvalidInput(f"cannot read {source}: {exc}") from None
        draft = draft_from_json(text, str(source))
    else:
        if not a.case or not a.to:
            raise InvalidInput("say which case and to whom: --case CASE --to management|regulator")
        record = ctx.services.dossier.record(a.case)
        deadline = parse_date(a.deadline, "--deadline") if a.deadline else None
        draft = draft_letter(record, a.to, a.lang or default_language(), deadline=deadline)
        for warning in draft.warnings:
            print(f"proxydesk: note: {warning}", file=sys.stderr)
    if a.edit_json:
        target = write_output(a.edit_json, draft_to_json(draft).encode("utf-8"))
        print(
            f"wrote the draft to {target}; edit it, then render it with "
            f"'proxydesk form letter --from-json {target} -o LETTER.pdf'",
            file=sys.stderr,
        )
        if not a.output:
            return 0
    if not a.output:
        raise InvalidInput("say where to write the letter: -o FILE.pdf (or --edit-json DRAFT.json)")
    from proxydesk.forms.layout import FormOptions
    from proxydesk.forms.letter_pdf import render_letter

    options = FormOptions(draft.language, a.paper or default_paper())
    return _wrote(Path(a.output), render_letter(draft, options))


def make_dossier(ctx: Context) -> int:
    from proxydesk.forms.dossier import DossierOptions, render_dossier

    a = ctx.args
    check_output(a.output)
    base = _options(a)
    options = DossierOptions(base.language, base.paper, append_poa=not a.no_poa)
    record = ctx.services.dossier.record(a.case)
    show = sys.stderr.isatty()

    def progress(p: Progress) -> None:
        if show:
            # padded, so a shorter line covers the longer one before it
            print(f"\rmaking the dossier: {dossier_step(p):<44}", end="", file=sys.stderr)

    data = render_dossier(record, options, progress=progress, cancel=threading.Event())
    if show:
        print(file=sys.stderr)
    written = _wrote(Path(a.output), data)
    # only once the PDF is there: the line vouches for a dossier that exists
    print(f"fingerprint {grouped_fingerprint(record.fingerprint)}", file=sys.stderr)
    return written


def dossier_step(p: Progress) -> str:
    """A dossier's progress report in words: ``timeline, 400 of 1,000 entries``."""
    if p.stage == STAGE_TIMELINE:
        return f"timeline, {p.done:,} of {p.total:,} entries"
    if p.stage == STAGE_SCANS:
        if p.done < p.total:
            return f"appending scan {p.done + 1} of {p.total}"
        return f"appended {p.total} scan{'s' if p.total != 1 else ''}"
    part = {STAGE_SUMMARY: "summary", STAGE_APPENDIX: "appendix"}.get(p.stage, p.stage)
    return f"{part}, {100 * p.done // max(p.total, 1)}%"


def show_fingerprint(ctx: Context) -> int:
    a = ctx.args
    full = ctx.services.dossier.fingerprint(a.case)
    print(grouped_fingerprint(full))
    if a.check is None:
        return 0
    wanted = "".join(a.check.split()).lower()
    if len(wanted) < 8 or any(c not in "0123456789abcdef" for c in wanted):
        raise InvalidInput("--check needs at least 8 hex digits of a fingerprint")
    if full.startswith(wanted):
        print("the record is unchanged since that fingerprint", file=sys.stderr)
        return EXIT_SAME
    print("the record has changed since that fingerprint", file=sys.stderr)
    return EXIT_CHANGED
