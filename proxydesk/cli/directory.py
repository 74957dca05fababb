"""``init``, relatives, organizations and accounts."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from proxydesk.cli.output import emit_json, table
from proxydesk.domain import ChannelKind
from proxydesk.timezones import parse_date, zone

if TYPE_CHECKING:
    from proxydesk.cli.main import Context


def register(commands: argparse._SubParsersAction) -> None:
    init = commands.add_parser("init", help="create a case file")
    init.add_argument(
        "--demo", dest="demo_case", action="store_true", help="fill it with the demo case"
    )
    init.add_argument("--timezone", help="IANA time zone of the file (default: the system's)")
    init.add_argument(
        "--language",
        dest="demo_language",
        choices=("de", "en"),
        help="the demo case's language (default: the locale's, German or else English)",
    )

    relative = commands.add_parser("relative", help="add a relative").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    add = relative.add_parser("add", help="add a relative you act for")
    add.add_argument("name")
    add.add_argument("--born", metavar="DATE")
    add.add_argument("--phone", action="append", default=[], metavar="N")
    add.add_argument("--address", default="")
    add.add_argument("--notes", default="")
    add.set_defaults(handler=add_relative, writes=True)
    listing(commands, "relatives", "list the relatives", list_relatives)

    organization = commands.add_parser("organization", help="add an organization").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    add = organization.add_parser("add", help="add a company or authority")
    add.add_argument("name")
    add.add_argument(
        "--domain",
        action="append",
        default=[],
        metavar="D",
        help="a mail domain its mails come from",
    )
    add.add_argument("--email", action="append", default=[], metavar="ADDR")
    add.add_argument("--hotline", action="append", default=[], metavar="NUMBER[=PURPOSE]")
    add.add_argument("--fax", action="append", default=[], metavar="NUMBER")
    add.add_argument("--web", action="append", default=[], metavar="URL")
    add.add_argument("--social", action="append", default=[], metavar="HANDLE")
    add.add_argument("--postal", default="", metavar="ADDRESS")
    add.add_argument("--asks-for-power-of-attorney", action="store_true")
    add.set_defaults(handler=add_organization, writes=True)
    listing(commands, "organizations", "list the organizations", list_organizations)

    account = commands.add_parser("account", help="add an account").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    add = account.add_parser("add", help="add a relative's account at an organization")
    add.add_argument("--relative", required=True, metavar="R")
    add.add_argument("--organization", required=True, metavar="O")
    add.add_argument("--customer-number", required=True, metavar="N")
    add.add_argument("--contract", action="append", default=[], metavar="N")
    add.add_argument("--line", action="append", default=[], metavar="NUMBER")
    add.add_argument("--email", action="append", default=[], metavar="ADDR")
    add.add_argument("--login", action="append", default=[], metavar="NAME")
    add.set_defaults(handler=add_account, writes=True)
    accounts = listing(commands, "accounts", "list the accounts", list_accounts)
    accounts.add_argument("--relative", metavar="R")


def listing(commands, name, help_text, handler):  # type: ignore[no-untyped-def]
    parser = commands.add_parser(name, help=help_text)
    parser.add_argument("--json", action="store_true", help="print JSON only")
    parser.set_defaults(handler=handler, writes=False)
    return parser


def locale_language(environ: Mapping[str, str] = os.environ) -> str:
    """"de" when the locale asks for German (as gettext reads it), else "en"."""
    chosen = next((environ[n] for n in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(n)), "")
    if chosen.split(".")[0] in ("", "C", "POSIX"):
        return "en"  # gettext ignores LANGUAGE under the C locale, and so do we
    first = (environ.get("LANGUAGE") or chosen).split(":")[0]
    return "de" if first.replace("-", "_").split("_")[0].split(".")[0].lower() == "de" else "en"


def init(path: Path, *, demo: bool, timezone: str | None, language: str | None = None) -> int:
    from proxydesk.services import opening

    if demo:
        from proxydesk.services.demo import DEMO_TIMEZONE, build_demo

        timezone = timezone or DEMO_TIMEZONE
    if timezone:
        zone(timezone)
    if demo:
        chosen = language or locale_language()
        opening.make_file(path, timezone=timezone, fill=lambda made: build_demo(made, chosen))
    else:
        opening.make_file(path, timezone=timezone)
    print(f"created {path}" + (" with the demo case" if demo else ""), file=sys.stderr)
    return 0


def add_relative(ctx: Context) -> int:
    a = ctx.args
    born = parse_date(a.born, "--born") if a.born else None
    view = ctx.services.directory.add_relative(
        a.name, born=born, address=a.address, phone_numbers=a.phone, notes=a.notes
    )
    print(f"relative {view.id}: {view.name}")
    return 0


def list_relatives(ctx: Context) -> int:
    rows = ctx.services.directory.relatives()
    if ctx.args.json:
        emit_json(rows)
    else:
        table(
            ["id", "name", "born", "phone"],
            [(r.id, r.name, r.born or "", ", ".join(r.phone_numbers)) for r in rows],
        )
    return 0


def add_organization(ctx: Context) -> int:
    a = ctx.args
    channels: list[tuple[ChannelKind, str, str]] = []
    for spec in a.hotline:
        number, _, purpose = spec.partition("=")
        channels.append((ChannelKind.HOTLINE, number, purpose))
    channels += [(ChannelKind.FAX, v, "") for v in a.fax]
    channels += [(ChannelKind.EMAIL, v, "") for v in a.email]
    channels += [(ChannelKind.MAIL_DOMAIN, v.lstrip("@").lower(), "") for v in a.domain]
    channels += [(ChannelKind.WEB, v, "") for v in a.web]
    channels += [(ChannelKind.SOCIAL, v, "") for v in a.social]
    if a.postal:
        channels.append((ChannelKind.POSTAL, a.postal, ""))
    view = ctx.services.directory.add_organization(
        a.name, channels=channels, asks_for_power_of_attorney=a.asks_for_power_of_attorney
    )
    print(f"organization {view.id}: {view.name}")
    return 0


def list_organizations(ctx: Context) -> int:
    rows = ctx.services.directory.organizations()
    if ctx.args.json:
        emit_json(rows)
        return 0
    table(
        ["id", "name", "hotlines", "fax", "mail domains"],
        [
            (
                o.id,
                o.name,
                ", ".join(
                    f"{c.value} ({c.purpose})" if c.purpose else c.value
                    for c in o.channels
                    if c.kind == ChannelKind.HOTLINE
                ),
                ", ".join(o.channel_values(ChannelKind.FAX)),
                ", ".join(o.channel_values(ChannelKind.MAIL_DOMAIN)),
            )
            for o in rows
        ],
    )
    return 0


def add_account(ctx: Context) -> int:
    a = ctx.args
    view = ctx.services.directory.add_account(
        a.relative,
        a.organization,
        a.customer_number,
        contract_numbers=a.contract,
        phone_lines=a.line,
        email_addresses=a.email,
        login_names=a.login,
    )
    print(
        f"account {view.id}: {view.relative_name} at {view.organization_name}, "
        f"customer number {view.customer_number}"
    )
    return 0


def list_accounts(ctx: Context) -> int:
    rows = ctx.services.directory.accounts(ctx.args.relative)
    if ctx.args.json:
        emit_json(rows)
    else:
        table(
            ["id", "relative", "organization", "customer number", "lines", "contracts"],
            [
                (
                    r.id,
                    r.relative_name,
                    r.organization_name,
                    r.customer_number,
                    ", ".join(r.phone_lines),
                    ", ".join(r.contract_numbers),
                )
                for r in rows
            ],
        )
    return 0
