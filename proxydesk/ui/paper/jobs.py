"""The work behind each kind of paper, run on a pool thread: read, render, turn into page images."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, Protocol

from PySide6.QtGui import QImage

from proxydesk.forms.output import check_cancel
from proxydesk.progress import Progress
from proxydesk.services.dossier import CaseRecord
from proxydesk.services.registry import Services
from proxydesk.ui.paper.pages import page_images

if TYPE_CHECKING:
    # the forms (reportlab, fonts, pypdf) load when a paper is first made, not with the app
    from proxydesk.forms.layout import FormOptions

#: ``report(progress)``: the runner's progress callback; the dossier and a fax with scans
#: report ``proxydesk.progress.Progress``
Report = Callable[[Progress], None]
Addressee = Literal["management", "regulator"]
#: how long a file name made from a title may get
NAME_CHARS = 48

#: the first word of a suggested file name, in the paper's language
_NAMES: dict[str, dict[str, str]] = {
    "poa": {"de": "Vollmacht", "en": "Power-of-attorney"},
    "fax": {"de": "Fax", "en": "Fax"},
    "management": {"de": "Beschwerde", "en": "Complaint"},
    "regulator": {"de": "Schlichtungsantrag", "en": "Conciliation-request"},
    "dossier": {"de": "dossier", "en": "dossier"},
}


@dataclass(frozen=True)
class Paper:
    """A document made for the preview: the PDF, its pages as images, a name to save it under."""

    data: bytes
    pages: list[QImage]
    file_name: str
    options: FormOptions
    #: things the user should know about the text (a letter's missing facts)
    notes: list[str] = field(default_factory=list)


class Make(Protocol):
    """``make(options, progress=..., cancel=...)``: one kind of paper, as the runner calls it."""

    def __call__(
        self, options: FormOptions, *, progress: Report, cancel: threading.Event
    ) -> Paper: ...


@dataclass(frozen=True)
class PaperJob:
    """One kind of paper: how to make it, and how the runner should run it.

    Every kind reports its pages turned into images and can be cancelled; the dossier and a
    fax with scans report their stages before that.
    """

    make: Make
    #: a power of attorney may draft a new one first: the writer lane
    writes: bool = False


def file_name(kind: str, language: str, *words: str) -> str:
    """``Vollmacht-Gerda-Voit.pdf``: the kind in the paper's language, then the words."""
    stem = "-".join([_NAMES[kind][language], *(w for w in words if w)])
    cleaned = re.sub(r"[^\w]+", "-", stem.replace("'", "")).strip("-")
    if len(cleaned) > NAME_CHARS:
        cleaned = cleaned[:NAME_CHARS].rsplit("-", 1)[0]
    return f"{cleaned}.pdf"


def _paper(
    data: bytes,
    name: str,
    options: FormOptions,
    progress: Report,
    cancel: threading.Event,
    notes: Sequence[str] = (),
) -> Paper:
    check_cancel(cancel)
    pages = page_images(data, progress=progress, cancel=cancel)
    check_cancel(cancel)
    return Paper(data, pages, name, options, list(notes))


def dossier_job(services: Services, case_id: int, *, append_poa: bool = True) -> PaperJob:
    def make(options: FormOptions, *, progress: Report, cancel: threading.Event) -> Paper:
        # each kind of paper loads its renderer (fonts, pypdf ...) when first made
        from proxydesk.forms.dossier import DossierOptions, render_dossier

        record = services.dossier.record(case_id)
        data = render_dossier(
            record,
            DossierOptions(options.language, options.paper, append_poa=append_poa),
            progress=progress,
            cancel=cancel,
        )
        name = file_name("dossier", options.language, record.detail.summary.title)
        return _paper(data, name, options, progress, cancel)

    return PaperJob(make)


def letter_job(services: Services, case_id: int, to: Addressee) -> PaperJob:
    def make(options: FormOptions, *, progress: Report, cancel: threading.Event) -> Paper:
        from proxydesk.forms.layout import FormOptions
        from proxydesk.forms.letter_pdf import render_letter
        from proxydesk.forms.letters import draft_letter

        record = services.dossier.record(case_id)
        draft = draft_letter(record, to, options.language)
        data = render_letter(draft, FormOptions(draft.language, options.paper))
        name = file_name(to, options.language, record.detail.organization.name)
        return _paper(data, name, options, progress, cancel, draft.warnings)

    return PaperJob(make)


def poa_job(services: Services, relative_ids: Sequence[int], organization_id: int) -> PaperJob:
    """The current power (or a new draft) of each relative for the organization, on one form."""

    def make(options: FormOptions, *, progress: Report, cancel: threading.Event) -> Paper:
        from proxydesk.forms.making import poa_ids
        from proxydesk.forms.poa import render_poa

        paper = services.poa.paper(poa_ids(services.poa, relative_ids, organization_id))
        data = render_poa(paper, options)
        name = file_name("poa", options.language, *(g.name for g in paper.grantors))
        return _paper(data, name, options, progress, cancel)

    return PaperJob(make, writes=True)


def fax_job(record: CaseRecord, *, to_fax: str, include_poa: bool) -> PaperJob:
    """The cover sheet (and the signed scans) for the record read before the user chose."""

    def make(options: FormOptions, *, progress: Report, cancel: threading.Event) -> Paper:
        from proxydesk.forms.fax import fax_bundle, fax_cover
        from proxydesk.forms.making import fax_scans

        scans = fax_scans(record, include_poa)
        cover = fax_cover(
            record, options.language, to_fax=to_fax.strip() or None, with_poa=bool(scans)
        )
        data = fax_bundle(cover, options, scans=scans, progress=progress, cancel=cancel)
        name = file_name("fax", options.language, record.detail.organization.name)
        return _paper(data, name, options, progress, cancel)

    return PaperJob(make)
