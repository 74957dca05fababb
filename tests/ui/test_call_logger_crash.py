"""A crash mid-call: the process is killed while typing; the notes are there on the next start."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from proxydesk.services.registry import Services
from proxydesk.storage.database import CaseFile, open_case_file
from proxydesk.ui.app import create_main_window
from tests.ui.story import FixedClock, Story
from tests.ui.writes import written

#: the app in a process of its own: a call started, words typed one by one, never finished
TYPIST = textwrap.dedent("""
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from proxydesk.services.registry import Services
    from proxydesk.storage.database import open_case_file
    from proxydesk.ui.app import application, create_main_window

    app = application()
    case_file = open_case_file(Path(sys.argv[1]))
    window = create_main_window(Services.for_file(case_file))
    window.show()
    window.features.call_logger.start_call()
    # the call's draft is written on the window's write path, off the GUI thread
    while window.features.call_logger.logger is None:
        QTest.qWait(10)
    logger = window.features.call_logger.logger
    # what is in the file now: the note being typed, as the draft was saved
    typing = lambda: [n.text for n in logger.draft.content.notes if n.typing]
    logger.saved.connect(lambda: print("SAVED", *typing()[-1:], flush=True))
    words = iter(("There is no order for these lines she says and takes the order "
                  "again the technician comes on the thirteenth " * 50).split())

    def type_on():
        # faster than the pause that saves: only "at least every 2 s" saves while typing
        QTest.keyClicks(logger.note, next(words) + " ")
        QTimer.singleShot(120, type_on)

    type_on()
    app.exec()
""")


def test_notes_typed_before_a_kill_are_offered_back(
    qtbot: QtBot, case_file: CaseFile, case_path: Path, services: Services, story: Story
) -> None:
    case_file.close()  # the typist needs the writer lock
    typist = subprocess.Popen(
        [sys.executable, "-c", TYPIST, str(case_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    saved = ""
    try:
        assert typist.stdout is not None
        for line in typist.stdout:
            if line.startswith("SAVED "):
                saved = line[len("SAVED ") :].rstrip("\n")
                if len(saved.split()) >= 12:
                    break
        else:
            raise AssertionError(typist.stderr.read() if typist.stderr else "no output")
        # mid-typing: no chance to save, close or clean up anything
        os.kill(typist.pid, signal.SIGKILL)
    finally:
        typist.kill()
        typist.wait(timeout=30)
        for stream in (typist.stdout, typist.stderr):
            if stream is not None:
                stream.close()
    assert typist.returncode == -signal.SIGKILL

    with open_case_file(case_path) as reopened:
        again = Services.for_file(reopened, FixedClock())
        [draft] = again.calls.drafts()
        [note] = draft.content.notes
        assert note.typing
        assert note.text.startswith(saved.strip())
        assert draft.content.number == "+49 800 330 1000"

        window = create_main_window(again)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.features.call_logger.prompt is not None)
        box = window.features.call_logger.prompt
        assert box is not None
        assert box.text().startswith("A call to +49 800 330 1000 started ")
        assert "1 note kept" in box.informativeText()
        button = box.findChild(QPushButton, "continue")
        assert button is not None
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        written(qtbot)
        logger = window.features.call_logger.logger
        assert logger is not None
        assert logger.note.text() == note.text
        logger.close()
        window.close()
