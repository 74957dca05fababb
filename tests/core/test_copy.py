"""Save a Copy: the copy of an open file holds everything written so far and opens on its own."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from proxydesk.errors import FileProblem
from proxydesk.services.registry import Services
from proxydesk.storage.copying import save_copy
from proxydesk.storage.database import CaseFile, open_case_file


def rows(path: Path) -> list[str]:
    """Every row of every table, as SQL text, in a stable order."""
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return sorted(line for line in con.iterdump() if line.startswith("INSERT"))
    finally:
        con.close()


@pytest.fixture
def written(services: Services, telco_case: int, tmp_path: Path) -> Services:
    """The case with a note and a scan attached, still in the -wal file when the copy starts."""
    note = services.timeline.add_note(telco_case, "Hotline says the line moves on 5 March.")
    scan = tmp_path / "letter.pdf"
    scan.write_bytes(b"%PDF-1.4 the order confirmation\n" * 50)
    services.timeline.attach(note.id, scan)
    return services


def test_the_copy_holds_what_is_still_in_the_wal(
    written: Services, case_file: CaseFile, telco_case: int, tmp_path: Path
) -> None:
    wal = case_file.path.with_name(case_file.path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0, "the test needs unsaved pages in the -wal"
    target = tmp_path / "copies" / "family copy.proxydesk"
    target.parent.mkdir()

    size = save_copy(case_file, target)

    assert size == target.stat().st_size > 0
    assert rows(target) == rows(case_file.path)
    assert not target.with_name(target.name + "-wal").exists()
    with open_case_file(target, writable=False) as copy:
        services = Services.for_file(copy)
        entries = services.timeline.entries(telco_case)
        assert [e.summary for e in entries][-1] == "Hotline says the line moves on 5 March."
        assert entries[-1].attachments == ["letter.pdf"]
        assert services.cases.detail(telco_case).summary.title == "Move the line"


def test_the_copy_is_a_file_of_its_own(
    written: Services, case_file: CaseFile, telco_case: int, tmp_path: Path
) -> None:
    target = tmp_path / "copy.proxydesk"
    save_copy(case_file, target)
    # the original stays open for writing, and the copy can be written at the same time
    with open_case_file(target) as copy:
        Services.for_file(copy).timeline.add_note(telco_case, "Only in the copy.")
    written.timeline.add_note(telco_case, "Only in the original.")
    original_notes = [e.summary for e in written.timeline.entries(telco_case)]
    assert "Only in the copy." not in original_notes
    with open_case_file(target, writable=False) as copy:
        copy_notes = [e.summary for e in Services.for_file(copy).timeline.entries(telco_case)]
    assert "Only in the original." not in copy_notes
    assert "Only in the copy." in copy_notes


def test_an_existing_file_is_replaced_whole(
    written: Services, case_file: CaseFile, tmp_path: Path
) -> None:
    target = tmp_path / "old.proxydesk"
    target.write_text("an older copy")
    save_copy(case_file, target)
    assert rows(target) == rows(case_file.path)
    assert [p.name for p in tmp_path.iterdir() if "partial" in p.name] == []


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", ".lock"])
def test_the_open_file_itself_is_never_overwritten(
    written: Services, case_file: CaseFile, suffix: str
) -> None:
    before = rows(case_file.path)
    target = case_file.path.with_name(case_file.path.name + suffix)
    with pytest.raises(FileProblem):
        save_copy(case_file, target)
    assert rows(case_file.path) == before


def test_a_folder_that_is_not_there_is_told(case_file: CaseFile, tmp_path: Path) -> None:
    with pytest.raises(FileProblem, match="no folder"):
        save_copy(case_file, tmp_path / "missing" / "copy.proxydesk")


def test_a_read_only_file_can_be_copied(
    written: Services, case_file: CaseFile, tmp_path: Path
) -> None:
    path = case_file.path
    case_file.close()
    with open_case_file(path, writable=False) as reading:
        save_copy(reading, tmp_path / "copy.proxydesk")
    assert rows(tmp_path / "copy.proxydesk") == rows(path)
