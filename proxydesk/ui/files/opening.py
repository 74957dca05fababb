"""Opening a case file for the app: made when missing, read-only when asked, the demo."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale

from proxydesk.errors import FileInUse

if TYPE_CHECKING:
    from proxydesk.storage.database import CaseFile

DEMO_FILE_NAME = "demo.proxydesk"

#: asked when another ProxyDesk writes the file: open it read-only instead?
AskReadOnly = Callable[[FileInUse], bool]


def open_for_app(
    path: Path, ask_read_only: AskReadOnly, *, create_missing: bool = True
) -> CaseFile | None:
    """Open the file for writing, making it (and its folder) when it does not exist yet.

    When another ProxyDesk holds it, ``ask_read_only`` decides whether to open it read-only;
    None means the user chose not to open it. Without ``create_missing`` a file that is not
    there is an error (one chosen from a list may have gone meanwhile).
    """
    from proxydesk.storage.database import open_case_file

    create = create_missing and (not path.exists() or path.stat().st_size == 0)
    if create:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        return open_case_file(path, create=create, writable=True)
    except FileInUse as exc:
        if not ask_read_only(exc):
            return None
        return open_case_file(path, writable=False)


def open_demo(folder: Path | None = None, language: str | None = None) -> CaseFile:
    """A fresh case file with the demo case, in ``folder`` or a new temporary one.

    The case is told in ``language`` ("de" or "en"), by default in the UI's: installing a
    language sets the default locale to it (``ui/language.py``).
    """
    from proxydesk.services.demo import DEMO_TIMEZONE, build_demo
    from proxydesk.storage.database import open_case_file

    if language is None:
        language = "de" if QLocale().language() == QLocale.Language.German else "en"

    made = folder is None
    folder = folder if folder is not None else Path(tempfile.mkdtemp(prefix="proxydesk-demo-"))
    try:
        case_file = open_case_file(folder / DEMO_FILE_NAME, create=True, timezone=DEMO_TIMEZONE)
        try:
            build_demo(case_file, language)
        except BaseException:
            case_file.close()
            raise
    except BaseException:
        if made:
            shutil.rmtree(folder, ignore_errors=True)
        raise
    return case_file
