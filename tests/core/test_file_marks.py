"""How a case file is recognised: its own mark, checked before anything is written."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from proxydesk.cli.main import main
from proxydesk.errors import FileProblem, NotACaseFile
from proxydesk.services import opening
from proxydesk.storage.revision import APPLICATION_ID, SCHEMA_HEAD


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def application_id(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute("PRAGMA application_id").fetchone()[0])
    finally:
        con.close()


def run(path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--file", str(path), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def foreign(tmp_path: Path) -> Path:
    """Another program's SQLite file that happens to use Alembic too, at revision 0001."""
    path = tmp_path / "inventory.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    con.execute("INSERT INTO alembic_version VALUES ('0001')")
    con.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)")
    con.execute("CREATE TABLE parts (id INTEGER PRIMARY KEY, name TEXT)")
    con.execute("INSERT INTO parts (name) VALUES ('bolt')")
    con.commit()
    con.close()
    return path


@pytest.fixture
def made(tmp_path: Path) -> Path:
    path = tmp_path / "family.proxydesk"
    opening.make_file(path, timezone="Europe/Berlin")
    return path


def test_a_new_case_file_carries_the_mark(made: Path) -> None:
    assert application_id(made) == APPLICATION_ID
    assert opening.check(made).marked


@pytest.mark.parametrize(
    "command", [["cases", "--json"], ["remind", "--due"], ["relative", "add", "Gerda"]]
)
def test_a_foreign_database_is_refused_and_left_byte_for_byte(
    foreign: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    before = digest(foreign)
    names = sorted(p.name for p in foreign.parent.iterdir())
    code, out, err = run(foreign, capsys, *command)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and "not a ProxyDesk case file" in err
    # no WAL switch, no backup, no lock file
    assert digest(foreign) == before
    assert sorted(p.name for p in foreign.parent.iterdir()) == names


def test_the_app_is_told_a_foreign_database_is_no_case_file(foreign: Path) -> None:
    before = digest(foreign)
    assert opening.open_quickly(foreign) is None
    with pytest.raises(NotACaseFile):
        opening.open_for_app(foreign, lambda _exc: True)
    assert digest(foreign) == before
    assert sorted(p.name for p in foreign.parent.iterdir()) == [foreign.name]


def test_another_programs_mark_is_refused(made: Path) -> None:
    con = sqlite3.connect(made)
    con.execute("PRAGMA application_id = 1234")
    con.commit()
    con.close()
    with pytest.raises(NotACaseFile, match="another program"):
        opening.check(made)


def test_an_older_case_file_is_recognised_and_marked_when_first_written(made: Path) -> None:
    con = sqlite3.connect(made)
    con.execute("PRAGMA application_id = 0")  # as a ProxyDesk before the mark left it
    con.commit()
    con.close()
    with opening.open_for_command(made, writable=False) as opened:
        assert opened.reader.cases.cases() == []
    assert application_id(made) == 0  # a read writes nothing
    with opening.open_for_command(made, writable=True) as opened:
        opened.services.directory.add_relative("Gerda Voß")
    assert application_id(made) == APPLICATION_ID


def test_an_empty_sqlite_file_is_not_taken_for_an_empty_case_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.proxydesk"
    con = sqlite3.connect(path)
    con.execute("PRAGMA user_version = 1")  # a header, no tables
    con.close()
    before = digest(path)
    with pytest.raises(NotACaseFile):
        opening.open_for_command(path, writable=True)
    assert digest(path) == before


def _set_revision(path: Path, statement: str) -> None:
    con = sqlite3.connect(path)
    con.execute(statement)
    con.commit()
    con.close()


@pytest.mark.parametrize(
    ("statement", "words"),
    [
        ("DELETE FROM alembic_version", "schema revision is missing"),
        ("UPDATE alembic_version SET version_num = '0003'", "tables disagree"),
    ],
)
def test_a_revision_row_that_disagrees_with_the_tables_is_said_plainly(
    made: Path, capsys: pytest.CaptureFixture[str], statement: str, words: str
) -> None:
    _set_revision(made, statement)
    before = digest(made)
    code, out, err = run(made, capsys, "cases", "--json")
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and words in err
    assert digest(made) == before
    assert not list(made.parent.glob("*.backup-*"))
    with pytest.raises(FileProblem, match=words):
        opening.open_for_app(made, lambda _exc: True)
    assert opening.open_quickly(made) is None
    _set_revision(made, "DELETE FROM alembic_version")
    _set_revision(made, f"INSERT INTO alembic_version VALUES ('{SCHEMA_HEAD}')")
    with opening.open_for_command(made, writable=False) as opened:
        assert opened.reader.cases.cases() == []
