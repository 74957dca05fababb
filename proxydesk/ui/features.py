"""The features of the main window, in one list, each installed with the window as its host.

A feature is a package under ``proxydesk/ui/`` with a function (or class) that takes a
``Host`` (``proxydesk/ui/host.py``) and returns its controller; it is added here and nowhere
else. Features do not know each other: what one asks of another goes through the host's
``HostEvents``, what one wrote reaches the others through the host's change notifier. The
order below is the order of installing; the keys and Help come last, since Help → Keyboard
Shortcuts lists the keys of every feature.
"""

from __future__ import annotations

from dataclasses import dataclass

from proxydesk.ui.call_logger.install import CallLoggerController, install_call_logger
from proxydesk.ui.documents.feature import DocumentsFeature
from proxydesk.ui.editing.install import EditingController, install_editing
from proxydesk.ui.files.menu import FileMenu
from proxydesk.ui.files.shortcuts import WindowKeys, install_window_keys
from proxydesk.ui.help.install import HelpActions, install_help
from proxydesk.ui.host import Host
from proxydesk.ui.mail.feature import MailFeature
from proxydesk.ui.paper.feature import PaperFeature, install_paper
from proxydesk.ui.promises.install import PromisesController, install_promises
from proxydesk.ui.reminders.install import RemindersController, install_reminders
from proxydesk.ui.search.feature import SearchFeature


@dataclass(frozen=True)
class Features:
    """Every feature of one main window (tests, and the app controller, reach them here)."""

    files: FileMenu
    call_logger: CallLoggerController
    promises: PromisesController
    reminders: RemindersController
    mail: MailFeature
    documents: DocumentsFeature
    search: SearchFeature
    paper: PaperFeature
    editing: EditingController
    keys: WindowKeys
    help: HelpActions


def install_features(host: Host) -> Features:
    """Install every feature on ``host``."""
    files = FileMenu(host)
    call_logger = install_call_logger(host)
    promises = install_promises(host)
    reminders = install_reminders(host)
    mail = MailFeature(host)
    # on a relative's row in the list: the documents' entries, then the edits
    documents = DocumentsFeature(host)
    search = SearchFeature(host)
    paper = install_paper(host)
    editing = install_editing(host)
    return Features(
        files=files,
        call_logger=call_logger,
        promises=promises,
        reminders=reminders,
        mail=mail,
        documents=documents,
        search=search,
        paper=paper,
        editing=editing,
        keys=install_window_keys(host),
        help=install_help(host),
    )
