"""Rebuilding a header block that the parser cut short at a malformed line."""

from __future__ import annotations

import re

_HEADER_LINE = re.compile(rb"^[!-9;-~]+:")
_OBSOLETE_NAME = re.compile(rb"^([!-9;-~]+)[ \t]+:")  # RFC 822 allowed "Subject  : ..."


def repair_header_block(data: bytes) -> tuple[bytes, list[str]] | None:
    """The mail with junk lines dropped from its header block, or None if nothing to repair.

    Only lines *between* header lines are dropped; non-header lines after the last header
    are taken as the body that followed without a blank line.
    """
    lines = data.split(b"\n")
    end = next((i for i, line in enumerate(lines) if not line.rstrip(b"\r")), len(lines))
    notes: list[str] = []
    block: list[bytes] = []
    for line in lines[:end]:
        m = _OBSOLETE_NAME.match(line)
        if m:
            line = m.group(1) + b":" + line[m.end() :]
            if not notes:
                notes.append("obsolete header syntax ('Name :') repaired")
        block.append(line)
    starts = [i for i, line in enumerate(block) if _is_start(line, i)]
    if not starts:
        return None
    last = starts[-1]
    while last + 1 < len(block) and block[last + 1][:1] in (b" ", b"\t"):
        last += 1
    kept: list[bytes] = []
    for i, line in enumerate(block[: last + 1]):
        if _is_start(line, i) or (kept and line[:1] in (b" ", b"\t")):
            kept.append(line)
        else:
            shown = line.rstrip(b"\r")[:60].decode("ascii", "replace")
            notes.append(f"malformed header line dropped: {shown!r}")
    if not notes:
        return None
    body_without_separator = block[last + 1 :]
    separator = [b"\r" if kept[-1].endswith(b"\r") else b""] if body_without_separator else []
    return b"\n".join(kept + separator + body_without_separator + lines[end:]), notes


def _is_start(line: bytes, index: int) -> bool:
    return _HEADER_LINE.match(line) is not None or (index == 0 and line.startswith(b"From "))
