"""A case file at rest between two user actions holds everything: copying it alone is enough."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from pytestqt.qtbot import QtBot

from proxydesk.services.registry import Services
from proxydesk.ui.main_window import MainWindow
from tests.ui.story import NOW, Story
from tests.ui.writes import written


def test_a_plain_copy_of_the_file_alone_holds_every_action_written_so_far(
    qtbot: QtBot, window: MainWindow, services: Services, story: Story, tmp_path: Path
) -> None:
    path = services.case_file.path
    for n in range(15):  # 30 user actions through the window's one write path
        window.write(services.timeline.add_note, story.move_case, f"at-rest note {n}")
        written(qtbot)
        window.write(services.reminders.add, f"at-rest reminder {n}", NOW, case=story.move_case)
        written(qtbot)
    wal = path.with_name(path.name + "-wal")
    assert wal.exists(), "the app still has the file open, in WAL mode"

    copy = tmp_path / "copied alone.proxydesk"
    shutil.copy(path, copy)  # the main file only: no -wal beside the copy

    con = sqlite3.connect(f"{copy.resolve().as_uri()}?mode=ro", uri=True)
    try:
        notes = con.execute(
            "SELECT count(*) FROM events WHERE summary LIKE 'at-rest note %'"
        ).fetchone()[0]
        reminders = con.execute(
            "SELECT count(*) FROM reminders WHERE text LIKE 'at-rest reminder %'"
        ).fetchone()[0]
    finally:
        con.close()
    assert (notes, reminders) == (15, 15)
