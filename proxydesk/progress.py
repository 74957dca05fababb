"""Long work in the core: how far it is, and how the user asks it to stop. No Qt here.

Every long core function (the mail sync, the dossier, storing a scan) takes
``progress: ProgressCallback | None`` and ``cancel: threading.Event | None`` keyword arguments.
It reports ``Progress(stage, done, total)`` now and then, from whatever thread it runs on, and
checks ``cancel`` between steps; when it is set the function raises a ``Cancelled`` error and
leaves nothing half-written. The faces word the stage: the CLI on stderr, the app in a
progress dialog through the runner (``proxydesk/ui/runner.py``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from proxydesk.errors import ProxyDeskError


@dataclass(frozen=True)
class Progress:
    """``done`` of ``total`` things of one stage of the work, ``elapsed`` seconds into it.

    ``stage`` names what is being worked on: a word the caller knows (``"timeline"``,
    ``"scans"``) or, for the mail sync, the folder being fetched.
    """

    stage: str
    done: int
    total: int
    elapsed: float = 0.0

    @property
    def rate(self) -> float:
        """Things per second in this stage so far."""
        return self.done / self.elapsed if self.elapsed > 0 else 0.0


ProgressCallback = Callable[[Progress], None]


class Cancelled(ProxyDeskError):
    """The user stopped the work; what was made so far is thrown away or kept whole."""


def check_cancel(
    cancel: threading.Event | None, error: type[Cancelled] = Cancelled, message: str = ""
) -> None:
    """Raise ``error`` when the user asked to stop."""
    if cancel is not None and cancel.is_set():
        raise error(message or "cancelled; nothing was written")


def report(progress: ProgressCallback | None, stage: str, done: int, total: int) -> None:
    """Call ``progress`` if there is one."""
    if progress is not None:
        progress(Progress(stage, done, total))
