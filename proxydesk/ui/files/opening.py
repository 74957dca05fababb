"""The demo file for the app, told in the UI's language (the rest of opening is Qt-free, in
``proxydesk.services.opening``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale

from proxydesk.services import opening

if TYPE_CHECKING:
    from proxydesk.services.opening import CaseFile


def open_demo(folder: Path | None = None, language: str | None = None) -> CaseFile:
    """A fresh case file with the demo case, in ``folder`` or a new temporary one.

    The case is told in ``language`` ("de" or "en"), by default in the UI's: installing a
    language sets the default locale to it (``ui/language.py``).
    """
    if language is None:
        language = "de" if QLocale().language() == QLocale.Language.German else "en"
    return opening.open_demo(folder, language)
