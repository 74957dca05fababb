"""The demo case tells the whole story: every call, visit, message and promise, as data."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from proxydesk import demo_story
from proxydesk.cli.main import main


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.proxydesk"
    assert main(["--file", str(path), "init", "--demo"]) == 0
    return path


def cli_json(path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> object:
    capsys.readouterr()
    assert main(["--file", str(path), *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_timeline_shows_every_event_and_promise_of_the_story(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cases = cli_json(demo, capsys, "cases")
    assert isinstance(cases, list) and len(cases) == 2
    events: list[dict] = []
    for case in cases:
        timeline = cli_json(demo, capsys, "timeline", str(case["id"]))
        assert isinstance(timeline, list)
        times = [e["occurred_at"] for e in timeline]
        assert times == sorted(times)
        assert all(t.endswith(("+01:00", "+02:00")) for t in times)
        events += timeline
    assert Counter(e["kind"] for e in events) == Counter(e["kind"] for e in demo_story.EVENTS)
    assert {e["summary"] for e in events} == {e["summary"] for e in demo_story.EVENTS}
    promised = {p["text"] for e in events for p in e["promises"]}
    assert promised == {p["text"] for p in demo_story.PROMISES}


def test_story_moments_are_there(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    events = [e for case in (1, 2) for e in cli_json(demo, capsys, "timeline", str(case))]
    kinds = Counter(e["kind"] for e in events)
    assert kinds["call"] >= 10 and kinds["visit"] >= 1 and kinds["technician"] >= 1
    assert kinds["social"] >= 5 and kinds["email_in"] >= 3 and kinds["email_out"] >= 3
    outcomes = {e["outcome"] for e in events if e["kind"] == "call"}
    assert {"disconnected", "hung_up_on_us", "promise_made", "resolved"} <= outcomes
    calls = [e for e in events if e["kind"] == "call"]
    assert sum(e["hold_seconds"] for e in calls) > 30 * 60
    assert any(e["transfers"] for e in calls)
    promises = cli_json(demo, capsys, "promises")
    assert isinstance(promises, list)
    assert {"kept", "broken", "false"} <= {p["status"] for p in promises}
    texts = " ".join(p["text"] for p in promises)
    assert "180 days" in texts and "fax" in texts
    assert all(p["made_by"] for p in promises)


def test_contradictions_are_linked(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    promises = cli_json(demo, capsys, "promises")
    assert isinstance(promises, list)
    linked = [p for p in promises if p["contradicts"]]
    assert len(linked) >= 2 * 3
    by_id = {p["id"]: p for p in promises}
    for p in linked:
        for other in p["contradicts"]:
            assert p["id"] in by_id[other]["contradicts"]


def test_customer_numbers_and_story_so_far_are_at_hand(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    detail = cli_json(demo, capsys, "case", "show", "1")
    assert isinstance(detail, dict)
    assert len(detail["story_so_far"]) > 200
    numbers = {a["customer_number"] for a in detail["accounts"]}
    assert numbers <= {a["customer_number"] for a in demo_story.ACCOUNTS} and numbers
    hotlines = [c for c in detail["organization"]["channels"] if c["kind"] == "hotline"]
    assert hotlines and all(c["purpose"] for c in hotlines)


def test_calendar_export_holds_the_appointments(demo: Path, tmp_path: Path) -> None:
    from icalendar import Calendar

    target = tmp_path / "demo.ics"
    assert main(["--file", str(demo), "export-ics", "-o", str(target)]) == 0
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    titles = {str(e["summary"]) for e in events}
    for appointment in demo_story.APPOINTMENTS:
        assert appointment["title"] in titles
    uids = [str(e["uid"]) for e in events]
    assert len(uids) == len(set(uids))
