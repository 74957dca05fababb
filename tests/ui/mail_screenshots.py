"""``python -m tests.ui.mail_screenshots FOLDER``: mail.png and sync.png of the real windows.

Starts a private Dovecot (tests/support), puts a few of the company's mails into the proxy's
mailbox, syncs them into a fresh case file with the UI tests' story and shows the window with
an HTML mail selected (mail.png); then puts 300 more mails there and grabs the sync dialog
while it works (sync.png) and when it is done (sync-summary.png). Run it under Xvfb with
``QT_QPA_PLATFORM=xcb``.

(The demo file cannot be used yet: its reference numbers hold non-ASCII text, which the sync's
server-side SEARCH does not send as UTF-8.)
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from PySide6.QtCore import QEventLoop, QLocale, QTimer
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import QWidget

from proxydesk.mail.accounts import MailAccountService
from proxydesk.mail.actions import MailServices
from proxydesk.mail.imap import ServerAddress
from proxydesk.mail.sync import MailSync
from proxydesk.services.registry import Services
from proxydesk.storage.database import open_case_file
from proxydesk.ui.app import application, create_main_window
from proxydesk.ui.language import Language, install_translations
from tests.mail.conftest import MemoryPasswords
from tests.support.dovecot import DovecotServer
from tests.ui.mail_letters import png
from tests.ui.story import FixedClock, build_story

ME = "Jan Lindner <jan.lindner@lindner-net.example>"
BERLIN = timezone(timedelta(hours=1))
SETTLE_MS = 800
ACCOUNT = "lindner-net"


def message(
    sender: str,
    to: str,
    subject: str,
    when: datetime,
    text: str,
    html: str | None = None,
    *,
    receipt: bool = False,
    logo: bool = False,
    pdf: str | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = make_msgid("shot", domain=sender.split("@")[-1].strip(">"))
    if receipt:
        msg["Disposition-Notification-To"] = ME
    msg.set_content(text)
    if html is not None:
        msg.add_alternative(html, subtype="html")
        if logo:
            msg.get_payload()[1].add_related(
                png("#e20074", 24), maintype="image", subtype="png", cid="<logo@telvia.example>"
            )
    if pdf is not None:
        msg.add_attachment(
            b"%PDF-1.4\n% " + subject.encode() + b"\n",
            maintype="application",
            subtype="pdf",
            filename=pdf,
        )
    return msg.as_bytes()


CONFIRMATION_HTML = """<html><body style="font-family: sans-serif">
<p><img src="cid:logo@telvia.example" alt="Telvia" width="24" height="24">
<b style="color:#e20074">Telvia</b> hilft</p>
<p>Hallo Herr Lindner,</p>
<p>vielen Dank für Ihre Nachricht. Wir haben den Umzug des Anschlusses Ihrer Tante
(Kundennummer <b>4711-0815</b>) in das Haus Ihrer Mutter (Kundennummer
<b>5522-1090</b>) aufgenommen. Die Auftragsnummer lautet <b>A-77</b>.</p>
<ul><li>Neuer Anschluss: IP-basiert, Kombi Comfort Universal</li>
<li>Technikertermin: 13.03.2012, 8–12 Uhr</li></ul>
<p>Die Auftragsbestätigung finden Sie im Anhang.</p>
<img src="https://tracking.telvia.example/open.gif?m=4711" width="1" height="1">
<p>Viele Grüße<br>Julia vom Team <a href="https://twitter.example/Telvia_hilft">@Telvia_hilft</a></p>
</body></html>"""


def fill_mailbox(server: DovecotServer, user: str) -> None:
    start = datetime(2012, 3, 1, 10, 12, tzinfo=BERLIN)
    server.append(
        user,
        "INBOX",
        message(
            "Telvia hilft <hilft@telvia.example>",
            ME,
            "Ihr Umzugsauftrag A-77 – Bestätigung",
            start,
            "Hallo Herr Lindner,\n\nvielen Dank für Ihre Nachricht. Wir haben den Umzug "
            "aufgenommen.\n\nViele Grüße\nJulia vom Team @Telvia_hilft\n",
            CONFIRMATION_HTML,
            logo=True,
            pdf="Auftragsbestaetigung A-77.pdf",
        ),
    )
    server.append(
        user,
        "Sent",
        message(
            ME,
            "Telvia Kundenservice <kundenservice@telvia.example>",
            "Vollmacht für den Umzug der E-Mail-Adresse (Kundennr. 4711-0815)",
            datetime(2012, 3, 16, 11, 40, tzinfo=BERLIN),
            "Sehr geehrte Damen und Herren,\n\nanbei die unterschriebene Vollmacht meiner "
            "Tante.\n\nMit freundlichen Grüßen\nJan Lindner\n",
            receipt=True,
            pdf="Vollmacht Erika Brandt.pdf",
        ),
    )


def newsletters(count: int) -> list[bytes]:
    start = datetime(2012, 3, 20, 8, 0, tzinfo=BERLIN)
    return [
        message(
            "Telvia Kundenservice <kundenservice@telvia.example>",
            ME,
            f"Ihre Meinung zählt – Umfrage zu Ihrem Auftrag ({n + 1})",
            start + timedelta(minutes=n),
            "Bitte bewerten Sie unseren Service.\n",
        )
        for n in range(count)
    ]


def settle(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(condition: Callable[[], bool], ms: int = 60_000) -> None:
    waited = 0
    while not condition() and waited < ms:
        settle(50)
        waited += 50
    if not condition():
        raise TimeoutError("the window did not get there in time")


def picture(widget: QWidget) -> QPixmap:
    on_screen = QGuiApplication.platformName() not in ("offscreen", "minimal")
    if on_screen:
        return widget.screen().grabWindow(widget.winId())
    return widget.grab()


def save(shot: QPixmap, path: Path) -> None:
    if not shot.save(str(path)):
        raise OSError(f"could not write {path}")
    print(f"saved {path} ({shot.width()}x{shot.height()})")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.ui.mail_screenshots")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--size", default="1400x900")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))
    args.folder.mkdir(parents=True, exist_ok=True)

    app = application()
    install_translations(app, Language.SYSTEM, system=QLocale())
    folder = Path(tempfile.mkdtemp(prefix="proxydesk-shots-"))
    case_file = open_case_file(folder / "family.proxydesk", create=True, timezone="Europe/Berlin")
    clock = FixedClock()
    build_story(Services.for_file(case_file, clock))
    passwords = MemoryPasswords()
    try:
        with DovecotServer() as server:
            user = server.add_user("jan")
            fill_mailbox(server, user.name)
            MailAccountService(case_file).add(
                passwords,
                ACCOUNT,
                ServerAddress(server.host, server.port, "plain", user.name),
                user.password,
                allow_plain=True,
            )
            services = Services.for_file(case_file, clock)
            MailSync(case_file, passwords).run(ACCOUNT)
            mail = MailServices.for_file(case_file, clock, passwords=lambda: passwords, timeout=10)
            window = create_main_window(services, mail=mail)
            window.resize(width, height)
            window.show()
            settle(SETTLE_MS)

            confirmation = next(
                m for m in mail.messages.messages() if m.subject.startswith("Ihr Umzugsauftrag")
            )
            assert confirmation.case_id is not None and confirmation.event_id is not None
            loaded: list[object] = []
            window.features.mail.detail.loaded.connect(loaded.append)
            window.show_timeline_entry(confirmation.case_id, confirmation.event_id)
            wait_for(lambda: bool(loaded))
            settle(SETTLE_MS)
            save(picture(window), args.folder / "mail.png")

            server.append_many(user.name, "INBOX", newsletters(300))
            dialog = window.features.mail.sync_dialog
            reports: list[object] = []
            dialog.progressed.connect(reports.append)
            window.features.mail.sync()
            wait_for(lambda: len(reports) >= 1)
            settle(SETTLE_MS // 2)
            save(picture(dialog), args.folder / "sync.png")
            wait_for(lambda: not dialog.running, 120_000)
            settle(SETTLE_MS)
            save(picture(dialog), args.folder / "sync-summary.png")
            window.close()
            window.runner.shutdown()
    finally:
        case_file.close()
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
