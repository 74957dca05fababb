"""A seeded, realistic German mailbox written straight into a Maildir for the sync benchmark.

Most mail is a 2-10 KB text or text/html alternative in quoted-printable or 8-bit UTF-8 with
a full set of delivery headers; about one in ten carries a 50-500 KB base64 attachment
(PDF- or JPEG-like random bytes); about one in five is a reply in a thread; 2 % come from the
company's domain, some of those with the customer number or order reference in the body.
The same seed and count always give the same bytes.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import random
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

GENERATOR_VERSION = 1
STAMP = "corpus.json"
PROXY_NAME, PROXY_ADDRESS = "Markus Brenner", "markus@brenner.example"
COMPANY_DOMAIN = "telvia.example"
COMPANY_SHARE = 0.02
ATTACHMENT_SHARE = 0.10
REPLY_SHARE = 0.20
START = datetime(2022, 1, 3, 7, 0, tzinfo=UTC)
SPAN = timedelta(days=730)
BERLIN = ZoneInfo("Europe/Berlin")

FIRST = [
    "Jürgen",
    "Gerda",
    "Hildegard",
    "Klaus",
    "Monika",
    "Sören",
    "Björn",
    "Ute",
    "Dieter",
    "Brigitte",
    "Günter",
    "Käthe",
    "Jörg",
    "Renate",
    "Hans-Peter",
    "Sabine",
    "Uwe",
    "Anja",
    "Jens",
    "Bärbel",
    "Ralf",
    "Karin",
    "Wolfgang",
    "Heike",
    "Lena",
    "Jonas",
    "Zoë",
]
LAST = [
    "Müller",
    "Schäfer",
    "Köhler",
    "Weiß",
    "Groß",
    "Jäger",
    "Krämer",
    "Böhm",
    "Voß",
    "Schmidt",
    "Fischer",
    "Wagner",
    "Becker",
    "Hoffmann",
    "Schröder",
    "Neumann",
    "Schwarz",
    "Zimmermann",
    "Krüger",
    "Hartmann",
    "Lange",
    "Schmitz",
    "Günther",
    "Brenner",
    "Voit",
]
MAILERS = [
    "gmx.example",
    "web.example",
    "t-online.example",
    "posteo.example",
    "freenet.example",
    "mailbox.example",
    "gmail.example",
    "arcor.example",
]
SENDERS = [
    ("Stadtwerke Oberwaldbach", "kundenservice@stadtwerke-oberwaldbach.example"),
    ("Sparkasse Waldtal", "noreply@sparkasse-waldtal.example"),
    ("DHL Paket", "noreply@dhl-paket.example"),
    ("AOK Kundencenter", "post@aok-kundencenter.example"),
    ("Hausverwaltung Kessler", "info@hv-kessler.example"),
    ("Apotheke am Markt", "bestellung@apotheke-am-markt.example"),
    ("Allgemeine Versicherung", "service@allgemeine-vers.example"),
    ("Bürgerbüro Oberwaldbach", "buergerbuero@oberwaldbach.example"),
]
COMPANY_SENDERS = [
    ("Telvia Kundenservice", "hilft@telvia.example"),
    ("Telvia Rechnung", "rechnung@telvia.example"),
    ("Telvia Technik", "technik@service.telvia.example"),
    ("Telvia", "noreply@telvia.example"),
]
CITIES = [
    "Oberwaldbach",
    "Tübingen",
    "Lüneburg",
    "Würzburg",
    "Göttingen",
    "Düsseldorf",
    "Fürth",
    "Straßburg",
    "München",
    "Köln",
    "Saarbrücken",
    "Osnabrück",
]
SUBJECTS = [
    "Termin am {day}",
    "Rechnung für {month}",
    "Ihre Bestellung {n}",
    "Grüße aus {city}",
    "Frage zur Nebenkostenabrechnung {year}",
    "Geburtstag von {first}",
    "Fotos vom Wochenende in {city}",
    "Arzttermin {day}",
    "Ihr Kontoauszug {month} ist da",
    "Wichtige Änderung Ihrer Vertragsdaten",
    "Einladung zum Sommerfest in {city}",
    "Rückfrage zu Ihrem Antrag {n}",
    "Kündigungsbestätigung",
    "Zählerstand für {month} melden",
    "Besuch bei Oma am {day}",
    "Unterlagen für die Steuererklärung {year}",
    "Schlüsselübergabe Wohnung {city}",
    "Bitte um Rückruf",
    "Ärger mit dem Vermieter",
    "Ihre Sendung {n} wurde zugestellt",
]
COMPANY_SUBJECTS = [
    "Ihr Auftrag {order}",
    "Ihre Telvia-Rechnung {month}",
    "Umzug Ihres Anschlusses",
    "Terminbestätigung Techniker am {day}",
    "Ihre Anfrage vom {day}",
    "Störungsmeldung {n}",
    "Änderung Ihres Tarifs zum {day}",
    "Bestätigung Ihrer Kündigung",
]
SENTENCES = [
    "Vielen Dank für Ihre Nachricht vom letzten Dienstag.",
    "Wir haben uns sehr über die schönen Fotos gefreut, die Oma uns geschickt hat.",
    "Könntest du bitte nächste Woche noch einmal bei der Hausverwaltung anrufen?",
    "Die Heizung im Badezimmer funktioniert leider immer noch nicht richtig.",
    "Anbei findest du die Unterlagen, um die du mich gebeten hattest.",
    "Der Arzt meinte, dass die Tabletten zweimal täglich genommen werden müssen.",
    "Bitte überweisen Sie den offenen Betrag innerhalb von vierzehn Tagen.",
    "Am Wochenende fahren wir nach Lüneburg, um Tante Käthe zu besuchen.",
    "Das Paket ist heute Morgen beim Nachbarn im Erdgeschoss abgegeben worden.",
    "Ich habe die Zählerstände fotografiert und schicke sie dir später.",
    "Leider konnten wir Sie unter der angegebenen Rufnummer nicht erreichen.",
    "Die Nebenkostenabrechnung enthält meiner Meinung nach einen Fehler bei der Grundsteuer.",
    "Für Rückfragen stehen wir Ihnen montags bis freitags von acht bis achtzehn Uhr zur Verfügung.",
    "Hoffentlich geht es euch allen gut und ihr habt die Erkältung überstanden.",
    "Der Termin beim Bürgerbüro wurde auf Donnerstag um halb zehn verschoben.",
    "Mit dem neuen Rollator kommt Mama jetzt viel besser die Treppe hinunter.",
    "Wir möchten Sie darauf hinweisen, dass sich unsere Allgemeinen Geschäftsbedingungen ändern.",
    "Die Kündigung muss schriftlich und mit Unterschrift bei uns eingehen.",
    "Ich würde vorschlagen, dass wir uns am Samstag gegen vierzehn Uhr treffen.",
    "Über eine kurze Rückmeldung würde ich mich sehr freuen.",
    "Die Versichertenkarte ist abgelaufen, eine neue wurde bereits beantragt.",
    "Im Anhang sende ich Ihnen die unterschriebene Vollmacht als Scan.",
    "Das Wetter in Würzburg war herrlich, wir saßen jeden Abend draußen.",
    "Ihre Zahlung ist bei uns eingegangen, vielen Dank.",
    "Der Handwerker kommt erst übernächste Woche, früher ging es leider nicht.",
    "Bitte prüfen Sie die beigefügte Aufstellung und teilen Sie uns Änderungen mit.",
    "Großvater hat sich über den Anruf zum Geburtstag riesig gefreut.",
    "Wir bestätigen hiermit den Eingang Ihres Schreibens.",
    "Weißt du noch, wo die Unterlagen vom Notar abgeheftet sind?",
    "Die Störung in Ihrem Gebiet ist inzwischen behoben.",
    "Ab dem ersten des Monats gilt der neue Abschlag von neunundfünfzig Euro.",
    "Ich habe gestern lange mit der Hotline telefoniert, aber ohne Ergebnis.",
    "Für die Übergabe der Schlüssel bräuchten wir noch einen Termin.",
    "Entschuldige die späte Antwort, die letzten Tage waren sehr hektisch.",
    "Die Apotheke hat das Medikament bestellt, es kommt morgen früh.",
    "Bitte geben Sie bei Rückfragen immer Ihre Kundennummer an.",
]
COMPANY_SENTENCES = [
    "Ihr Auftrag zum Umzug des Anschlusses ist bei uns eingegangen.",
    "Der Techniker meldet sich am Vortag zwischen acht und zwölf Uhr bei Ihnen.",
    "Die Bereitstellung an Ihrer neuen Adresse erfolgt voraussichtlich in drei Wochen.",
    "Wir bedauern die Unannehmlichkeiten und schreiben Ihnen eine Gutschrift gut.",
    "Ihre Rufnummer wird an den neuen Standort mitgenommen.",
    "Bitte halten Sie den Router und die Zugangsdaten bereit.",
]
GREETINGS = [
    "Hallo Markus,",
    "Lieber Markus,",
    "Sehr geehrter Herr Brenner,",
    "Moin Markus,",
    "Guten Tag Herr Brenner,",
]
CLOSINGS = [
    "Viele Grüße",
    "Liebe Grüße",
    "Mit freundlichen Grüßen",
    "Herzliche Grüße",
    "Beste Grüße",
]
MONTHS = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


@dataclass
class CorpusStats:
    """What was generated: counts and sizes, kept beside the Maildir as corpus.json."""

    count: int
    seed: int
    version: int = GENERATOR_VERSION
    bytes: int = 0
    company: int = 0
    with_number: int = 0
    attachments: int = 0
    replies: int = 0
    seconds: float = 0.0

    @property
    def megabytes(self) -> float:
        return self.bytes / 1e6


class _Writer:
    """Builds message number i from one seeded random stream."""

    def __init__(self, seed: int, count: int, customer_number: str, order: str) -> None:
        self.rng = random.Random(seed)
        self.count = count
        self.customer_number = customer_number
        self.order = order
        # (Message-ID, subject, sender, references, from the company) of the latest mails
        self.recent: list[tuple[str, str, str, list[str], bool]] = []

    def person(self) -> tuple[str, str]:
        r = self.rng
        first, last = r.choice(FIRST), r.choice(LAST)
        local = f"{first}.{last}".lower()
        for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("ë", "e")):
            local = local.replace(a, b)
        return f"{first} {last}", f"{local}{r.randrange(100)}@{r.choice(MAILERS)}"

    def fill(self, template: str, when: datetime) -> str:
        r = self.rng
        return template.format(
            day=(when + timedelta(days=r.randrange(1, 30))).strftime("%d.%m.%Y"),
            month=f"{MONTHS[when.month - 1]} {when.year}",
            year=when.year,
            n=r.randrange(10_000_000, 99_999_999),
            city=r.choice(CITIES),
            first=r.choice(FIRST),
            order=self.order,
        )

    def paragraphs(self, size: int, company: bool) -> list[str]:
        r = self.rng
        pool = SENTENCES + COMPANY_SENTENCES * 3 if company else SENTENCES
        out: list[str] = []
        length = 0
        while length < size:
            paragraph = " ".join(r.choice(pool) for _ in range(r.randint(2, 5)))
            out.append(paragraph)
            length += len(paragraph) + 2
        return out

    def message(self, i: int) -> tuple[bytes, float, str, dict[str, bool]]:
        """(raw bytes with LF line ends, arrival time, Maildir flags, what it is)."""
        r = self.rng
        step = SPAN / self.count
        arrived = START + step * i + timedelta(seconds=r.uniform(0, step.total_seconds()))
        local = arrived.astimezone(BERLIN)
        company = r.random() < COMPANY_SHARE
        if company:
            name, sender = r.choice(COMPANY_SENDERS)
        elif r.random() < 0.3:
            name, sender = r.choice(SENDERS)
        else:
            name, sender = self.person()
        domain = sender.rpartition("@")[2]
        reply_to = None
        if r.random() < REPLY_SHARE:
            candidates = [m for m in self.recent[-300:] if m[4] == company]
            if candidates:
                reply_to = r.choice(candidates)
        if reply_to is not None:
            subject = ("AW: " if r.random() < 0.6 else "Re: ") + reply_to[1].removeprefix(
                "AW: "
            ).removeprefix("Re: ")
            references = [*reply_to[3][-8:], reply_to[0]]
        else:
            template = r.choice(COMPANY_SUBJECTS if company else SUBJECTS)
            subject, references = self.fill(template, local), []
        message_id = f"{r.getrandbits(64):016x}.{i}@{domain}"
        self.recent.append((message_id, subject, sender, references, company))
        if len(self.recent) > 600:
            del self.recent[:300]

        # the customer number in 40 % of the company's mail and in a few relatives' mails
        number = (company and r.random() < 0.4) or (not company and r.random() < 0.001)
        order = company and r.random() < 0.15
        attachment = r.random() < ATTACHMENT_SHARE
        target = 2048 + int(8192 * r.betavariate(2, 4))
        headers = self.headers(name, sender, subject, message_id, references, local)
        html = r.random() < 0.65
        # an HTML alternative repeats the text with markup, quoted-printable adds a little
        budget = (target - len(headers) - 300) / (2.4 if html else 1.1)
        text = self.text(max(200, int(budget)), company, number, order, name)
        body = self.body(text, html, attachment, i, local)
        raw = headers.encode() + body
        flags = r.choices(["S", "RS", ""], weights=[85, 5, 10])[0]
        kind = {
            "company": company,
            "number": number or order,
            "attachment": attachment,
            "reply": reply_to is not None,
        }
        return raw, arrived.timestamp(), flags, kind

    def headers(
        self,
        name: str,
        sender: str,
        subject: str,
        message_id: str,
        references: list[str],
        when: datetime,
    ) -> str:
        r = self.rng
        domain = sender.rpartition("@")[2]
        hops = []
        moment = when
        relays = [f"mx0{r.randint(1, 3)}.brenner.example", f"mout.{domain}", f"mail.{domain}"]
        for hop, relay in enumerate(relays[: r.randint(2, 3)]):
            by = "imap.brenner.example" if hop == 0 else relays[hop - 1]
            ip = ".".join(str(r.randrange(1, 255)) for _ in range(4))
            hops.append(
                f"Received: from {relay} ({relay} [{ip}])\n\tby {by} (Postfix) with ESMTPS id "
                f"{r.getrandbits(40):010X}\n\tfor <{PROXY_ADDRESS}>; {format_datetime(moment)}\n"
            )
            moment -= timedelta(seconds=r.randint(1, 40))
        lines = [f"Return-Path: <{sender}>\n", f"Delivered-To: {PROXY_ADDRESS}\n", *hops]
        if r.random() < 0.7:
            signature = "".join(r.choice(B64) for _ in range(344))
            folded = "\n\t ".join(signature[k : k + 72] for k in range(0, 344, 72))
            lines.append(
                f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain};\n"
                f"\ts=s{r.randrange(10**7)}; t={int(when.timestamp())};\n"
                f"\tbh={''.join(r.choice(B64) for _ in range(43))}=;\n"
                f"\th=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;\n"
                f"\tb={folded}\n"
            )
        lines += [
            f"Message-ID: <{message_id}>\n",
            f"Date: {format_datetime(moment)}\n",
            f"From: {_address(name, sender)}\n",
            f"To: {_address(PROXY_NAME, PROXY_ADDRESS)}\n",
            f"Subject: {_encoded(subject)}\n",
        ]
        if references:
            lines.append(f"In-Reply-To: <{references[-1]}>\n")
            lines.append("References: " + "\n ".join(f"<{m}>" for m in references) + "\n")
        lines.append("MIME-Version: 1.0\n")
        lines.append(
            r.choice(
                [
                    "User-Agent: Mozilla Thunderbird 115.6\n",
                    "X-Mailer: Microsoft Outlook 16.0\n",
                    "X-Mailer: GMX FreeMail\n",
                    "X-Mailer: Apple Mail (2.3731)\n",
                ]
            )
        )
        lines.append(f"X-Spam-Score: {r.uniform(-3, 4):.1f}\n")
        return "".join(lines)

    def text(self, size: int, company: bool, number: bool, order: bool, name: str) -> list[str]:
        r = self.rng
        paragraphs = self.paragraphs(size, company)
        if number:
            paragraphs.insert(
                r.randrange(len(paragraphs) + 1), f"Ihre Kundennummer: {self.customer_number}"
            )
        if order:
            paragraphs.insert(r.randrange(len(paragraphs) + 1), f"Auftragsnummer: {self.order}")
        return [r.choice(GREETINGS), *paragraphs, f"{r.choice(CLOSINGS)}\n{name}"]

    def body(self, text: list[str], html: bool, attachment: bool, i: int, when: datetime) -> bytes:
        r = self.rng
        plain = _text_part("plain", "\n\n".join(text), r.random() < 0.7)
        if html:
            markup = "".join(
                f'<p style="margin:0 0 1em 0">{p.replace(chr(10), "<br>")}</p>\n' for p in text
            )
            document = (
                f'<html><head><meta charset="utf-8"></head>\n<body style="font-family:'
                f'Arial,sans-serif;font-size:11pt">\n{markup}</body></html>'
            )
            content = _multipart("alternative", [plain, _text_part("html", document, True)], i)
        else:
            content = plain
        if not attachment:
            return content
        encoded_size = int(50_000 * 10 ** (r.random() ** 1.75))  # 50-500 KB, most near the low end
        if r.random() < 0.6:
            mime, filename = "application/pdf", f"Rechnung_{when:%Y-%m}_{i}.pdf"
            data = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + r.randbytes(encoded_size * 3 // 4)
        else:
            mime, filename = "image/jpeg", f"IMG_{when:%Y%m%d}_{i:05d}.jpg"
            data = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + r.randbytes(encoded_size * 3 // 4)
        part = (
            f'Content-Type: {mime}; name="{filename}"\nContent-Disposition: attachment; '
            f'filename="{filename}"\nContent-Transfer-Encoding: base64\n\n'
        ).encode()
        return _multipart("mixed", [content, part + base64.encodebytes(data)], i)


def _address(name: str, address: str) -> str:
    return f"{_encoded(name)} <{address}>" if not name.isascii() else f'"{name}" <{address}>'


def _encoded(text: str) -> str:
    """An RFC 2047 Q-encoded word when the text is not ASCII."""
    if text.isascii():
        return text
    encoded = binascii.b2a_qp(text.encode(), header=True).replace(b"=\n", b"")
    return "=?UTF-8?Q?" + encoded.decode() + "?="


def _text_part(subtype: str, text: str, quoted_printable: bool) -> bytes:
    data = text.encode()
    if quoted_printable:
        return (
            f'Content-Type: text/{subtype}; charset="UTF-8"\n'
            "Content-Transfer-Encoding: quoted-printable\n\n"
        ).encode() + binascii.b2a_qp(data)
    return (
        f"Content-Type: text/{subtype}; charset=utf-8; format=flowed\n"
        "Content-Transfer-Encoding: 8bit\n\n"
    ).encode() + data


def _multipart(subtype: str, parts: list[bytes], i: int) -> bytes:
    boundary = f"----=_Part_{subtype}_{i:06d}"
    head = f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'.encode()
    out = [head, b"This is a multi-part message in MIME format.\n"]
    for part in parts:
        out += [f"\n--{boundary}\n".encode(), part]
    out.append(f"\n--{boundary}--\n".encode())
    return b"".join(out)


def generate(
    maildir: Path,
    count: int,
    *,
    seed: int,
    customer_number: str,
    order: str,
    owner: tuple[int, int] | None = None,
    progress: Callable[[int], None] | None = None,
) -> CorpusStats:
    """Write `count` messages into maildir/cur, named and dated the way a Maildir does."""
    started = time.monotonic()
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    writer = _Writer(seed, count, customer_number, order)
    stats = CorpusStats(count, seed)
    cur = maildir / "cur"
    for i in range(count):
        raw, arrived, flags, kind = writer.message(i)
        seconds = int(arrived)
        # W= is the size with CRLF line ends, so Dovecot need not read the file to learn it
        virtual = len(raw) + raw.count(b"\n")
        name = (
            f"{seconds}.M{writer.rng.randrange(10**6)}P4242Q{i}.bench,S={len(raw)},"
            f"W={virtual}:2,{flags}"
        )
        path = cur / name
        path.write_bytes(raw)
        os.utime(path, (arrived, arrived))
        if owner is not None:
            os.chown(path, *owner)
        stats.bytes += len(raw)
        stats.company += kind["company"]
        stats.with_number += kind["number"]
        stats.attachments += kind["attachment"]
        stats.replies += kind["reply"]
        if progress is not None and (i + 1) % 1000 == 0:
            progress(i + 1)
    if owner is not None:
        for directory in (maildir, *(maildir / s for s in ("cur", "new", "tmp"))):
            os.chown(directory, *owner)
            directory.chmod(0o700)
    stats.seconds = time.monotonic() - started
    (maildir.parent / STAMP).write_text(json.dumps(asdict(stats), indent=1), encoding="utf-8")
    return stats


def load_stats(maildir: Path, count: int, seed: int) -> CorpusStats | None:
    """The stats of a corpus generated earlier with the same count, seed and generator."""
    try:
        data = json.loads((maildir.parent / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    stats = CorpusStats(**data)
    if (stats.count, stats.seed, stats.version) != (count, seed, GENERATOR_VERSION):
        return None
    return stats
