"""What a case file can keep: every text within its column's length and free of NUL, every
time within the years it can give back. Checked for every row a service writes, before it is
written, so a refusal is one plain sentence and the file stays as it was.

Mail rows are left to the mail import (it cleans what it parses and must not lose a batch).
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


def _words(name: str) -> str:
    """``PowerOfAttorney`` -> ``power of attorney``; ``customer_number`` -> ``customer number``."""
    return re.sub(r"(?<!^)(?=[A-Z])", " ", name).replace("_", " ").lower()


def check_row(row: object) -> None:
    """Refuse a row whose text or time the file could not keep (InvalidInput, in words)."""
    mapper = inspect(type(row))
    noun = _words(type(row).__name__)
    for column in mapper.columns:
        key = mapper.get_property_by_column(column).key
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
    for row in (*session.new, *session.dirty):
        if type(row).__module__ != _MAIL_ROWS:
            check_row(row)
