"""Rolling backups (one a day for 7 days, one a week for 4 weeks) and the integrity check:
a damaged file is refused before a write, in one line naming the backup that puts it right."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from proxydesk.cli.main import main
from proxydesk.errors import FileInUse, InvalidInput
from proxydesk.output_files import check_output
from proxydesk.storage import backups
from proxydesk.storage.locking import WriterLock


def run(path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--file", str(path), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "family.proxydesk"
    assert run(path, capsys, "init", "--demo")[0] == 0
    return path


def damage(path: Path) -> None:
    """16 KB of random bytes into the middle of the file, as a failing disk would."""
    size = path.stat().st_size
    with open(path, "r+b") as file:
        file.seek(size // 2 - 8192)
        file.write(os.urandom(16384))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def notes(path: Path) -> list[str]:
    db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return [r[0] for r in db.execute("SELECT summary FROM events")]
    finally:
        db.close()


def test_the_first_write_of_a_day_makes_a_checked_backup_of_one_file(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert backups.list_backups(demo) == []
    assert run(demo, capsys, "note", "--case", "1", "--text", "first of the day")[0] == 0
    assert run(demo, capsys, "note", "--case", "1", "--text", "second of the day")[0] == 0
    [made] = backups.list_backups(demo)
    assert made.kind == backups.DAILY
    assert backups.quick_check(made.path) is None
    # the file as it was before the day's first write, whole in one file (no WAL of its own)
    assert "first of the day" not in notes(made.path)
    assert sorted(p.name for p in demo.parent.iterdir() if "backup" in p.name) == [made.path.name]
    # an output never lands on it
    with pytest.raises(InvalidInput):
        check_output(made.path)


def test_a_listing_makes_no_backup_and_no_check(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damage(demo)
    code, _, _ = run(demo, capsys, "remind", "--due")
    assert code in (0, 1, 2)
    assert backups.list_backups(demo) == []


def test_the_rule_keeps_a_day_for_a_week_and_a_week_for_four_weeks(tmp_path: Path) -> None:
    path = tmp_path / "family.proxydesk"
    sqlite3.connect(path).close()
    now = datetime(2026, 12, 8, 12, 0, tzinfo=UTC)
    for days in range(60):
        for hour in (1, 9):
            backups.take(path, now=now - timedelta(days=days, hours=hour))
    upgrade = path.with_name(path.name + ".backup-20200101T000000Z-rev0003")
    upgrade.write_bytes(b"kept")
    backups.prune(path, now=now)
    daily = [b for b in backups.list_backups(path) if b.kind == backups.DAILY]
    days = sorted({(now.date() - b.taken.date()).days for b in daily})
    assert days[:7] == list(range(7))  # each of the last 7 days
    assert max(days) < 28 and len(days) <= 7 + 4  # and one a week back to four weeks
    weeks = {b.taken.isocalendar()[:2] for b in daily}
    assert len(weeks) == len({(now - timedelta(days=d)).isocalendar()[:2] for d in range(28)})
    assert len({b.taken.date() for b in daily}) == len(daily)  # the newest of its day
    assert all(b.taken.hour == 11 for b in daily)
    assert upgrade.exists()  # the copy before an upgrade is never pruned


def test_a_damaged_file_is_refused_before_a_write_with_the_restore_named(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(demo, capsys, "note", "--case", "1", "--text", "before the damage")[0] == 0
    [good] = backups.list_backups(demo)
    damage(demo)
    before = digest(demo)
    code, out, err = run(demo, capsys, "note", "--case", "1", "--text", "into a damaged file")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "is damaged" in err
    assert f"proxydesk --file {demo} backups restore {good.id}" in err
    assert digest(demo) == before  # nothing written

    code, out, err = run(demo, capsys, "backups", "restore", good.id)
    assert code == 0, err
    assert backups.quick_check(demo) is None
    kept = [b for b in backups.list_backups(demo) if b.kind == backups.BEFORE_RESTORE]
    assert len(kept) == 1 and digest(kept[0].path) == before  # the damaged file, kept
    assert run(demo, capsys, "note", "--case", "1", "--text", "after the restore")[0] == 0
    assert "after the restore" in notes(demo)


def test_a_restore_keeps_the_file_as_it_was_and_lists_it(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(demo, capsys, "note", "--case", "1", "--text", "kept")[0] == 0
    [daily] = backups.list_backups(demo)
    code, out, err = run(demo, capsys, "backups", "restore", daily.id)
    assert code == 0, err
    assert "kept" not in notes(demo)
    listed = json.loads(run(demo, capsys, "backups", "--json")[1])
    assert [b["kind"] for b in listed] == [backups.BEFORE_RESTORE, backups.DAILY]
    assert "kept" in notes(Path(listed[0]["path"]))
    code, out, _ = run(demo, capsys, "backups")
    assert daily.id in out and "before a restore" in out


def test_a_restore_needs_the_file_closed_everywhere(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    made = backups.take(demo)
    before = digest(demo)
    lock = WriterLock(demo)
    lock.acquire()
    try:
        with pytest.raises(FileInUse):
            backups.restore(demo, made.id)
        code, _, err = run(demo, capsys, "backups", "restore", made.id)
        assert code == 2 and "open for writing" in err and err.count("\n") == 1
    finally:
        lock.release()
    assert digest(demo) == before
    assert [b.kind for b in backups.list_backups(demo)] == [backups.DAILY]


def test_an_unknown_backup_is_one_line(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(demo, capsys, "backups", "restore", "20200101T000000Z-daily")
    assert code == 2 and err.count("\n") == 1 and "no backup" in err
