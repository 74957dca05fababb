"""``proxydesk [--file PATH] COMMAND``: parse, open the file, run one command, word the errors."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from proxydesk import __version__
from proxydesk.errors import ProxyDeskError
from proxydesk.locations import chosen_file
from proxydesk.timezones import parse_datetime, zone

if TYPE_CHECKING:
    # loaded by the commands only: the app shows its first screen before SQLAlchemy loads
    from proxydesk.services.registry import Services

EXIT_ERROR = 2


class UsageError(Exception):
    """argparse's complaint, raised instead of printed so it becomes one plain line."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message}")


@dataclass
class Context:
    """What a command gets: the parsed arguments and the services of the open file."""

    args: argparse.Namespace
    services: Services

    def time(self, text: str, what: str):  # type: ignore[no-untyped-def]
        return parse_datetime(text, zone(self.services.case_file.setting("timezone", "UTC")), what)

    def optional_time(self, text: str | None, what: str):  # type: ignore[no-untyped-def]
        return None if text is None else self.time(text, what)


def build_parser() -> Parser:
    parser = Parser(
        prog="proxydesk",
        description="One case file for dealing with companies on behalf of your relatives.",
    )
    parser.add_argument("--version", action="version", version=f"ProxyDesk {__version__}")
    parser.add_argument(
        "--file",
        metavar="PATH",
        help="the case file (default: $PROXYDESK_FILE, else the platform's data folder)",
    )
    parser.add_argument(
        "--demo", action="store_true", help="without a command: open the app on a fresh demo file"
    )
    # the commands' modules load only here: opening the app needs none of them
    from proxydesk.cli import directory, forms, mail, records, timeline

    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    directory.register(commands)
    timeline.register(commands)
    records.register(commands)
    mail.register(commands)
    forms.register(commands)
    return parser


def app_arguments(given: Sequence[str]) -> argparse.Namespace | None:
    """``proxydesk [--file PATH] [--demo]`` opens the app: read without loading the commands."""
    parser = Parser(prog="proxydesk", add_help=False)
    parser.add_argument("--file")
    parser.add_argument("--demo", action="store_true")
    try:
        args, rest = parser.parse_known_args(list(given))
    except UsageError:
        return None
    return None if rest else args


def main(argv: Sequence[str] | None = None) -> int:
    app_args = app_arguments(sys.argv[1:] if argv is None else argv)
    if app_args is not None:
        return _open_app(app_args)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        print(exc, file=sys.stderr)
        return EXIT_ERROR
    if args.command is None:
        return _open_app(args)
    path = chosen_file(args.file)
    from proxydesk.logs import setup_logging
    from proxydesk.services.registry import Services
    from proxydesk.storage.database import open_case_file

    setup_logging()
    try:
        if args.command == "init":
            from proxydesk.cli import directory

            return directory.init(
                path, demo=args.demo_case, timezone=args.timezone, language=args.demo_language
            )
        with open_case_file(path, writable=args.writes) as case_file:
            if case_file.backup_path is not None:
                print(
                    f"proxydesk: upgraded {path}; the old version is kept as "
                    f"{case_file.backup_path}",
                    file=sys.stderr,
                )
            result: int = args.handler(Context(args, Services.for_file(case_file)))
            return result
    except ProxyDeskError as exc:
        print(f"proxydesk: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("proxydesk: interrupted; nothing was changed", file=sys.stderr)
        return 130


def _open_app(args: argparse.Namespace) -> int:
    try:
        from proxydesk.ui.app import run
    except ImportError as exc:
        print(
            f"proxydesk: the desktop app needs PySide6 ({exc}); install it with "
            "'pip install proxydesk[gui]'",
            file=sys.stderr,
        )
        return EXIT_ERROR
    return run(file=Path(args.file) if args.file else None, demo=args.demo)


if __name__ == "__main__":
    raise SystemExit(main())
