"""The faces' way to the backups beside a case file: list them, put one back."""

from __future__ import annotations

from pathlib import Path

from proxydesk.storage.backups import Backup, list_backups, quick_check
from proxydesk.storage.backups import restore as _restore

__all__ = ["Backup", "is_good", "list_backups", "restore"]


def is_good(backup: Backup) -> bool:
    """Whether the backup passes its quick check."""
    return quick_check(backup.path) is None


def restore(path: Path, ident: str) -> Backup:
    """Put backup ``ident`` back as the case file ``path`` (closed everywhere); the file as it
    was is kept as a backup first, which is returned."""
    return _restore(Path(path), ident)
