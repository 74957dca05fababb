"""The quick listings (``cases``, ``promises``, ``remind``) read with plain sqlite3 and print
exactly what the services' views print; they and ``--help`` load no heavy library."""

from __future__ import annotations

import argparse
import importlib
import json
import shutil
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from proxydesk.cli.main import COMMANDS, main
from proxydesk.reading.lookup import CASE, RELATIVE, cases_of_relative, find_id
from proxydesk.reading.promises import PromiseReader
from proxydesk.reading.reminders import ReminderReader
from proxydesk.services.opening import open_file
from proxydesk.services.registry import Services
from proxydesk.timezones import now
from proxydesk.views import jsonable
from tests.core.clock import NOW, FixedClock

#: what a quick command must not load
HEAVY = ("sqlalchemy", "alembic", "reportlab", "PySide6")

#: before the story, in its middle (promises open, some due), after it, and once its last
#: open promise is overdue
MOMENTS = (
    datetime(2011, 1, 1, tzinfo=UTC),
    datetime(2012, 3, 9, 12, 0, tzinfo=UTC),
    NOW,
    datetime(2012, 5, 1, tzinfo=UTC),
)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("listings") / "demo.proxydesk"
    assert main(["--file", str(path), "init", "--demo", "--language", "en"]) == 0
    return path


@pytest.fixture
def story(demo: Path, tmp_path: Path) -> Path:
    """The demo with reminders of every kind: due, done, snoozed, on a promise, on no case."""
    path = tmp_path / "story.proxydesk"
    shutil.copy(demo, path)
    with open_file(path) as case_file:
        services = Services.for_file(case_file, FixedClock(datetime(2012, 3, 1, tzinfo=UTC)))
        promise = services.promises.promises()[0]
        services.reminders.add("call back", datetime(2012, 3, 5, tzinfo=UTC), case="1")
        done = services.reminders.add("fax sent?", datetime(2012, 3, 6, tzinfo=UTC))
        services.reminders.mark_done(done.id)
        snoozed = services.reminders.add("ask again", datetime(2012, 3, 7, tzinfo=UTC), case="2")
        services.reminders.snooze(snoozed.id, datetime(2012, 3, 20, tzinfo=UTC))
        services.reminders.add("is it done?", datetime(2012, 3, 8, tzinfo=UTC), promise=promise.id)
    return path


@pytest.mark.parametrize("moment", MOMENTS, ids=lambda m: m.date().isoformat())
def test_the_reminder_reader_gives_the_services_views(story: Path, moment: datetime) -> None:
    clock = FixedClock(moment)
    with open_file(story, writable=False) as case_file:
        services = Services.for_file(case_file, clock)
        connection = case_file.engine.raw_connection().driver_connection
        assert connection is not None
        reader = ReminderReader(connection, case_file.zone, clock)
        for include_done in (False, True):
            wanted = services.reminders.reminders(include_done=include_done)
            assert reader.reminders(include_done=include_done) == wanted
        assert reader.due() == services.reminders.due()
        if moment > datetime(2012, 4, 15, 12, tzinfo=UTC):
            promises = PromiseReader(connection, case_file.zone, clock)
            assert promises.promises(only_overdue=True)
            assert reader.due().reminders


def test_names_are_found_as_the_services_find_them(story: Path) -> None:
    with open_file(story, writable=False) as case_file:
        services = Services.for_file(case_file)
        connection = case_file.engine.raw_connection().driver_connection
        assert connection is not None
        for ref in ("1", "2", "line", "LINE", "email", "99", "nothing", "e", "50%_", "a/b"):
            by_services = _outcome(lambda r=ref: services.cases.summary(r).id)
            assert _outcome(lambda r=ref: find_id(connection, CASE, r)) == by_services
        for ref in ("Gerda", "gerda", "a", "1", "7", "zz"):
            cases = _outcome(lambda r=ref: [c.id for c in services.cases.cases(r)])
            mine = _outcome(
                lambda r=ref: cases_of_relative(connection, find_id(connection, RELATIVE, r))
            )
            assert mine == cases


def _outcome(call: object) -> object:
    try:
        return call()  # type: ignore[operator]
    except Exception as exc:
        return (type(exc).__name__, str(exc))


@pytest.mark.parametrize(
    "command",
    [
        ["cases", "--json"],
        ["cases", "--relative", "Gerda", "--json"],
        ["promises", "--json"],
        ["promises", "--overdue", "--json"],
        ["promises", "--open", "--case", "2", "--json"],
        ["remind", "--json"],
        ["remind", "--due", "--json"],
    ],
)
def test_the_listings_print_the_services_views(
    story: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    capsys.readouterr()
    main(["--file", str(story), *command])
    printed = json.loads(capsys.readouterr().out)
    with open_file(story, writable=False) as case_file:
        services = Services.for_file(case_file, now)
        args = argparse.Namespace(**{"relative": None, "case": None, "open": False})
        if "--relative" in command:
            args.relative = "Gerda"
        if "--case" in command:
            args.case = "2"
        views: object
        if command[0] == "cases":
            views = services.cases.cases(args.relative, count_events=True)
        elif command[0] == "promises":
            views = services.promises.promises(
                case=args.case, only_open="--open" in command, only_overdue="--overdue" in command
            )
        elif "--due" in command:
            views = services.reminders.due()
        else:
            views = services.reminders.reminders()
    assert printed == jsonable(views)


def test_the_quick_commands_load_no_heavy_library(story: Path, tmp_path: Path) -> None:
    for command in (["--help"], ["cases", "--json"], ["promises", "--json"], ["remind", "--due"]):
        loaded = tmp_path / "loaded.json"
        probe = (
            "import json, sys\n"
            "from proxydesk.launcher import main\n"
            "try:\n"
            f"    main({['--file', str(story), *command]!r})\n"
            "except SystemExit:\n"
            "    pass\n"
            "finally:\n"
            f"    open({str(loaded)!r}, 'w').write(json.dumps(sorted(sys.modules)))\n"
        )
        subprocess.run([sys.executable, "-c", probe], capture_output=True, check=True)
        roots = {name.split(".")[0] for name in json.loads(loaded.read_text())}
        assert "proxydesk" in roots
        assert roots.isdisjoint(HEAVY), (command, sorted(roots & set(HEAVY)))


def test_the_table_of_commands_is_what_the_modules_register() -> None:
    registered: list[tuple[str, str, str]] = []
    for module in dict.fromkeys(m for _, m, _ in COMMANDS):
        commands = argparse.ArgumentParser().add_subparsers()
        importlib.import_module(f"proxydesk.cli.{module}").register(commands)
        registered += [(a.dest, module, a.help or "") for a in commands._choices_actions]
    assert sorted(registered) == sorted(COMMANDS)


@pytest.mark.parametrize("command", [["cases", "--json"], ["case", "status", "1", "resolved"]])
def test_a_file_damaged_past_its_schema_row_is_said_in_one_line(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    path = tmp_path / "damaged.proxydesk"
    shutil.copy(demo, path)
    with sqlite3.connect(path) as damage:
        damage.execute("DROP TABLE case_relatives")
    damage.close()
    capsys.readouterr()
    assert main(["--file", str(path), *command]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1
    assert err.startswith(f"proxydesk: {path} is damaged and cannot be read: ")
