"""Typed errors raised by the core; the CLI and the UI put them into words for the user."""

from __future__ import annotations


class ProxyDeskError(Exception):
    """Base for every error the user should see as one plain sentence."""


class NotFound(ProxyDeskError):
    """A relative, organization, case, promise ... named by the user does not exist."""


class Ambiguous(ProxyDeskError):
    """A name matches more than one record; the user must give the id."""


class InvalidInput(ProxyDeskError):
    """A value the user gave cannot be used (bad date, missing field, due before made ...)."""


class InvalidTransition(ProxyDeskError):
    """A status change that the domain does not allow (e.g. resolving a promise twice)."""


class FileProblem(ProxyDeskError):
    """The case file cannot be opened as asked."""


class FileFromNewerVersion(FileProblem):
    """The file was written by a newer ProxyDesk; it is left untouched."""


class NotACaseFile(FileProblem):
    """The file exists but is not a ProxyDesk case file."""


class FileInUse(FileProblem):
    """Another ProxyDesk process holds the file open for writing."""


class FileBusy(ProxyDeskError):
    """Other work (a mail sync, another program) kept the file's write lock too long."""


class FileDamaged(FileProblem):
    """The case file fails its integrity check; it is not written, a backup may be put back."""

    def __init__(self, message: str, backup_id: str | None = None) -> None:
        super().__init__(message)
        self.backup_id = backup_id
