"""UI test fixtures: offscreen Qt, a fresh case file per test through the real migrations."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from proxydesk.services.registry import Services
from proxydesk.storage.database import CaseFile, open_case_file
from proxydesk.ui.app import create_main_window
from proxydesk.ui.main_window import MainWindow
from tests.ui.story import FixedClock, Story, build_story


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def case_path(tmp_path: Path) -> Path:
    return tmp_path / "family.proxydesk"


@pytest.fixture
def case_file(case_path: Path) -> Iterator[CaseFile]:
    with open_case_file(case_path, create=True, timezone="Europe/Berlin") as opened:
        yield opened


@pytest.fixture
def services(case_file: CaseFile, clock: FixedClock) -> Services:
    return Services.for_file(case_file, clock)


@pytest.fixture
def story(services: Services) -> Story:
    return build_story(services)


@pytest.fixture
def window(qtbot: QtBot, services: Services, story: Story) -> MainWindow:
    shown = create_main_window(services)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown
