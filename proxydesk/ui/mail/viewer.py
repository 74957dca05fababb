"""A mail viewer that loads nothing: no network, no local files, only the mail's own images.

The HTML reaching it is already sanitized (scripts, forms, handlers and remote images are
gone); this is the second wall. Every resource the document asks for goes through
``loadResource``: ``cid:`` images are served from the mail's own parts, raster ``data:``
images are decoded in place, and anything else (http, https, ftp, file, relative) gets empty
data. Links are shown; clicking one asks before handing it to the system browser.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable
from enum import Enum
from typing import Any
from urllib.parse import unquote

from PySide6.QtCore import QByteArray, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QImage, QTextDocument
from PySide6.QtWidgets import QMessageBox, QTextBrowser, QWidget

_DATA_IMAGE = re.compile(r"^data:image/(?:png|gif|jpe?g|webp|bmp);base64,(.*)$", re.I | re.S)


class LinkChoice(Enum):
    OPEN = "open"
    COPY = "copy"
    CANCEL = "cancel"


AskLink = Callable[[QUrl], LinkChoice]
OpenUrl = Callable[[QUrl], Any]


class SafeMailBrowser(QTextBrowser):
    """Shows a mail's HTML or text; ``requested`` and ``refused`` list every resource asked."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        ask_link: AskLink | None = None,
        open_url: OpenUrl = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setSearchPaths([])
        self.document().setBaseUrl(QUrl())
        self._inline: dict[str, bytes] = {}
        self.ask_link = ask_link if ask_link is not None else self._ask
        self.open_url = open_url
        #: every URL the document asked for, and those it got nothing for
        self.requested: list[QUrl] = []
        self.refused: list[QUrl] = []
        self.anchorClicked.connect(self._link_clicked)
        self.highlighted.connect(self._hovered)

    def show_html(self, html: str, inline_images: dict[str, bytes] | None = None) -> None:
        self._inline = {k.strip("<>").lower(): v for k, v in (inline_images or {}).items()}
        self.clear()
        self.document().setBaseUrl(QUrl())
        self.setHtml(html)

    def show_text(self, text: str) -> None:
        self._inline = {}
        self.setPlainText(text)

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        url = QUrl(url)
        self.requested.append(url)
        image = self._own_image(url) if kind == QTextDocument.ResourceType.ImageResource else None
        if image is not None:
            return image
        self.refused.append(url)
        return QByteArray()

    def _own_image(self, url: QUrl) -> QImage | None:
        scheme = url.scheme().lower()
        data: bytes | None = None
        if scheme == "cid":
            data = self._inline.get(unquote(url.path()).strip("<>").lower())
        elif scheme == "data":
            found = _DATA_IMAGE.match(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
            if found:
                try:
                    data = base64.b64decode(unquote(found.group(1)), validate=False)
                except (binascii.Error, ValueError):
                    data = None
        if not data:
            return None
        image = QImage.fromData(data)
        return None if image.isNull() else image

    # -- links -----------------------------------------------------------------------------

    def _hovered(self, url: QUrl) -> None:
        self.setToolTip(url.toString() if url.isValid() and not url.isEmpty() else "")

    def _link_clicked(self, url: QUrl) -> None:
        if url.scheme().lower() not in ("http", "https", "mailto"):
            return
        choice = self.ask_link(url)
        if choice is LinkChoice.OPEN:
            self.open_url(url)
        elif choice is LinkChoice.COPY:
            clipboard = QGuiApplication.clipboard()
            if clipboard is not None:
                clipboard.setText(url.toString())

    def _ask(self, url: QUrl) -> LinkChoice:
        """Open in the browser, copy, or leave it: links in mail may lead somewhere else."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Open link?"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr(
                "This link is in a mail:\n\n{url}\n\nOpen it in your web browser? Links in "
                "mail can lead somewhere else than they say."
            ).format(url=url.toString())
        )
        open_button = box.addButton(self.tr("Open in browser"), QMessageBox.ButtonRole.AcceptRole)
        copy_button = box.addButton(self.tr("Copy link"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is open_button:
            return LinkChoice.OPEN
        if clicked is copy_button:
            return LinkChoice.COPY
        return LinkChoice.CANCEL
