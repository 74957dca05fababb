"""Telling the user that something could not be recorded, without blocking the window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from proxydesk.errors import ProxyDeskError
from proxydesk.ui.widgets.message import open_message


def show_failure(parent: QWidget, error: ProxyDeskError) -> QMessageBox:
    """A warning with the core's sentence; opened window-modal, so tests and users go on."""
    # spelled out in full: lupdate only finds QCoreApplication.translate by that name
    return open_message(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Failure", "ProxyDesk"),
        QCoreApplication.translate("Failure", "This could not be recorded:\n\n{error}").format(
            error=error
        ),
    )
