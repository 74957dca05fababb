"""Printing views for people (aligned text) and for scripts (JSON only on stdout)."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from proxydesk.cli.safe_text import LINE_BREAKS
from proxydesk.views import jsonable


def one_line(value: object) -> str:
    """A table cell or a header line: newlines and tabs become spaces."""
    return "" if value is None else str(value).translate(LINE_BREAKS)


def emit_json(value: Any) -> None:
    json.dump(jsonable(value), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else "-"


def minutes(seconds: int | None) -> str:
    if seconds is None:
        return "-"
    m, s = divmod(seconds, 60)
    return f"{m}:{s:02d}"


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """A plain aligned table; an empty listing says so instead of printing bare headers."""
    if not rows:
        print("(none)")
        return
    cells = [[str(h) for h in headers]] + [[one_line(c) for c in r] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for n, row in enumerate(cells):
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))
