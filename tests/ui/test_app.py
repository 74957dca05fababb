"""Starting the app: which file is opened how, the writer lock, the demo, translations."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from proxydesk.errors import FileInUse, NotACaseFile
from proxydesk.services.opening import DEMO_FILE_NAME
from proxydesk.services.registry import Services
from proxydesk.storage.database import open_case_file
from proxydesk.ui import app
from proxydesk.ui.app import create_main_window, open_demo, open_for_app
from proxydesk.ui.language import Language, install_translations, installed_translators
from proxydesk.ui.screenshot import main as screenshot_main


class Asked:
    """Stands in for the "open read-only?" dialog and remembers what it was shown."""

    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.shown: list[FileInUse] = []

    def __call__(self, exc: FileInUse) -> bool:
        self.shown.append(exc)
        return self.answer


@pytest.fixture
def other_proxydesk(tmp_path: Path) -> Iterator[tuple[Path, int]]:
    """A second ProxyDesk process that has the file open for writing."""
    path = tmp_path / "family.proxydesk"
    open_case_file(path, create=True, timezone="UTC").close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys
                from proxydesk.storage.database import open_case_file
                case_file = open_case_file({str(path)!r})
                print("holding", flush=True)
                sys.stdin.read()
                case_file.close()
                """
            ),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "holding"
        yield path, holder.pid
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=10)


def test_a_file_held_by_another_proxydesk_is_offered_read_only(
    qtbot: QtBot, other_proxydesk: tuple[Path, int]
) -> None:
    path, pid = other_proxydesk
    ask = Asked(answer=True)
    case_file = open_for_app(path, ask)
    assert case_file is not None
    try:
        assert len(ask.shown) == 1
        assert str(pid) in str(ask.shown[0])
        assert not case_file.writable
        window = create_main_window(Services.for_file(case_file))
        qtbot.addWidget(window)
        assert window.windowTitle().endswith("(read-only)")
    finally:
        case_file.close()


def test_declining_read_only_opens_nothing(other_proxydesk: tuple[Path, int]) -> None:
    path, _pid = other_proxydesk
    ask = Asked(answer=False)
    assert open_for_app(path, ask) is None
    assert len(ask.shown) == 1


def test_a_second_window_in_the_same_process_is_detected_too(tmp_path: Path) -> None:
    path = tmp_path / "family.proxydesk"
    with open_case_file(path, create=True, timezone="UTC"):
        ask = Asked(answer=False)
        assert open_for_app(path, ask) is None
        assert isinstance(ask.shown[0], FileInUse)


def test_a_free_file_is_opened_for_writing_without_asking(tmp_path: Path) -> None:
    path = tmp_path / "family.proxydesk"
    open_case_file(path, create=True, timezone="UTC").close()
    ask = Asked(answer=True)
    case_file = open_for_app(path, ask)
    assert case_file is not None
    with case_file:
        assert case_file.writable and ask.shown == []


def test_a_missing_file_is_made_with_its_folder(tmp_path: Path) -> None:
    path = tmp_path / "not" / "there" / "casefile.proxydesk"
    case_file = open_for_app(path, Asked(answer=False))
    assert case_file is not None
    with case_file:
        assert path.exists() and case_file.writable
        assert Services.for_file(case_file).directory.relatives() == []


def test_other_file_problems_are_raised_for_run_to_word(tmp_path: Path) -> None:
    path = tmp_path / "notes.proxydesk"
    path.write_text("shopping list")
    with pytest.raises(NotACaseFile):
        open_for_app(path, Asked(answer=True))


def test_run_shows_the_error_and_exits_1(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "notes.proxydesk"
    path.write_text("shopping list")
    shown: list[Exception] = []
    monkeypatch.setattr(app.Prompts, "show_error", lambda _self, exc: shown.append(exc))
    assert app.run(file=path, demo=False) == 1
    assert isinstance(shown[0], NotACaseFile)


def test_the_demo_file_is_fresh_and_filled(qtbot: QtBot, tmp_path: Path) -> None:
    with open_demo(tmp_path) as case_file:
        assert case_file.path == tmp_path / DEMO_FILE_NAME
        assert case_file.setting("timezone") == "Europe/Berlin"
        window = create_main_window(Services.for_file(case_file))
        qtbot.addWidget(window)
        assert window.tree_model.relative_count > 0
        assert window.current_case_id is not None
        assert window.timeline_model.rowCount() > 0


def test_the_screenshot_helper_writes_a_picture(qtbot: QtBot, tmp_path: Path) -> None:
    out = tmp_path / "shots" / "main.png"
    assert screenshot_main([str(out), "--widget", "--size", "1000x700"]) == 0
    assert out.read_bytes().startswith(b"\x89PNG")


def test_translations_for_a_locale_are_installed_in_place_of_the_others() -> None:
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    before = QLocale()
    try:
        install_translations(application, Language.SYSTEM, system=QLocale("de_DE"))
        # qtbase_de, proxydesk_de and below them the English plural forms
        assert len(installed_translators(application)) == 3
        install_translations(application, Language.SYSTEM, system=QLocale("en_US"))
        assert len(installed_translators(application)) == 1
    finally:
        install_translations(application, Language.ENGLISH)
        QLocale.setDefault(before)


def test_run_demo_opens_the_window_and_removes_the_demo_folder_at_exit(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "proxydesk-demo-test"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "mkdtemp", lambda prefix: str(folder))
    seen: list[str] = []

    def close_when_shown() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, app.MainWindow)]
        if not any(w.isVisible() for w in windows):
            QTimer.singleShot(20, close_when_shown)
            return
        window = next(w for w in windows if w.isVisible())
        seen.append(window.windowTitle())
        assert (folder / DEMO_FILE_NAME).exists()
        window.quit_action.trigger()

    QTimer.singleShot(0, close_when_shown)
    assert app.run(file=None, demo=True) == 0
    assert seen == ["ProxyDesk — demo.proxydesk"]
    assert not folder.exists()


def test_run_on_a_held_file_asks_and_stops_when_declined(
    other_proxydesk: tuple[Path, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _pid = other_proxydesk
    asked: list[FileInUse] = []

    def decline(_self: object, exc: FileInUse) -> bool:
        asked.append(exc)
        return False

    monkeypatch.setattr(app.Prompts, "ask_read_only", decline)
    assert app.run(file=path, demo=False) == 1
    assert len(asked) == 1
