"""Under PROXYDESK_REQUIRE_INTEGRATION=1 an integration test that skips counts as failed.

CI sets the variable, so a missing Dovecot, keyring or poppler fails the run instead of
quietly skipping the tests that prove the real parts work.
"""

from __future__ import annotations

import os
from collections.abc import Generator

import pytest
from pluggy import Result

REQUIRE_ENV = "PROXYDESK_REQUIRE_INTEGRATION"


def integration_required() -> bool:
    return os.environ.get(REQUIRE_ENV, "") not in ("", "0")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, Result[pytest.TestReport], None]:
    outcome = yield
    report = outcome.get_result()
    if not (report.skipped and integration_required()):
        return
    if item.get_closest_marker("integration") is None or hasattr(report, "wasxfail"):
        return
    longrepr = report.longrepr
    reason = longrepr[2] if isinstance(longrepr, tuple) else str(longrepr)
    report.outcome = "failed"
    report.longrepr = f"integration test skipped while {REQUIRE_ENV}=1, so it fails: {reason}"
