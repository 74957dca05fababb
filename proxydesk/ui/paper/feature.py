"""The Paper menu: forms and the dossier for the chosen case, made in the background, previewed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from proxydesk.errors import ProxyDeskError
from proxydesk.forms.texts import default_language, default_paper
from proxydesk.mail.attachments import PrivateFolder
from proxydesk.services.dossier import CaseRecord
from proxydesk.ui.host import Host, Menu
from proxydesk.ui.paper.fax_dialog import FaxDialog
from proxydesk.ui.paper.jobs import Addressee, PaperJob, dossier_job, fax_job, letter_job, poa_job
from proxydesk.ui.runner import Task
from proxydesk.ui.widgets.message import open_message
from proxydesk.views import CaseSummary

if TYPE_CHECKING:
    # the preview and the forms (reportlab, fonts) load when a paper is first made
    from proxydesk.forms.layout import FormOptions
    from proxydesk.ui.paper.preview import AskSavePath, Inform, OpenUrl, PdfPreview


def show_problem(parent: QWidget, text: str) -> QMessageBox:
    """One plain warning, window-modal, so the window goes on."""
    title = QCoreApplication.translate("PaperFeature", "ProxyDesk")
    return open_message(parent, QMessageBox.Icon.Warning, title, text)


class PaperFeature(QObject):
    """Five actions on the chosen case; each opens a preview that makes its document."""

    def __init__(
        self,
        host: Host,
        *,
        open_url: OpenUrl = QDesktopServices.openUrl,
        inform: Inform = show_problem,
        ask_save_path: AskSavePath | None = None,
    ) -> None:
        super().__init__(host.dialog_parent())
        self._host = host
        self._services = host.services
        self._runner = host.runner
        self.open_url = open_url
        self.inform = inform
        self.ask_save_path = ask_save_path
        self._folder = PrivateFolder()
        self.destroyed.connect(self._folder.remove)
        self.preview: PdfPreview | None = None
        self.fax_dialog: FaxDialog | None = None

        menu = host.menu(Menu.PAPER, self.tr("&Paper"))
        menu.setToolTipsVisible(True)
        self.poa_action = self._action(menu, self.tr("Power of attorney…"), self.make_poa)
        self.fax_action = self._action(menu, self.tr("Fax to the company…"), self.make_fax)
        menu.addSeparator()
        letter_tip = self.tr(
            "Makes the letter as drafted from the case. To change its wording first, use "
            "'proxydesk form letter --edit-json DRAFT.json' and then '--from-json DRAFT.json'."
        )
        self.complaint_action = self._action(
            menu, self.tr("Complaint letter…"), lambda: self.make_letter("management")
        )
        self.conciliation_action = self._action(
            menu,
            self.tr("Request to the conciliation body…"),
            lambda: self.make_letter("regulator"),
        )
        for action in (self.complaint_action, self.conciliation_action):
            action.setToolTip(letter_tip)
        menu.addSeparator()
        self.dossier_action = self._action(menu, self.tr("Escalation dossier…"), self.make_dossier)
        self.dossier_action.setShortcut(QKeySequence(self.tr("Ctrl+Shift+D")))
        self.paper_actions = [
            self.poa_action,
            self.fax_action,
            self.complaint_action,
            self.conciliation_action,
            self.dossier_action,
        ]
        host.events.case_chosen.connect(self._update_actions)
        self._update_actions()

    def _action(self, menu: Any, text: str, slot: Any) -> QAction:
        action = QAction(text, self._host.dialog_parent())
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # -- the chosen case ---------------------------------------------------------------------

    def selected(self) -> tuple[CaseSummary, int | None] | None:
        """The chosen case, and the relative it is chosen under in the tree (if any)."""
        host = self._host
        case = host.current_case
        if case is None:
            return None
        relative = host.current_relative_id
        return case, relative if relative in case.relative_ids else None

    def _update_actions(self, _case_id: object = None) -> None:
        chosen = self._host.current_case_id is not None
        for action in self.paper_actions:
            action.setEnabled(chosen)

    @staticmethod
    def default_options() -> FormOptions:
        """German and A4 when the system's locale says so, as the CLI decides."""
        from proxydesk.forms.layout import FormOptions

        return FormOptions(default_language(), default_paper())

    # -- the five kinds of paper -------------------------------------------------------------

    def make_dossier(self) -> PdfPreview | None:
        chosen = self.selected()
        if chosen is None:
            return None
        case, _relative = chosen
        title = self.tr("Escalation dossier — {title}").format(title=case.title)
        return self.show_preview(dossier_job(self._services, case.id), title)

    def make_letter(self, to: Addressee) -> PdfPreview | None:
        chosen = self.selected()
        if chosen is None:
            return None
        case, _relative = chosen
        if to == "management":
            title = self.tr("Complaint letter to {name}")
        else:
            title = self.tr("Request to the conciliation body about {name}")
        job = letter_job(self._services, case.id, to)
        return self.show_preview(job, title.format(name=case.organization_name))

    def make_poa(self) -> PdfPreview | None:
        chosen = self.selected()
        if chosen is None:
            return None
        case, relative = chosen
        relatives = [relative] if relative is not None else case.relative_ids
        title = self.tr("Power of attorney for {name}").format(name=case.organization_name)
        return self.show_preview(poa_job(self._services, relatives, case.organization_id), title)

    def make_fax(self) -> Task | None:
        """Read the case in the background, then ask for the number and the scan."""
        chosen = self.selected()
        if chosen is None:
            return None
        case, _relative = chosen
        return self._runner.run(
            self._services.dossier.record,
            case.id,
            on_done=self._ask_fax,
            on_error=self._failed,
            name="paper-record",
        )

    def _ask_fax(self, record: CaseRecord) -> None:
        if self.fax_dialog is not None:
            self.fax_dialog.deleteLater()
        dialog = FaxDialog(record, self._host.dialog_parent())
        self.fax_dialog = dialog
        dialog.accepted.connect(lambda: self._fax_chosen(record, dialog))
        dialog.open()

    def _fax_chosen(self, record: CaseRecord, dialog: FaxDialog) -> None:
        job = fax_job(record, to_fax=dialog.to_fax, include_poa=dialog.include_poa)
        title = self.tr("Fax to {name}").format(name=record.detail.organization.name)
        self.show_preview(job, title)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ProxyDeskError):
            self.inform(self._host.dialog_parent(), str(error))
        else:
            self.inform(
                self._host.dialog_parent(), self.tr("Unexpected error: {error}").format(error=error)
            )

    # -- the preview -------------------------------------------------------------------------

    def show_preview(self, job: PaperJob, title: str) -> PdfPreview:
        """Open the preview at once; it makes the document on a pool thread and shows it."""
        from proxydesk.ui.paper.preview import PdfPreview

        if self.preview is not None:
            self.preview.close()
        preview = PdfPreview(
            self._runner,
            job,
            self.default_options(),
            title=title,
            folder=self._folder,
            open_url=self.open_url,
            inform=self.inform,
            ask_save_path=self.ask_save_path,
            parent=self._host.dialog_parent(),
        )
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.finished.connect(lambda _result: self._forget(preview))
        self.preview = preview
        preview.setWindowModality(Qt.WindowModality.NonModal)
        preview.show()
        preview.make_document()
        return preview

    def _forget(self, preview: QDialog) -> None:
        if self.preview is preview:
            self.preview = None


def install_paper(host: Host) -> PaperFeature:
    """The Paper menu on the main window, working through the window's runner."""
    return PaperFeature(host)
