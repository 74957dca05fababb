"""The quick way in: the first screen read with sqlite3 alone, the features right after it."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu, QPushButton
from pytestqt.qtbot import QtBot

from proxydesk.storage.locking import WriterLock
from proxydesk.ui.app import AppController
from tests.ui.test_files import Told, controllers, is_free, make_file, settle, story

__all__ = ["controllers", "story"]  # the fixtures, shared with test_files

ROOT = Path(__file__).resolve().parents[2]


def menu_texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


@pytest.fixture
def path(tmp_path: Path, story: Path) -> Path:
    """A file of the story, closed, at the newest schema: the quick way in takes it."""
    return make_file(tmp_path / "brandt.proxydesk", story=story)


@pytest.fixture
def started(controllers: Callable[..., AppController], path: Path) -> AppController:
    """The app started on that file: its first screen is up, its features on their way."""
    controller = controllers()
    assert controller.start(path, demo=False)
    assert controller.window is not None and not controller.window.features_ready
    return controller


def test_a_file_shows_its_first_screen_then_gets_its_features(
    qtbot: QtBot, started: AppController, path: Path
) -> None:
    controller, window = started, started.window
    assert window is not None
    # the first screen: the tree, a case with its header and timeline, no services yet
    assert controller.case_file is None
    assert window.tree_model.relative_count == 2
    assert window.current_case_id is not None and window.timeline_model.rowCount() > 0
    assert window.header.detail is not None
    assert menu_texts(window.file_menu_widget) == ["&Quit"]

    qtbot.waitUntil(lambda: window.features_ready, timeout=10_000)
    assert controller.case_file is not None and controller.case_file.path == path
    texts = menu_texts(window.file_menu_widget)
    assert texts[0] == "&New…" and texts[-1] == "&Quit" and "Save a &Copy…" in texts
    menus = [a.text() for a in window.menuBar().actions()]
    assert "&Edit" in menus and menus[-1] == "&Help"
    # what the services write, the window's own reader sees
    relative = window.services.directory.add_relative("Hanna Brandt")
    window.tree_model.reload()
    assert window.tree_model.relative_count == 3
    assert relative.name in {r.name for r in window.reader.cases.relatives()}


def test_the_panes_stay_put_when_the_features_come(qtbot: QtBot, started: AppController) -> None:
    window = started.window
    assert window is not None
    first: list[object] = []

    def sizes() -> tuple[object, ...]:
        return (window.statusBar().height(), window.case_view.sizes(), window.panes.sizes())

    # as the first screen is up: the features are only then sent for
    window.first_painted.connect(lambda: first.append((window.features_ready, sizes())))
    qtbot.waitUntil(lambda: window.features_ready, timeout=10_000)
    qtbot.wait(20)
    assert len(first) == 1
    was_ready, at_first = first[0]  # type: ignore[misc]
    assert not was_ready
    # the status bar got its buttons (mail's "Set up mail…") without growing
    assert window.statusBar().findChildren(QPushButton)
    assert sizes() == at_first


def test_closing_before_the_features_came_lets_the_file_go(
    qtbot: QtBot, started: AppController, path: Path
) -> None:
    started.close()
    settle(qtbot)
    qtbot.waitUntil(lambda: is_free(path), timeout=10_000)


def test_a_file_another_proxydesk_writes_takes_the_full_way_in(
    controllers: Callable[..., AppController], path: Path
) -> None:
    other = WriterLock(path)
    other.acquire()
    try:
        prompts = Told()
        assert not controllers(prompts).start(path, demo=False)
        # asked whether to open it read-only (the test says no): nothing was shown
        assert len(prompts.asked_read_only) == 1
    finally:
        other.release()


def test_a_file_damaged_past_its_schema_row_is_told_and_let_go(
    qtbot: QtBot, controllers: Callable[..., AppController], path: Path
) -> None:
    with sqlite3.connect(path) as damage:
        damage.execute("DROP TABLE case_relatives")
    damage.close()
    prompts = Told()
    assert not controllers(prompts).start(path, demo=False)
    assert len(prompts.errors) == 1 and "is damaged" in str(prompts.errors[0])
    settle(qtbot)
    assert is_free(path)


def test_the_command_paints_its_first_screen_before_sqlalchemy_loads(path: Path) -> None:
    """``proxydesk --file F`` as a user starts it: the benchmark's probe reports the first
    paint of the timeline, whether SQLAlchemy was loaded then, and when the features came."""
    probe = [sys.executable, str(ROOT / "benchmarks" / "scale_startup.py"), str(path)]
    done = subprocess.run(probe, capture_output=True, text=True, timeout=120, check=True)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["rows"] > 0 and report["case_id"] is not None
    assert report["sqlalchemy_loaded"] is False
    assert report["attached_at"] >= report["at"]
