"""UI test fixtures: offscreen Qt, a fresh case file per test through the real migrations."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from proxydesk.reading.file import FileReader
from proxydesk.services.registry import Services
from proxydesk.ui.app import create_main_window
from proxydesk.ui.language import Language, install_translations
from proxydesk.ui.main_window import MainWindow
from tests.ui.story import FixedClock, Story, build_story


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp: QApplication) -> None:
    """As in the app: English with its plural forms ("1 entry", "2 entries") installed."""
    install_translations(qapp, Language.ENGLISH)


@pytest.fixture(autouse=True)
def own_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """QSettings (recent files, window layout, language) in a folder of the test's own."""
    folder = tmp_path_factory.mktemp("settings")
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(folder))
    yield folder


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def reader(services: Services) -> Iterator[FileReader]:
    """The file read as the window reads it: plain sqlite3, on the services' clock."""
    opened = FileReader.open(services.case_file.path, services.timeline.clock)
    yield opened
    opened.close()


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
