"""Where the case file lives unless the user says otherwise."""

from __future__ import annotations

import os
from pathlib import Path

from proxydesk.errors import InvalidInput

FILE_ENV = "PROXYDESK_FILE"
SUFFIX = ".proxydesk"


def default_file() -> Path:
    from platformdirs import user_data_path  # only when no file is named: a first start

    return user_data_path("ProxyDesk", appauthor=False) / f"casefile{SUFFIX}"


def chosen_file(explicit: str | None) -> Path:
    """``--file`` first, then ``$PROXYDESK_FILE``, then the platform's data folder.

    An empty name (``--file ""``, or the variable set but empty, as a script with an unset
    variable gives it) is refused: falling back to the default file would write the user's
    real file.
    """
    if explicit is not None:
        return _named(explicit, "--file")
    from_env = os.environ.get(FILE_ENV)
    if from_env is not None:
        return _named(from_env, f"${FILE_ENV}")
    return default_file()


def _named(name: str, where: str) -> Path:
    if not name.strip():
        raise InvalidInput(f"{where} is empty; name the case file")
    return Path(name).expanduser()


def start_file(explicit: str | None, last: Path | None = None) -> Path | None:
    """The file the desktop app opens at start; None on a first start, with nothing to open.

    ``--file`` and ``$PROXYDESK_FILE`` as for the command line; then the file the app had open
    last, while it is still there; then the default file, if it is there. The command line
    keeps to ``chosen_file``: what the app last had open does not change what a script writes.
    """
    if explicit is not None or FILE_ENV in os.environ:
        return chosen_file(explicit)
    if last is not None and last.is_file():
        return last
    default = default_file()
    return default if default.exists() else None
