"""Typed mail errors; each message says what happened and what to do, and never holds a password."""

from __future__ import annotations

from proxydesk.errors import ProxyDeskError
from proxydesk.progress import Cancelled


class MailError(ProxyDeskError):
    """Base of everything that can go wrong talking to a mailbox."""


class KeyringUnavailable(MailError):
    """No usable system keyring: passwords have nowhere safe to live."""


class PasswordMissing(MailError):
    """The keyring holds no password for this mail account."""


class LoginFailed(MailError):
    """The server refused the user name or password."""


class ConnectionLost(MailError):
    """The server could not be reached, or the connection dropped or timed out."""


class SyncCancelled(MailError, Cancelled):
    """The user stopped the sync; what was fetched before is kept."""
