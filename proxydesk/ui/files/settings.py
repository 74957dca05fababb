"""What the app remembers between runs (QSettings): the recent files and the window's layout.

Only window and UI state lives here; what belongs to a case file is stored in the file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

#: how many files File → Open Recent lists
RECENT_COUNT = 8

RECENT_KEY = "files/recent"
LAST_KEY = "files/last"
LAYOUT_GROUP = "window"


def app_settings() -> QSettings:
    """The app's settings, in an INI file under the user's configuration folder."""
    # names from QApplication (organization, application); the same format on every platform
    scope = QSettings.Scope.UserScope
    return QSettings(QSettings.Format.IniFormat, scope, "ProxyDesk", "ProxyDesk")


def _paths(value: object) -> list[Path]:
    # an INI file hands back one string for a one-item list, and None for an empty one
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return []
    return [Path(item) for item in value if isinstance(item, str) and item]


class RecentFiles:
    """The files opened last, newest first, at most ``RECENT_COUNT``; the last one to reopen."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else app_settings()

    def paths(self) -> list[Path]:
        return _paths(self._settings.value(RECENT_KEY, []))[:RECENT_COUNT]

    def add(self, path: Path) -> None:
        """``path`` was opened: it goes to the top of the list and is the file to reopen."""
        path = path.absolute()
        others = [p for p in self.paths() if p != path]
        self._write([path, *others][:RECENT_COUNT])
        self._settings.setValue(LAST_KEY, str(path))
        self._settings.sync()

    def clear(self) -> None:
        """Forget the list; the file to reopen at start is kept."""
        self._write([])
        self._settings.sync()

    def last(self) -> Path | None:
        value = self._settings.value(LAST_KEY, "")
        return Path(value) if isinstance(value, str) and value else None

    def _write(self, paths: list[Path]) -> None:
        self._settings.setValue(RECENT_KEY, [str(p) for p in paths])


class LayoutStore:
    """Named pieces of window layout (``saveGeometry``, ``saveState`` blobs) kept as bytes."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else app_settings()

    def get(self, name: str) -> QByteArray | None:
        value = self._settings.value(f"{LAYOUT_GROUP}/{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def put(self, name: str, state: QByteArray) -> None:
        self._settings.setValue(f"{LAYOUT_GROUP}/{name}", state)

    def sync(self) -> None:
        self._settings.sync()
