"""What every service shares: the open case file, its time zone, the clock, and name lookup."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo
from typing import Any, TypeVar

from sqlalchemy import Select, func, inspect, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from proxydesk.domain import can_be_id, check_text, written_id
from proxydesk.errors import Ambiguous, NotFound
from proxydesk.services import keepable  # noqa: F401  (checks every row before it is written)
from proxydesk.services.history import History
from proxydesk.storage.database import CaseFile
from proxydesk.storage.models import Base
from proxydesk.timezones import now as system_now

M = TypeVar("M", bound=Base)
K = TypeVar("K")
V = TypeVar("V")

Clock = Callable[[], datetime]


class Service:
    """``history``: the open file's undo history, shared by its services (a new one if None)."""

    def __init__(
        self, case_file: CaseFile, clock: Clock = system_now, history: History | None = None
    ) -> None:
        self.case_file = case_file
        self.clock = clock
        self.undo_history = History() if history is None else history
        # read once per open file, not once per service
        self.tz: tzinfo = case_file.zone

    def local(self, value: datetime) -> datetime:
        return value.astimezone(self.tz)

    def local_or_none(self, value: datetime | None) -> datetime | None:
        return None if value is None else value.astimezone(self.tz)


def mapping(session: Session, query: Select[K, V]) -> dict[K, V]:
    """A two-column query as a dict (first column to second)."""
    return {key: value for key, value in session.execute(query)}


def get_by_id(session: Session, model: type[M], number: int) -> M | None:
    """The record of that id; None for an id no record can have (too large for the file)."""
    return session.get(model, number) if can_be_id(number) else None


def find_by_id(session: Session, model: type[M], number: int, what: str) -> M:
    """The record of that id, else NotFound naming ``what`` ("reminder", "event"...)."""
    found = get_by_id(session, model, number)
    if found is None:
        raise NotFound(f"there is no {what} with id {number}")
    return found


def resolve(
    session: Session,
    model: type[M],
    ref: str | int,
    name_column: InstrumentedAttribute[Any],
    what: str,
) -> M:
    """Find a record by id or by a unique name (exact, else a unique part of the name)."""
    text = str(ref).strip()
    check_text(text, f"the {what} asked for")
    number = written_id(ref)
    if number is not None:
        found = session.get(model, number) if can_be_id(number) else None
        if found is None:
            raise NotFound(f"there is no {what} with id {text}")
        return found
    exact = list(session.scalars(select(model).where(func.lower(name_column) == text.lower())))
    candidates = exact or list(
        session.scalars(select(model).where(name_column.icontains(text, autoescape=True)))
    )
    if not candidates:
        raise NotFound(f"there is no {what} called '{text}'")
    if len(candidates) > 1:
        names = ", ".join(
            f"{inspect(c).identity[0]}: {getattr(c, name_column.key)}"  # type: ignore[index]
            for c in candidates[:6]
        )
        raise Ambiguous(f"'{text}' matches several {what}s ({names}); give the id")
    return candidates[0]
