"""A case's summary: its event count only when asked for, and then right."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from proxydesk.cli.main import main
from proxydesk.services.registry import Services


def test_events_are_counted_only_when_asked(services: Services, telco_case: int) -> None:
    for hour in (9, 10, 11):
        services.timeline.add_note(
            telco_case, f"note {hour}", datetime(2012, 3, 1, hour, tzinfo=UTC)
        )

    # the tree and the case header do not walk the case's events
    assert services.cases.detail(telco_case).summary.events is None
    assert [c.events for c in services.cases.cases()] == [None]
    assert services.cases.summary(telco_case).events is None
    # the header's summary, made from the case it already read, is the tree's
    assert services.cases.detail(telco_case).summary == services.cases.summary(telco_case)

    assert services.cases.detail(telco_case, count_events=True).summary.events == 3
    assert [c.events for c in services.cases.cases(count_events=True)] == [3]
    services.timeline.add_note(telco_case, "one more", datetime(2012, 3, 2, 9, tzinfo=UTC))
    assert [c.events for c in services.cases.cases(count_events=True)] == [4]


def test_the_command_line_still_reports_the_count(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(tmp_path / "count.proxydesk")
    steps = [
        ["init", "--timezone", "Europe/Berlin"],
        ["organization", "add", "Telvia AG"],
        ["case", "add", "--title", "Move the line", "--organization", "1"],
        ["note", "--case", "1", "--text", "Called, nobody answered", "--at", "2012-03-05T19:00"],
        ["note", "--case", "1", "--text", "Called again", "--at", "2012-03-06T09:00"],
    ]
    for step in steps:
        assert main(["--file", path, *step]) == 0, capsys.readouterr().err
    capsys.readouterr()
    assert main(["--file", path, "cases", "--json"]) == 0
    assert [c["events"] for c in json.loads(capsys.readouterr().out)] == [2]
    assert main(["--file", path, "case", "show", "1", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["summary"]["events"] == 2
