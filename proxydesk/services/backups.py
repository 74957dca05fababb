"""The backups beside a case file and the integrity check: list, restore, check, keep the day's."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from proxydesk.errors import FileDamaged
from proxydesk.storage.backups import Backup, list_backups, quick_check
from proxydesk.storage.backups import restore as _restore

if TYPE_CHECKING:
    from proxydesk.storage.database import CaseFile

__all__ = [
    "Backup",
    "before_writing",
    "check_after_first_screen",
    "integrity",
    "is_good",
    "list_backups",
    "restore",
]


def is_good(backup: Backup) -> bool:
    """Whether the backup passes its quick check."""
    return quick_check(backup.path) is None


def restore(path: Path, ident: str) -> Backup:
    """Put backup ``ident`` back as the case file ``path`` (closed everywhere); the file as it
    was is kept as a backup first, which is returned."""
    return _restore(Path(path), ident)


def integrity(path: Path) -> FileDamaged | None:
    """The quick check of the whole file (``PRAGMA quick_check``): None when it is good, else
    the damage in plain words with the newest good backup and the command that puts it back."""
    from proxydesk.storage import backups

    problem = backups.quick_check(path, read_only=False)
    if problem is None:
        return None
    good = backups.newest_good(path)
    if good is None:
        offer = "no good backup of it was found"
    else:
        offer = (
            f"restore the newest good backup ({good.taken:%Y-%m-%d %H:%M} UTC) with: "
            f"proxydesk --file {path} backups restore {good.id}"
        )
    return FileDamaged(
        f"{path} is damaged ({problem}); nothing was written to it; {offer}",
        good.id if good is not None else None,
    )


def before_writing(path: Path) -> None:
    """Before a command's first write: the quick check (a damaged file is refused), then
    the day's backup when there is none yet (older ones pruned by the rule)."""
    from proxydesk.storage import backups
    from proxydesk.storage.access import can_write

    if not Path(path).is_file() or not can_write(path):
        return  # nothing to keep a backup of, or a file the open refuses to write in words
    found = integrity(path)
    if found is not None:
        raise found
    backups.daily(path)


def check_after_first_screen(case_file: CaseFile) -> None:
    """The app's integrity check, on the runner: a damaged file is switched to read-only
    (``case_file.damage`` says why and which backup to offer); a good one gets the day's
    backup when it has none yet."""
    from proxydesk.storage import backups

    case_file.damage = integrity(case_file.path)
    if case_file.damage is not None:
        case_file.writable = False
    elif case_file.writable:
        backups.daily(case_file.path)
