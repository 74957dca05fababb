"""Mail in the main window: the Mail menu, the viewer in the right pane, sync, moving mail."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from proxydesk.changes import Changes, Kind
from proxydesk.mail.actions import move_mail
from proxydesk.mail.sync_accounts import SyncOutcome, SyncProgress
from proxydesk.ui.host import Host, Menu
from proxydesk.ui.mail.accounts_dialog import AskPassword, MailAccountsDialog
from proxydesk.ui.mail.mail_detail import AskSavePath, MailDetail
from proxydesk.ui.mail.move_dialog import MoveToCaseDialog
from proxydesk.ui.mail.quarantine_dialog import QuarantineDialog
from proxydesk.ui.mail.sync_dialog import SyncDialog
from proxydesk.ui.mail.viewer import AskLink, OpenUrl
from proxydesk.ui.runner import Task
from proxydesk.ui.widgets.labels import plain_label
from proxydesk.views import TimelineEntry

#: how long the status bar keeps a message about mail
MESSAGE_MS = 10_000


class MailFeature(QObject):
    """Everything mail adds to the window; the window only makes it and lets it install."""

    def __init__(
        self,
        host: Host,
        *,
        ask_link: AskLink | None = None,
        open_url: OpenUrl = QDesktopServices.openUrl,
        ask_save_path: AskSavePath | None = None,
        ask_password: AskPassword | None = None,
    ) -> None:
        super().__init__(host.dialog_parent())
        self._host = host
        self.mail = mail = host.mail_services
        self._cases = host.services.cases
        self._runner = runner = host.runner
        self._format = host.time_format
        self.ask_save_path = ask_save_path
        self.ask_password = ask_password
        self.accounts_dialog: MailAccountsDialog | None = None
        self.quarantine_dialog: QuarantineDialog | None = None
        self.move_dialog: MoveToCaseDialog | None = None
        self.move_task: Task | None = None

        self.detail = MailDetail(
            mail.messages,
            runner,
            time_format=self._format,
            ask_link=ask_link,
            open_url=open_url,
            ask_save_path=ask_save_path,
        )
        self.detail.move_requested.connect(self.move)
        host.add_entry_body(self.detail, self.detail.accepts, self.detail.show_entry)

        self.sync_dialog = SyncDialog(mail, runner, host.dialog_parent())
        self.sync_dialog.no_account.connect(self.show_accounts)
        self.sync_dialog.progressed.connect(self._sync_progressed)
        self.sync_dialog.synced.connect(self._synced)
        self.sync_dialog.quarantine_requested.connect(self.show_quarantine)

        self._build_actions()
        self._build_status_bar()
        if not host.writable:
            self._read_only()
        host.events.entry_chosen.connect(self._entry_chosen)
        host.notifier.changed.connect(self._changed)
        self.refresh_hint()

    # -- building ----------------------------------------------------------------------------

    def _build_actions(self) -> None:
        host = self._host
        self.sync_action = QAction(self.tr("&Sync now"), self)
        self.sync_action.setShortcut(QKeySequence(Qt.Key.Key_F9))
        self.sync_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.sync_action.triggered.connect(self.sync)
        self.accounts_action = QAction(self.tr("Mail &accounts…"), self)
        self.accounts_action.triggered.connect(self.show_accounts)
        self.quarantine_action = QAction(self.tr("&Quarantine…"), self)
        self.quarantine_action.triggered.connect(self.show_quarantine)
        self.move_action = QAction(self.tr("&Move mail to case…"), self)
        self.move_action.setShortcut(QKeySequence(self.tr("Ctrl+M")))
        self.move_action.setEnabled(False)
        self.move_action.triggered.connect(self._move_current)

        menu = host.menu(Menu.MAIL, self.tr("&Mail"))
        menu.addAction(self.sync_action)
        menu.addAction(self.accounts_action)
        menu.addAction(self.quarantine_action)
        menu.addSeparator()
        menu.addAction(self.move_action)
        self.menu = menu
        host.add_window_action(self.sync_action)
        host.add_entry_action(self.move_action)

    def _build_status_bar(self) -> None:
        self.hint = QWidget()
        hint_layout = QHBoxLayout(self.hint)
        hint_layout.setContentsMargins(0, 0, 0, 0)
        self.hint_label = plain_label(self.tr("No mail account yet — set one up"))
        self.hint_button = QPushButton(self.tr("Set up mail…"))
        self.hint_button.clicked.connect(self.show_accounts)
        hint_layout.addWidget(self.hint_label)
        hint_layout.addWidget(self.hint_button)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(180)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self._host.add_status_widget(self.hint)
        self._host.add_status_widget(self.progress, permanent=True)

    def _read_only(self) -> None:
        """A file open read-only takes no mail, no account and no move: those stay off."""
        for action in (self.sync_action, self.accounts_action, self.move_action):
            action.setEnabled(False)
        self.hint_button.setEnabled(False)
        self.detail.move_button.hide()

    def refresh_hint(self) -> None:
        """The hint shows while the file has no mail account."""
        self.hint.setVisible(not self.mail.accounts.accounts())

    # -- dialogs -----------------------------------------------------------------------------

    def show_accounts(self) -> MailAccountsDialog:
        if self.accounts_dialog is None:
            self.accounts_dialog = MailAccountsDialog(
                self.mail,
                self._runner,
                time_format=self._format,
                ask_password=self.ask_password,
                parent=self._host.dialog_parent(),
            )
            self.accounts_dialog.added.connect(
                lambda _view: self._host.notifier.tell(Changes.of(Kind.MAIL))
            )
        self.accounts_dialog.reload()
        self.accounts_dialog.show()
        self.accounts_dialog.raise_()
        return self.accounts_dialog

    def show_quarantine(self) -> QuarantineDialog:
        if self.quarantine_dialog is None:
            self.quarantine_dialog = QuarantineDialog(
                self.mail.messages,
                time_format=self._format,
                ask_save_path=self.ask_save_path,
                parent=self._host.dialog_parent(),
            )
        self.quarantine_dialog.reload()
        self.quarantine_dialog.show()
        self.quarantine_dialog.raise_()
        return self.quarantine_dialog

    def sync(self) -> Task | None:
        """Start a sync (or show the one running) in its non-modal dialog."""
        task = self.sync_dialog.start()
        if task is not None:
            self.sync_dialog.show()
            self.sync_dialog.raise_()
            self.progress.setRange(0, 0)
            self.progress.show()
        return task

    # -- sync reports ------------------------------------------------------------------------

    def _sync_progressed(self, report: SyncProgress) -> None:
        self.progress.setRange(0, max(report.total, 1))
        self.progress.setValue(report.done)
        self.progress.setToolTip(
            self.tr("Syncing {folder}: {done} of {total}").format(
                folder=report.folder, done=report.done, total=report.total
            )
        )

    def _synced(self, outcome: SyncOutcome) -> None:
        self.progress.hide()
        if outcome.cancelled:
            text = self.tr("Mail sync stopped; %n new message(s) kept.", "", outcome.new_messages)
        elif outcome.errors or not outcome.results:
            text = self.tr("Mail sync did not finish; see the sync window.")
        else:
            text = self.tr("Mail synced: %n new message(s).", "", outcome.new_messages)
        self._host.show_message(text, MESSAGE_MS)
        if outcome.new_messages:
            # filed into any case, or not yet filed
            self._host.notifier.tell(Changes.of(Kind.MAIL, Kind.TIMELINE, cases=None))

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Kind.MAIL):
            self.refresh_hint()
            quarantine = self.quarantine_dialog
            if quarantine is not None and quarantine.isVisible():
                quarantine.reload()

    # -- moving ------------------------------------------------------------------------------

    def _current_entry(self) -> TimelineEntry | None:
        return self._host.current_entry

    def _entry_chosen(self, entry: TimelineEntry | None) -> None:
        mail = entry is not None and entry.mail_id is not None
        self.move_action.setEnabled(self._host.writable and mail)

    def _move_current(self) -> None:
        entry = self._current_entry()
        if entry is not None and entry.mail_id is not None:
            self.move(entry.mail_id)

    def move(self, mail_id: int) -> MoveToCaseDialog:
        """Ask for the case (window-modal, not blocking); moving happens on OK."""
        entry = self._current_entry()
        subject = entry.summary if entry is not None and entry.mail_id == mail_id else ""
        dialog = MoveToCaseDialog(
            subject,
            self._cases.cases(),
            current_case_id=self._host.current_case_id,
            parent=self._host.dialog_parent(),
        )
        dialog.write_on_accept(lambda: self._move_to_chosen(mail_id, dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.move_dialog = dialog
        dialog.open()
        return dialog

    def _move_to_chosen(self, mail_id: int, dialog: MoveToCaseDialog) -> Task | None:
        case = dialog.chosen_case()
        if case is None:
            return None
        moved_from = self._host.current_case_id
        cases = {case.id} if moved_from is None else {case.id, moved_from}
        self.move_task = self._host.write(
            move_mail,
            self.mail.messages,
            mail_id,
            case.id,
            changes=Changes.of(Kind.MAIL, Kind.TIMELINE, cases=cases),
            on_done=lambda view: self._moved(view.subject, case.title),
            busy=dialog,
            name="move mail",
        )
        return self.move_task

    def _moved(self, subject: str, case_title: str) -> None:
        self._host.show_message(
            self.tr("Moved “{subject}” to “{case}”.").format(subject=subject, case=case_title),
            MESSAGE_MS,
        )
