"""The one way in: the schema revision is read once per open, the time zone once per file."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from proxydesk.services import opening
from proxydesk.services.registry import Services
from proxydesk.storage import database, revision
from tests.core.clock import FixedClock


@pytest.fixture
def closed_file(tmp_path: Path) -> Path:
    path = tmp_path / "family.proxydesk"
    opening.new_file(path, timezone="Europe/Berlin").close()
    return path


@pytest.fixture
def revisions_read(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    read: list[Path] = []
    real = revision.read_file_state

    def counted(path: Path) -> tuple[str | None, bool]:
        read.append(path)
        return real(path)

    monkeypatch.setattr(revision, "read_file_state", counted)
    return read


def test_the_quick_way_in_reads_the_revision_once(
    closed_file: Path, revisions_read: list[Path]
) -> None:
    quick = opening.open_quickly(closed_file)
    assert quick is not None
    services = opening.load_services(quick, cancel=threading.Event())
    try:
        assert services.case_file.writable
        assert len(revisions_read) == 1
    finally:
        services.case_file.close()
        quick.reader.close()


@pytest.mark.parametrize("writable", [True, False])
def test_a_command_reads_the_revision_once(
    closed_file: Path, revisions_read: list[Path], writable: bool
) -> None:
    with opening.open_for_command(closed_file, writable=writable) as opened:
        assert opened.services.directory.relatives() == []
        assert opened.reader.cases.cases() == []
    assert len(revisions_read) == 1


def test_the_services_read_the_time_zone_once(
    closed_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    real: Callable[..., str] = database.CaseFile.setting

    def counted(self: database.CaseFile, key: str, default: str = "") -> str:
        asked.append(key)
        return real(self, key, default)

    monkeypatch.setattr(database.CaseFile, "setting", counted)
    with opening.open_file(closed_file, writable=False) as case_file:
        services = Services.for_file(case_file, FixedClock())
        assert str(services.cases.tz) == str(services.promises.tz) == "Europe/Berlin"
    assert asked.count("timezone") == 1


def test_a_read_only_command_the_readers_cannot_take_goes_the_full_way_first(
    closed_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # as if the file were at an older schema: the full way in (backup, upgrade) takes it
    monkeypatch.setattr(revision.FileState, "at_head", property(lambda self: False))
    with opening.open_for_command(closed_file, writable=False) as opened:
        assert opened.case_file is not None and not opened.case_file.writable
        assert opened.reader.cases.cases() == []
