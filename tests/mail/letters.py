"""Realistic mails between the proxy and a telecom company, built for the tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

PROXY = "markus@brenner.example"
COMPANY = "service@telvia.example"
START = datetime(2012, 3, 1, 9, 0, tzinfo=UTC)


def mail(
    n: int,
    *,
    sender: str = "friend@elsewhere.example",
    to: str = PROXY,
    subject: str | None = None,
    body: str | None = None,
    message_id: str | None = None,
    in_reply_to: str | None = None,
    receipt_to: str | None = None,
    attachment: bytes | None = None,
) -> tuple[str, bytes]:
    """(Message-ID, raw bytes) of mail number n."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject or f"Nachricht {n}: Grüße aus Oberwaldbach"
    msg["Date"] = format_datetime(START + timedelta(hours=n))
    mid = message_id or make_msgid(f"m{n}", domain="test.example")
    msg["Message-ID"] = mid
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    if receipt_to:
        msg["Disposition-Notification-To"] = receipt_to
    msg.set_content(body or f"Hallo,\n\ndas ist Nachricht {n}. Schöne Grüße, Gerda Voß\n")
    if attachment is not None:
        msg.add_attachment(
            attachment, maintype="application", subtype="pdf", filename=f"scan-{n}.pdf"
        )
    return mid.strip("<>"), msg.as_bytes()


def read_receipt(original_id: str, n: int, *, sender: str = COMPANY) -> bytes:
    """A disposition notification (RFC 8098) saying the original was displayed."""
    boundary = f"mdn-{n}"
    return (
        f"From: {sender}\r\nTo: {PROXY}\r\nSubject: Gelesen: Ihre Nachricht\r\n"
        f"Date: {format_datetime(START + timedelta(hours=n))}\r\n"
        f"Message-ID: <mdn{n}@telvia.example>\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: multipart/report; report-type=disposition-notification; "
        f'boundary="{boundary}"\r\n\r\n'
        f"--{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"Ihre Nachricht wurde angezeigt.\r\n"
        f"--{boundary}\r\nContent-Type: message/disposition-notification\r\n\r\n"
        f"Reporting-UA: mail.telvia.example\r\nFinal-Recipient: rfc822; {sender}\r\n"
        f"Original-Message-ID: <{original_id}>\r\n"
        f"Disposition: manual-action/MDN-sent-manually; displayed\r\n\r\n"
        f"--{boundary}--\r\n"
    ).encode()
