"""Writing PDFs safely and reporting progress: what every form shares with its caller."""

from __future__ import annotations

import threading
from pathlib import Path

from proxydesk import progress
from proxydesk.output_files import write_output

#: the stages a document is made in, as ``Progress.stage`` reports them
STAGE_SUMMARY = "summary"  # cover, contents, summary, promises, contradictions: flowables
STAGE_TIMELINE = "timeline"  # the timeline: entries
STAGE_APPENDIX = "appendix"  # the list of attachments and the power of attorney: flowables
STAGE_SCANS = "scans"  # the signed scans appended: scans


class RenderCancelled(progress.Cancelled):
    """The user cancelled making the document; nothing was written."""


def check_cancel(cancel: threading.Event | None) -> None:
    progress.check_cancel(cancel, RenderCancelled, "cancelled; no document was written")


def write_pdf(path: Path | str, data: bytes) -> Path:
    """Write beside the target and rename: a reader never sees half a PDF, a failure leaves none.

    Never over a case file, its companions or anything but a plain file (``check_output``).
    """
    return write_output(path, data)
