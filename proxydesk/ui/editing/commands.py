"""Undoable edits: each command holds plain values and writes through one service call.

An edit is written before its command is pushed (so a refused edit never reaches the stack);
the first ``redo`` that ``QUndoStack.push`` makes is therefore skipped. Every later undo or
redo is a new unit of work, and so a new entry in the audit log: nothing is taken out of it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from PySide6.QtGui import QUndoCommand

from proxydesk.errors import ProxyDeskError


class HasId(Protocol):
    @property
    def id(self) -> int: ...


R = TypeVar("R", bound=HasId)
V = TypeVar("V")

#: told after each undo and redo: the case to show (None: keep what is shown)
Refresh = Callable[[int | None], None]
#: told when an undo or redo could not be written
Failed = Callable[[ProxyDeskError], None]


@dataclass(frozen=True)
class RecordStore(Generic[R]):
    """The two moves of every record command: put a record back as it was, or remove it."""

    restore: Callable[[R], object]
    remove: Callable[[int], object]


class WrittenCommand(QUndoCommand):
    """A change already written when pushed; undo and redo write again, failures are told."""

    def __init__(self, text: str, refresh: Refresh, failed: Failed, case_id: int | None) -> None:
        super().__init__(text)
        self._refresh = refresh
        self._failed = failed
        self.case_id = case_id
        self._written = True

    def redo(self) -> None:
        if self._written:
            self._written = False  # push() calls redo(): the change is in the file already
            return
        self.write_again()

    def undo(self) -> None:
        self.take_back()

    def take_back(self) -> None:
        self._run(self.write_before)

    def write_again(self) -> None:
        self._run(self.write_after)

    def _run(self, write: Callable[[], None]) -> None:
        try:
            write()
        except ProxyDeskError as error:
            # the file moved on (say, a call was logged on the case): this step cannot be
            # taken back any more; the stack drops it and the user is told why
            self.setObsolete(True)
            self._failed(error)
        self._refresh(self.case_id)

    def write_before(self) -> None:
        raise NotImplementedError

    def write_after(self) -> None:
        raise NotImplementedError


class RecordCommand(WrittenCommand, Generic[R]):
    """A record from ``before`` to ``after``: None before is an add, None after a removal."""

    def __init__(
        self,
        text: str,
        store: RecordStore[R],
        before: R | None,
        after: R | None,
        *,
        refresh: Refresh,
        failed: Failed,
        case_id: int | None = None,
    ) -> None:
        super().__init__(text, refresh, failed, case_id)
        self._store = store
        self.before = before
        self.after = after

    def write_before(self) -> None:
        self._move_to(self.before, self.after)

    def write_after(self) -> None:
        self._move_to(self.after, self.before)

    def _move_to(self, target: R | None, other: R | None) -> None:
        if target is not None:
            self._store.restore(target)
        elif other is not None:
            self._store.remove(other.id)


class StepCommand(QUndoCommand):
    """Written commands undone and redone as one step (a new organization and its case).

    The commands are held here, not as Qt children: a Python command parented to another
    loses its Python half once the Python side lets go of it.
    """

    def __init__(self, text: str, commands: list[WrittenCommand]) -> None:
        super().__init__(text)
        self.commands = commands
        self._written = True

    def redo(self) -> None:
        if self._written:
            self._written = False
            return
        for command in self.commands:
            command.write_again()
        self._give_up_if_failed()

    def undo(self) -> None:
        for command in reversed(self.commands):
            command.take_back()
        self._give_up_if_failed()

    def _give_up_if_failed(self) -> None:
        if any(command.isObsolete() for command in self.commands):
            self.setObsolete(True)


class ValueCommand(WrittenCommand, Generic[V]):
    """One value from ``before`` to ``after`` (a story, a status), written by ``write``."""

    def __init__(
        self,
        text: str,
        write: Callable[[V], object],
        before: V,
        after: V,
        *,
        refresh: Refresh,
        failed: Failed,
        case_id: int | None = None,
    ) -> None:
        super().__init__(text, refresh, failed, case_id)
        self._write = write
        self.before = before
        self.after = after

    def write_before(self) -> None:
        self._write(self.before)

    def write_after(self) -> None:
        self._write(self.after)
