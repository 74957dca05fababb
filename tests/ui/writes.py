"""Waiting for the window's writes: they run on the runner's writer lane, off the GUI thread."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from proxydesk.ui.runner import Lane, Runner


def _writing() -> bool:
    runners = [
        w.runner
        for w in QApplication.topLevelWidgets()
        if isinstance(getattr(w, "runner", None), Runner)
    ]
    return any(t.lane is Lane.WRITE for r in runners for t in r.tasks)


def written(qtbot: QtBot, timeout: int = 10_000) -> None:
    """Until every write asked of any open window is done and its changes are shown."""
    qtbot.waitUntil(lambda: not _writing(), timeout=timeout)
