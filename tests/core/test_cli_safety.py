"""What the CLI prints cannot drive the terminal, and a reader that goes away ends it quietly."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from proxydesk.cli.main import EXIT_PIPE_CLOSED, main
from proxydesk.cli.safe_text import printable

#: what a hostile mail or note may carry: a window title, a screen clear, a disguised link,
#: a query that makes the terminal answer (type), a bell, 8-bit CSI, a carriage return that
#: hides what came before, a mark that reverses the text after it
HOSTILE = (
    "\x1b]0;pwned\x07Title "
    "\x1b[2J\x1b[HClear "
    "\x1b]8;;https://evil.example/\x1b\\bank.example\x1b]8;;\x1b\\ "
    "\x1b[21t\x1bP$q\x1b\\ask "
    "\x07\x9b31mred\rhidden \u202egpj.exe"
)
CONTROLS = ["\x1b", "\x07", "\x9b", "\r", "\u202e", "\x9d"]


def test_printable_keeps_the_words_and_drops_what_a_terminal_acts_on() -> None:
    shown = printable(HOSTILE)
    assert not [c for c in CONTROLS if c in shown]
    assert "Title" in shown and "bank.example" in shown and "pwned" not in shown
    assert "evil.example" not in shown  # the link's real target is not shown as text either
    assert printable("two\nlines\twith a tab") == "two\nlines\twith a tab"
    assert printable("plain words, ä ö ü €") == "plain words, ä ö ü €"
    assert printable("progress\r", returns=True) == "progress\r"


@pytest.fixture
def case_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "family.proxydesk"
    steps = [
        ["init", "--timezone", "Europe/Berlin"],
        ["relative", "add", f"Gerda {HOSTILE}"],
        ["organization", "add", f"Telvia {HOSTILE}", "--domain", "telvia.example"],
        ["case", "add", "--title", f"Line {HOSTILE}", "--organization", "1", "--relative", "1"],
        ["note", "--case", "1", "--text", f"first line\n{HOSTILE}\n\tthird line"],
    ]
    for step in steps:
        assert main(["--file", str(path), *step]) == 0, capsys.readouterr().err
    # more than a pipe holds, so a reader that goes away is noticed in the middle of a listing
    long_note = "\n".join(f"line {n} " + "x" * 1000 for n in range(100))
    assert main(["--file", str(path), "note", "--case", "1", "--text", long_note]) == 0
    capsys.readouterr()
    return path


@pytest.mark.parametrize(
    "command",
    [
        ["timeline", "1"],
        ["cases"],
        ["case", "show", "1"],
        ["relatives"],
        ["organizations"],
        ["search", "first"],
        ["timeline", "1", "--json"],
    ],
)
def test_no_listing_passes_escape_sequences_through(
    case_file: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    assert main(["--file", str(case_file), *command]) == 0
    out, err = capsys.readouterr()
    assert not [c for c in CONTROLS if c in out + err], out
    if command == ["timeline", "1"]:
        assert "first line" in out
    if command[-1] == "--json":
        assert "first line" in json.dumps(json.loads(out))


def test_a_closed_pipe_ends_a_listing_quietly(case_file: Path) -> None:
    listing = subprocess.Popen(
        [sys.executable, "-m", "proxydesk", "--file", str(case_file), "timeline", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert listing.stdout is not None and listing.stderr is not None
    listing.stdout.close()  # the reader is gone before the first line
    err = listing.stderr.read().decode()
    assert listing.wait(timeout=60) == EXIT_PIPE_CLOSED
    assert err == ""  # no traceback, no "Exception ignored"


def test_a_shell_pipe_into_head_prints_one_line_and_no_error(case_file: Path) -> None:
    done = subprocess.run(
        f'"{sys.executable}" -m proxydesk --file "{case_file}" timeline 1 --json | head -1',
        shell=True,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONWARNINGS": "error"},
        check=False,
    )
    assert done.returncode == 0 and len(done.stdout.splitlines()) == 1
    assert done.stderr == ""
