"""Undo and redo of one open case file, without Qt: each user action written is one step.

A write method records its step after its unit of work is written; undoing or redoing a step
writes again, as a new unit of work, so the audit log keeps the whole history. The faces only
call ``undo``/``redo`` and word ``next_undo``/``next_redo``; what a write changed travels with
its step (``Step.changes``), and ``History.run`` answers a write's result with it.
"""

from __future__ import annotations

import enum
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import reduce
from typing import Generic, Protocol, TypeVar

from proxydesk.changes import NOTHING, Changes
from proxydesk.errors import FileProblem, ProxyDeskError

T = TypeVar("T")


class HasId(Protocol):
    @property
    def id(self) -> int: ...


R = TypeVar("R", bound=HasId)
V = TypeVar("V")

#: the most steps kept; the oldest go first
LIMIT = 200


class Verb(enum.StrEnum):
    """What a step did, for the faces to word (with ``Action.subject`` and ``detail``)."""

    ADD_RELATIVE = "add relative"
    EDIT_RELATIVE = "edit relative"
    REMOVE_RELATIVE = "remove relative"
    ADD_ORGANIZATION = "add organization"
    EDIT_ORGANIZATION = "edit organization"
    REMOVE_ORGANIZATION = "remove organization"
    #: subject the customer number, detail the organization
    ADD_ACCOUNT = "add account"
    EDIT_ACCOUNT = "edit account"
    REMOVE_ACCOUNT = "remove account"
    OPEN_CASE = "open case"
    EDIT_CASE = "edit case"
    REMOVE_CASE = "remove case"
    EDIT_STORY = "edit story"
    #: subject the case's title, detail the status (its value)
    SET_STATUS = "set status"
    ADD_REFERENCE = "add reference"
    #: subject the case's title, detail the entry's summary
    ADD_ENTRY = "add entry"
    #: subject the file's name, detail the entry's summary
    ATTACH_FILE = "attach file"
    #: subject the case's title, detail the number dialed
    FINISH_CALL = "finish call"
    #: subject what was promised
    ADD_PROMISE = "add promise"
    #: subject what was promised, detail the status (its value)
    MARK_PROMISE = "mark promise"
    LINK_CONTRADICTION = "link contradiction"
    #: subject the mail's subject, detail the case's title
    MOVE_MAIL = "move mail"
    #: subject the reminder's text
    ADD_REMINDER = "add reminder"
    REMINDER_DONE = "reminder done"
    SNOOZE_REMINDER = "snooze reminder"
    #: subject the relative's name, detail the organization (may be empty)
    STORE_SCAN = "store scan"
    DRAFT_POA = "draft power of attorney"
    #: the user's own details (the proxy on every power of attorney); subject the name
    SET_PROXY = "set your details"
    #: subject the relative's name, detail the status (its value)
    SET_POA_STATUS = "set power of attorney status"


@dataclass(frozen=True)
class Action:
    """What one step was: a verb and the names it needs, in the user's words."""

    verb: Verb
    subject: str
    detail: str = ""


@dataclass(frozen=True)
class Step:
    """One user action, written; ``undo`` and ``redo`` each write a new unit of work."""

    action: Action
    changes: Changes
    undo: Callable[[], Changes]
    redo: Callable[[], Changes]


@dataclass(frozen=True)
class Written(Generic[T]):
    """A write's result and what it changed (what ``History.run`` answers)."""

    result: T
    changes: Changes


def joined(action: Action, steps: list[Step]) -> Step:
    """Several steps undone and redone as one (a new organization typed into a case's form)."""
    if len(steps) == 1 and steps[0].action == action:
        return steps[0]

    def undo() -> Changes:
        return reduce(lambda a, b: a | b, (s.undo() for s in reversed(steps)), NOTHING)

    def redo() -> Changes:
        return reduce(lambda a, b: a | b, (s.redo() for s in steps), NOTHING)

    changes = reduce(lambda a, b: a | b, (s.changes for s in steps), NOTHING)
    return Step(action, changes, undo, redo)


def record_step(
    action: Action,
    changes: Changes,
    before: R | None,
    after: R | None,
    restore: Callable[[R], object],
    remove: Callable[[int], object],
) -> Step | None:
    """A record written from ``before`` to ``after`` (None before: added; after: removed).

    Undo and redo put the record back as it was (under its own id) or remove it again;
    None when nothing changed.
    """
    if before == after:
        return None

    def to(target: R | None, other: R | None) -> Changes:
        if target is not None:
            restore(target)
        elif other is not None:
            remove(other.id)
        return changes

    return Step(action, changes, lambda: to(before, after), lambda: to(after, before))


def value_step(
    action: Action, changes: Changes, write: Callable[[V], object], before: V, after: V
) -> Step | None:
    """One value written from ``before`` to ``after`` (a story, a status); None: no change."""
    if before == after:
        return None

    def to(value: V) -> Changes:
        write(value)
        return changes

    return Step(action, changes, lambda: to(before), lambda: to(after))


class _Local(threading.local):
    replaying: bool = False
    groups: list[list[Step]] | None = None
    ran: list[Step] | None = None


class History:
    """The undo and redo stacks of one open case file; written from any one thread at a time.

    While a step is undone or redone, the writes it makes record nothing (they are the step).
    ``listen`` tells a face whenever the stacks changed, on the thread that changed them.
    """

    def __init__(self, limit: int = LIMIT) -> None:
        self._lock = threading.RLock()
        self._undo: list[Step] = []
        self._redo: list[Step] = []
        self._limit = limit
        self._local = _Local()
        self._listeners: list[Callable[[], None]] = []

    # -- recording -----------------------------------------------------------------------

    def record(self, step: Step | None) -> None:
        """A step just written; the redo stack is cleared (the file went another way)."""
        local = self._local
        if step is None or local.replaying:
            return
        if local.ran is not None:
            local.ran.append(step)
        if local.groups:
            local.groups[-1].append(step)
            return
        with self._lock:
            self._undo.append(step)
            del self._undo[: -self._limit]
            self._redo.clear()
        self._tell()

    @contextmanager
    def group(self, action: Action | None = None) -> Iterator[None]:
        """The steps written inside are one step (``action``, else the last one's).

        A write failing inside takes back what the group had already written, then raises.
        """
        local = self._local
        if local.groups is None:
            local.groups = []
        steps: list[Step] = []
        local.groups.append(steps)
        try:
            yield
        except BaseException:
            local.groups.pop()
            self._quietly(lambda: [step.undo() for step in reversed(steps)])
            raise
        local.groups.pop()
        if steps:
            self.record(joined(action or steps[-1].action, steps))

    def run(self, write: Callable[..., T], *args: object) -> Written[T]:
        """Run a write here and answer its result with what the steps it recorded changed."""
        local = self._local
        outer, local.ran = local.ran, []
        try:
            result = write(*args)
            steps = local.ran
        finally:
            local.ran = outer
        if outer is not None:
            outer.extend(steps)
        return Written(result, reduce(lambda a, b: a | b, (s.changes for s in steps), NOTHING))

    # -- undoing and redoing -------------------------------------------------------------

    def undo(self) -> Step | None:
        """Take back the last step; None when there is none.

        A step the file has outgrown (what it put there was changed or is used since) raises
        its ``ProxyDeskError`` and is dropped: it cannot be taken back any more. A step that
        could not be written (the file busy or read-only) raises and stays, to try again.
        """
        return self._move(self._undo, self._redo, lambda step: step.undo)

    def redo(self) -> Step | None:
        """Write again the last step undone; None when there is none."""
        return self._move(self._redo, self._undo, lambda step: step.redo)

    def next_undo(self) -> Action | None:
        with self._lock:
            return self._undo[-1].action if self._undo else None

    def next_redo(self) -> Action | None:
        with self._lock:
            return self._redo[-1].action if self._redo else None

    def clear(self) -> None:
        with self._lock:
            self._undo.clear()
            self._redo.clear()
        self._tell()

    def _move(
        self, source: list[Step], target: list[Step], way: Callable[[Step], Callable[[], Changes]]
    ) -> Step | None:
        # the lock is not held while writing: the faces word the stacks meanwhile
        with self._lock:
            if not source:
                return None
            step = source.pop()
        try:
            changes = self._quietly(way(step))
        except FileProblem:
            with self._lock:  # the file could not be written (busy, read-only): try again later
                source.append(step)
            raise
        except ProxyDeskError:
            self._tell()  # refused: the file moved on, so the step is dropped
            raise
        except BaseException:
            with self._lock:
                source.append(step)
            raise
        with self._lock:
            target.append(step)
        self._tell()
        return Step(step.action, changes, step.undo, step.redo)

    def _quietly(self, write: Callable[[], T]) -> T:
        local = self._local
        was, local.replaying = local.replaying, True
        try:
            return write()
        finally:
            local.replaying = was

    # -- telling the faces ---------------------------------------------------------------

    def listen(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` after every change to the stacks (record, undo, redo, clear)."""
        self._listeners.append(listener)

    def forget(self, listener: Callable[[], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _tell(self) -> None:
        for listener in list(self._listeners):
            listener()
