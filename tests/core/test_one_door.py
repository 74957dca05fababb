"""One door adds timeline events: ``write_event`` in services/timeline_events.py, and no other."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import proxydesk

PACKAGE = Path(proxydesk.__file__).parent
DOOR = PACKAGE / "services" / "timeline_events.py"
#: SQL that adds rows to the events table (not to its full-text index, events_fts)
INSERT_EVENTS = re.compile(r"\binsert\s+(or\s+\w+\s+)?into\s+events\b(?!_)", re.IGNORECASE)


def _code_files() -> list[Path]:
    return [
        p for p in sorted(PACKAGE.rglob("*.py")) if "migrations" not in p.relative_to(PACKAGE).parts
    ]


def _event_names(tree: ast.AST) -> set[str]:
    """The names the module gives the Event model (``from ...models import Event as E``)."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "proxydesk.storage.models":
            names |= {alias.asname or alias.name for alias in node.names if alias.name == "Event"}
    return names


def _makes_events(tree: ast.AST, names: set[str]) -> list[int]:
    """Lines that construct an Event row or insert into its table through SQLAlchemy."""
    lines = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id in names:
            lines.append(node.lineno)
        elif isinstance(func, ast.Attribute) and func.attr == "Event":
            if isinstance(func.value, ast.Name) and func.value.id == "models":
                lines.append(node.lineno)
        elif isinstance(func, ast.Name) and func.id == "insert" and node.args:
            first = node.args[0]
            if isinstance(first, ast.Name) and first.id in names:
                lines.append(node.lineno)
    return lines


def test_only_the_door_makes_event_rows() -> None:
    found = []
    for path in _code_files():
        if path == DOOR:
            continue
        text = path.read_text(encoding="utf-8")
        tree = ast.parse(text)
        where = path.relative_to(PACKAGE)
        found += [f"{where}:{line}" for line in _makes_events(tree, _event_names(tree))]
        found += [
            f"{where}:{text.count(chr(10), 0, m.start()) + 1}" for m in INSERT_EVENTS.finditer(text)
        ]
    assert found == [], "timeline events are made outside write_event: " + ", ".join(found)


def test_the_door_is_found_by_the_check() -> None:
    tree = ast.parse(DOOR.read_text(encoding="utf-8"))
    assert _makes_events(tree, _event_names(tree)), "the check no longer sees the door itself"
    made_elsewhere = ast.parse(
        "from proxydesk.storage.models import Event as Row\nRow(summary='x')\n"
        "from sqlalchemy import insert\ninsert(Row)\n"
    )
    assert _makes_events(made_elsewhere, _event_names(made_elsewhere)) == [2, 4]
    assert INSERT_EVENTS.search("INSERT INTO events (case_id) VALUES (?)")
    assert not INSERT_EVENTS.search("INSERT INTO events_fts(rowid) VALUES (1)")
