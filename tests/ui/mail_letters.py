"""Mails for the window tests, and the window on a desk's case file."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from proxydesk.mail.actions import MailServices
from proxydesk.ui.app import create_main_window
from proxydesk.ui.main_window import MainWindow
from tests.mail.conftest import Desk
from tests.mail.letters import COMPANY, PROXY, START

#: what a sync may take on the test server, at most
SYNC_MS = 60_000
TRACKER = "http://tracker.example/pixel.gif?id=4711"
LINK = "https://www.telvia.example/hilfe"


def open_window(qtbot: QtBot, desk: Desk) -> MainWindow:
    mail = MailServices.for_file(
        desk.case_file,
        desk.services.timeline.clock,
        passwords=lambda: desk.passwords,
        timeout=10,
        history=desk.services.history,
    )
    window = create_main_window(desk.services, mail=mail)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def png(color: str = "#d03030", size: int = 8) -> bytes:
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def html_mail(
    n: int = 1, *, subject: str = "Ihr Auftrag A-2012-0305-48817", program: bool = False
) -> bytes:
    """A company's HTML mail: a tracking pixel, its logo inline (cid:), a link, a PDF."""
    msg = EmailMessage()
    msg["From"] = f"Telvia Kundenservice <{COMPANY}>"
    msg["To"] = PROXY
    msg["Subject"] = subject
    msg["Date"] = format_datetime(START)
    msg["Message-ID"] = make_msgid(f"html{n}", domain="telvia.example")
    msg.set_content("Sehr geehrter Herr Brenner,\n\nIhr Auftrag ist eingegangen.\n")
    msg.add_alternative(
        "<html><body><p>Sehr geehrter Herr Brenner,</p>"
        f'<p><img src="cid:logo@telvia.example" alt="Telvia"><img src="{TRACKER}"></p>'
        "<p>Ihr <b>Auftrag</b> ist eingegangen.</p>"
        f'<p><a href="{LINK}">Hilfe</a></p></body></html>',
        subtype="html",
    )
    html_part = msg.get_payload()[1]
    html_part.add_related(png(), maintype="image", subtype="png", cid="<logo@telvia.example>")
    msg.add_attachment(
        b"%PDF-1.4\n% Auftragsbestaetigung\n",
        maintype="application",
        subtype="pdf",
        filename="../Auftrag\u202egpj.pdf",
    )
    if program:
        msg.add_attachment(
            b"MZ\x90\x00", maintype="application", subtype="octet-stream", filename="tool.exe"
        )
    return msg.as_bytes()
