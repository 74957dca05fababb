"""UI test fixtures: offscreen Qt, a fresh case file per test through the real migrations."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from proxydesk.services.registry import Services
from proxydesk.ui.app import create_main_window
from proxydesk.ui.language import Language, install_translations
from proxydesk.ui.main_window import MainWindow
from tests.ui.story import FixedClock, Story, build_story


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp: QApplication) -> None:
    """As in the app: English with its plural forms ("1 entry", "2 entries") installed."""
    install_translations(qapp, Language.ENGLISH)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


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
