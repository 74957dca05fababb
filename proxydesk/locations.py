"""Where the case file lives unless the user says otherwise."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

FILE_ENV = "PROXYDESK_FILE"
SUFFIX = ".proxydesk"


def default_file() -> Path:
    return user_data_path("ProxyDesk", appauthor=False) / f"casefile{SUFFIX}"


def chosen_file(explicit: str | None) -> Path:
    """``--file`` first, then ``$PROXYDESK_FILE``, then the platform's data folder."""
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(FILE_ENV)
    if from_env:
        return Path(from_env).expanduser()
    return default_file()
