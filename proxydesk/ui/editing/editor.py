"""What every edit shares: forms opened without blocking, one undo step per form, removal.

Each operation opens its form without blocking (kept as ``dialog`` for tests); accepting the
form writes on the window's one write path (off the GUI thread) through the services, which
record the undo steps in the core; what one form writes (a case and the new organization
typed into it) is grouped into one step. The form closes once it is written, or says why not.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from proxydesk.errors import ProxyDeskError
from proxydesk.services.history import Written
from proxydesk.services.registry import Services
from proxydesk.ui.editing.form import FormDialog
from proxydesk.ui.editing.removal import confirm, refuse
from proxydesk.ui.host import Write as HostWrite
from proxydesk.ui.operations import show_failure

T = TypeVar("T")
F = TypeVar("F", bound=FormDialog)

#: told after each write was shown: the case to choose (None: keep what is chosen)
Shown = Callable[[int | None], None]
#: what a form writes; answers the case to show afterwards (a new one), or None
Write = Callable[[], int | None]


class Editor(QObject):
    """The services and the window the edits write through and answer to."""

    def __init__(
        self,
        services: Services,
        write: HostWrite,
        *,
        shown: Shown,
        today: Callable[[], date],
        parent_widget: QWidget,
    ) -> None:
        super().__init__(parent_widget)
        self._services = services
        self._directory = services.directory
        self._cases = services.cases
        self._write = write
        self._shown = shown
        self._today = today
        self._widget = parent_widget
        self.dialog: QDialog | QMessageBox | None = None

    def failed(self, error: ProxyDeskError) -> None:
        self.dialog = show_failure(self._widget, error)

    def _open(self, dialog: QDialog | QMessageBox) -> None:
        previous = self.dialog
        if previous is not None and previous is not dialog and not previous.isVisible():
            previous.deleteLater()  # done with; the window would keep every one otherwise
        self.dialog = dialog
        if isinstance(dialog, QDialog) and not isinstance(dialog, QMessageBox):
            dialog.open()

    def _step(
        self, write: Write, case_id: int | None = None, form: FormDialog | None = None
    ) -> None:
        """Write as one undo step; a write failing halfway takes back what it had written.

        With a ``form``: it is busy meanwhile, closes once written, or says why it was not.
        """
        history = self._services.history

        def grouped() -> int | None:
            with history.group():
                return write()

        def done(written: Written[int | None]) -> None:
            if form is not None:
                form.written()
            self._shown(case_id if case_id is not None else written.result)

        self._write(
            history.run,
            grouped,
            on_done=done,
            on_failed=None if form is None else form.not_written,
            busy=form,
            tell_failure=form is None,
            name="edit",
        )

    def _form(self, dialog: F, write: Write, case_id: int | None = None) -> F:
        """Open the form; accepting it writes one step."""
        dialog.write = lambda: self._step(write, case_id, dialog)
        self._open(dialog)
        return dialog

    def _try(self, write: Callable[[], None]) -> None:
        try:
            write()
        except ProxyDeskError as error:
            self.failed(error)

    def _read(self, fetch: Callable[[], T]) -> T | None:
        """What a form or question starts from; None (and the user told) if it is gone."""
        try:
            return fetch()
        except ProxyDeskError as error:
            self.failed(error)
            return None

    def _ask_removal(
        self,
        title: str,
        uses: dict[str, int],
        refusal: str,
        question: str,
        write: Write,
    ) -> QMessageBox:
        """Explain why it stays (something depends on it), or ask, then remove as one step."""
        if uses:
            box = refuse(self._widget, title, refusal, uses)
        else:
            box = confirm(
                self._widget,
                title,
                question,
                self.tr("Remove"),
                lambda: self._try(lambda: self._step(write)),
            )
        self._open(box)
        return box

    def _organization_id(self, chosen: int | str) -> int:
        """The chosen organization; a new name typed in is added in the same step."""
        if isinstance(chosen, int):
            return chosen
        return self._directory.add_organization(chosen).id
