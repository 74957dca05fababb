"""``proxydesk --demo`` tells the demo case in the UI's language."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from proxydesk.services.demo import told_in
from proxydesk.ui import app
from proxydesk.ui.language import Language, install_translations, save_choice


@pytest.fixture
def english_afterwards(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    yield
    install_translations(qapp, Language.ENGLISH)
    QLocale.setDefault(before)


def _run_demo_and_read_the_case_title(
    monkeypatch: pytest.MonkeyPatch, folder: Path
) -> tuple[str, str]:
    """``proxydesk --demo``: the shown case's title and the File menu's, then quit."""
    folder.mkdir()
    monkeypatch.setattr(tempfile, "mkdtemp", lambda prefix: str(folder))
    seen: list[tuple[str, str]] = []

    def read_when_shown() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, app.MainWindow)]
        shown = next((w for w in windows if w.isVisible() and w.header.title.text()), None)
        if shown is None:
            QTimer.singleShot(20, read_when_shown)
            return
        seen.append((shown.header.title.text(), shown.menuBar().actions()[0].text()))
        shown.quit_action.trigger()

    QTimer.singleShot(0, read_when_shown)
    assert app.run(file=None, demo=True) == 0
    assert len(seen) == 1
    return seen[0]


@pytest.mark.usefixtures("english_afterwards")
@pytest.mark.parametrize(
    ("choice", "other", "file_menu"),
    [(Language.GERMAN, "en", "&Datei"), (Language.ENGLISH, "de", "&File")],
)
def test_the_demo_is_told_in_the_uis_language(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    choice: Language,
    other: str,
    file_menu: str,
) -> None:
    save_choice(choice)
    title, menu = _run_demo_and_read_the_case_title(monkeypatch, tmp_path / "demo")
    assert menu == file_menu
    assert title in [c["title"] for c in told_in(choice.value)["CASES"]]
    assert title not in [c["title"] for c in told_in(other)["CASES"]]
