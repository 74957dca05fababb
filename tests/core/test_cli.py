"""The command line as scripts and cron jobs use it: JSON listings, errors, exit status."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from icalendar import Calendar

from proxydesk.cli.main import main


class Cli:
    def __init__(self, path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.path = path
        self.capsys = capsys

    def __call__(self, *args: str) -> tuple[int, str, str]:
        code = main(["--file", str(self.path), *args])
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, *args: str) -> object:
        code, out, err = self(*args, "--json")
        assert code == 0, err
        return json.loads(out)

    def dump(self) -> list[str]:
        con = sqlite3.connect(self.path)
        try:
            return list(con.iterdump())
        finally:
            con.close()


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    run = Cli(tmp_path / "family.proxydesk", capsys)
    assert run("init", "--timezone", "Europe/Berlin")[0] == 0
    steps = [
        ("relative", "add", "Gerda Voß", "--born", "1940-02-03", "--phone", "+49 8341 1234"),
        ("relative", "add", "Ilse Brandt", "--born", "1937-11-20"),
        (
            "organization",
            "add",
            "Telvia AG",
            "--domain",
            "telvia.example",
            "--email",
            "service@telvia.example",
            "--hotline",
            "+49 800 5550100=orders",
            "--hotline",
            "+49 800 5550200",
            "--fax",
            "+49 800 5550199",
        ),
        (
            "account",
            "add",
            "--relative",
            "Gerda",
            "--organization",
            "Telvia",
            "--customer-number",
            "4711-0815",
            "--line",
            "+49 8341 99",
        ),
        (
            "case",
            "add",
            "--title",
            "Move the line",
            "--organization",
            "1",
            "--relative",
            "Gerda Voß",
            "--reference",
            "order:A-77",
            "--opened",
            "2012-02-28T09:00",
        ),
    ]
    for step in steps:
        code, _, err = run(*step)
        assert code == 0, err
    return run


def test_listings_print_json_only(cli: Cli) -> None:
    relatives = cli.json("relatives")
    assert [(r["name"], r["born"]) for r in relatives] == [
        ("Gerda Voß", "1940-02-03"),
        ("Ilse Brandt", "1937-11-20"),
    ]
    (org,) = cli.json("organizations")
    assert {(c["kind"], c["value"], c["purpose"]) for c in org["channels"]} >= {
        ("hotline", "+49 800 5550100", "orders"),
        ("hotline", "+49 800 5550200", ""),
        ("fax", "+49 800 5550199", ""),
        ("mail_domain", "telvia.example", ""),
    }
    (account,) = cli.json("accounts")
    assert account["customer_number"] == "4711-0815"
    assert account["phone_lines"] == ["+49 8341 99"]
    (case,) = cli.json("cases")
    assert case["title"] == "Move the line"
    assert case["opened_at"] == "2012-02-28T09:00:00+01:00"
    assert case["relative_names"] == ["Gerda Voß"]


def test_call_promise_and_timeline(cli: Cli) -> None:
    code, _, err = cli(
        "log-call",
        "--case",
        "Move",
        "--number",
        "+49 800 5550100",
        "--start",
        "2012-03-05T10:14",
        "--minutes",
        "22",
        "--hold-minutes",
        "9.5",
        "--agent",
        "Frau K.",
        "--outcome",
        "promise_made",
        "--notes",
        "She cannot see the social team's mails.",
    )
    assert code == 0, err
    code, _, err = cli(
        "promise",
        "add",
        "--case",
        "Move the line",
        "--text",
        "We call you back today",
        "--by",
        "Frau K.",
        "--at",
        "2012-03-05T10:30",
        "--due",
        "2012-03-05T18:00",
    )
    assert code == 0, err
    code, _, err = cli(
        "note", "--case", "1", "--text", "No callback came.", "--at", "2012-03-05T19:00"
    )
    assert code == 0, err
    call, note = cli.json("timeline", "1")
    assert call["kind"] == "call"
    assert call["occurred_at"] == "2012-03-05T10:14:00+01:00"
    assert call["ended_at"] == "2012-03-05T10:36:00+01:00"
    assert (call["number_dialed"], call["hold_seconds"], call["outcome"]) == (
        "+49 800 5550100",
        570,
        "promise_made",
    )
    assert call["contact"] == "Frau K."
    assert [p["text"] for p in call["promises"]] == ["We call you back today"]
    assert note["kind"] == "note" and "number_dialed" not in note
    (promise,) = cli.json("promises", "--overdue")
    code, _, err = cli(
        "promise", "resolve", str(promise["id"]), "broken", "--event", str(note["id"])
    )
    assert code == 0, err
    assert cli.json("promises", "--open") == []
    (resolved,) = cli.json("promises")
    assert (resolved["status"], resolved["resolved_by_event_id"]) == ("broken", note["id"])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("timeline", "Nonexistent case"), "there is no case called"),
        (
            (
                "log-call",
                "--case",
                "99",
                "--number",
                "1",
                "--start",
                "2012-03-05T10:00",
                "--minutes",
                "3",
            ),
            "no case with id 99",
        ),
        (
            (
                "log-call",
                "--case",
                "1",
                "--number",
                "1",
                "--start",
                "5. März 10 Uhr",
                "--minutes",
                "3",
            ),
            "--start: '5. März 10 Uhr' is not a date and time",
        ),
        (
            (
                "log-call",
                "--case",
                "1",
                "--number",
                "1",
                "--start",
                "2012-03-05T10:00",
                "--minutes",
                "three",
            ),
            "'three' is not a number",
        ),
        (
            (
                "log-call",
                "--case",
                "1",
                "--number",
                "1",
                "--start",
                "2012-03-05T10:00",
                "--minutes",
                "3",
                "--hold-minutes",
                "5",
            ),
            "longer than the call",
        ),
        (
            (
                "promise",
                "add",
                "--case",
                "1",
                "--text",
                "x",
                "--by",
                "Frau K.",
                "--at",
                "2012-03-05T10:30",
                "--due",
                "2012-03-04T10:00",
            ),
            "before the promise was made",
        ),
        (
            ("promise", "add", "--case", "1", "--text", "x", "--at", "2012-03-05T10:30"),
            "required: --by",
        ),
        (
            (
                "promise",
                "add",
                "--case",
                "1",
                "--text",
                "  ",
                "--by",
                "A",
                "--at",
                "2012-03-05T10:30",
            ),
            "must not be empty",
        ),
        (("relative", "add", "Hans", "--born", "31.12.1940"), "not a date"),
        (
            (
                "account",
                "add",
                "--relative",
                "Nobody",
                "--organization",
                "Telvia",
                "--customer-number",
                "1",
            ),
            "no relative called 'Nobody'",
        ),
        (
            ("case", "add", "--title", "x", "--organization", "Telvia", "--relative", "r"),
            "matches several relatives",
        ),
        (("promise", "resolve", "42", "kept"), "no promise with id 42"),
        (("cases", "--bogus"), "unrecognized arguments"),
    ],
)
def test_bad_input_is_one_line_on_stderr_and_changes_nothing(
    cli: Cli, args: tuple[str, ...], message: str
) -> None:
    before = cli.dump()
    code, out, err = cli(*args)
    assert code != 0
    assert out == ""
    assert message in err
    assert len(err.strip().splitlines()) == 1, err
    assert cli.dump() == before


def test_resolving_twice_is_refused_and_changes_nothing(cli: Cli) -> None:
    cli("promise", "add", "--case", "1", "--text", "x", "--by", "A", "--at", "2012-03-05T10:30")
    assert cli("promise", "resolve", "1", "kept")[0] == 0
    before = cli.dump()
    code, _, err = cli("promise", "resolve", "1", "false")
    assert code != 0 and "already resolved as kept" in err
    assert cli.dump() == before


def test_remind_exit_status_tells_cron_whether_something_is_due(cli: Cli) -> None:
    code, out, _ = cli("remind", "--due", "--json")
    assert code == 1
    assert json.loads(out) == {"reminders": [], "overdue_promises": [], "empty": True}
    cli(
        "reminder",
        "add",
        "--text",
        "Ask for the order confirmation",
        "--due",
        "2012-03-06T09:00",
        "--case",
        "1",
    )
    cli(
        "promise",
        "add",
        "--case",
        "1",
        "--text",
        "Technician comes",
        "--by",
        "Herr B.",
        "--at",
        "2012-03-05T10:30",
        "--due",
        "2012-03-13T12:00",
    )
    cli("reminder", "add", "--text", "Far future", "--due", "2999-01-01T09:00")
    code, out, _ = cli("remind", "--due", "--json")
    assert code == 0
    due = json.loads(out)
    assert [r["text"] for r in due["reminders"]] == ["Ask for the order confirmation"]
    assert [p["text"] for p in due["overdue_promises"]] == ["Technician comes"]
    code, out, _ = cli("remind")
    assert "Far future" in out and "DUE" in out


def test_export_ics_is_a_calendar_with_reminders_and_due_dates(cli: Cli, tmp_path: Path) -> None:
    cli(
        "promise",
        "add",
        "--case",
        "1",
        "--text",
        "Technician comes",
        "--by",
        "Herr B.",
        "--at",
        "2012-03-05T10:30",
        "--due",
        "2012-03-13T12:00",
    )
    cli("reminder", "add", "--text", "Call the hotline again", "--due", "2012-03-06T09:00")
    target = tmp_path / "proxydesk.ics"
    code, _, err = cli("export-ics", "-o", str(target))
    assert code == 0, err
    calendar = Calendar.from_ical(target.read_bytes())
    events = {str(e["summary"]): e for e in calendar.walk("VEVENT")}
    assert set(events) == {"Due: Technician comes", "Call the hotline again"}
    start = events["Due: Technician comes"].decoded("dtstart")
    assert start.isoformat() == "2012-03-13T11:00:00+00:00"
    assert all(e.walk("VALARM") for e in events.values())


def test_file_environment_variable_chooses_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "from-env.proxydesk"
    monkeypatch.setenv("PROXYDESK_FILE", str(target))
    assert main(["init"]) == 0
    assert main(["relative", "add", "Ilse"]) == 0
    capsys.readouterr()
    assert main(["relatives", "--json"]) == 0
    assert [r["name"] for r in json.loads(capsys.readouterr().out)] == ["Ilse"]
    assert target.exists()
