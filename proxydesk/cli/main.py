"""``proxydesk [--file PATH] COMMAND``: parse, open the file, run one command, word the errors.

Only the module of the command given is imported (``COMMANDS`` says which one holds which
command): ``--help`` loads none, ``cases`` only its own, and a command that only reads a file
at the newest schema reads it with plain sqlite3, never loading SQLAlchemy or reportlab.
"""

from __future__ import annotations

import argparse
import importlib
import io
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from proxydesk import __version__
from proxydesk.errors import ProxyDeskError
from proxydesk.locations import chosen_file

if TYPE_CHECKING:
    from datetime import datetime, tzinfo

    from proxydesk.reading.file import FileReader
    from proxydesk.services.opening import CommandFile
    from proxydesk.services.registry import Services

EXIT_ERROR = 2
#: the reader of the output went away (``| head``): what a shell reports for SIGPIPE
EXIT_PIPE_CLOSED = 141

#: every command, in the order ``--help`` lists them: its name, its module under
#: ``proxydesk.cli`` (which registers it), its one-line help (a test holds them to the modules)
COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("init", "directory", "create a case file"),
    ("relative", "directory", "add a relative"),
    ("relatives", "directory", "list the relatives"),
    ("organization", "directory", "add an organization"),
    ("organizations", "directory", "list the organizations"),
    ("account", "directory", "add an account"),
    ("accounts", "directory", "list the accounts"),
    ("case", "timeline", "add or change a case"),
    ("cases", "timeline", "list the cases"),
    ("timeline", "timeline", "a case's timeline, oldest first"),
    ("log-call", "timeline", "record a phone call"),
    ("note", "timeline", "add a note to a case's timeline"),
    ("search", "timeline", "full-text search over every timeline"),
    ("promise", "records", "record or resolve a promise"),
    ("promises", "records", "list promises across all cases"),
    ("remind", "records", "reminders and overdue promises"),
    ("reminder", "records", "add or finish a reminder"),
    ("export-ics", "records", "reminders, due dates and appointments as an iCalendar file"),
    ("mail-account", "mail", "set up the mailbox to read"),
    ("sync", "mail", "read new mail into the case timelines"),
    ("mail", "mail", "show, list or move stored mail"),
    ("quarantine", "mail", "mail that could not be read, and why"),
    ("me", "forms", "your own name and address, as printed on every form (set or show)"),
    ("poa", "forms", "store a signed power of attorney, follow its status"),
    ("poas", "forms", "list the powers of attorney"),
    ("form", "forms", "make a power of attorney, a fax or a letter as PDF"),
    ("dossier", "forms", "the whole case on paper, for an escalation"),
    ("fingerprint", "forms", "the case's fingerprint, to check a printed dossier against the file"),
    ("backups", "backups", "list the file's backups, or restore one"),
)


class UsageError(Exception):
    """argparse's complaint, raised instead of printed so it becomes one plain line."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message}")


class Context:
    """What a command gets: the parsed arguments and the open file.

    ``reader`` reads with plain sqlite3; ``services`` (SQLAlchemy, loaded on first use) read
    and write. Times without an offset are read in the file's zone, read once per open.
    (A plain class: ``--help`` loads neither dataclasses nor zoneinfo.)
    """

    def __init__(self, args: argparse.Namespace, file: CommandFile) -> None:
        self.args = args
        self.file = file

    @property
    def services(self) -> Services:
        # the log is for what the core does (the mail sync, checkpoints); the readers log
        # nothing, so a listing neither sets it up nor loads the logging package
        from proxydesk.logs import setup_logging

        setup_logging()
        return self.file.services

    @property
    def reader(self) -> FileReader:
        return self.file.reader

    @property
    def zone(self) -> tzinfo:
        return self.file.zone

    def time(self, text: str, what: str) -> datetime:
        from proxydesk.timezones import parse_datetime

        return parse_datetime(text, self.zone, what)

    def optional_time(self, text: str | None, what: str) -> datetime | None:
        return None if text is None else self.time(text, what)


def build_parser(modules: Sequence[str] | None = None) -> Parser:
    """The parser; the commands of ``modules`` in full (all when None), the rest by name."""
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
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    loaded = list(dict.fromkeys(m for _, m, _ in COMMANDS)) if modules is None else modules
    for module in loaded:
        importlib.import_module(f"proxydesk.cli.{module}").register(commands)
    for name, module, help_text in COMMANDS:
        if module not in loaded:
            # named for --help and for the list of choices; never parsed further
            commands.add_parser(name, help=help_text, add_help=False)
    return parser


#: the arguments that name a file: any bytes the system allows (the rest is text, UTF-8)
FILE_ARGUMENTS = frozenset({"file", "output", "save", "scan", "letter", "edit_json", "from_json"})


def refuse_undecodable(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """A text argument that is not UTF-8 (Python keeps its bytes as lone surrogates, which no
    file can store) is refused by name; a file's name may be any bytes."""
    for name, value in vars(args).items():
        if name in FILE_ARGUMENTS:
            continue
        for text in value if isinstance(value, list) else [value]:
            if isinstance(text, str) and not text.isascii():
                try:
                    text.encode("utf-8")
                except UnicodeEncodeError:
                    shown = _shown_name(parser, name) or name
                    raise UsageError(
                        f"proxydesk: {shown} is not UTF-8 text; check the encoding of the "
                        "terminal or the script"
                    ) from None


def _shown_name(parser: argparse.ArgumentParser, dest: str) -> str | None:
    """How ``--help`` names the argument kept under ``dest`` (its option, else its metavar)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                if (found := _shown_name(sub, dest)) is not None:
                    return found
        elif action.dest == dest:
            return (
                action.option_strings[-1] if action.option_strings else str(action.metavar or dest)
            )
    return None


def command_module(argv: Sequence[str]) -> str | None:
    """The module of the command in ``argv`` (the first word that is no global option)."""
    words = iter(argv)
    for word in words:
        if word == "--file":
            next(words, None)
        elif not word.startswith("-"):
            return next((m for name, m, _ in COMMANDS if name == word), None)
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; what it prints cannot drive the terminal, a closed pipe ends it quietly."""
    from proxydesk.cli.safe_text import SafeStream

    given = sys.argv[1:] if argv is None else list(argv)
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = SafeStream(out), SafeStream(err, returns=True)
    try:
        result = run(given)
        out.flush()  # here, so a reader that went away is told apart from a failure
        return result
    except BrokenPipeError:
        # ``proxydesk timeline 1 | head -1``: the reader has all it wanted
        _silence(out)
        return EXIT_PIPE_CLOSED
    finally:
        sys.stdout, sys.stderr = out, err


def _silence(stream: TextIO) -> None:
    """Point ``stream`` at the null device, so Python's last flush on exit finds no pipe."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, stream.fileno())
        os.close(null)
    except (OSError, ValueError, io.UnsupportedOperation):
        pass  # not a real file (a test's capture): nothing will flush into a pipe


def _refused(message: str) -> None:
    """An error as one line on stderr, whatever the value it quotes holds (a newline, a tab)."""
    from proxydesk.cli.output import one_line

    print(one_line(message), file=sys.stderr)


def run(given: Sequence[str]) -> int:
    """Parse ``given``, open the file, run the command; errors become one line and exit 2."""
    module = command_module(given)
    parser = build_parser([module] if module is not None else [])
    try:
        args = parser.parse_args(given)
        if args.command is None:
            parser.error("a command is needed (or none at all, to open the app)")
        refuse_undecodable(parser, args)
    except UsageError as exc:
        _refused(str(exc))
        return EXIT_ERROR
    try:
        path = chosen_file(args.file)
    except ProxyDeskError as exc:
        _refused(f"proxydesk: {exc}")
        return EXIT_ERROR
    from proxydesk.services import opening

    try:
        if args.command == "init":
            from proxydesk.cli import directory
            from proxydesk.logs import setup_logging

            setup_logging()

            return directory.init(
                path, demo=args.demo_case, timezone=args.timezone, language=args.demo_language
            )
        with opening.open_for_command(path, writable=args.writes) as opened:
            if opened.backup_path is not None:
                print(
                    f"proxydesk: upgraded {path}; the old version is kept as {opened.backup_path}",
                    file=sys.stderr,
                )
            result: int = args.handler(Context(args, opened))
            return result
    except ProxyDeskError as exc:
        _refused(f"proxydesk: {exc}")
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("proxydesk: interrupted; nothing was changed", file=sys.stderr)
        return 130
    except Exception as exc:
        problem = opening.damaged(path, exc)
        if problem is None:
            raise
        _refused(f"proxydesk: {problem}")
        return EXIT_ERROR


if __name__ == "__main__":
    raise SystemExit(main())
