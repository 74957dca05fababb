"""The test harness itself: under PROXYDESK_REQUIRE_INTEGRATION=1 integration skips fail."""

from __future__ import annotations

import pytest

PLUGINS = ("-p", "tests.support.integration", "-p", "tests.support.fixtures")

TESTS = """
import pytest

@pytest.mark.integration
def test_needs_a_server():
    pytest.skip("no server here")

def test_ordinary_skip():
    pytest.skip("not relevant on this machine")

@pytest.mark.integration
@pytest.mark.xfail(reason="known gap")
def test_known_gap():
    assert False

@pytest.fixture
def dovecot():
    pytest.skip("pretend Dovecot is missing")

def test_uses_the_server_fixture(dovecot):
    pass
"""


@pytest.fixture
def suite(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makeini("[pytest]\nmarkers =\n    integration: needs a real external part\n")
    pytester.makepyfile(test_suite=TESTS)
    return pytester


def test_integration_skips_fail_when_required(
    suite: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PROXYDESK_REQUIRE_INTEGRATION", "1")
    result = suite.runpytest_inprocess(*PLUGINS, "-rA")
    result.assert_outcomes(failed=1, errors=1, skipped=1, xfailed=1)
    for reason in ("no server here", "pretend Dovecot is missing"):
        result.stdout.fnmatch_lines(
            [f"*integration test skipped while PROXYDESK_REQUIRE_INTEGRATION=1*{reason}*"]
        )


def test_integration_skips_stay_skips_otherwise(
    suite: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PROXYDESK_REQUIRE_INTEGRATION", raising=False)
    result = suite.runpytest_inprocess(*PLUGINS)
    result.assert_outcomes(skipped=3, xfailed=1)
