"""What a case file can keep: every text within its column's length and free of NUL, every
time within the years it can give back. Checked for every row a service writes, before it is
written, so a refusal is one plain sentence and the file stays as it was.

Mail is left to the mail import: it cleans what it parses, keeps a mail as it was sent (a
sender's name longer than a typed-in contact may be, a date in the year 1), and must never
lose a batch for it. Its sessions say so (``KEEPS_MAIL_AS_SENT``). A row that is changed is
checked only in what changed: what the file held already is not the user's new input.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from sqlalchemy import String, event, inspect
from sqlalchemy.orm import Session

from proxydesk.domain import check_text
from proxydesk.timezones import check_time

#: the module whose rows the mail import writes and checks itself
_MAIL_ROWS = "proxydesk.storage.mail_models"
#: set in a session's ``info`` by the mail import: its rows are kept as the mail has them
KEEPS_MAIL_AS_SENT = "proxydesk_keeps_mail_as_sent"


def _words(name: str) -> str:
    """``PowerOfAttorney`` -> ``power of attorney``; ``customer_number`` -> ``customer number``."""
    return re.sub(r"(?<!^)(?=[A-Z])", " ", name).replace("_", " ").lower()


def check_row(row: object, *, changed_only: bool = False) -> None:
    """Refuse a row whose text or time the file could not keep (InvalidInput, in words)."""
    mapper = inspect(type(row))
    state = inspect(row)
    noun = _words(type(row).__name__)
    for column in mapper.columns:
        key = mapper.get_property_by_column(column).key
        if changed_only and not state.attrs[key].history.has_changes():
            continue
        value: Any = getattr(row, key, None)
        what = f"the {noun}'s {_words(key)}"
        if isinstance(value, str):
            longest = column.type.length if isinstance(column.type, String) else None
            check_text(value, what, longest)
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, str):
                    check_text(item, what)
        elif isinstance(value, datetime) and value.tzinfo is not None:
            check_time(value, what)


@event.listens_for(Session, "before_flush")
def _check_written_rows(session: Session, _context: object, _instances: object) -> None:
    if session.info.get(KEEPS_MAIL_AS_SENT):
        return
    for rows, changed_only in ((session.new, False), (session.dirty, True)):
        for row in rows:
            if type(row).__module__ != _MAIL_ROWS:
                check_row(row, changed_only=changed_only)
