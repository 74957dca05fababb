"""The safe mail viewer: nothing fetched, the mail's own images, links asked, files, receipts."""

from __future__ import annotations

import base64
import socket
import stat
from collections.abc import Iterator
from email import message_from_bytes
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication, QTextDocument
from pytestqt.qtbot import QtBot

from proxydesk.mail.actions import MailServices
from proxydesk.mail.attachments import load_mail
from proxydesk.ui.mail.mail_detail import MailDetail
from proxydesk.ui.mail.viewer import LinkChoice, SafeMailBrowser
from proxydesk.ui.main_window import MainWindow
from tests.mail.conftest import Desk
from tests.mail.letters import COMPANY, PROXY, mail, read_receipt
from tests.support.dovecot import DovecotServer, ImapUser
from tests.ui.mail_letters import LINK, SYNC_MS, TRACKER, html_mail, open_window, png

pytest_plugins = ["tests.ui.mail_fixtures"]


class NoNetwork:
    """From ``start()`` on, every attempt to open a network connection is refused and recorded."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.monkeypatch = monkeypatch
        self.attempts: list[object] = []

    def start(self) -> None:
        def refuse(_socket: socket.socket, address: object) -> None:
            self.attempts.append(address)
            raise OSError("the viewer must not touch the network")

        self.monkeypatch.setattr(socket.socket, "connect", refuse)
        self.monkeypatch.setattr(socket.socket, "connect_ex", refuse)


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[NoNetwork]:
    yield NoNetwork(monkeypatch)


# -- the browser on its own ----------------------------------------------------------------


def test_remote_local_and_relative_resources_get_nothing(
    qtbot: QtBot, no_network: NoNetwork
) -> None:
    no_network.start()
    browser = SafeMailBrowser()
    qtbot.addWidget(browser)
    browser.show_html(
        f'<body background="http://evil.example/bg.png"><img src="{TRACKER}">'
        '<img src="https://evil.example/a.png"><img src="ftp://evil.example/b.png">'
        '<img src="file:///etc/hostname"><img src="relative.png">'
        '<table background="https://evil.example/t.png"><tr><td>x</td></tr></table></body>'
    )
    browser.show()
    qtbot.waitExposed(browser)
    refused = {u.toString() for u in browser.refused}
    assert {
        TRACKER,
        "https://evil.example/a.png",
        "ftp://evil.example/b.png",
        "file:///etc/hostname",
        "relative.png",
        "http://evil.example/bg.png",
        "https://evil.example/t.png",
    } <= refused
    assert refused == {u.toString() for u in browser.requested}
    kind = QTextDocument.ResourceType.ImageResource
    assert browser.loadResource(kind, QUrl(TRACKER)).isEmpty()
    assert no_network.attempts == []


def test_the_mails_own_images_are_shown(qtbot: QtBot) -> None:
    browser = SafeMailBrowser()
    qtbot.addWidget(browser)
    data = base64.b64encode(png("#2040c0")).decode()
    browser.show_html(
        '<img src="cid:logo@telvia.example"><img src="cid:missing@x">'
        f'<img src="data:image/png;base64,{data}">',
        {"<logo@telvia.example>": png()},
    )
    browser.show()
    qtbot.waitExposed(browser)
    served = {u.toString() for u in browser.requested} - {u.toString() for u in browser.refused}
    assert served == {"cid:logo@telvia.example", f"data:image/png;base64,{data}"}
    assert [u.toString() for u in browser.refused] == ["cid:missing@x"]
    image = browser.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl("cid:logo@telvia.example")
    )
    assert image is not None and not image.isNull()


@pytest.mark.parametrize(
    ("choice", "opened", "copied"),
    [(LinkChoice.OPEN, [LINK], ""), (LinkChoice.COPY, [], LINK), (LinkChoice.CANCEL, [], "")],
)
def test_a_link_asks_before_it_goes_anywhere(
    qtbot: QtBot, choice: LinkChoice, opened: list[str], copied: str
) -> None:
    asked: list[str] = []
    went: list[str] = []
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("")

    def ask(url: QUrl) -> LinkChoice:
        asked.append(url.toString())
        return choice

    browser = SafeMailBrowser(ask_link=ask, open_url=lambda url: went.append(url.toString()))
    qtbot.addWidget(browser)
    browser.show_html(f'<a href="{LINK}">Hilfe</a>')
    assert not browser.openLinks() and not browser.openExternalLinks()
    browser.anchorClicked.emit(QUrl(LINK))
    assert asked == [LINK]
    assert went == opened
    assert clipboard.text() == copied
    browser.anchorClicked.emit(QUrl("javascript:alert(1)"))
    assert asked == [LINK]  # other schemes are not even offered


# -- a synced mail in the window -----------------------------------------------------------


def synced_window(qtbot: QtBot, desk: Desk) -> MainWindow:
    desk.sync()
    window = open_window(qtbot, desk)
    assert window.select_case(desk.line_case)  # where the company's mail is filed
    return window


def show_mail(qtbot: QtBot, window: MainWindow, subject: str) -> MailDetail:
    model = window.timeline_model
    row = next(r for r in range(model.rowCount()) if model.entry(r).summary == subject)
    detail = window.features.mail.detail
    with qtbot.waitSignal(detail.loaded, timeout=SYNC_MS):
        window.select_entry(row)
    return detail


def test_a_synced_html_mail_shows_safely(
    qtbot: QtBot,
    desk: Desk,
    dovecot: DovecotServer,
    account: ImapUser,
    no_network: NoNetwork,
) -> None:
    raw = html_mail()
    dovecot.append(account, "INBOX", raw)
    window = synced_window(qtbot, desk)
    no_network.start()  # the sync itself talked to Dovecot; from here on nothing may
    detail = show_mail(qtbot, window, "Ihr Auftrag A-2012-0305-48817")
    assert window.detail.body_stack.currentWidget() is detail
    assert not window.detail.body_title.isVisible()
    browser = detail.browser
    assert "Ihr Auftrag ist eingegangen." in browser.toPlainText()
    requested = [u.toString() for u in browser.requested]
    # the logo is served; the tracker's <img> lost its address to the sanitizer: Qt asks for
    # an empty URL there, and gets nothing
    assert [u for u in requested if u] == ["cid:logo@telvia.example"]
    assert [u.toString() for u in browser.refused] == [""] * (len(requested) - 1)
    assert TRACKER not in browser.toHtml()
    assert detail.from_label.text() == f"Telvia Kundenservice <{COMPANY}>"
    assert detail.recipients.text() == PROXY
    assert "INBOX" in detail.folders.text()
    # the same mail's HTML as it came, before sanitizing: the tracker is asked for and refused
    original = message_from_bytes(raw)
    html = next(p for p in original.walk() if p.get_content_type() == "text/html")
    browser.show_html(html.get_payload(decode=True).decode(), {})
    assert TRACKER in [u.toString() for u in browser.refused]
    assert no_network.attempts == []


def test_plain_text_on_request(
    qtbot: QtBot, desk: Desk, dovecot: DovecotServer, account: ImapUser
) -> None:
    dovecot.append(account, "INBOX", html_mail())
    window = synced_window(qtbot, desk)
    detail = show_mail(qtbot, window, "Ihr Auftrag A-2012-0305-48817")
    assert detail.plain_text.isEnabled() and not detail.plain_text.isChecked()
    detail.plain_text.setChecked(True)
    assert detail.browser.toPlainText().startswith("Sehr geehrter Herr Brenner,")
    assert detail.content is not None
    assert detail.browser.toPlainText() == detail.content.view.text
    detail.plain_text.setChecked(False)
    assert "Hilfe" in detail.browser.toPlainText()


def test_attachments_open_from_a_private_folder_and_save_where_asked(
    qtbot: QtBot, desk: Desk, dovecot: DovecotServer, account: ImapUser, tmp_path: Path
) -> None:
    dovecot.append(account, "INBOX", html_mail(program=True))
    window = synced_window(qtbot, desk)
    detail = show_mail(qtbot, window, "Ihr Auftrag A-2012-0305-48817")
    opened: list[QUrl] = []
    detail.open_url = opened.append
    model = detail.attachments_model
    # the inline logo is shown in the mail, not listed
    names = [model.part(r).filename for r in range(model.rowCount())]
    assert names == ["Auftraggpj.pdf", "tool.exe"]
    assert detail.files.isVisibleTo(window)
    path = detail.open_attachment(0)
    assert path is not None and path.name == "Auftraggpj.pdf"
    assert path.read_bytes().startswith(b"%PDF-1.4")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.parent.stat().st_mode) == 0o700
    assert [u.toLocalFile() for u in opened] == [str(path)]
    # a program is never handed to the system to open
    assert detail.open_attachment(1) is None
    assert "does not open programs" in detail.status.text()
    assert len(opened) == 1
    detail.attachments.setCurrentIndex(model.index(1, 0))
    assert not detail.open_button.isEnabled() and detail.save_button.isEnabled()
    target = tmp_path / "saved.exe"
    detail.ask_save_path = lambda suggested: str(target) if suggested == "tool.exe" else None
    assert detail.save_attachment(1) == target
    assert target.read_bytes() == b"MZ\x90\x00"
    # the whole mail as evidence
    original = tmp_path / "original.eml"
    detail.ask_save_path = lambda suggested: str(original)
    detail.save_original.click()
    assert original.read_bytes() == desk.mail.raw(detail.content.view.id)  # type: ignore[union-attr]


def test_read_receipt_state(
    qtbot: QtBot, desk: Desk, dovecot: DovecotServer, account: ImapUser
) -> None:
    answered, raw = mail(800, sender=PROXY, to=COMPANY, subject="Vollmacht anbei", receipt_to=PROXY)
    dovecot.append(account, "Sent", raw)
    _, raw = mail(801, sender=PROXY, to=COMPANY, subject="Nie gelesen?", receipt_to=PROXY)
    dovecot.append(account, "Sent", raw)
    dovecot.append(account, "INBOX", read_receipt(answered, 802))
    window = synced_window(qtbot, desk)
    detail = show_mail(qtbot, window, "Nie gelesen?")
    assert detail.receipt.text() == "receipt requested, none received"
    detail = show_mail(qtbot, window, "Vollmacht anbei")
    assert detail.receipt.text().startswith("read at ")
    assert window.detail.kind.text() == "Email sent"


def test_a_body_left_unread_by_the_sync_is_read_once(
    desk: Desk, dovecot: DovecotServer, account: ImapUser
) -> None:
    dovecot.append(account, "INBOX", html_mail())
    desk.sync()
    mail_services = MailServices.for_file(desk.case_file, passwords=lambda: desk.passwords)
    (view,) = desk.mail.messages()
    content = load_mail(mail_services.messages, view.id)
    assert content.inline_images.keys() == {"logo@telvia.example"}
    assert [p.filename for p in content.attachments] == ["Auftraggpj.pdf"]
