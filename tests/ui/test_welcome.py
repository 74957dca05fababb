"""The first-start guide: shown when there is nothing to open, never with --demo or a file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from proxydesk.storage.database import open_case_file
from proxydesk.ui import app
from proxydesk.ui.app import AppController, Prompts
from proxydesk.ui.files.settings import RecentFiles
from proxydesk.ui.files.welcome import WelcomeChoice, WelcomeDialog
from tests.ui.test_files import Answers, Told, shown


@pytest.fixture(autouse=True)
def first_start(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No last file, no file at the default place, no $PROXYDESK_FILE."""
    monkeypatch.delenv("PROXYDESK_FILE", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


@pytest.fixture
def started(qtbot: QtBot) -> Iterator[Callable[[Prompts], AppController]]:
    made: list[AppController] = []

    def start(prompts: Prompts) -> AppController:
        controller = AppController(prompts, dialogs=Answers())
        made.append(controller)
        return controller

    yield start
    for controller in made:
        controller.close()
    qtbot.wait(20)


def click_in_guide(button: str) -> None:
    """Press a button of the guide once it is up (it runs its own event loop)."""

    def press() -> None:
        guides = [w for w in QApplication.topLevelWidgets() if isinstance(w, WelcomeDialog)]
        shown = [g for g in guides if g.isVisible()]
        if not shown:
            QTimer.singleShot(20, press)
            return
        found = shown[0].findChild(QPushButton, f"welcome-{button}")
        assert found is not None
        found.click()

    QTimer.singleShot(0, press)


@pytest.mark.parametrize(
    ("button", "choice"),
    [("demo", WelcomeChoice.DEMO), ("new", WelcomeChoice.NEW), ("open", WelcomeChoice.OPEN)],
)
def test_each_button_says_its_choice(qtbot: QtBot, button: str, choice: WelcomeChoice) -> None:
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    click_in_guide(button)
    assert dialog.ask() is choice


def test_closing_the_guide_is_quit(qtbot: QtBot) -> None:
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    QTimer.singleShot(50, dialog.reject)
    assert dialog.ask() is WelcomeChoice.QUIT
    assert dialog.demo_button.isDefault()


def test_the_demo_choice_opens_the_demo_case_and_keeps_it_out_of_the_recent_files(
    qtbot: QtBot, started: Callable[[Prompts], AppController]
) -> None:
    controller = started(Prompts())
    click_in_guide("demo")
    assert controller.start(None, demo=False)
    window = shown(controller)
    assert window.windowTitle() == "ProxyDesk — demo.proxydesk"
    assert window.tree_model.relative_count > 0
    assert window.file_menu.recent_actions() == []
    assert RecentFiles().last() is None
    assert controller.case_file is not None
    demo_folder = controller.case_file.path.parent
    controller.close()
    assert not demo_folder.exists(), "the demo is thrown away"


def test_the_new_choice_makes_an_empty_file_where_the_user_says(
    qtbot: QtBot, started: Callable[[Prompts], AppController], tmp_path: Path
) -> None:
    controller = started(Prompts())
    new = tmp_path / "mine.proxydesk"
    assert isinstance(controller.dialogs, Answers)
    controller.dialogs.paths = [new]
    click_in_guide("new")
    assert controller.start(None, demo=False)
    window = shown(controller)
    assert window.windowTitle() == "ProxyDesk — mine.proxydesk"
    assert window.tree_model.relative_count == 0
    assert controller.dialogs.asked == ["new"]
    assert RecentFiles().last() == new.absolute()


def test_a_cancelled_file_dialog_brings_the_guide_back(
    started: Callable[[Prompts], AppController],
) -> None:
    prompts = Told(choices=[WelcomeChoice.OPEN, WelcomeChoice.NEW, WelcomeChoice.QUIT])
    controller = started(prompts)
    assert not controller.start(None, demo=False)
    assert prompts.welcomed == 3
    assert isinstance(controller.dialogs, Answers)
    assert controller.dialogs.asked == ["open", "new"]
    assert controller.window is None


def test_demo_and_an_existing_default_file_skip_the_guide(
    started: Callable[[Prompts], AppController], tmp_path: Path
) -> None:
    prompts = Told(choices=[])
    assert started(prompts).start(None, demo=True)
    default = app.default_file()
    assert str(default).startswith(str(tmp_path / "data"))
    default.parent.mkdir(parents=True)
    open_case_file(default, create=True).close()
    assert started(prompts).start(None, demo=False)
    assert prompts.welcomed == 0


def test_run_without_a_file_on_a_first_start_quits_from_the_guide(qtbot: QtBot) -> None:
    click_in_guide("quit")
    assert app.run(file=None, demo=False) == 1
