"""The questions about files: which file to open, where a new file or a copy goes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from proxydesk.locations import SUFFIX


def with_suffix(path: Path) -> Path:
    """A case file's name ends in ``.proxydesk``; a name typed without it gets it."""
    return path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX)


class FileDialogs(QObject):
    """The file dialogs of the File menu and the first-start guide; tests put in their own."""

    def _filter(self) -> str:
        return self.tr("ProxyDesk case files (*{suffix});;All files (*)").format(suffix=SUFFIX)

    def ask_open_path(self, parent: QWidget | None, folder: Path | None = None) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(
            parent, self.tr("Open a case file"), str(folder or Path.home()), self._filter()
        )
        return Path(chosen) if chosen else None

    def ask_new_path(self, parent: QWidget | None, suggested: Path) -> Path | None:
        return self._save_path(parent, self.tr("New case file"), suggested)

    def ask_copy_path(self, parent: QWidget | None, suggested: Path) -> Path | None:
        return self._save_path(parent, self.tr("Save a copy of the case file"), suggested)

    def _save_path(self, parent: QWidget | None, title: str, suggested: Path) -> Path | None:
        dialog = QFileDialog(parent, title, str(suggested), self._filter())
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        # the suffix is added before the dialog asks about replacing a file, not after
        dialog.setDefaultSuffix(SUFFIX.lstrip("."))
        dialog.selectFile(suggested.name)
        if not dialog.exec() or not dialog.selectedFiles():
            return None
        return with_suffix(Path(dialog.selectedFiles()[0]))
