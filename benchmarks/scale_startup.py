"""One start of ProxyDesk for the scale benchmark, run as a fresh process by ``scale.py``.

``python benchmarks/scale_startup.py FILE`` starts the app the way the ``proxydesk`` command
does (``proxydesk.launcher.main(["--file", FILE])``), prints the wall-clock time at which the
main window's timeline first painted rows and the process's CPU time then, whether SQLAlchemy
was loaded by then, and when the services were attached (every menu and feature ready), and
quits. The only thing added is a watch on the timeline's viewport, hooked in where
``proxydesk.ui.app`` makes the window's first screen.

``BARE`` is the peer, run as ``python -c BARE``: import PySide6, show a QMainWindow, print the
time of its first paint (and the CPU time) and quit.
"""

from __future__ import annotations

import time  # isort: skip  (nothing before the clock matters)
import json
import sys
from typing import Any

BARE = """
import json, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not hasattr(self, "at"):
            self.at = time.time()
            print(json.dumps({"at": self.at, "cpu": time.process_time()}), flush=True)
            QTimer.singleShot(0, app.quit)
        return False
app = QApplication([])
window = QMainWindow()
window.resize(1420, 860)
watch = Watch()
window.installEventFilter(watch)
window.show()
app.exec()
"""


def main(path: str) -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer

    from proxydesk.launcher import main as proxydesk_main
    from proxydesk.ui import app as app_module

    made = app_module.create_first_screen

    class Watch(QObject):
        """Notes the first paint of the timeline with rows in it, then waits for the
        features (the services attached) and closes the app."""

        def __init__(self, window: Any) -> None:
            super().__init__(window)
            self.window = window
            self.report: dict[str, Any] | None = None
            window.attached.connect(self.attached)

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            rows = self.window.timeline_model.rowCount()
            if event.type() == QEvent.Type.Paint and rows and self.report is None:
                self.report = {
                    "at": time.time(),
                    "cpu": time.process_time(),
                    "rows": rows,
                    "case_id": self.window.current_case_id,
                    # what the first screen cost in imports: none of SQLAlchemy, it is hoped
                    "sqlalchemy_loaded": "sqlalchemy" in sys.modules,
                }
                self.finish_if_done()
            return False

        def attached(self) -> None:
            self.attached_at = (time.time(), time.process_time())
            self.finish_if_done()

        def finish_if_done(self) -> None:
            if self.report is None or not hasattr(self, "attached_at"):
                return
            self.report["attached_at"], self.report["attached_cpu"] = self.attached_at
            print(json.dumps(self.report), flush=True)
            QTimer.singleShot(0, app_module.application().closeAllWindows)

    def watched(reader: Any, **options: Any) -> Any:
        window = made(reader, **options)
        watch = Watch(window)
        window.timeline.viewport().installEventFilter(watch)
        return window

    app_module.create_first_screen = watched
    return proxydesk_main(["--file", path])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
