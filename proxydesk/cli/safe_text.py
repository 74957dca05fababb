"""Text a terminal cannot be made to act on: what the CLI prints from mails, notes and names."""

from __future__ import annotations

import functools
import re
from typing import Any, TextIO

# A terminal obeys what a mail, a note or a name may carry: escape sequences that set the
# window title, clear the screen, disguise a link (OSC 8) or make the terminal type. Whole
# sequences go first (CSI, OSC, DCS/SOS/PM/APC strings, two-byte escapes, their 8-bit forms),
# then every control character left but newline and tab, and the marks that reverse text.
_SEQUENCES = (
    r"\x1b\[[0-?]*[ -/]*[@-~]?"
    r"|\x1b[\]PX^_][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]?"
    r"|\x9b[0-?]*[ -/]*[@-~]?"
    r"|[\x90\x98\x9d\x9e\x9f][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
)
_CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069"


@functools.cache
def _patterns(returns: bool) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Compiled on first need: a listing of plain text never pays for them."""
    controls = _CONTROLS if returns else _CONTROLS + "\r"
    return re.compile(_SEQUENCES), re.compile(f"[{controls}]")


LINE_BREAKS = str.maketrans("\t\r\n\v\f\x85\u2028\u2029", "        ")


def printable(text: str, *, returns: bool = False) -> str:
    """``text`` without anything a terminal would act on; newlines and tabs stay.

    ``returns`` keeps carriage returns too (ProxyDesk's own progress line on stderr).
    """
    if text.isprintable() or text.replace("\n", "").replace("\t", "").isprintable():
        return text  # the common case, at once
    sequences, controls = _patterns(returns)
    return controls.sub("", sequences.sub("", text))


class SafeStream:
    """A text stream that passes on only :func:`printable` text: every line the CLI prints
    goes through one, whatever part of a mail, note or name it shows."""

    def __init__(self, stream: TextIO, *, returns: bool = False) -> None:
        self.stream = stream
        self.returns = returns

    def write(self, text: str) -> int:
        self.stream.write(printable(text, returns=self.returns))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)
