"""A fresh case file per test, built by the real migrations, and its services.

Each test folder brings its own `clock` fixture (the "now" its story needs).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest

from proxydesk.services.registry import Services
from proxydesk.storage.database import CaseFile, open_case_file


@pytest.fixture
def case_path(tmp_path: Path) -> Path:
    return tmp_path / "family.proxydesk"


@pytest.fixture
def case_file(case_path: Path) -> Iterator[CaseFile]:
    with open_case_file(case_path, create=True, timezone="Europe/Berlin") as opened:
        yield opened


@pytest.fixture
def services(case_file: CaseFile, clock: Callable[[], datetime]) -> Services:
    return Services.for_file(case_file, clock)
