"""Mail errors in the user's words: what happened, then what to do."""

from __future__ import annotations

from PySide6.QtCore import QObject

from proxydesk.errors import FileBusy, InvalidInput, NotFound, ProxyDeskError
from proxydesk.mail.errors import (
    ConnectionLost,
    KeyringUnavailable,
    LoginFailed,
    PasswordMissing,
    SyncCancelled,
)


class MailErrorWords(QObject):
    """One short paragraph per error; the core's own sentence follows as the detail."""

    def headline(self, error: BaseException) -> str:
        if isinstance(error, LoginFailed):
            return self.tr("The mail server did not accept the user name or password.")
        if isinstance(error, ConnectionLost):
            return self.tr("The mail server could not be reached, or the connection dropped.")
        if isinstance(error, PasswordMissing):
            return self.tr("The keyring holds no password for this mail account.")
        if isinstance(error, KeyringUnavailable):
            return self.tr("There is no system keyring to keep the mail password in.")
        if isinstance(error, SyncCancelled):
            return self.tr("The sync was stopped.")
        if isinstance(error, FileBusy):
            return self.tr("The case file was busy with other work for too long.")
        if isinstance(error, InvalidInput | NotFound):
            return self.tr("That cannot be used.")
        if isinstance(error, ProxyDeskError):
            return self.tr("That did not work.")
        return self.tr("Something went wrong inside ProxyDesk.")

    def advice(self, error: BaseException) -> str:
        if isinstance(error, LoginFailed):
            return self.tr(
                "Check the user name in Mail accounts, then enter the password again there "
                "(Change password…). Nothing was fetched."
            )
        if isinstance(error, ConnectionLost):
            return self.tr(
                "Check that this computer is online and that the server name, port and "
                "security are right, then sync again. What was fetched before is kept."
            )
        if isinstance(error, PasswordMissing):
            return self.tr("Open Mail accounts and enter the password again (Change password…).")
        if isinstance(error, KeyringUnavailable):
            return self.tr(
                "ProxyDesk keeps passwords only in the system keyring, never in the case file. "
                "Install and unlock one — on Debian or Ubuntu the package gnome-keyring (or "
                "KWallet on KDE) — then try again."
            )
        if isinstance(error, SyncCancelled):
            return self.tr("What was fetched before is kept; the next sync goes on from there.")
        if isinstance(error, FileBusy):
            return self.tr(
                "Another program may have the file open. What was fetched before is kept; "
                "try again in a moment."
            )
        if isinstance(error, ProxyDeskError):
            return self.tr("Correct it and try again.")
        return self.tr("Please try again; if it happens again, the log file tells what it was.")

    def paragraph(self, error: BaseException) -> str:
        """Headline, advice, and the core's detail, as plain text."""
        text = f"{self.headline(error)}\n{self.advice(error)}"
        detail = str(error).strip()
        if detail:
            text += "\n" + self.tr("Details: {detail}").format(detail=detail)
        return text
