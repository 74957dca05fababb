"""ProxyDesk's own log file: what happened, never a password or a mail's content."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from platformdirs import user_log_path

LOG_ENV = "PROXYDESK_LOG"


def log_file() -> Path:
    explicit = os.environ.get(LOG_ENV)
    return (
        Path(explicit)
        if explicit
        else user_log_path("ProxyDesk", appauthor=False) / "proxydesk.log"
    )


def setup_logging() -> Path:
    """Log to a rotating file; imapclient's protocol traces stay off (they would show mail)."""
    path = log_file()
    root = logging.getLogger("proxydesk")
    for handler in list(root.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            if Path(handler.baseFilename) == path.absolute():
                return path
            root.removeHandler(handler)  # the log moved (another file, another test)
            handler.close()
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    logging.getLogger("imapclient").setLevel(logging.WARNING)
    return path
