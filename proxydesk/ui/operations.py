"""The one write path of the app: a core write on the writer lane, then what it changed.

``WritePath.write(fn, ...)`` runs ``fn`` on the runner's writer lane, off the GUI thread (one
write after another, in the order asked). Back on the GUI thread it tells the window's
``ChangeNotifier`` what changed and calls the feature's ``on_done``; a failure is shown to the
user here, in one place (Anki's ``CollectionOp`` in spirit). While the write runs, the widget
that asked for it is disabled: it shows it is busy and cannot ask twice.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from proxydesk.changes import NOTHING, Changes
from proxydesk.errors import ProxyDeskError
from proxydesk.ui.changes import ChangeNotifier
from proxydesk.ui.host import ChangesOf, Done
from proxydesk.ui.runner import Runner, Task
from proxydesk.ui.widgets.message import open_message


def changes_of(result: object, declared: ChangesOf | None) -> Changes:
    """What a write changed: its result, the result's ``changes``, or what the caller said."""
    found = NOTHING
    if isinstance(result, Changes):
        found = result
    elif isinstance(getattr(result, "changes", None), Changes):
        found = result.changes  # type: ignore[attr-defined]
    if declared is not None:
        found = found | (declared if isinstance(declared, Changes) else declared(result))
    return found


def is_locked(error: BaseException) -> bool:
    """SQLite gave up waiting for another writer (a mail sync writing a batch, another app)."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, sqlite3.OperationalError) and "locked" in str(seen):
            return True
        seen = seen.__cause__ or getattr(seen, "orig", None)
        if seen is error:
            break
    return False


def failure_text(error: BaseException) -> str:
    """The sentence for a write that did not happen."""
    # spelled out in full: lupdate only finds QCoreApplication.translate by that name
    if isinstance(error, ProxyDeskError):
        detail = str(error)
    elif is_locked(error):
        detail = QCoreApplication.translate(
            "Failure", "The case file is busy with another write. Please try again in a moment."
        )
    else:
        detail = QCoreApplication.translate("Failure", "Unexpected error: {error}").format(
            error=error
        )
    return QCoreApplication.translate("Failure", "This could not be recorded:\n\n{error}").format(
        error=detail
    )


def show_failure(parent: QWidget, error: BaseException) -> QMessageBox:
    """A warning with the sentence; opened window-modal, so the window (and a test) goes on."""
    title = QCoreApplication.translate("Failure", "ProxyDesk")
    return open_message(parent, QMessageBox.Icon.Warning, title, failure_text(error))


class WritePath(QObject):
    """Writes on the writer lane; changes told on the notifier; failures shown to the user."""

    def __init__(self, runner: Runner, notifier: ChangeNotifier, parent: QWidget) -> None:
        super().__init__(parent)
        self._runner = runner
        self._notifier = notifier
        self._parent = parent
        #: the last failure shown (a test, or a feature, may look at it)
        self.failure: QMessageBox | None = None

    def write(
        self,
        fn: Callable[..., Any],
        *args: Any,
        changes: ChangesOf | None = None,
        on_done: Done | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
        busy: QWidget | None = None,
        tell_failure: bool = True,
        name: str = "",
        **kwargs: Any,
    ) -> Task:
        if busy is not None:
            busy.setEnabled(False)
            busy.setCursor(Qt.CursorShape.BusyCursor)

        def release() -> None:
            if busy is not None and _alive(busy):
                busy.unsetCursor()
                busy.setEnabled(True)

        def done(result: object) -> None:
            release()
            self._notifier.tell(changes_of(result, changes))
            if on_done is not None and _owner_alive(on_done):
                on_done(result)

        def failed(error: BaseException) -> None:
            release()
            if tell_failure:
                self.show_failure(error, near=busy)
            if on_failed is not None and _owner_alive(on_failed):
                on_failed(error)

        return self._runner.write(
            fn, *args, on_done=done, on_error=failed, name=name or _name_of(fn), **kwargs
        )

    def show_failure(self, error: BaseException, *, near: QWidget | None = None) -> QMessageBox:
        """Over the window, or over ``near`` (the dialog that asked) while it is open."""
        parent = near.window() if near is not None and _alive(near) and near.isVisible() else None
        self.failure = show_failure(parent or self._parent, error)
        return self.failure


def _alive(widget: QWidget) -> bool:
    """The widget is still there (a dialog may be deleted while its write runs)."""
    return shiboken6.isValid(widget)


def _owner_alive(callback: Callable[..., object]) -> bool:
    """A callback of a widget closed meanwhile (a dialog, the call logger) is not called."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


def _name_of(fn: Callable[..., Any]) -> str:
    return getattr(fn, "__qualname__", "write")
