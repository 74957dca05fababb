"""A stored mail's files as the viewer shows them, and the private folder that hands
files to other programs."""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from proxydesk.mail.filenames import safe_filename
from proxydesk.mail.messages import MailService, MailView
from proxydesk.mail.parse import UnparseableMessage, parse_message
from proxydesk.output_files import save_into_folder

#: file types a double click would run rather than show; ProxyDesk only saves them
PROGRAM_SUFFIXES = frozenset(
    [
        ".appimage",
        ".bat",
        ".cmd",
        ".com",
        ".cpl",
        ".desktop",
        ".exe",
        ".hta",
        ".jar",
        ".js",
        ".jse",
        ".lnk",
        ".msc",
        ".msi",
        ".msp",
        ".pif",
        ".ps1",
        ".py",
        ".reg",
        ".run",
        ".scr",
        ".sh",
        ".vb",
        ".vbe",
        ".vbs",
        ".ws",
        ".wsf",
    ]
)


@dataclass(frozen=True)
class MailPart:
    """An attached or inline file of a mail, with its bytes."""

    filename: str
    mime_type: str
    data: bytes
    inline: bool
    content_id: str | None

    @property
    def is_program(self) -> bool:
        return Path(self.filename).suffix.lower() in PROGRAM_SUFFIXES


@dataclass(frozen=True)
class MailContent:
    """A mail as the viewer shows it: the stored view and its files."""

    view: MailView
    parts: list[MailPart]

    @property
    def inline_images(self) -> dict[str, bytes]:
        """``cid:`` name -> bytes of the mail's own images, for the HTML view."""
        return {
            p.content_id: p.data
            for p in self.parts
            if p.content_id and p.mime_type.startswith("image/")
        }

    @property
    def attachments(self) -> list[MailPart]:
        """The files to list: everything but images shown inside the HTML."""
        return [p for p in self.parts if not (p.inline and p.mime_type.startswith("image/"))]


def load_mail(messages: MailService, mail_id: int) -> MailContent:
    """The mail (its body parsed now if the sync left it) and its files, read from the file.

    The files come from the stored original, parsed the same way the sync stored them; the
    stored attachment rows do not keep the Content-ID the HTML refers to.
    """
    view = messages.show(mail_id)
    raw = messages.raw(mail_id)
    try:
        parsed = parse_message(raw)
    except UnparseableMessage:
        return MailContent(view, [])
    parts = [
        MailPart(
            safe_filename(a.filename, f"attachment-{n}.bin"),
            a.mime_type,
            a.data,
            a.inline,
            a.content_id,
        )
        for n, a in enumerate(parsed.attachments, start=1)
    ]
    return MailContent(view, parts)


class PrivateFolder:
    """A folder only this user can read, for attachments handed to other programs."""

    def __init__(self) -> None:
        self._path: Path | None = None

    @property
    def path(self) -> Path:
        if self._path is None:
            self._path = Path(tempfile.mkdtemp(prefix="proxydesk-open-"))
            os.chmod(self._path, 0o700)
        return self._path

    def write(self, filename: str, data: bytes) -> Path:
        """Write the file under its (sanitized) name in a folder of its own; not executable."""
        name = safe_filename(filename, "attachment.bin")
        folder = Path(tempfile.mkdtemp(dir=self.path))
        return save_into_folder(folder, name, data, mode=0o600)

    def remove(self) -> None:
        if self._path is not None:
            shutil.rmtree(self._path, ignore_errors=True)
            self._path = None
