"""Starting the app loads what the first window needs, and none of the heavy libraries that
only the paper, the mail sync or the calendar export use."""

from __future__ import annotations

import json
import subprocess
import sys

from proxydesk.launcher import app_arguments

#: loaded on first use: forms and PDF pages, IMAP, the calendar export, phone numbers; and
#: SQLAlchemy, loaded on a pool thread once the first screen is painted
LATER = (
    "reportlab",
    "pypdf",
    "pypdfium2",
    "imapclient",
    "icalendar",
    "phonenumbers",
    "alembic",
    "sqlalchemy",
)


def test_the_app_starts_without_the_libraries_it_uses_later() -> None:
    probe = (
        "import json, sys\n"
        "import proxydesk.launcher, proxydesk.ui.app\n"
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    loaded = set(json.loads(done.stdout))
    assert "PySide6" in loaded and "sqlite3" in loaded
    assert loaded.isdisjoint(LATER), sorted(loaded & set(LATER))


def test_only_a_plain_start_skips_the_commands() -> None:
    plain = app_arguments(["--file", "family.proxydesk"])
    assert plain is not None and plain.file == "family.proxydesk" and not plain.demo
    demo = app_arguments(["--demo"])
    assert demo is not None and demo.demo
    for command in (["--file", "f", "case", "list"], ["--help"], ["--version"], ["init"]):
        assert app_arguments(command) is None
