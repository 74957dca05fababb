"""The bad-input table: every command answers bad input with one line on stderr and exit 2,
and leaves the case file as it was (its whole content, compared before and after).

Run in-process through ``proxydesk.launcher.main``; a subprocess only where the input cannot
be given in-process (bytes that are no UTF-8, a named pipe that must not hang the command),
and a forked child that drops root's privileges for a read-only folder.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from proxydesk.cli.main import COMMANDS, EXIT_ERROR
from proxydesk.launcher import main

HUGE = "99999999999999999999999"
AT = "2020-01-01T10:00"
#: the folder an output row writes into; ``{missing}`` is a folder that is not there
MISSING = "{missing}"
CALL = ["log-call", "--case", "1", "--number", "0800 1", "--start", AT]

#: (command words, what it tries); every command of ``proxydesk --help`` has its rows
TABLE: list[list[str]] = [
    # -- huge ids, in every argument that takes one
    ["case", "show", HUGE],
    ["case", "story", HUGE, "--text", "x"],
    ["case", "status", HUGE, "closed"],
    ["case", "reference", HUGE, "ticket:1"],
    ["case", "add", "--title", "x", "--organization", HUGE],
    ["case", "add", "--title", "x", "--organization", "1", "--relative", HUGE],
    ["cases", "--relative", HUGE],
    ["backups", "restore", HUGE],
    ["backups", "restore", "\x00"],
    ["backups", "restore", "../../etc/passwd"],
    ["timeline", HUGE],
    [*CALL[:2], HUGE, *CALL[3:], "--minutes", "3"],
    ["note", "--case", HUGE, "--text", "x"],
    ["search", "\x00"],
    ["promise", "add", "--case", HUGE, "--text", "x", "--by", "Ms A", "--at", AT],
    ["promise", "add", "--case", "1", "--text", "x", "--by", "Ms A", "--at", AT, "--event", HUGE],
    ["promise", "resolve", HUGE, "kept"],
    ["promise", "resolve", "1", "kept", "--event", HUGE],
    ["promise", "contradicts", HUGE, "1"],
    ["promise", "contradicts", "1", HUGE],
    ["promises", "--case", HUGE],
    ["reminder", "add", "--text", "x", "--due", "2030-01-01T10:00", "--case", HUGE],
    ["reminder", "add", "--text", "x", "--due", "2030-01-01T10:00", "--promise", HUGE],
    ["reminder", "done", HUGE],
    ["reminder", "snooze", HUGE, "--until", "2030-01-01T10:00"],
    ["relative", "add", "Gerda", "--born", "1941-02-30"],
    ["relatives", "--bogus"],
    ["organization", "add", "  "],
    ["organizations", "--bogus"],
    ["account", "add", "--relative", HUGE, "--organization", "1", "--customer-number", "5"],
    ["account", "add", "--relative", "1", "--organization", HUGE, "--customer-number", "5"],
    ["accounts", "--relative", HUGE],
    ["mail-account", "add", "x", "--host", "h", "--port", HUGE, "--security", "ssl", "--user", "u"],
    ["mail-account", "import-all", HUGE, "INBOX", "on"],
    ["sync", "--account", HUGE],
    ["mail", "show", HUGE],
    ["mail", "attachments", HUGE, "--save", "."],
    ["mail", "move", HUGE, "--case", "1"],
    ["mail", "move", "1", "--case", HUGE],
    ["mail", "list", "--case", HUGE],
    ["quarantine", "--bogus"],
    ["poa", "status", HUGE, "revoked"],
    ["poa", "attach", "--relative", HUGE, "/etc/hostname"],
    ["poa", "attach", "--relative", "1", "--organization", HUGE, "/etc/hostname"],
    ["poas", "--relative", HUGE],
    ["form", "poa", "--relative", HUGE, "-o", "out.pdf"],
    ["form", "poa", "--relative", "1", "--organization", HUGE, "-o", "out.pdf"],
    ["form", "poa", "--relative", "1", "--account", HUGE, "-o", "out.pdf"],
    ["form", "fax", "--case", HUGE, "-o", "out.pdf"],
    ["form", "letter", "--case", HUGE, "--to", "management", "-o", "out.pdf"],
    ["dossier", HUGE, "-o", "out.pdf"],
    ["fingerprint", HUGE],
    ["remind", "--bogus"],
    ["export-ics"],
    ["init", "--timezone", "Mars/Olympus"],
    # -- minutes that are no length of a call
    *[[*CALL, "--minutes", m] for m in ("nan", "inf", "-inf", "1e300", "1e10", "-3", "1441")],
    *[[*CALL, "--minutes", "3", "--hold-minutes", m] for m in ("nan", "inf", "1e300", "-1", "4")],
    [*CALL, "--minutes", "3", "--transfers", "-1"],
    [*CALL, "--minutes", "3", "--transfers", HUGE],
    # -- times at the edge of the calendar, which a file could not give back
    *[
        row
        for when in ("0001-01-01T00:00", "0001-01-01", "9999-12-31T23:59", "9999-12-31T23:59-05:00")
        for row in (
            ["note", "--case", "1", "--text", "x", "--at", when],
            ["reminder", "add", "--text", "x", "--due", when],
            ["reminder", "snooze", "1", "--until", when],
            [*CALL[:-1], when, "--minutes", "3"],
            [
                "promise",
                "add",
                "--case",
                "1",
                "--text",
                "x",
                "--by",
                "A",
                "--at",
                AT,
                "--due",
                when,
            ],
            ["case", "add", "--title", "x", "--organization", "1", "--opened", when],
            ["case", "reference", "1", "ticket:9", "--at", when],
        )
    ],
    # -- accepted before and must not be: NUL, a title or name longer than its column,
    # a reference with no number, an e-mail address that is none
    ["case", "add", "--title", "a\x00b", "--organization", "1"],
    ["case", "story", "1", "--text", "a\x00b"],
    ["note", "--case", "1", "--text", "a\x00b"],
    ["relative", "add", "Na\x00me"],
    ["organization", "add", "Tel\x00via"],
    ["me", "--name", "a\x00b"],
    ["promise", "add", "--case", "1", "--text", "x\x00", "--by", "A", "--at", AT],
    ["case", "add", "--title", "x" * 1_000_000, "--organization", "1"],
    ["relative", "add", "y" * 1_000_000],
    ["organization", "add", "z" * 201],
    ["account", "add", "--relative", "1", "--organization", "1", "--customer-number", "9" * 101],
    ["case", "reference", "1", "bogus:"],
    ["case", "reference", "1", "ticket:"],
    ["case", "reference", "1", ":"],
    ["case", "add", "--title", "x", "--organization", "1", "--reference", "bogus:"],
    ["me", "--email", "not an address"],
    # -- an output folder that is not there
    ["export-ics", "-o", f"{MISSING}/calendar.ics"],
    ["dossier", "1", "-o", f"{MISSING}/dossier.pdf"],
    ["form", "poa", "--relative", "1", "-o", f"{MISSING}/poa.pdf"],
    ["form", "fax", "--case", "1", "-o", f"{MISSING}/fax.pdf"],
    ["form", "letter", "--case", "1", "--to", "management", "-o", f"{MISSING}/l.pdf"],
    ["form", "letter", "--case", "1", "--to", "management", "--edit-json", f"{MISSING}/d.json"],
]


@contextlib.contextmanager
def _quiet() -> Iterator[tuple[io.StringIO, io.StringIO]]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        yield out, err


def content(path: Path) -> str:
    """A digest of everything the file holds (a change anywhere changes it)."""
    connection = sqlite3.connect(path)
    try:
        return hashlib.sha256("\n".join(connection.iterdump()).encode()).hexdigest()
    finally:
        connection.close()


def refused(path: Path, words: list[str]) -> str:
    """Run the command in-process; it must refuse in one line, exit 2, the file unchanged."""
    before = content(path)
    with _quiet() as (_out, err):
        status = main(["--file", str(path), *words])
    told = err.getvalue().strip().splitlines()
    assert status == EXIT_ERROR, (words[:6], status, told)
    assert len(told) == 1 and told[0].startswith("proxydesk"), told
    assert "Traceback" not in err.getvalue()
    assert content(path) == before, f"{words[:6]} changed the file"
    return told[0]


def _row_id(words: list[str]) -> str:
    return " ".join(w if len(w) < 30 else f"{w[:5]}…({len(w)})" for w in words)[:80]


@pytest.mark.parametrize("words", TABLE, ids=[_row_id(r) for r in TABLE])
def test_bad_input_is_one_line_exit_2_and_the_file_unchanged(
    demo_copy: Path, tmp_path: Path, words: list[str]
) -> None:
    words = [w.replace(MISSING, str(tmp_path / "not-there")) for w in words]
    with contextlib.chdir(tmp_path):
        refused(demo_copy, words)
    assert not (tmp_path / "not-there").exists()


def test_every_command_has_rows_in_the_table() -> None:
    assert {name for name, _, _ in COMMANDS} <= {row[0] for row in TABLE}


def test_the_refusals_say_what_is_wrong(demo_copy: Path) -> None:
    assert "there is no case with id" in refused(demo_copy, ["timeline", HUGE])
    assert "minutes" in refused(demo_copy, [*CALL, "--minutes", "nan"])
    assert "year 1 or 9999" in refused(demo_copy, ["note", "--case", "1", "--text", "x",
                                                   "--at", "0001-01-01"])  # fmt: skip
    told = refused(demo_copy, ["case", "add", "--title", "x" * 1_000_000, "--organization", "1"])
    assert "the case's title is too long (1,000,000 characters; at most 300)" in told
    assert "NUL" in refused(demo_copy, ["relative", "add", "Na\x00me"])
    assert "has no number" in refused(demo_copy, ["case", "reference", "1", "bogus:"])
    assert "not an e-mail address" in refused(demo_copy, ["me", "--email", "not an address"])


def test_good_input_at_the_edges_is_kept_and_read_back(demo_copy: Path) -> None:
    """What is refused above is the edge only: a long call, a title of 300, a far due time."""
    for words in (
        [*CALL, "--minutes", "1440", "--hold-minutes", "1439.5"],
        ["case", "add", "--title", "t" * 300, "--organization", "1"],
        ["note", "--case", "1", "--text", "far", "--at", "9999-12-28T12:00"],
        ["note", "--case", "1", "--text", "early", "--at", "0001-01-04T12:00"],
        ["me", "--email", "gerda.voss@example.org"],
        ["case", "reference", "1", "bogus:77"],
    ):
        with _quiet() as (_out, err):
            assert main(["--file", str(demo_copy), *words]) == 0, err.getvalue()
    with _quiet() as (out, _err):
        assert main(["--file", str(demo_copy), "timeline", "1", "--json"]) == 0
    assert "9999-12-28T12:00:00+01:00" in out.getvalue()
    assert "0001-01-04T12:00:00+00:53" in out.getvalue()


# -- what cannot be given in-process ---------------------------------------------------------


def _run(
    path: Path, *words: bytes | str, timeout: float = 60
) -> subprocess.CompletedProcess[bytes]:
    command = [sys.executable, "-m", "proxydesk", "--file", str(path), *words]
    return subprocess.run(command, capture_output=True, timeout=timeout, check=False)


@pytest.mark.parametrize(
    ("words", "named"),
    [
        ([b"note", b"--case", b"1", b"--text", b"\xff\xfeab"], "--text"),
        ([b"case", b"add", b"--title", b"x\xc3", b"--organization", b"1"], "--title"),
        ([b"relative", b"add", b"\xed\xa0\x80"], "name"),
        ([b"timeline", b"\xff"], "CASE"),
    ],
)
def test_arguments_that_are_no_utf8_are_refused_by_name(
    demo_copy: Path, words: list[bytes], named: str
) -> None:
    before = content(demo_copy)
    result = _run(demo_copy, *words)
    told = result.stderr.decode(errors="replace").strip().splitlines()
    assert (result.returncode, len(told)) == (EXIT_ERROR, 1), told
    assert f"{named} is not UTF-8 text" in told[0]
    assert content(demo_copy) == before


@pytest.mark.parametrize("command", [["cases"], ["note", "--case", "1", "--text", "x"], ["init"]])
def test_a_named_pipe_as_the_case_file_is_refused_at_once(
    tmp_path: Path, command: list[str]
) -> None:
    pipe = tmp_path / "family.proxydesk"
    os.mkfifo(pipe)
    with _quiet() as (_out, err):
        status = main(["--file", str(pipe), *command])  # never opens the pipe: no hang
    assert status == EXIT_ERROR
    assert "not a plain file" in err.getvalue() and len(err.getvalue().splitlines()) == 1
    assert pipe.is_fifo()  # init did not put a file in its place


def test_a_named_pipe_does_not_hang_the_command_line(tmp_path: Path) -> None:
    pipe = tmp_path / "family.proxydesk"
    os.mkfifo(pipe)
    result = _run(pipe, "note", "--case", "1", "--text", "x", timeout=30)
    assert result.returncode == EXIT_ERROR and b"not a plain file" in result.stderr


NOBODY = 65534


@pytest.mark.parametrize(
    "words",
    [
        ["dossier", "1", "-o", "out/dossier.pdf"],
        ["export-ics", "-o", "out/calendar.ics"],
        ["form", "poa", "--relative", "1", "-o", "out/poa.pdf"],
        ["form", "letter", "--case", "1", "--to", "management", "--edit-json", "out/d.json"],
    ],
)
def test_a_read_only_folder_is_one_line_for_a_user_without_root(
    demo_file: Path, tmp_path: Path, request: pytest.FixtureRequest, words: list[str]
) -> None:
    """Root writes anywhere; the command runs in a child that has dropped to ``nobody``."""
    if os.geteuid() != 0:
        pytest.skip("dropping privileges needs root; as a user the folder is read-only anyway")
    # under /tmp itself: pytest's own folders are closed to other users
    home = Path(tempfile.mkdtemp(prefix="proxydesk-nobody-"))
    request.addfinalizer(lambda: shutil.rmtree(home, ignore_errors=True))
    (home / "out").mkdir()
    shutil.copy(demo_file, home / "c.proxydesk")
    for path in (home, home / "out", home / "c.proxydesk"):
        os.chown(path, NOBODY, NOBODY)
    (home / "out").chmod(0o555)
    # as root once, into a folder it may write: every module the command needs is loaded
    warm = tmp_path / "warm"
    warm.mkdir()
    shutil.copy(demo_file, warm / "c.proxydesk")
    with _quiet(), contextlib.chdir(warm):
        (warm / "out").mkdir()
        main(["--file", "c.proxydesk", *words])
    before = content(home / "c.proxydesk")
    status, told = _as_nobody(home, ["--file", "c.proxydesk", *words])
    lines = [line for line in told.splitlines() if line.startswith("proxydesk")]
    assert status == EXIT_ERROR, told
    assert len(lines) == 1 and "Permission denied" in lines[0], told
    assert "Traceback" not in told
    assert list((home / "out").iterdir()) == []
    assert content(home / "c.proxydesk") == before


def _as_nobody(folder: Path, argv: list[str]) -> tuple[int, str]:
    """Run ``main(argv)`` in ``folder`` in a forked child that is the user nobody."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        status = 99
        try:
            os.close(read)
            os.chdir(folder)
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            stream = os.fdopen(write, "w")
            with contextlib.redirect_stdout(stream), contextlib.redirect_stderr(stream):
                try:
                    status = main(argv)
                except BaseException:
                    import traceback

                    traceback.print_exc()
            stream.flush()
        finally:
            os._exit(status)
    os.close(write)
    with os.fdopen(read) as told:
        text = told.read()
    _, waited = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(waited), text
