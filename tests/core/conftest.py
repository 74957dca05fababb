"""Fixtures for the core: a fresh case file per test, built by the real migrations."""

from __future__ import annotations

import contextlib
import io
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from proxydesk.launcher import main
from proxydesk.services.registry import Services
from tests.core.clock import FixedClock


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The English demo case file in Berlin's zone, made once by ``init --demo``; copy it."""
    path = tmp_path_factory.mktemp("demo") / "demo.proxydesk"
    command = ["init", "--demo", "--timezone", "Europe/Berlin", "--language", "en"]
    with contextlib.redirect_stderr(io.StringIO()):
        assert main(["--file", str(path), *command]) == 0
    return path


@pytest.fixture
def demo_copy(demo_file: Path, tmp_path: Path) -> Path:
    """A copy of the demo case file, this test's own."""
    path = tmp_path / "family.proxydesk"
    shutil.copy(demo_file, path)
    return path


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def telco_case(services: Services) -> int:
    """A relative with an account at a telecom company and one open case."""
    services.directory.add_relative("Gerda Voß", phone_numbers=["+49 8341 1234"])
    services.directory.add_organization(
        "Telvia AG",
        channels=[("hotline", "+49 800 5550100", "orders"), ("mail_domain", "telvia.example", "")],
    )
    services.directory.add_account("Gerda", "Telvia", "4711-0815", phone_lines=["+49 8341 99"])
    case = services.cases.add_case(
        "Move the line",
        "Telvia",
        relatives=["Gerda"],
        references=["order:A-77"],
        opened_at=datetime(2012, 2, 28, 9, 0, tzinfo=UTC),
    )
    return case.id
