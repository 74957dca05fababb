"""Generated input thrown at the command line and at the services: never a traceback, and a
refusal changes nothing (the file's whole content, or its audit log, is the same after)."""

from __future__ import annotations

import contextlib
import io
import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from proxydesk.cli.main import EXIT_ERROR
from proxydesk.errors import ProxyDeskError
from proxydesk.launcher import main
from proxydesk.services.registry import Services
from tests.core.test_cli_bad_input import content

SETTINGS = settings(
    max_examples=int(os.environ.get("PROXYDESK_EXAMPLES", "40")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

#: what a user, a script or a fuzzer may type: words, numbers of every size, times near the
#: edges, NUL, lone surrogates (bytes that were no UTF-8), names that match much or nothing
WORDS = st.one_of(
    st.text(max_size=40),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.datetimes(timezones=st.none() | st.just(UTC)).map(datetime.isoformat),
    st.dates().map(str),
    st.sampled_from(["1", "0", "-1", "\x00", "a\udcffb", "ticket:", "²", "1_0", " 1 ", "%", "_"]),
)

#: every kind of command, its slots to fill with generated words
TEMPLATES = [
    ["case", "show", "{}"],
    ["case", "add", "--title", "{}", "--organization", "{}"],
    ["case", "reference", "1", "{}", "--at", "{}"],
    ["case", "story", "{}", "--text", "{}"],
    ["timeline", "{}"],
    ["note", "--case", "{}", "--text", "{}", "--at", "{}"],
    ["log-call", "--case", "1", "--number", "{}", "--start", "{}", "--minutes", "{}"],
    [
        "log-call",
        "--case",
        "1",
        "--number",
        "1",
        "--start",
        "{}",
        "--minutes",
        "{}",
        "--hold-minutes",
        "{}",
        "--transfers",
        "{}",
    ],
    ["promise", "add", "--case", "{}", "--text", "{}", "--by", "{}", "--at", "{}", "--due", "{}"],
    ["promise", "resolve", "{}", "kept", "--event", "{}"],
    ["reminder", "add", "--text", "{}", "--due", "{}", "--case", "{}"],
    ["reminder", "snooze", "{}", "--until", "{}"],
    ["relative", "add", "{}", "--born", "{}"],
    ["organization", "add", "{}", "--email", "{}"],
    ["account", "add", "--relative", "{}", "--organization", "{}", "--customer-number", "{}"],
    ["cases", "--relative", "{}"],
    ["promises", "--case", "{}"],
    ["search", "{}"],
    ["mail", "show", "{}"],
    ["poa", "status", "{}", "{}"],
    ["me", "--email", "{}", "--name", "{}"],
    ["fingerprint", "{}", "--check", "{}"],
]


@SETTINGS
@given(data=st.data())
def test_the_command_line_answers_any_arguments_without_a_traceback(
    demo_copy: Path, data: st.DataObject
) -> None:
    template = data.draw(st.sampled_from(TEMPLATES))
    words = [data.draw(WORDS) if w == "{}" else w for w in template]
    before = content(demo_copy)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(["--file", str(demo_copy), *words])  # raises nothing
    assert status in (0, 1, EXIT_ERROR), status
    assert "Traceback" not in err.getvalue()
    if status == EXIT_ERROR:
        assert len(err.getvalue().strip().splitlines()) == 1, err.getvalue()
        assert content(demo_copy) == before


def _audited(services: Services) -> int:
    connection = sqlite3.connect(services.case_file.path)
    try:
        return int(connection.execute("SELECT count(*) FROM audit_log").fetchone()[0])
    finally:
        connection.close()


#: texts of every kind: long ones, and ones holding NUL or a lone surrogate (no UTF-8)
TEXT = st.one_of(
    st.text(max_size=400),
    st.text(min_size=1, max_size=3).map(lambda t: t * 200),
    st.text(st.characters(codec=None, categories=["Cs", "Cc", "L"]), max_size=20),
)
TIMES = st.datetimes(
    min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31), timezones=st.just(UTC)
)
NUMBERS = st.floats(allow_nan=True, allow_infinity=True) | st.integers(-(2**70), 2**70)
REFS = st.one_of(st.integers(-(2**70), 2**70), TEXT)
#: mostly a case or an organization that is there, so the write itself is tried
KNOWN = st.one_of(st.just(1), st.just("1"), st.just("Telvia"), st.just("Move the line"), REFS)


@SETTINGS
@given(
    title=TEXT, organization=KNOWN, story=TEXT, opened=TIMES, references=st.lists(TEXT, max_size=2)
)
def test_a_case_is_added_whole_or_refused_without_a_trace(
    services: Services,
    telco_case: int,
    title: str,
    organization: str | int,
    story: str,
    opened: datetime,
    references: list[str],
) -> None:
    _whole_or_nothing(
        services,
        lambda: services.cases.add_case(
            title, organization, story_so_far=story, opened_at=opened, references=references
        ),
    )


@SETTINGS
@given(minutes=NUMBERS, hold=NUMBERS, transfers=st.integers(-(2**70), 2**70), start=TIMES,
       number=TEXT, notes=TEXT)  # fmt: skip
def test_a_call_is_logged_whole_or_refused_without_a_trace(
    services: Services,
    telco_case: int,
    minutes: float,
    hold: float,
    transfers: int,
    start: datetime,
    number: str,
    notes: str,
) -> None:
    _whole_or_nothing(
        services,
        lambda: services.timeline.log_call(
            telco_case,
            number=number,
            start=start,
            minutes=minutes,
            hold_minutes=hold,
            transfers=transfers,
            notes=notes,
        ),
    )


@SETTINGS
@given(case=KNOWN, text=TEXT, due=TIMES, later=st.integers(-(10**6), 10**6), name=TEXT)
def test_promises_reminders_and_names_are_kept_whole_or_refused(
    services: Services,
    telco_case: int,
    case: str | int,
    text: str,
    due: datetime,
    later: int,
    name: str,
) -> None:
    try:
        at = due - timedelta(days=later)
    except OverflowError:
        at = due
    _whole_or_nothing(
        services,
        lambda: services.promises.add(case, text=text, by=name, at=at, due=due),
    )
    _whole_or_nothing(services, lambda: services.reminders.add(text, due, case=case))
    _whole_or_nothing(services, lambda: services.directory.add_relative(name, notes=text))
    _whole_or_nothing(services, lambda: services.poa.set_proxy(name=name, email=text))


def _whole_or_nothing(services: Services, write: object) -> None:
    """``write()`` succeeds, or is refused in words (ProxyDeskError) with nothing written."""
    before = _audited(services)
    try:
        write()  # type: ignore[operator]
    except ProxyDeskError as exc:
        assert str(exc)
        assert _audited(services) == before
