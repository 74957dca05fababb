"""Mail commands: mail-account, sync, mail show/move/list, quarantine."""

from __future__ import annotations

import argparse
import getpass
import sys
import threading
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from proxydesk.cli.main import EXIT_ERROR
from proxydesk.cli.output import emit_json, table, when
from proxydesk.errors import InvalidInput
from proxydesk.mail.accounts import MailAccountService
from proxydesk.mail.actions import MailServices
from proxydesk.mail.imap import SECURITY_CHOICES, ServerAddress, check_address
from proxydesk.mail.messages import MailService
from proxydesk.mail.passwords import KeyringPasswords
from proxydesk.mail.sync_accounts import SyncProgress, sync_accounts

if TYPE_CHECKING:
    from proxydesk.cli.main import Context


def register(commands: argparse._SubParsersAction) -> None:
    account = commands.add_parser("mail-account", help="set up the mailbox to read").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    add = account.add_parser("add", help="add an IMAP account; the password goes to the keyring")
    add.add_argument("name")
    add.add_argument("--host", required=True)
    add.add_argument("--port", required=True, type=int)
    add.add_argument(
        "--security",
        required=True,
        choices=SECURITY_CHOICES,
        help="plain only for a server on this machine",
    )
    add.add_argument("--user", required=True)
    add.add_argument("--sent-folder", help="the Sent folder, if the server does not mark it")
    add.add_argument(
        "--password-stdin",
        action="store_true",
        required=True,
        help="read the password from standard input (never from the command line)",
    )
    add.set_defaults(handler=add_account, writes=True)
    password = account.add_parser("password", help="store a new password in the keyring")
    password.add_argument("name")
    password.add_argument("--password-stdin", action="store_true", required=True)
    password.set_defaults(handler=set_password, writes=False)
    folder = account.add_parser("import-all", help="import every message of a folder, or not")
    folder.add_argument("name")
    folder.add_argument("folder", help="e.g. INBOX or Sent")
    folder.add_argument("setting", choices=["on", "off"])
    folder.set_defaults(handler=set_import_all, writes=True)
    listing = account.add_parser("list", help="list the mail accounts")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=list_accounts, writes=False)

    sync = commands.add_parser("sync", help="read new mail into the case timelines")
    sync.add_argument("--account", metavar="NAME", help="only this account")
    sync.add_argument(
        "--all",
        action="store_true",
        help="every message of the folders, not only the relevant ones",
    )
    sync.add_argument("--json", action="store_true")
    sync.set_defaults(handler=run_sync, writes=True)

    mail = commands.add_parser("mail", help="show, list or move stored mail").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    show = mail.add_parser("show", help="show a stored mail")
    show.add_argument("id", type=int)
    show.add_argument("--raw", action="store_true", help="the original bytes (.eml) on stdout")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=show_mail, writes=True)
    save = mail.add_parser("attachments", help="save a mail's attachments into a folder")
    save.add_argument("id", type=int)
    save.add_argument("--save", required=True, metavar="FOLDER")
    save.set_defaults(handler=save_attachments, writes=True)
    move = mail.add_parser("move", help="file a mail into another case")
    move.add_argument("id", type=int)
    move.add_argument("--case", required=True, metavar="CASE")
    move.set_defaults(handler=move_mail, writes=True)
    mails = mail.add_parser("list", help="list stored mail")
    mails.add_argument("--case", metavar="CASE")
    mails.add_argument("--unfiled", action="store_true", help="only mail not in any case")
    mails.add_argument("--json", action="store_true")
    mails.set_defaults(handler=list_mail, writes=False)

    quarantine = commands.add_parser("quarantine", help="mail that could not be read, and why")
    quarantine.add_argument("--json", action="store_true")
    quarantine.set_defaults(handler=list_quarantine, writes=False)


def _read_password() -> str:
    if sys.stdin.isatty():
        return getpass.getpass("Mail password: ")
    line = sys.stdin.readline()
    password = line.rstrip("\r\n")
    if not password:
        raise InvalidInput("no password came on standard input")
    return password


def add_account(ctx: Context) -> int:
    a = ctx.args
    server = ServerAddress(a.host, a.port, a.security, a.user)
    check_address(server, allow_plain=a.security == "plain")  # before asking the keyring
    view = MailAccountService(ctx.services.case_file).add(
        KeyringPasswords(),
        a.name,
        server,
        _read_password(),
        allow_plain=a.security == "plain",
        sent_folder=a.sent_folder,
    )
    print(
        f"mail account {view.name}: {view.username} at {view.host}:{view.port} "
        f"({view.security}); the password is in the system keyring"
    )
    return 0


def set_password(ctx: Context) -> int:
    MailAccountService(ctx.services.case_file).set_password(
        KeyringPasswords(), ctx.args.name, _read_password()
    )
    return 0


def set_import_all(ctx: Context) -> int:
    a = ctx.args
    MailAccountService(ctx.services.case_file).set_import_all(a.name, a.folder, a.setting == "on")
    return 0


def save_attachments(ctx: Context) -> int:
    for path in MailService(ctx.services.case_file).save_attachments(
        ctx.args.id, Path(ctx.args.save)
    ):
        print(path)
    return 0


def list_accounts(ctx: Context) -> int:
    rows = MailAccountService(ctx.services.case_file).accounts()
    if ctx.args.json:
        emit_json(rows)
    else:
        table(
            ["name", "server", "security", "user", "folders"],
            [
                (
                    r.name,
                    f"{r.host}:{r.port}",
                    r.security,
                    r.username,
                    ", ".join(f"{f.name} ({f.role})" for f in r.folders),
                )
                for r in rows
            ],
        )
    return 0


def _progress_printer() -> Callable[[SyncProgress], None]:
    def show(p: SyncProgress) -> None:
        width = 30
        filled = int(width * p.done / p.total) if p.total else width
        stage = f"{p.account}, {p.folder}" if p.accounts > 1 else p.folder
        sys.stderr.write(
            f"\r{stage:<12} [{'#' * filled}{'.' * (width - filled)}] "
            f"{p.done}/{p.total}  {p.rate:,.0f} msg/s "
        )
        if p.done == p.total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


def run_sync(ctx: Context) -> int:
    a = ctx.args
    mail = MailServices.for_file(ctx.services.case_file)
    accounts = mail.accounts.accounts()
    names = [a.account] if a.account else [x.name for x in accounts]
    if a.account and a.account not in {x.name for x in accounts}:
        raise InvalidInput(f"there is no mail account called '{a.account}'")
    if not names:
        raise InvalidInput("no mail account yet; add one with 'proxydesk mail-account add'")
    outcome = sync_accounts(
        mail,
        names,
        import_all=a.all,
        progress=_progress_printer() if sys.stderr.isatty() and not a.json else None,
        cancel=threading.Event(),
    )
    quarantined = mail.messages.quarantine()
    if a.json:
        emit_json({"accounts": [asdict(r) for r in outcome.reports], "quarantine": quarantined})
    else:
        for report in outcome.reports:
            print(f"{report.account} ({report.seconds:.1f} s)")
            table(
                ["folder", "seen", "fetched", "new", "duplicates", "quarantined", "filed"],
                [
                    (f.folder, f.seen, f.fetched, f.new, f.duplicates, f.quarantined, f.filed)
                    for f in report.folders
                ],
            )
        if quarantined:
            print(f"{len(quarantined)} message(s) in quarantine; see 'proxydesk quarantine'")
    # one account's failure does not stop the others; each is told in one line
    for result in outcome.errors:
        who = f"{result.account}: " if len(names) > 1 else ""
        print(f"proxydesk: {who}{result.error}", file=sys.stderr)
    return EXIT_ERROR if outcome.errors else 0


def show_mail(ctx: Context) -> int:
    service = MailService(ctx.services.case_file)
    if ctx.args.raw:
        raw = service.raw(ctx.args.id)
        if sys.stdout.isatty():  # shown, not saved: as text that cannot drive the terminal
            sys.stdout.write(raw.decode("utf-8", errors="replace"))
        else:
            sys.stdout.flush()
            sys.stdout.buffer.write(raw)  # byte for byte into a file or a pipe
        return 0
    view = service.show(ctx.args.id)
    if ctx.args.json:
        emit_json(view)
        return 0
    print(f"From:    {view.from_name} <{view.from_address or '?'}>")
    print(f"To:      {', '.join(view.to)}")
    print(
        f"Date:    {when(view.sent_at)}"
        + ("" if view.date_from_header else " (no valid Date header: server time)")
    )
    print(f"Subject: {view.subject}")
    if view.receipt_requested:
        print(
            "Receipt: "
            + (f"read at {when(view.read_at)}" if view.read_at else "requested, none received")
        )
    if view.attachments:
        print(f"Attached: {', '.join(view.attachments)}")
    for note in view.repaired:
        print(f"Repaired: {note}")
    print()
    print(view.text)
    return 0


def move_mail(ctx: Context) -> int:
    view = MailService(ctx.services.case_file).move(ctx.args.id, ctx.args.case)
    print(f"mail {view.id} is now in case {view.case_id}")
    return 0


def list_mail(ctx: Context) -> int:
    rows = MailService(ctx.services.case_file).messages(
        case=ctx.args.case, unfiled=ctx.args.unfiled
    )
    if ctx.args.json:
        emit_json(rows)
    else:
        table(
            ["id", "date", "from", "subject", "case"],
            [
                (m.id, when(m.sent_at), m.from_address or "", m.subject, m.case_id or "-")
                for m in rows
            ],
        )
    return 0


def list_quarantine(ctx: Context) -> int:
    rows = MailService(ctx.services.case_file).quarantine()
    if ctx.args.json:
        emit_json(rows)
    else:
        table(
            ["id", "account", "folder", "uid", "when", "reason"],
            [(q.id, q.account, q.folder, q.uid, when(q.at), q.reason) for q in rows],
        )
    return 0
