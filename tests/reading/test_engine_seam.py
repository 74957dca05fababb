"""The readers' SQLite-only SQL lives in reading/engine.py, the seam for a second engine."""

from __future__ import annotations

import re
from pathlib import Path

import proxydesk.reading

READING = Path(proxydesk.reading.__file__).parent
SEAM = READING / "engine.py"
#: what only SQLite understands: its PRAGMAs, JSON functions, FTS5, LIMIT -1, date functions
SQLITE_ONLY = re.compile(
    r"PRAGMA|json_each|json_group_array|json_extract|\bMATCH\b|events_fts|LIMIT -1"
    r"|strftime\(|julianday|\bGLOB\b|^import sqlite3|^from sqlite3",
    re.MULTILINE,
)


def test_sqlite_only_sql_is_behind_the_seam() -> None:
    found = [
        f"{path.name}: {match.group(0)}"
        for path in sorted(READING.glob("*.py"))
        if path != SEAM
        for match in SQLITE_ONLY.finditer(path.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_the_seam_holds_it() -> None:
    assert len(set(SQLITE_ONLY.findall(SEAM.read_text(encoding="utf-8")))) >= 6
