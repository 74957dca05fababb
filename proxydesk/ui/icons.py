"""The app's own icons: event kinds, promise states and the application icon.

SVG files under ``proxydesk/resources/icons`` (drawn on a 24 px grid, 2 px rounded strokes, one
mid-tone colour each that reads on light and dark grounds), loaded once through Qt's SVG icon
engine, so they stay sharp at any scale factor.
"""

from __future__ import annotations

import functools
from contextlib import ExitStack
from importlib import resources
from importlib.abc import Traversable

from PySide6.QtGui import QIcon

from proxydesk.domain import EventKind, PromiseStatus

#: the timeline's kind for a promise recorded outside any contact (services.timeline)
STATEMENT = "promise"
#: a promise state beside the stored statuses: open and past its due time
OVERDUE = "overdue"

EVENT_KINDS: tuple[str, ...] = (*(k.value for k in EventKind), STATEMENT)
PROMISE_STATES: tuple[str, ...] = (
    PromiseStatus.OPEN.value,
    OVERDUE,
    PromiseStatus.KEPT.value,
    PromiseStatus.BROKEN.value,
    PromiseStatus.FALSE.value,
)
APP_ICON = "proxydesk"

#: an installed wheel unpacked in a zip is extracted once and kept for the process' lifetime
_extracted = ExitStack()


def icon_folder() -> Traversable:
    return resources.files("proxydesk").joinpath("resources", "icons")


def icon_file(name: str) -> Traversable:
    """The SVG file of an icon by its file name without ``.svg``."""
    return icon_folder().joinpath(f"{name}.svg")


@functools.cache
def _load(name: str) -> QIcon:
    source = icon_file(name)
    if not source.is_file():
        return QIcon()
    path = _extracted.enter_context(resources.as_file(source))
    return QIcon(str(path))


def event_icon(kind: str) -> QIcon:
    """The icon of an event kind (``EventKind`` value or "promise"); a null icon if unknown."""
    return _load(f"event-{kind}") if kind in EVENT_KINDS else QIcon()


def promise_icon(state: str) -> QIcon:
    """The icon of a promise state: open, overdue, kept, broken or false."""
    return _load(f"promise-{state}") if state in PROMISE_STATES else QIcon()


def app_icon() -> QIcon:
    """ProxyDesk's own icon, for the windows and the desktop entry."""
    return _load(APP_ICON)
