"""Promises, reminders and the calendar export."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from proxydesk.cli.directory import listing
from proxydesk.cli.output import emit_json, table, when
from proxydesk.domain import PromiseKind
from proxydesk.views import PromiseView

if TYPE_CHECKING:
    from proxydesk.cli.main import Context

#: ``remind`` exit status, for cron jobs: something is due / nothing is due (errors exit 2)
EXIT_DUE = 0
EXIT_NOTHING_DUE = 1


def register(commands: argparse._SubParsersAction) -> None:
    promise = commands.add_parser("promise", help="record or resolve a promise").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    add = promise.add_parser("add", help="record what an agent promised, claimed or told us")
    add.add_argument("--case", required=True, metavar="CASE")
    add.add_argument("--text", required=True, metavar="T")
    add.add_argument(
        "--by", required=True, metavar="NAME", help="the agent, as they gave their name"
    )
    add.add_argument("--at", required=True, metavar="ISO", help="when it was said")
    add.add_argument("--due", metavar="ISO", help="when it should have happened by")
    add.add_argument(
        "--kind", default=PromiseKind.PROMISE.value, choices=[k.value for k in PromiseKind]
    )
    add.add_argument(
        "--event",
        type=int,
        metavar="EVENT",
        help="the event it was said in (default: the call running at --at)",
    )
    add.set_defaults(handler=add_promise, writes=True)
    resolve = promise.add_parser("resolve", help="mark a promise kept, broken or false")
    resolve.add_argument("id", metavar="ID")
    resolve.add_argument("outcome", choices=["kept", "broken", "false"])
    resolve.add_argument("--event", type=int, metavar="EVENT", help="the event that shows it")
    resolve.add_argument("--note", default="")
    resolve.set_defaults(handler=resolve_promise, writes=True)
    contradicts = promise.add_parser("contradicts", help="link two contradicting statements")
    contradicts.add_argument("first", metavar="ID")
    contradicts.add_argument("second", metavar="ID")
    contradicts.add_argument("--note", default="")
    contradicts.set_defaults(handler=link_contradiction, writes=True)

    promises = listing(commands, "promises", "list promises across all cases", list_promises)
    promises.add_argument("--open", action="store_true", help="only open ones")
    promises.add_argument("--overdue", action="store_true", help="only overdue ones")
    promises.add_argument("--case", metavar="CASE")

    remind = commands.add_parser(
        "remind",
        help="reminders and overdue promises",
        description="Lists open reminders; with --due only what is due now. Exit status: "
        "0 when something is due, 1 when nothing is due, 2 on error.",
    )
    remind.add_argument("--due", action="store_true", help="only what is due now")
    remind.add_argument("--json", action="store_true")
    remind.set_defaults(handler=show_reminders, writes=False)

    reminder = commands.add_parser("reminder", help="add or finish a reminder").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    add = reminder.add_parser("add", help="remind me at a time")
    add.add_argument("--text", required=True)
    add.add_argument("--due", required=True, metavar="ISO")
    add.add_argument("--case", metavar="CASE")
    add.add_argument("--promise", type=int, metavar="ID")
    add.set_defaults(handler=add_reminder, writes=True)
    done = reminder.add_parser("done", help="mark a reminder done")
    done.add_argument("id", type=int)
    done.set_defaults(handler=reminder_done, writes=True)
    snooze = reminder.add_parser("snooze", help="snooze a reminder")
    snooze.add_argument("id", type=int)
    snooze.add_argument("--until", required=True, metavar="ISO")
    snooze.set_defaults(handler=snooze_reminder, writes=True)

    export = commands.add_parser(
        "export-ics", help="reminders, due dates and appointments as an iCalendar file"
    )
    export.add_argument("-o", "--output", required=True, metavar="FILE")
    export.set_defaults(handler=export_ics, writes=False)


def add_promise(ctx: Context) -> int:
    a = ctx.args
    view = ctx.services.promises.add(
        a.case,
        text=a.text,
        by=a.by,
        at=ctx.time(a.at, "--at"),
        due=ctx.optional_time(a.due, "--due"),
        kind=a.kind,
        event_id=a.event,
    )
    print(f"{view.kind} {view.id} recorded" + (f", due {when(view.due_at)}" if view.due_at else ""))
    return 0


def resolve_promise(ctx: Context) -> int:
    a = ctx.args
    view = ctx.services.promises.resolve(a.id, a.outcome, event_id=a.event, note=a.note)
    print(f"{view.kind} {view.id} is {view.status}")
    return 0


def link_contradiction(ctx: Context) -> int:
    a = ctx.args
    link = ctx.services.promises.link_contradiction(a.first, a.second, a.note)
    print(f"linked {link.first.id} and {link.second.id} as contradicting")
    return 0


def _promise_rows(rows: list[PromiseView]) -> None:
    table(
        ["id", "case", "kind", "by", "made", "due", "status", "text"],
        [
            (
                p.id,
                p.case_title,
                p.kind,
                p.made_by or "",
                when(p.made_at),
                when(p.due_at),
                p.status + (" OVERDUE" if p.overdue else ""),
                p.text,
            )
            for p in rows
        ],
    )


def list_promises(ctx: Context) -> int:
    # read with plain sqlite3: a listing loads no SQLAlchemy
    from proxydesk.reading.lookup import CASE, find_id
    from proxydesk.reading.promises import PromiseReader

    a = ctx.args
    reader = ctx.reader
    case_id = None if a.case is None else find_id(reader.connection, CASE, a.case)
    promises = PromiseReader(reader.connection, reader.tz, reader.clock)
    rows = promises.promises(case_id, only_open=a.open, only_overdue=a.overdue)
    if a.json:
        emit_json(rows)
    else:
        _promise_rows(rows)
    return 0


def show_reminders(ctx: Context) -> int:
    # read with plain sqlite3: cron runs "remind --due" every few minutes
    from proxydesk.reading.reminders import ReminderReader

    a = ctx.args
    reminders = ReminderReader(ctx.reader.connection, ctx.reader.tz, ctx.reader.clock)
    due = reminders.due()
    if a.due:
        if a.json:
            emit_json(due)
        else:
            for r in due.reminders:
                print(
                    f"due {when(r.due_at)}: {r.text}"
                    + (f" ({r.case_title})" if r.case_title else "")
                )
            for p in due.overdue_promises:
                print(f"overdue since {when(p.due_at)}: {p.text} — {p.made_by} ({p.case_title})")
            if due.empty:
                print("nothing is due", file=sys.stderr)
    else:
        rows = reminders.reminders()
        if a.json:
            emit_json(rows)
        else:
            table(
                ["id", "due", "text", "case", "state"],
                [
                    (
                        r.id,
                        when(r.due_at),
                        r.text,
                        r.case_title or "",
                        "DUE"
                        if r.is_due
                        else (f"snoozed until {when(r.snoozed_until)}" if r.snoozed_until else ""),
                    )
                    for r in rows
                ],
            )
    return EXIT_NOTHING_DUE if due.empty else EXIT_DUE


def add_reminder(ctx: Context) -> int:
    a = ctx.args
    view = ctx.services.reminders.add(
        a.text, ctx.time(a.due, "--due"), case=a.case, promise=a.promise
    )
    print(f"reminder {view.id} at {when(view.due_at)}")
    return 0


def reminder_done(ctx: Context) -> int:
    ctx.services.reminders.mark_done(ctx.args.id)
    return 0


def snooze_reminder(ctx: Context) -> int:
    view = ctx.services.reminders.snooze(ctx.args.id, ctx.time(ctx.args.until, "--until"))
    print(f"reminder {view.id} snoozed until {when(view.snoozed_until)}")
    return 0


def export_ics(ctx: Context) -> int:
    target = Path(ctx.args.output)
    count = ctx.services.calendar.export(target)
    print(f"wrote {count} entries to {target}", file=sys.stderr)
    return 0
