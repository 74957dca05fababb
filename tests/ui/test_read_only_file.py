"""A file this user cannot write opens read-only, says so, offers no write, and loses nothing.

The suite runs as root, whom file modes do not stop: the app is run as ``nobody`` in a
process of its own (``tests/support/nobody.py``), as a user without write access has it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from proxydesk.services.registry import Services
from proxydesk.storage.database import open_case_file
from proxydesk.ui.main_window import MainWindow
from tests.support.nobody import (
    READ_ONLY,
    State,
    as_it_is,
    make_read_only,
    python_as_nobody,
    shared_folder,
)
from tests.ui.story import FixedClock, Story, build_story
from tests.ui.writes import written

#: every action that writes the case file
WRITES = {
    "Undo",
    "Redo",
    "Add a relative…",
    "Edit relative…",
    "Remove relative…",
    "Open a case…",
    "Edit case…",
    "Edit the story so far",
    "Remove case…",
    "Add an organization…",
    "Edit organization…",
    "Remove organization…",
    "Add an account…",
    "Edit account…",
    "Remove account…",
    "Start a call",
    "Add a reminder…",
    "Sync now",
    "Mail accounts…",
    "Move mail to case…",
}


@pytest.fixture(params=READ_ONLY)
def unwritable(request: pytest.FixtureRequest) -> Iterator[tuple[Path, State]]:
    """A file of the story that ``nobody`` cannot write, and how it was."""
    with shared_folder() as folder:
        file = folder / "family.proxydesk"
        with open_case_file(file, create=True, timezone="Europe/Berlin") as made:
            build_story(Services.for_file(made, FixedClock()))
        yield file, make_read_only(file, request.param)


def as_nobody(file: Path, home: Path) -> dict[str, object]:
    done = python_as_nobody(
        ["-m", "tests.ui.read_only_app", str(file)], home, QT_QPA_PLATFORM="offscreen"
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_a_file_the_user_cannot_write_opens_read_only_and_offers_no_write(
    unwritable: tuple[Path, State],
) -> None:
    file, before = unwritable

    seen = as_nobody(file, file.parent / "home")

    assert seen["opened"] is True, seen["errors"]
    assert seen["writable"] is False
    assert str(seen["title"]).endswith("(read-only)")
    assert "read-only" in seen["status"]  # type: ignore[operator]
    menus = dict(seen["menus"])  # type: ignore[call-overload]
    assert menus.keys() >= WRITES, WRITES - menus.keys()
    assert [name for name in WRITES if menus[name]] == []
    assert seen["edit_story_offered"] is False and seen["story_editing"] is False
    # a write asked all the same is refused, and the refusal is shown
    assert seen["failures"] == [f"This could not be recorded:\n\n{file} is open read-only"]
    assert as_it_is(file) == before  # nothing written; no -wal, -shm or lock file beside it


def test_a_story_that_was_not_written_is_shown_as_the_file_has_it(
    qtbot: QtBot, window: MainWindow, services: Services, story: Story
) -> None:
    header = window.header
    stored = header.story.toPlainText()
    services.case_file.writable = False  # the file can no longer be written (as by chmod)
    header.start_story_edit()
    header.story.setPlainText("A story that never reached the file")
    header.save_story()
    written(qtbot)

    assert window.write_path.failure is not None
    assert "open read-only" in window.write_path.failure.text()
    qtbot.waitUntil(lambda: header.story.toPlainText() == stored)
