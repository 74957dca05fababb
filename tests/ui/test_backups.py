"""File → Backups… and the integrity check after the first screen: a damaged file is said so,
opened read-only, and its newest good backup offered; a restore reopens the file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from proxydesk.errors import FileDamaged, FileProblem
from proxydesk.storage import backups
from proxydesk.ui.app import AppController
from proxydesk.ui.files import backups as backups_ui
from proxydesk.ui.files.backups import BackupsDialog, BackupsMenu
from tests.core.test_backups import damage
from tests.ui.test_files import controllers, make_file, shown, story  # noqa: F401  (fixtures)


def kinds(path: Path) -> list[str]:
    return [b.kind for b in backups.list_backups(path)]


def test_a_damaged_file_is_said_so_opened_read_only_and_its_backup_put_back(
    qtbot: QtBot,
    controllers: Callable[..., AppController],  # noqa: F811
    tmp_path: Path,
    story: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = make_file(tmp_path / "brandt.proxydesk", story=story)
    good = backups.take(path)
    damage(path)
    assert backups.quick_check(path) is not None
    offered: list[FileDamaged] = []

    def offer(_parent: object, found: FileDamaged) -> bool:
        offered.append(found)
        # while it is offered the file is read-only: nothing more is written to it
        with (
            pytest.raises(FileProblem, match="read-only"),
            shown(controller).services.case_file.unit_of_work(),
        ):
            pass
        return True

    monkeypatch.setattr(backups_ui, "offer_restore", offer)
    controller = controllers()
    assert controller.start(path, demo=False)
    qtbot.waitUntil(lambda: bool(offered), timeout=10_000)
    assert offered[0].backup_id == good.id and "damaged" in str(offered[0])
    # put back, the file as it was kept, and the window on the file again
    qtbot.waitUntil(lambda: backups.BEFORE_RESTORE in kinds(path), timeout=10_000)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    assert backups.quick_check(path) is None
    window = shown(controller)
    qtbot.waitUntil(lambda: window.features is not None, timeout=10_000)
    assert window.services.case_file.writable and window.services.case_file.damage is None


def test_file_backups_lists_them_and_a_restore_reopens_the_file(
    qtbot: QtBot,
    controllers: Callable[..., AppController],  # noqa: F811
    tmp_path: Path,
    story: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = make_file(tmp_path / "brandt.proxydesk", story=story)
    controller = controllers()
    assert controller.open_file(path)
    old = shown(controller)
    # the check after the first screen found the file good and kept the day's backup
    qtbot.waitUntil(lambda: kinds(path) == [backups.DAILY], timeout=10_000)
    [daily] = backups.list_backups(path)

    dialog = BackupsDialog(old, path)
    qtbot.addWidget(dialog)
    assert dialog.list.topLevelItemCount() == 1
    assert dialog.list.topLevelItem(0).text(1) == "daily"  # type: ignore[union-attr]
    asked: list[str] = []
    monkeypatch.setattr(backups_ui, "confirm_restore", lambda _p, taken: not asked.append(taken))
    dialog.ask_restore()
    assert dialog.chosen == daily.id and len(asked) == 1

    menu = old.findChild(BackupsMenu)
    assert menu is not None and menu.action.text()
    menu.restore_requested.emit(path, daily.id)
    qtbot.waitUntil(lambda: backups.BEFORE_RESTORE in kinds(path), timeout=10_000)
    qtbot.waitUntil(lambda: controller.window not in (None, old), timeout=10_000)
    assert shown(controller).services.case_file.path == path


def test_a_restore_without_backups_has_nothing_to_choose(qtbot: QtBot, tmp_path: Path) -> None:
    path = make_file(tmp_path / "empty.proxydesk")
    dialog = BackupsDialog(None, path)
    qtbot.addWidget(dialog)
    assert dialog.list.topLevelItemCount() == 0 and not dialog.restore_button.isEnabled()
