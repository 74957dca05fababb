"""What every edit shares: a step of written commands, forms opened without blocking, removal.

Each operation opens its form without blocking (kept as ``dialog`` for tests); accepting the
form writes through the services, and only a write that succeeded is pushed on the stack.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from proxydesk.errors import ProxyDeskError
from proxydesk.services.registry import Services
from proxydesk.ui.editing.commands import (
    Failed,
    R,
    RecordCommand,
    RecordStore,
    Refresh,
    StepCommand,
    WrittenCommand,
)
from proxydesk.ui.editing.form import FormDialog
from proxydesk.ui.editing.removal import confirm, refuse
from proxydesk.ui.operations import show_failure

T = TypeVar("T")
F = TypeVar("F", bound=FormDialog)


class Step:
    """The commands one form writes: undone and redone together, as one step."""

    def __init__(self, refresh: Refresh, failed: Failed) -> None:
        self.made: list[WrittenCommand] = []
        self.case_id: int | None = None
        self._refresh = refresh
        self._failed = failed

    def record(self, text: str, store: RecordStore[R], before: R | None, after: R | None) -> str:
        """A record written from ``before`` to ``after``, unless nothing changed; ``text``."""
        if before != after:
            self.made.append(
                RecordCommand(
                    text, store, before, after, refresh=self._refresh, failed=self._failed
                )
            )
        return text

    def command(self, text: str) -> QUndoCommand | None:
        """What goes on the stack: the one command, or a step holding them; None: nothing."""
        if len(self.made) == 1:
            self.made[0].setText(text)
            return self.made[0]
        return StepCommand(text, self.made) if self.made else None

    def take_back(self) -> None:
        for command in reversed(self.made):
            command.take_back()
        self.made.clear()


class Editor(QObject):
    """The services, the stack and the window the edits write through and answer to."""

    def __init__(
        self,
        services: Services,
        stack: QUndoStack,
        *,
        refresh: Refresh,
        today: Callable[[], date],
        parent_widget: QWidget,
    ) -> None:
        super().__init__(parent_widget)
        self._services = services
        self._directory = services.directory
        self._cases = services.cases
        self.stack = stack
        self._refresh = refresh
        self._today = today
        self._widget = parent_widget
        self.dialog: QDialog | QMessageBox | None = None
        d = services.directory
        self.relatives = RecordStore(d.restore_relative, d.remove_relative)
        self.organizations = RecordStore(d.restore_organization, d.remove_organization)
        self.accounts = RecordStore(d.restore_account, d.remove_account)
        self.case_store = RecordStore(services.cases.restore_case, services.cases.remove_case)

    def failed(self, error: ProxyDeskError) -> None:
        self.dialog = show_failure(self._widget, error)

    def _open(self, dialog: QDialog | QMessageBox) -> None:
        previous = self.dialog
        if previous is not None and previous is not dialog and not previous.isVisible():
            previous.deleteLater()  # done with; the window would keep every one otherwise
        self.dialog = dialog
        if isinstance(dialog, QDialog) and not isinstance(dialog, QMessageBox):
            dialog.open()

    def _step(self, write: Callable[[Step], str], case_id: int | None = None) -> None:
        """Write, then push what was written as one undo step (nothing when nothing changed).

        A write that fails halfway takes back what it had already written (a new
        organization typed into the form) and lets the form show why.
        """
        step = Step(self._refresh, self.failed)
        try:
            text = write(step)
        except ProxyDeskError:
            step.take_back()
            raise
        command = step.command(text)
        if command is not None:
            self.stack.push(command)
            self._refresh(case_id if case_id is not None else step.case_id)

    def _form(self, dialog: F, write: Callable[[Step], str], case_id: int | None = None) -> F:
        """Open the form; accepting it writes and pushes one step."""
        dialog.write = lambda: self._step(write, case_id)
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
        write: Callable[[Step], str],
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

    def _new_organization(self, step: Step, organization_id: int) -> str:
        after = self._directory.organization_record(organization_id)
        text = self.tr("Add organization {name}").format(name=after.name)
        return step.record(text, self.organizations, None, after)

    def _organization_id(self, step: Step, chosen: int | str) -> int:
        """The chosen organization; a new name typed in is added in the same step."""
        if isinstance(chosen, int):
            return chosen
        added = self._directory.add_organization(chosen)
        self._new_organization(step, added.id)
        return added.id
