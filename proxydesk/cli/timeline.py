"""Cases and their timelines: case, cases, timeline, log-call, note, search."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from proxydesk.cli.directory import listing
from proxydesk.cli.output import emit_json, minutes, table, when
from proxydesk.domain import CallOutcome, CaseStatus
from proxydesk.errors import InvalidInput
from proxydesk.views import TimelineEntry

if TYPE_CHECKING:
    from proxydesk.cli.main import Context


def register(commands: argparse._SubParsersAction) -> None:
    case = commands.add_parser("case", help="add or change a case").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    add = case.add_parser("add", help="open a case with an organization")
    add.add_argument("--title", required=True)
    add.add_argument("--organization", required=True, metavar="O")
    add.add_argument("--relative", action="append", default=[], metavar="R")
    add.add_argument(
        "--reference",
        action="append",
        default=[],
        metavar="REF",
        help="ticket:NUMBER, order:NUMBER or a bare number",
    )
    add.add_argument("--story", default="", help="the story so far")
    add.add_argument("--opened", metavar="ISO")
    add.set_defaults(handler=add_case, writes=True)
    show = case.add_parser("show", help="what to have at hand for the next call")
    show.add_argument("case", metavar="CASE")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=show_case, writes=False)
    story = case.add_parser("story", help="replace the story so far")
    story.add_argument("case", metavar="CASE")
    story.add_argument("--text", required=True)
    story.set_defaults(handler=set_story, writes=True)
    status = case.add_parser("status", help="set the case's status")
    status.add_argument("case", metavar="CASE")
    status.add_argument("status", choices=[s.value for s in CaseStatus])
    status.set_defaults(handler=set_status, writes=True)
    reference = case.add_parser("reference", help="record a ticket or order number")
    reference.add_argument("case", metavar="CASE")
    reference.add_argument("reference", metavar="REF")
    reference.add_argument("--by", metavar="NAME", help="who gave it")
    reference.add_argument("--at", metavar="ISO", help="when it was given")
    reference.set_defaults(handler=add_reference, writes=True)
    cases = listing(commands, "cases", "list the cases", list_cases)
    cases.add_argument("--relative", metavar="R")

    shown = commands.add_parser("timeline", help="a case's timeline, oldest first")
    shown.add_argument("case", metavar="CASE")
    shown.add_argument("--json", action="store_true")
    shown.add_argument("--newest-first", action="store_true")
    shown.set_defaults(handler=show_timeline, writes=False)

    call = commands.add_parser("log-call", help="record a phone call")
    call.add_argument("--case", required=True, metavar="CASE")
    call.add_argument("--number", required=True, metavar="N")
    call.add_argument("--start", required=True, metavar="ISO")
    call.add_argument("--minutes", required=True, type=_number("--minutes"), metavar="M")
    call.add_argument("--hold-minutes", type=_number("--hold-minutes"), default=0, metavar="H")
    call.add_argument("--transfers", type=_number("--transfers", whole=True), default=0)
    call.add_argument("--agent", metavar="NAME")
    call.add_argument("--team", default="")
    call.add_argument("--outcome", choices=[o.value for o in CallOutcome])
    call.add_argument("--notes", default="", metavar="TEXT")
    call.set_defaults(handler=log_call, writes=True)

    note = commands.add_parser("note", help="add a note to a case's timeline")
    note.add_argument("--case", required=True, metavar="CASE")
    note.add_argument("--text", required=True, metavar="T")
    note.add_argument("--at", metavar="ISO")
    note.set_defaults(handler=add_note, writes=True)

    search = commands.add_parser("search", help="full-text search over every timeline")
    search.add_argument("query", nargs="+")
    search.add_argument("--json", action="store_true")
    search.set_defaults(handler=search_timeline, writes=False)


def _number(what: str, whole: bool = False):  # type: ignore[no-untyped-def]
    def convert(text: str) -> float:
        try:
            return int(text) if whole else float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None

    convert.__name__ = what
    return convert


def add_case(ctx: Context) -> int:
    a = ctx.args
    view = ctx.services.cases.add_case(
        a.title,
        a.organization,
        relatives=a.relative,
        references=a.reference,
        story_so_far=a.story,
        opened_at=ctx.optional_time(a.opened, "--opened"),
    )
    print(f"case {view.id}: {view.title}")
    return 0


def list_cases(ctx: Context) -> int:
    # read with plain sqlite3: a listing loads no SQLAlchemy
    from proxydesk.reading.lookup import RELATIVE, cases_of_relative, find_id

    reader = ctx.reader
    if ctx.args.relative is None:
        rows = reader.cases.cases(count_events=True)
    else:
        relative_id = find_id(reader.connection, RELATIVE, ctx.args.relative)
        rows = reader.cases.summaries(
            cases_of_relative(reader.connection, relative_id), count_events=True
        )
    if ctx.args.json:
        emit_json(rows)
    else:
        table(
            ["id", "title", "organization", "relatives", "status", "open", "overdue"],
            [
                (
                    c.id,
                    c.title,
                    c.organization_name,
                    ", ".join(c.relative_names),
                    c.status,
                    c.open_promises,
                    c.overdue_promises,
                )
                for c in rows
            ],
        )
    return 0


def show_case(ctx: Context) -> int:
    detail = ctx.services.cases.detail(ctx.args.case, count_events=True)
    if ctx.args.json:
        emit_json(detail)
        return 0
    s = detail.summary
    print(f"{s.title}  [{s.status}]  with {s.organization_name}")
    print(f"for {', '.join(s.relative_names) or '-'}; opened {when(s.opened_at)}")
    print("\nThe story so far:\n" + (detail.story_so_far or "(not written yet)"))
    print()
    for account in detail.accounts:
        print(
            f"customer number {account.customer_number} ({account.relative_name})"
            + (f"; lines {', '.join(account.phone_lines)}" if account.phone_lines else "")
            + (
                f"; contracts {', '.join(account.contract_numbers)}"
                if account.contract_numbers
                else ""
            )
        )
    for ref in detail.references:
        given = f", given by {ref.given_by}" if ref.given_by else ""
        given += f" on {when(ref.given_at)}" if ref.given_at else ""
        print(f"{ref.kind} {ref.value}{given}")
    for channel in detail.organization.channels:
        print(
            f"{channel.kind}: {channel.value}"
            + (f" ({channel.purpose})" if channel.purpose else "")
        )
    print(
        "power of attorney: "
        + ("valid one on file" if detail.valid_power_of_attorney else "none valid on file")
    )
    return 0


def set_story(ctx: Context) -> int:
    ctx.services.cases.set_story(ctx.args.case, ctx.args.text)
    return 0


def set_status(ctx: Context) -> int:
    view = ctx.services.cases.set_status(ctx.args.case, ctx.args.status)
    print(f"case {view.id} is now {view.status}")
    return 0


def add_reference(ctx: Context) -> int:
    a = ctx.args
    ctx.services.cases.add_reference(
        a.case, a.reference, given_by=a.by, given_at=ctx.optional_time(a.at, "--at")
    )
    return 0


def _print_entries(entries: list[TimelineEntry]) -> None:
    for e in entries:
        line = f"{when(e.occurred_at)}  {e.kind:<10} {e.summary}"
        if e.contact:
            line += f"  — {e.contact}"
        print(line)
        if e.kind == "call":
            print(
                f"{'':28}number {e.number_dialed}, {minutes(e.duration_seconds)} min, "
                f"on hold {minutes(e.hold_seconds)}, transfers {e.transfers}, "
                f"outcome {e.outcome or '-'}"
            )
        for p in e.promises:
            due = f", due {when(p.due_at)}" if p.due_at else ""
            print(f"{'':28}{p.kind} #{p.id} [{p.status}{due}]: {p.text}")


def show_timeline(ctx: Context) -> int:
    entries = ctx.services.timeline.entries(ctx.args.case, newest_first=ctx.args.newest_first)
    if ctx.args.json:
        emit_json(entries)
    elif entries:
        _print_entries(entries)
    else:
        print("(nothing in this case's timeline yet)")
    return 0


def log_call(ctx: Context) -> int:
    a = ctx.args
    entry = ctx.services.timeline.log_call(
        a.case,
        number=a.number,
        start=ctx.time(a.start, "--start"),
        minutes=a.minutes,
        hold_minutes=a.hold_minutes,
        transfers=int(a.transfers),
        agent=a.agent,
        team=a.team,
        outcome=a.outcome,
        notes=a.notes,
    )
    print(f"event {entry.id}: {entry.summary}")
    return 0


def add_note(ctx: Context) -> int:
    entry = ctx.services.timeline.add_note(
        ctx.args.case, ctx.args.text, ctx.optional_time(ctx.args.at, "--at")
    )
    print(f"event {entry.id}: {entry.summary}")
    return 0


def search_timeline(ctx: Context) -> int:
    query = " ".join(ctx.args.query)
    if not query.strip():
        raise InvalidInput("search for at least one word")
    entries = ctx.services.timeline.search(query)
    if ctx.args.json:
        emit_json(entries)
    elif entries:
        _print_entries(entries)
    else:
        print("(no match)")
    return 0
