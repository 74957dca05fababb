"""The table of calls still running: a draft saved as the user types, until the call ends."""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from proxydesk.storage.models import Base


class CallDraft(Base):
    """A call being logged: number, state segments, agent, notes, promises; times in UTC ISO.

    ``segments`` holds ``{"state", "from", "to"}``, ``notes`` ``{"at", "text", "typing"}``,
    ``promises`` ``{"at", "text", "due", "kind"}``. Finishing the call turns it into an event
    and promises and deletes the draft.
    """

    __tablename__ = "call_drafts"
    #: a draft changes with every pause in typing; the finished call is what the log records
    audited: ClassVar[bool] = False

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    number: Mapped[str] = mapped_column(String(64), default="")
    started_at: Mapped[datetime]
    segments: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    agent: Mapped[str] = mapped_column(String(200), default="")
    team: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    promises: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    updated_at: Mapped[datetime]
