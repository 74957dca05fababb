"""No command writes over a case file, its companions, or anything that is not a plain file."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from proxydesk.cli.main import main
from proxydesk.errors import InvalidInput
from proxydesk.output_files import check_output, save_into_folder, write_output

LETTER = ["form", "letter", "--case", "2", "--to", "management"]
#: every command that writes a file the user names, with the target put last
WRITERS: dict[str, list[str]] = {
    "dossier": ["dossier", "2", "-o"],
    "export-ics": ["export-ics", "-o"],
    "form letter -o": [*LETTER, "-o"],
    "form letter --edit-json": [*LETTER, "--edit-json"],
    "form poa": ["form", "poa", "--relative", "Gerda", "--organization", "Telvia", "-o"],
    "form fax": ["form", "fax", "--case", "2", "-o"],
}


def fingerprint(path: Path) -> list[str]:
    """Every file of the case file's family and its bytes, to see that nothing changed."""
    found = []
    for item in sorted(path.parent.iterdir()):
        # the lock (empty) stays after a command that could write; it holds no data
        # nor the day's backup, kept before a command's first write of the day: a copy of it
        if item.name.startswith(path.name) and item.is_file() and item.suffix != ".lock":
            if item.name.endswith("-daily"):
                continue
            found.append(f"{item.name} {hashlib.sha256(item.read_bytes()).hexdigest()}")
    return found


def fifo(tmp_path: Path) -> Path:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    return pipe


def other_case_file(tmp_path: Path) -> Path:
    other = tmp_path / "other.proxydesk"
    assert main(["--file", str(other), "init", "--timezone", "UTC"]) == 0
    return other


def link_to_case_file(tmp_path: Path) -> Path:
    link = tmp_path / "innocent.pdf"
    link.symlink_to(tmp_path / "demo.proxydesk")
    return link


def any_sqlite(tmp_path: Path) -> Path:
    path = tmp_path / "someone-elses.db"
    con = sqlite3.connect(path)
    con.execute("create table t (x)")
    con.commit()
    con.close()
    return path


#: where no command may write, made beside the case file ``demo.proxydesk`` in ``tmp_path``
TARGETS: dict[str, Callable[[Path], Path]] = {
    "the case file": lambda tmp: tmp / "demo.proxydesk",
    "a link to it": link_to_case_file,
    "its write-ahead log": lambda tmp: tmp / "demo.proxydesk-wal",
    "its shared memory": lambda tmp: tmp / "demo.proxydesk-shm",
    "its lock": lambda tmp: tmp / "demo.proxydesk.lock",
    "a backup name": lambda tmp: tmp / "demo.proxydesk.backup-20260101-rev0007",
    "another case file": other_case_file,
    "any SQLite file": any_sqlite,
    "a folder": lambda tmp: tmp,
    "a device": lambda tmp: Path("/dev/full"),
    "a FIFO": fifo,
}


@pytest.fixture
def case_file(demo_copy: Path, tmp_path: Path) -> Path:
    assert demo_copy == tmp_path / "demo.proxydesk"  # the name TARGETS are made beside
    return demo_copy


@pytest.mark.parametrize("target", list(TARGETS))
@pytest.mark.parametrize("command", list(WRITERS))
def test_no_command_writes_over_a_case_file_or_a_device(
    case_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: str,
    target: str,
) -> None:
    where = TARGETS[target](tmp_path)
    capsys.readouterr()
    before = fingerprint(case_file)
    assert main(["--file", str(case_file), *WRITERS[command], str(where)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1, err
    assert "will not write" in err or "cannot write" in err
    assert fingerprint(case_file) == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
    # the file is still a case file that opens
    assert main(["--file", str(case_file), "cases", "--json"]) == 0


def test_the_dossier_says_its_fingerprint_only_once_it_is_written(
    case_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--file", str(case_file), "dossier", "2", "-o", str(case_file)]) == 2
    assert "fingerprint" not in capsys.readouterr().err
    out = tmp_path / "dossier.pdf"
    assert main(["--file", str(case_file), "dossier", "2", "-o", str(out)]) == 0
    lines = capsys.readouterr().err.splitlines()
    assert lines[-2].startswith("wrote ") and lines[-1].startswith("fingerprint ")


def test_a_plain_file_is_still_replaced_whole(tmp_path: Path) -> None:
    target = tmp_path / "letter.pdf"
    target.write_bytes(b"the old one")
    write_output(target, b"%PDF-1.7 new")
    assert target.read_bytes() == b"%PDF-1.7 new"
    assert check_output(tmp_path / "new.pdf") == tmp_path / "new.pdf"
    # a name that merely looks like a companion, with no database beside it, is fine
    assert check_output(tmp_path / "notes.txt-wal") == tmp_path / "notes.txt-wal"
    with pytest.raises(InvalidInput, match="empty"):
        check_output("")


def test_a_fax_with_a_damaged_letter_keeps_pypdf_quiet(case_file: Path, tmp_path: Path) -> None:
    letter = tmp_path / "letter.pdf"
    assert main(["--file", str(case_file), "form", "letter", "--case", "2", "--to",
                 "management", "-o", str(letter)]) == 0  # fmt: skip
    data = letter.read_bytes()
    # a wrong cross-reference offset: pypdf repairs it and, left alone, warns on stderr
    letter.write_bytes(data[: data.rindex(b"startxref")] + b"startxref\n12\n%%EOF\n")
    done = subprocess.run(
        [sys.executable, "-m", "proxydesk", "--file", str(case_file), "form", "fax", "--case",
         "2", "--letter", str(letter), "-o", str(tmp_path / "fax.pdf")],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert [
        line for line in done.stderr.splitlines() if not line.startswith(("fax to", "wrote"))
    ] == []


def test_saving_into_a_folder_never_follows_a_link_out_of_it(tmp_path: Path) -> None:
    folder, outside = tmp_path / "saved", tmp_path / "outside"
    folder.mkdir()
    outside.mkdir()
    (folder / "invoice.pdf").symlink_to(outside / "invoice.pdf")  # dangling
    (folder / "letter.pdf").write_bytes(b"mine")
    first = save_into_folder(folder, "invoice.pdf", b"from the mail")
    second = save_into_folder(folder, "letter.pdf", b"from the mail")
    assert first == folder / "invoice (2).pdf" and second == folder / "letter (2).pdf"
    assert list(outside.iterdir()) == []
    assert (folder / "letter.pdf").read_bytes() == b"mine"
    for bad in ("../escape.pdf", "..", "", "a/b", "nul\x00.pdf"):
        with pytest.raises(InvalidInput):
            save_into_folder(folder, bad, b"x")
    assert list(outside.iterdir()) == [] and not (tmp_path / "escape.pdf").exists()
