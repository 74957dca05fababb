"""The case file on disk: migrations, backup before upgrade, newer files, locking, audit."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, select, text

from proxydesk.errors import FileFromNewerVersion, FileInUse, FileProblem, NotACaseFile
from proxydesk.services.registry import Services
from proxydesk.storage.database import (
    CaseFile,
    alembic_config,
    head_revision,
    known_revisions,
    open_case_file,
)
from proxydesk.storage.models import AuditEntry
from proxydesk.storage.revision import read_revision


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def dump(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def build_at_revision(path: Path, revision: str) -> None:
    """A file as an older ProxyDesk left it: migrated only up to ``revision``."""
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        config = alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
        # every ProxyDesk wrote these when it made a file; with the tables they recognise it
        conn.execute(
            text(
                "INSERT INTO settings (key, value) VALUES ('file_id', 'f00d'), "
                "('timezone', 'Europe/Berlin')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO organizations (name, asks_for_power_of_attorney, notes) "
                "VALUES ('Telvia AG', 1, '')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO cases (title, organization_id, status, opened_at, "
                "story_so_far) VALUES ('Email address', 1, 'open', "
                "'2012-03-15T08:00:00.000000Z', '')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO events (case_id, kind, occurred_at, channel, direction, "
                "summary, body) VALUES (1, 'call', '2012-03-15T09:14:00.000000Z', "
                "'phone', 'out', 'Hotline: blocked for 180 days', 'agent said so')"
            )
        )
    engine.dispose()


def test_revisions_start_at_the_first_schema() -> None:
    assert known_revisions()[0] == "0001"
    assert known_revisions()[-1] == head_revision()


def test_new_file_is_at_head_with_wal_and_foreign_keys(case_file: CaseFile) -> None:
    assert read_revision(case_file.path) == head_revision()
    with case_file.reading() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
    assert case_file.setting("timezone") == "Europe/Berlin"
    assert len(case_file.setting("file_id")) == 36


def test_every_older_revision_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    for old in known_revisions()[:-1]:
        path = tmp_path / f"rev{old}.proxydesk"
        build_at_revision(path, old)
        before = dump(path)
        with open_case_file(path) as opened:
            assert opened.backup_path is not None
            assert dump(opened.backup_path) == before
            assert read_revision(opened.backup_path) == old
            assert read_revision(path) == head_revision()
            services = Services.for_file(opened)
            # the data came along, and the timeline search added later indexes it
            assert [e.summary for e in services.timeline.entries(1)] == [
                "Hotline: blocked for 180 days"
            ]
            assert [e.id for e in services.timeline.search("blocked 180")] == [1]


def test_opening_a_current_file_makes_no_backup(case_path: Path) -> None:
    open_case_file(case_path, create=True).close()
    with open_case_file(case_path) as opened:
        assert opened.backup_path is None
    assert sorted(p.name for p in case_path.parent.iterdir()) == [
        case_path.name,
        case_path.name + ".lock",
    ]


def test_file_from_a_newer_proxydesk_is_refused_and_untouched(case_path: Path) -> None:
    open_case_file(case_path, create=True).close()
    con = sqlite3.connect(case_path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    before = digest(case_path)
    names = sorted(p.name for p in case_path.parent.iterdir())
    with pytest.raises(FileFromNewerVersion, match="newer ProxyDesk"):
        open_case_file(case_path)
    with pytest.raises(FileFromNewerVersion):
        open_case_file(case_path, writable=False)
    assert digest(case_path) == before
    assert sorted(p.name for p in case_path.parent.iterdir()) == names


def test_foreign_files_are_refused(tmp_path: Path) -> None:
    garbage = tmp_path / "notes.txt"
    garbage.write_text("not a database at all, just some text " * 20)
    with pytest.raises(NotACaseFile):
        open_case_file(garbage)
    other = tmp_path / "other.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.close()
    with pytest.raises(NotACaseFile):
        open_case_file(other)
    with pytest.raises(FileProblem, match="no case file"):
        open_case_file(tmp_path / "missing.proxydesk")


def test_second_writer_in_another_process_gets_a_clear_message(case_file: CaseFile) -> None:
    probe = textwrap.dedent(f"""
        from proxydesk.errors import FileInUse
        from proxydesk.storage.database import open_case_file
        try:
            open_case_file({str(case_file.path)!r})
        except FileInUse as exc:
            print("IN USE:", exc)
        else:
            print("OPENED")
        with open_case_file({str(case_file.path)!r}, writable=False) as reader:
            print("READ", reader.setting("timezone"))
    """)
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert "IN USE:" in out.stdout and "another ProxyDesk" in out.stdout
    assert "READ Europe/Berlin" in out.stdout


def test_lock_is_released_on_close(case_path: Path) -> None:
    first = open_case_file(case_path, create=True)
    with pytest.raises(FileInUse):
        open_case_file(case_path)
    first.close()
    open_case_file(case_path).close()


def test_audit_log_records_every_change_and_refuses_rewrites(
    services: Services, case_file: CaseFile
) -> None:
    relative = services.directory.add_relative("Gerda Voß")
    services.directory.add_organization("Telvia AG")
    case = services.cases.add_case("Move the line", "Telvia", relatives=[relative.id])
    services.cases.set_story(case.id, "We asked to move the line on 28 Feb.")
    with case_file.reading() as session:
        entries = list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))
    changes = [(e.action, e.entity) for e in entries]
    assert ("insert", "relatives") in changes
    assert ("insert", "cases") in changes
    story = [e for e in entries if e.action == "update" and e.entity == "cases"]
    assert story[-1].changes["story_so_far"] == {
        "old": "",
        "new": "We asked to move the line on 28 Feb.",
    }
    inserted = [e for e in entries if e.entity == "cases" and e.action == "insert"]
    assert inserted[0].changes["relatives"] == [str(relative.id)]
    con = sqlite3.connect(case_file.path)
    for statement in ("UPDATE audit_log SET action = 'x'", "DELETE FROM audit_log"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            con.execute(statement)
    con.close()


def test_attachments_are_stored_once_by_content(
    services: Services, telco_case: int, case_file: CaseFile, tmp_path: Path
) -> None:
    scan = tmp_path / "vollmacht.pdf"
    scan.write_bytes(b"%PDF-1.4 signed power of attorney")
    copy = tmp_path / "copy.pdf"
    copy.write_bytes(scan.read_bytes())
    first = services.timeline.add_note(telco_case, "fax sent")
    second = services.timeline.add_note(telco_case, "fax sent again")
    assert services.timeline.attach(first.id, scan) == services.timeline.attach(second.id, copy)
    with case_file.reading() as session:
        assert session.execute(text("SELECT count(*) FROM blobs")).scalar() == 1
        assert session.execute(text("SELECT count(*) FROM attachments")).scalar() == 2


def test_migrations_build_exactly_the_models(case_file: CaseFile) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from proxydesk.storage import mail_models  # noqa: F401 - the mail tables
    from proxydesk.storage.models import Base

    def not_fts(obj: object, name: str | None, type_: str, *_: object) -> bool:
        return not (type_ == "table" and name is not None and name.startswith("events_fts"))

    with case_file.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": not_fts})
        assert compare_metadata(context, Base.metadata) == []
