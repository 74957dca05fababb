"""Help → User Guide in the UI's language, and Help → About with the versions and the file."""

from __future__ import annotations

import platform
import re
from collections.abc import Iterator
from importlib import metadata

import PySide6
import pytest
import reportlab
import sqlalchemy
from PySide6.QtCore import QLocale, QUrl, qVersion
from PySide6.QtGui import QGuiApplication, QTextDocument
from pytestqt.qtbot import QtBot

from proxydesk.services.registry import Services
from proxydesk.ui.help.guide import GUIDE_LANGUAGES, guide_language, guide_text
from proxydesk.ui.main_window import MainWindow

#: what the guide walks through, in each language (a heading per task)
TASKS = {
    "en": [
        "Set up relatives and cases",
        "Log a call",
        "Record a promise",
        "Sync mail",
        "Make the paper",
        "Escalate with the dossier",
    ],
    "de": [
        "Angehörige und Fälle anlegen",
        "Einen Anruf festhalten",
        "Ein Versprechen festhalten",
        "Mails abrufen",
        "Schriftstücke erstellen",
        "Mit dem Dossier eskalieren",
    ],
}


@pytest.fixture
def german() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    yield
    QLocale.setDefault(before)


def menu_texts(window: MainWindow) -> list[str]:
    return [a.text().replace("&", "") for a in window.menuBar().actions()]


def test_help_is_the_last_menu_with_the_guide_and_about(window: MainWindow) -> None:
    assert menu_texts(window)[-1] == "Help"
    help_menu = window.menuBar().actions()[-1].menu()
    entries = [a.text().replace("&", "") for a in help_menu.actions() if not a.isSeparator()]
    assert entries[0] == "User Guide"
    assert entries[-1] == "About ProxyDesk"
    assert window.features.help.guide_action.shortcut().toString() == "F1"


def test_about_shows_each_version_and_the_file(
    window: MainWindow, services: Services, qtbot: QtBot
) -> None:
    about = window.features.help.show_about()
    qtbot.waitExposed(about)
    shown = {name: label.text() for name, label in about.version_labels.items()}
    assert shown == {
        "ProxyDesk": metadata.version("proxydesk"),
        "Python": platform.python_version(),
        "Qt": qVersion(),
        "PySide6": PySide6.__version__,
        "SQLAlchemy": sqlalchemy.__version__,
        "reportlab": reportlab.Version,
    }
    path = str(services.case_file.path)
    assert about.file.text() == path
    assert window.features.help.show_about() is about  # one box, shown again

    about.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    for name, version in shown.items():
        assert f"{name} {version}" in copied.splitlines()
    assert copied.splitlines()[-1] == path
    assert about.copied.text() == "Copied to the clipboard."


def test_the_guide_opens_in_english_for_an_english_ui(window: MainWindow, qtbot: QtBot) -> None:
    guide = window.features.help.show_guide()
    qtbot.waitExposed(guide)
    assert guide.language == "en"
    text = guide.browser.toPlainText()
    for task in TASKS["en"]:
        assert task in text
    # Markdown rendered, not shown as source
    assert "## " not in text and "**" not in text
    assert "Ctrl+Shift+C" in text


def test_the_guide_opens_in_german_for_a_german_ui(
    window: MainWindow, qtbot: QtBot, german: None
) -> None:
    assert guide_language() == "de"
    guide = window.features.help.show_guide()
    assert guide.language == "de"
    text = guide.browser.toPlainText()
    for task in TASKS["de"]:
        assert task in text
    assert "Log a call" not in text


def test_the_guides_are_short_and_cover_the_same_tasks() -> None:
    for language in GUIDE_LANGUAGES:
        text = guide_text(language)
        headings = re.findall(r"^## (.+)$", text, flags=re.MULTILINE)
        numbered = [h for h in headings if h[0].isdigit()]
        assert [h.split(". ", 1)[1] for h in numbered] == TASKS[language]
        # one to two pages
        assert 400 <= len(text.split()) <= 1200
    with pytest.raises(ValueError):
        guide_text("fr")


def test_the_guide_loads_nothing_from_outside(window: MainWindow) -> None:
    browser = window.features.help.show_guide().browser
    assert not browser.openLinks() and not browser.openExternalLinks()
    for url in ("https://example.org/tracker.png", "file:///etc/passwd"):
        assert browser.loadResource(QTextDocument.ResourceType.ImageResource, QUrl(url)) is None
