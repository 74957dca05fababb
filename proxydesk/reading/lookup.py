"""A case or a relative found by id or by name, on the readers' connection, as services find it.

A reference is an id (digits), else a name: the exact name first (ignoring case), else the one
name that contains it. No match is ``NotFound``; several are ``Ambiguous`` and listed. The SQL
is what the services' SQLAlchemy query sends (``lower``, ``LIKE ... ESCAPE``), so both find
the same record; it is SQL every engine speaks.
"""

from __future__ import annotations

from proxydesk.domain import can_be_id, check_text, written_id
from proxydesk.errors import Ambiguous, NotFound
from proxydesk.reading.engine import Connection

#: what can be looked up: its table, its name column, and what the user calls it
CASE = ("cases", "title", "case")
RELATIVE = ("relatives", "name", "relative")

#: the escape character of a LIKE pattern, as the services' SQL uses it
_ESCAPE = "/"


def find_id(connection: Connection, what: tuple[str, str, str], ref: str | int) -> int:
    """The id of the record ``ref`` names (an id, or a unique name or part of one)."""
    table, column, noun = what
    text = str(ref).strip()
    check_text(text, f"the {noun} asked for")
    number = written_id(ref)
    if number is not None:
        query = f"SELECT id FROM {table} WHERE id = ?"
        found = connection.execute(query, (number,)).fetchone() if can_be_id(number) else None
        if found is None:
            raise NotFound(f"there is no {noun} with id {text}")
        return int(found[0])
    names = f"SELECT id, {column} FROM {table} WHERE "
    candidates = connection.execute(names + f"lower({column}) = ?", (text.lower(),)).fetchall()
    if not candidates:
        pattern = text.replace(_ESCAPE, _ESCAPE * 2).replace("%", "/%").replace("_", "/_")
        part = f"lower({column}) LIKE '%' || lower(?) || '%' ESCAPE '{_ESCAPE}'"
        candidates = connection.execute(names + part, (pattern,)).fetchall()
    if not candidates:
        raise NotFound(f"there is no {noun} called '{text}'")
    if len(candidates) > 1:
        listed = ", ".join(f"{id_}: {name}" for id_, name in candidates[:6])
        raise Ambiguous(f"'{text}' matches several {noun}s ({listed}); give the id")
    return int(candidates[0][0])


def cases_of_relative(connection: Connection, relative_id: int) -> list[int]:
    """The ids of a relative's cases, oldest first."""
    rows = connection.execute(
        "SELECT c.id FROM cases AS c JOIN case_relatives AS cr ON cr.case_id = c.id"
        " WHERE cr.relative_id = ? ORDER BY c.opened_at, c.id",
        (relative_id,),
    )
    return [row[0] for row in rows]
