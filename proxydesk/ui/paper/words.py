"""What the paper dialogs say: the steps of making a document, and why one could not be made."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject

from proxydesk.errors import ProxyDeskError
from proxydesk.forms.output import STAGE_APPENDIX, STAGE_SCANS, STAGE_SUMMARY, STAGE_TIMELINE
from proxydesk.progress import Progress
from proxydesk.ui.paper.pages import STAGE_PREVIEW


class PaperWords(QObject):
    """The core reports stages and raises typed errors; these are their words in the app."""

    def step(self, report: Progress) -> str:
        """A progress report in words: "Timeline: 400 of 1,000 entries"."""
        locale = QLocale()
        done, total = locale.toString(report.done), locale.toString(report.total)
        if report.stage == STAGE_TIMELINE:
            return self.tr("Timeline: {done} of {total} entries").format(done=done, total=total)
        if report.stage == STAGE_SCANS:
            if report.done < report.total:
                return self.tr("Appending scan {n} of {m}").format(
                    n=locale.toString(report.done + 1), m=total
                )
            return self.tr("Numbering the pages…")
        if report.stage == STAGE_PREVIEW:
            return self.tr("Showing page {n} of {m}").format(
                n=locale.toString(min(report.done + 1, report.total)), m=total
            )
        if report.stage == STAGE_SUMMARY:
            return self.tr("Summary, promises and contradictions…")
        if report.stage == STAGE_APPENDIX:
            return self.tr("Attachments and power of attorney…")
        return self.tr("Making the document…")

    def problem(self, error: BaseException) -> str:
        """Why the document could not be made, in the app's words."""
        from proxydesk.forms.fax import NoFaxNumber  # the forms load when first made

        if isinstance(error, NoFaxNumber):
            return self.tr(
                "{name} has no fax number in the case file. Choose Paper → Fax to the "
                "company… again and type the number to send to."
            ).format(name=error.organization)
        if isinstance(error, ProxyDeskError):
            return self.tr("The document could not be made:\n\n{error}").format(error=error)
        return self.tr("The document could not be made (an unexpected error: {error}).").format(
            error=error
        )
