"""``proxydesk``: the app without a command, the command line with one.

The one place that knows both faces: ``proxydesk [--file PATH] [--demo]`` starts the desktop
app (``proxydesk.ui`` is imported only then), anything else goes to ``proxydesk.cli``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

#: the exit status of a start that cannot happen (as the command line's errors)
EXIT_ERROR = 2


class _NotTheApp(Exception):
    """What argparse says when the arguments are not ``[--file PATH] [--demo]``."""


class _AppParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise _NotTheApp(message)


def app_arguments(given: Sequence[str]) -> argparse.Namespace | None:
    """``proxydesk [--file PATH] [--demo]`` opens the app: read without loading the commands."""
    parser = _AppParser(prog="proxydesk", add_help=False)
    parser.add_argument("--file")
    parser.add_argument("--demo", action="store_true")
    try:
        args, rest = parser.parse_known_args(list(given))
    except _NotTheApp:
        return None
    return None if rest else args


def main(argv: Sequence[str] | None = None) -> int:
    given = sys.argv[1:] if argv is None else list(argv)
    app_args = app_arguments(given)
    if app_args is not None:
        problem = empty_file_name(app_args.file)
        if problem is not None:
            print(f"proxydesk: {problem}", file=sys.stderr)
            return EXIT_ERROR
        return open_app(Path(app_args.file) if app_args.file else None, demo=app_args.demo)
    from proxydesk.cli.main import main as command_line

    return command_line(given)


def empty_file_name(given: str | None) -> str | None:
    """What is wrong when ``--file`` or ``$PROXYDESK_FILE`` names no file at all; else None."""
    import os

    from proxydesk.errors import InvalidInput
    from proxydesk.locations import FILE_ENV, chosen_file

    if given is None and FILE_ENV not in os.environ:
        return None
    try:
        chosen_file(given)
    except InvalidInput as exc:
        return str(exc)
    return None


def open_app(file: Path | None, *, demo: bool) -> int:
    """The desktop app on ``file`` (else the last or default one), or on a fresh demo."""
    try:
        from proxydesk.ui.app import run
    except ImportError as exc:
        print(
            f"proxydesk: the desktop app needs PySide6 ({exc}); install it with "
            "'pip install proxydesk[gui]'",
            file=sys.stderr,
        )
        return EXIT_ERROR
    return run(file=file, demo=demo)


if __name__ == "__main__":
    raise SystemExit(main())
