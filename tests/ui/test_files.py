"""File → New, Open, Open Recent, Save a Copy, and what the app remembers between runs."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from proxydesk.errors import FileFromNewerVersion, FileInUse, NotACaseFile
from proxydesk.services.registry import Services
from proxydesk.storage.database import open_case_file
from proxydesk.ui.app import AppController, Prompts
from proxydesk.ui.files.dialogs import FileDialogs
from proxydesk.ui.files.settings import RECENT_COUNT, RecentFiles
from proxydesk.ui.files.welcome import WelcomeChoice
from proxydesk.ui.main_window import MainWindow
from proxydesk.ui.models.timeline import TimelineModel
from tests.ui.story import FixedClock, build_story


class Answers(FileDialogs):
    """The file dialogs, answered by the test: each question takes the next path given."""

    def __init__(self) -> None:
        super().__init__()
        self.paths: list[Path | None] = []
        self.asked: list[str] = []

    def _next(self, question: str) -> Path | None:
        self.asked.append(question)
        return self.paths.pop(0) if self.paths else None

    def ask_open_path(self, parent: QWidget | None, folder: Path | None = None) -> Path | None:
        return self._next("open")

    def ask_new_path(self, parent: QWidget | None, suggested: Path) -> Path | None:
        return self._next("new")

    def ask_copy_path(self, parent: QWidget | None, suggested: Path) -> Path | None:
        return self._next("copy")


class Told(Prompts):
    """The message boxes, remembered instead of shown; the guide answers as the test says."""

    def __init__(self, choices: list[WelcomeChoice] | None = None) -> None:
        super().__init__()
        self.errors: list[Exception] = []
        self.asked_read_only: list[FileInUse] = []
        self.choices = choices or []
        self.welcomed = 0

    def show_error(self, exc: Exception) -> None:
        self.errors.append(exc)

    def ask_read_only(self, exc: FileInUse) -> bool:
        self.asked_read_only.append(exc)
        return False

    def welcome(self) -> WelcomeChoice:
        self.welcomed += 1
        return self.choices.pop(0) if self.choices else WelcomeChoice.QUIT


def make_file(path: Path, *, story: Path | None = None) -> Path:
    """An empty case file, or with ``story`` a copy of that (closed, so whole) file."""
    if story is not None:
        shutil.copyfile(story, path)
        return path
    open_case_file(path, create=True, timezone="Europe/Berlin").close()
    return path


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A file with the story's relatives and cases, made once for the tests here."""
    path = tmp_path_factory.mktemp("story") / "story.proxydesk"
    with open_case_file(path, create=True, timezone="Europe/Berlin") as case_file:
        build_story(Services.for_file(case_file, FixedClock()))
    return path


def settle(qtbot: QtBot) -> None:
    """Let windows on their way out be deleted (and their files closed)."""
    qtbot.wait(20)


@pytest.fixture
def controllers(qtbot: QtBot) -> Iterator[Callable[..., AppController]]:
    made: list[AppController] = []

    def make(prompts: Told | None = None) -> AppController:
        controller = AppController(prompts or Told(), dialogs=Answers())
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.close()
    settle(qtbot)


@pytest.fixture
def app_on(controllers: Callable[..., AppController], tmp_path: Path, story: Path) -> AppController:
    """The app with a file of the story open."""
    controller = controllers()
    assert controller.open_file(make_file(tmp_path / "brandt.proxydesk", story=story))
    return controller


def shown(controller: AppController) -> MainWindow:
    assert controller.window is not None
    return controller.window


def answers(controller: AppController) -> Answers:
    assert isinstance(controller.dialogs, Answers)
    return controller.dialogs


def is_free(path: Path) -> bool:
    """Nobody holds the file for writing: it can be opened for writing here."""
    try:
        open_case_file(path).close()
    except FileInUse:
        return False
    return True


# -- Open and Open Recent ---------------------------------------------------------------------


def test_opening_a_second_file_shows_it_and_lets_go_of_the_first(
    qtbot: QtBot, app_on: AppController, tmp_path: Path
) -> None:
    first_window = shown(app_on)
    first = app_on.case_file
    assert first is not None and not is_free(first.path)
    second = make_file(tmp_path / "lindner.proxydesk")
    answers(app_on).paths = [second]

    first_window.file_menu.open_action.trigger()

    window = shown(app_on)
    assert window is not first_window and window.isVisible()
    assert window.windowTitle() == "ProxyDesk — lindner.proxydesk"
    assert window.tree_model.relative_count == 0
    qtbot.waitUntil(lambda: is_free(first.path))
    assert is_free(first.path)
    assert not isValid(first_window), "the old window is gone, not just hidden"


def test_open_recent_lists_the_files_newest_first_and_opens_one(
    qtbot: QtBot, app_on: AppController, tmp_path: Path
) -> None:
    first = app_on.case_file
    assert first is not None
    second = make_file(tmp_path / "lindner.proxydesk")
    assert app_on.open_file(second)

    entries = shown(app_on).file_menu.recent_actions()
    assert [Path(a.data()) for a in entries] == [second.absolute(), first.path.absolute()]
    assert [a.text() for a in entries] == [f"&1  {second.absolute()}", f"&2  {first.path}"]
    assert all(a.isEnabled() for a in entries)

    settle(qtbot)
    entries[1].trigger()
    assert shown(app_on).windowTitle() == "ProxyDesk — brandt.proxydesk"
    assert shown(app_on).tree_model.relative_count == 2
    recent = [Path(a.data()) for a in shown(app_on).file_menu.recent_actions()]
    assert recent == [first.path.absolute(), second.absolute()]


def test_a_file_gone_from_the_disk_is_greyed_out_and_the_list_can_be_cleared(
    qtbot: QtBot, app_on: AppController, tmp_path: Path
) -> None:
    gone = make_file(tmp_path / "gone.proxydesk")
    assert app_on.open_file(gone)
    assert app_on.open_file(tmp_path / "brandt.proxydesk")
    settle(qtbot)
    gone.unlink()

    menu = shown(app_on).file_menu
    by_path = {Path(a.data()).name: a for a in menu.recent_actions()}
    assert not by_path["gone.proxydesk"].isEnabled()
    assert by_path["gone.proxydesk"].text().endswith("(not found)")
    assert by_path["brandt.proxydesk"].isEnabled()

    assert menu.clear_recent_action.isEnabled()
    menu.clear_recent_action.trigger()
    assert menu.recent_actions() == []
    assert RecentFiles().paths() == []
    assert not menu.clear_recent_action.isEnabled()


def test_the_list_keeps_the_last_eight(tmp_path: Path) -> None:
    recent = RecentFiles()
    for number in range(RECENT_COUNT + 3):
        recent.add(tmp_path / f"{number}.proxydesk")
    recent.add(tmp_path / "4.proxydesk")
    names = [p.name for p in recent.paths()]
    assert len(names) == RECENT_COUNT
    assert names[:3] == ["4.proxydesk", "10.proxydesk", "9.proxydesk"]
    assert names.count("4.proxydesk") == 1
    assert recent.last() == (tmp_path / "4.proxydesk").absolute()


@pytest.mark.parametrize("problem", ["not a case file", "newer", "in use"])
def test_a_file_that_cannot_be_opened_leaves_the_open_one_as_it_was(
    qtbot: QtBot, app_on: AppController, tmp_path: Path, problem: str
) -> None:
    before = shown(app_on)
    case_file = app_on.case_file
    other = tmp_path / "other.proxydesk"
    if problem == "not a case file":
        other.write_text("shopping list")
        assert not app_on.open_file(other)
        assert isinstance(app_on.prompts.errors[0], NotACaseFile)  # type: ignore[attr-defined]
    elif problem == "newer":
        make_file(other)
        with sqlite3.connect(other) as newer:
            newer.execute("UPDATE alembic_version SET version_num = 'from_the_future'")
        newer.close()
        assert not app_on.open_file(other)
        error = app_on.prompts.errors[0]  # type: ignore[attr-defined]
        assert isinstance(error, FileFromNewerVersion)
    else:
        make_file(other)
        with open_case_file(other):  # another window has it; the read-only offer is declined
            assert not app_on.open_file(other)
        assert len(app_on.prompts.asked_read_only) == 1  # type: ignore[attr-defined]

    settle(qtbot)
    assert shown(app_on) is before and before.isVisible()
    assert app_on.case_file is case_file and case_file is not None
    assert not is_free(case_file.path)
    assert before.tree_model.relative_count == 2
    assert other.absolute() not in RecentFiles().paths()


def test_opening_the_open_file_again_keeps_its_window(app_on: AppController) -> None:
    before = shown(app_on)
    assert app_on.case_file is not None
    assert app_on.open_file(app_on.case_file.path)
    assert shown(app_on) is before


def test_the_window_is_built_again_on_the_same_file_and_case(
    qtbot: QtBot, app_on: AppController
) -> None:
    before = shown(app_on)
    case_file = app_on.case_file
    assert case_file is not None
    cases = before.case_indexes()
    before.tree.setCurrentIndex(cases[-1])
    chosen = before.current_case_id

    again = app_on.rebuild_window()

    assert again is not None and again is shown(app_on) and again is not before
    assert again.isVisible() and not before.isVisible()
    assert again.current_case_id == chosen
    settle(qtbot)
    assert app_on.case_file is case_file and not is_free(case_file.path)
    assert again.tree_model.relative_count == 2


# -- New and Save a Copy ---------------------------------------------------------------------


def test_new_makes_an_empty_file_and_shows_it(
    qtbot: QtBot, app_on: AppController, tmp_path: Path
) -> None:
    new = tmp_path / "new" / "weber.proxydesk"
    new.parent.mkdir()
    answers(app_on).paths = [new]
    shown(app_on).file_menu.new_action.trigger()

    window = shown(app_on)
    assert window.windowTitle() == "ProxyDesk — weber.proxydesk"
    assert window.tree_model.relative_count == 0
    assert window.left.currentWidget() is window.no_relatives
    assert RecentFiles().paths()[0] == new.absolute()
    assert app_on.case_file is not None and app_on.case_file.writable
    with open_case_file(new, writable=False) as reading:
        assert Services.for_file(reading).directory.relatives() == []


def test_new_never_replaces_a_file_that_is_there(
    app_on: AppController, tmp_path: Path, story: Path
) -> None:
    before = shown(app_on)
    there = make_file(tmp_path / "there.proxydesk", story=story)
    answers(app_on).paths = [there]
    before.file_menu.new_action.trigger()
    assert shown(app_on) is before
    assert "exists already" in str(app_on.prompts.errors[0])  # type: ignore[attr-defined]
    with open_case_file(there, writable=False) as reading:
        assert len(Services.for_file(reading).directory.relatives()) == 2


def test_save_a_copy_writes_a_file_that_opens_with_the_same_data(
    qtbot: QtBot, app_on: AppController, tmp_path: Path
) -> None:
    window = shown(app_on)
    # something written just now, still in the -wal file
    assert app_on.case_file is not None
    case_id = window.current_case_id
    assert case_id is not None
    Services.for_file(app_on.case_file).timeline.add_note(case_id, "Written just before the copy")
    cases = len(window.case_indexes())
    copy = tmp_path / "copies" / "brandt copy.proxydesk"
    copy.parent.mkdir()
    answers(app_on).paths = [copy]

    with qtbot.waitSignal(window.file_menu.copied, timeout=10_000) as copied:
        window.file_menu.copy_action.trigger()

    assert copied.args == [copy]
    assert "Saved a copy" in window.statusBar().currentMessage()
    assert window.file_menu.copy_action.isEnabled()
    assert shown(app_on) is window, "the open file stays open"
    assert app_on.open_file(copy)
    copy_window = shown(app_on)
    assert copy_window.windowTitle() == "ProxyDesk — brandt copy.proxydesk"
    assert copy_window.tree_model.relative_count == 2
    assert len(copy_window.case_indexes()) == cases
    assert copy_window.select_case(case_id)
    last = copy_window.timeline_model.rowCount() - 1
    assert copy_window.timeline_model.entry(last).summary == "Written just before the copy"


def test_a_copy_onto_the_open_file_is_refused(
    qtbot: QtBot, app_on: AppController, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = shown(app_on)
    assert app_on.case_file is not None
    answers(app_on).paths = [app_on.case_file.path]
    monkeypatch.setattr("proxydesk.ui.files.menu.QMessageBox.open", lambda _self: None)
    with qtbot.waitSignal(window.file_menu.copy_failed, timeout=10_000) as failed:
        window.file_menu.copy_action.trigger()
    assert "the open file itself" in str(failed.args[0])
    assert window.tree_model.relative_count == 2


# -- what is remembered -------------------------------------------------------------------------


@pytest.fixture
def first_start(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No $PROXYDESK_FILE, and no file at the default place."""
    monkeypatch.delenv("PROXYDESK_FILE", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


def test_the_next_start_reopens_the_last_file_with_the_window_as_it_was(
    qtbot: QtBot,
    controllers: Callable[..., AppController],
    tmp_path: Path,
    first_start: None,
    story: Path,
) -> None:
    first_run = controllers()
    path = make_file(tmp_path / "brandt.proxydesk", story=story)
    assert first_run.start(path, demo=False)
    window = shown(first_run)
    qtbot.waitExposed(window)
    default_height = window.height()
    window.resize(700, 520)
    qtbot.wait(10)
    header_height = window.case_view.sizes()[0]
    window.case_view.setSizes([header_height - 40, 1000])
    who = window.timeline.horizontalHeader()
    who.resizeSection(TimelineModel.COLUMN_WHO, 141)
    qtbot.wait(10)
    # the panes' smallest widths keep the window wider than asked
    size, split = (window.width(), window.height()), window.case_view.sizes()
    assert size[1] == 520 != default_height
    assert split[0] == header_height - 40
    window.quit_action.trigger()
    first_run.close()
    settle(qtbot)

    second_run = controllers(Told(choices=[]))
    assert second_run.start(None, demo=False)
    again = shown(second_run)
    qtbot.waitExposed(again)
    assert again.windowTitle() == "ProxyDesk — brandt.proxydesk"
    # the offscreen screen is 800 pixels wide: a window is made to fit into it
    assert again.height() == size[1]
    assert again.width() == min(size[0], again.screen().availableGeometry().width() - 2)
    qtbot.wait(20)  # past the first show, when a window on its own sizes the case header
    assert again.case_view.sizes() == split
    assert again.timeline.horizontalHeader().sectionSize(TimelineModel.COLUMN_WHO) == 141
    # and it stays so from case to case, once the features came after the first screen
    qtbot.waitUntil(lambda: again.features_ready, timeout=10_000)
    assert again.features.keys.navigation.step(1)
    assert again.timeline.horizontalHeader().sectionSize(TimelineModel.COLUMN_WHO) == 141
    assert second_run.prompts.welcomed == 0  # type: ignore[attr-defined]


def test_a_last_file_that_is_gone_brings_the_guide_back(
    qtbot: QtBot,
    controllers: Callable[..., AppController],
    tmp_path: Path,
    first_start: None,
) -> None:
    path = make_file(tmp_path / "brandt.proxydesk")
    RecentFiles().add(path)
    path.unlink()
    prompts = Told(choices=[WelcomeChoice.QUIT])
    assert not controllers(prompts).start(None, demo=False)
    assert prompts.welcomed == 1
    assert not path.exists(), "a file that is gone is not made again"


def test_the_command_line_file_comes_before_the_last_one(
    controllers: Callable[..., AppController], tmp_path: Path
) -> None:
    RecentFiles().add(make_file(tmp_path / "last.proxydesk"))
    controller = controllers()
    assert controller.start(make_file(tmp_path / "asked.proxydesk"), demo=False)
    assert shown(controller).windowTitle() == "ProxyDesk — asked.proxydesk"
