"""A large, seeded case file for the scale benchmark: one case with 100,000 events, 50,000 mails.

The directory (a relative, Telvia AG, three cases) goes in through the services; the bulk
through SQLAlchemy Core ``executemany`` inside one transaction, so the full-text triggers
index every event as the app's own writes would. The text is German, in the words of
``mail_corpus.py``: mails with a subject, greeting, two to six paragraphs and a closing; calls
with the number dialed, the agent, hold time and a note; notes, letters, visits, faxes.
The same seed and sizes always give the same content.
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert

from benchmarks.mail_corpus import (
    CLOSINGS,
    COMPANY_SENDERS,
    COMPANY_SENTENCES,
    COMPANY_SUBJECTS,
    FIRST,
    GREETINGS,
    LAST,
    MONTHS,
    SENDERS,
    SENTENCES,
    SUBJECTS,
)
from proxydesk.domain import (
    KIND_DEFAULTS,
    CallOutcome,
    EventKind,
    PromiseKind,
    PromiseStatus,
)
from proxydesk.services.registry import Services
from proxydesk.storage.database import open_case_file
from proxydesk.storage.mail_models import MailMessage
from proxydesk.storage.models import Attachment, Blob, Event, Promise

GENERATOR_VERSION = 2
TIMEZONE = "Europe/Berlin"
BIG_CASE = "Umzug des Anschlusses und der E-Mail-Adresse"
START = datetime(2021, 3, 1, 7, 0, tzinfo=UTC)
SPAN = timedelta(days=1100)
#: promises older than this (before the case's last event) have turned out one way or another
STILL_OPEN = timedelta(days=60)
HOTLINES = ["+49 800 5550100", "+49 800 5550133", "+49 800 5550177"]
#: of the events that are not mail: calls, notes, letters, visits, faxes, social, technician
OTHER_KINDS = [
    (EventKind.CALL, 55),
    (EventKind.NOTE, 20),
    (EventKind.LETTER, 8),
    (EventKind.VISIT, 5),
    (EventKind.FAX, 4),
    (EventKind.SOCIAL, 5),
    (EventKind.TECHNICIAN, 3),
]
CALL_NOTES = [
    "Die Mitarbeiterin findet den Auftrag nicht im System und nimmt ihn noch einmal auf.",
    "Angeblich ist der Techniker schon bestellt, einen Termin gibt es aber noch nicht.",
    "Weiterverbunden an die Technik, dort nach zwanzig Minuten aus der Leitung geflogen.",
    "Er verspricht einen Rückruf innerhalb von achtundvierzig Stunden.",
    "Die E-Mail-Adresse könne erst nach dem Umzug des Anschlusses übertragen werden.",
    "Sie bestätigt die Kundennummer und sagt, die Gutschrift sei veranlasst.",
    "Niemand fühlt sich zuständig; ich soll es morgen früh noch einmal versuchen.",
    "Die Vollmacht liegt angeblich nicht vor, obwohl sie zweimal gefaxt wurde.",
]
PROMISE_TEXTS = [
    "Der Techniker kommt am Dienstag zwischen acht und zwölf Uhr.",
    "Rückruf innerhalb von zwei Werktagen.",
    "Die Gutschrift über 30 Euro erscheint auf der nächsten Rechnung.",
    "Die E-Mail-Adresse bleibt 180 Tage erhalten.",
    "Der Auftrag ist jetzt im System und wird bevorzugt bearbeitet.",
    "Die Vollmacht ist eingegangen und hinterlegt.",
]


@dataclass
class ScaleStats:
    """What was generated, kept beside the file as JSON so a later run can reuse it."""

    events: int
    mails: int
    seed: int
    version: int = GENERATOR_VERSION
    big_case_id: int = 0
    small_case_id: int = 0
    promises: int = 0
    loose_promises: int = 0
    attachments: int = 0
    megabytes: float = 0.0
    seconds: float = 0.0


def scale_file(folder: Path, events: int, mails: int, seed: int = 7) -> tuple[Path, ScaleStats]:
    """The case file for these sizes: reused when a matching one exists, else generated."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"scale-{events}-{mails}-s{seed}.proxydesk"
    stamp = path.with_suffix(".json")
    if path.exists() and stamp.exists():
        stats = ScaleStats(**json.loads(stamp.read_text()))
        if stats.version == GENERATOR_VERSION:
            return path, stats
    for old in folder.glob(path.name + "*"):
        old.unlink()
    stats = generate(path, events, mails, seed)
    stamp.write_text(json.dumps(asdict(stats), indent=2))
    return path, stats


def generate(path: Path, events: int, mails: int, seed: int = 7) -> ScaleStats:
    if mails > events:
        raise ValueError("the mails are events of the big case: ask for at least as many events")
    started = time.perf_counter()
    stats = ScaleStats(events=events, mails=mails, seed=seed)
    with open_case_file(path, create=True, timezone=TIMEZONE) as case_file:
        services = Services.for_file(case_file)
        services.directory.add_relative("Gerda Voß", born=datetime(1939, 11, 8).date())
        services.directory.add_organization(
            "Telvia AG",
            channels=[("mail_domain", "telvia.example", ""), ("hotline", HOTLINES[0], "orders")],
        )
        big = services.cases.add_case(
            BIG_CASE,
            "Telvia AG",
            relatives=["Gerda Voß"],
            references=["order:A-2021-0301-48817"],
            opened_at=START,
        )
        small = services.cases.add_case(
            "Rechnung März: doppelt abgebucht", "Telvia AG", relatives=["Gerda Voß"]
        )
        services.cases.add_case("Router zurückschicken", "Telvia AG", relatives=["Gerda Voß"])
        agents = [
            services.directory.add_contact("Telvia AG", f"{first} {last[0]}.").id
            for first, last in zip(FIRST, LAST * 2, strict=False)
        ]
        stats.big_case_id, stats.small_case_id = big.id, small.id
        _bulk(case_file.engine, stats, big.id, agents, random.Random(seed))
    stats.megabytes = round(path.stat().st_size / 1e6, 1)
    stats.seconds = round(time.perf_counter() - started, 1)
    return stats


def _bulk(
    engine: Any, stats: ScaleStats, case_id: int, agents: list[int], r: random.Random
) -> None:
    with engine.begin() as conn:
        first_id = (conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM events").scalar()) + 1
        pdf = b"%PDF-1.4\n% ProxyDesk scale benchmark\n" + bytes(
            r.getrandbits(8) for _ in range(4000)
        )
        pdf_sha = hashlib.sha256(pdf).hexdigest()
        blobs: list[dict[str, Any]] = [{"sha256": pdf_sha, "size": len(pdf), "data": pdf}]
        event_rows: list[dict[str, Any]] = []
        mail_rows: list[dict[str, Any]] = []
        promise_rows: list[dict[str, Any]] = []
        attachment_rows: list[dict[str, Any]] = []
        mail_every = stats.events / max(stats.mails, 1)
        step = SPAN / stats.events
        kinds, weights = zip(*OTHER_KINDS, strict=True)
        next_mail = 0.0
        for n in range(stats.events):
            event_id = first_id + n
            # synced mail arrives in batches, so ids are not quite in time order
            at = START + step * n + timedelta(seconds=r.uniform(-3600, 3600))
            if n >= next_mail and len(mail_rows) < stats.mails:
                next_mail += mail_every
                row, mail, blob = _mail(r, event_id, case_id, at, len(mail_rows))
                event_rows.append(row)
                mail_rows.append(mail)
                blobs.append(blob)
                continue
            kind = r.choices(kinds, weights)[0]
            row = _other(r, event_id, case_id, kind, at, agents)
            event_rows.append(row)
            if kind is EventKind.CALL and r.random() < 0.06:
                promise_rows.append(_promise(r, case_id, at, row["contact_id"], event_id))
            if kind in (EventKind.LETTER, EventKind.FAX) and r.random() < 0.3:
                attachment_rows.append(
                    {
                        "event_id": event_id,
                        "blob_sha256": pdf_sha,
                        "filename": f"scan-{n}.pdf",
                        "mime_type": "application/pdf",
                    }
                )
        loose = max(stats.events // 200, 1)
        for _ in range(loose):
            at = START + SPAN * r.random()
            promise_rows.append(_promise(r, case_id, at, r.choice(agents), None))
        conn.execute(insert(Blob), blobs)
        conn.execute(insert(Event), event_rows)
        if mail_rows:
            conn.execute(insert(MailMessage), mail_rows)
        conn.execute(insert(Promise), promise_rows)
        if attachment_rows:
            conn.execute(insert(Attachment), attachment_rows)
        stats.promises, stats.loose_promises = len(promise_rows), loose
        stats.attachments = len(attachment_rows)
    with engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")


def _sentences(r: random.Random, pool: list[str], low: int, high: int) -> str:
    return " ".join(r.choice(pool) for _ in range(r.randint(low, high)))


def _mail(
    r: random.Random, event_id: int, case_id: int, at: datetime, n: int
) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    outgoing = r.random() < 0.35
    company = outgoing or r.random() < 0.6
    name, sender = r.choice(COMPANY_SENDERS if company else SENDERS)
    if outgoing:
        name, sender = "Markus Brenner", "markus@brenner.example"
    template = r.choice(COMPANY_SUBJECTS if company else SUBJECTS)
    subject = template.format(
        day=(at + timedelta(days=r.randrange(1, 30))).strftime("%d.%m.%Y"),
        month=f"{MONTHS[at.month - 1]} {at.year}",
        year=at.year,
        n=r.randrange(10_000_000, 99_999_999),
        city="Oberwaldbach",
        first=r.choice(FIRST),
        order="A-2021-0301-48817",
    )
    if r.random() < 0.3:
        subject = "AW: " + subject
    pool = SENTENCES + COMPANY_SENTENCES * 3 if company else SENTENCES
    paragraphs = [_sentences(r, pool, 2, 5) for _ in range(r.randint(2, 6))]
    text = "\n\n".join([r.choice(GREETINGS), *paragraphs, r.choice(CLOSINGS), name]) + "\n"
    message_id = f"{r.getrandbits(64):016x}.{n}@{sender.rpartition('@')[2]}"
    raw = (
        f"Message-ID: <{message_id}>\nFrom: {name} <{sender}>\nSubject: {subject}\n"
        f"Date: {at:%a, %d %b %Y %H:%M:%S +0000}\nContent-Type: text/plain; charset=utf-8\n\n"
        f"{text}"
    ).encode()
    sha = hashlib.sha256(raw).hexdigest()
    kind = EventKind.EMAIL_OUT if outgoing else EventKind.EMAIL_IN
    event = _event_row(event_id, case_id, kind, at, subject, text)
    receipt = outgoing and r.random() < 0.1
    mail = {
        "raw_sha256": sha,
        "message_id": message_id,
        "in_reply_to": None,
        "references": [],
        "thread_key": message_id,
        "subject": subject,
        "normalized_subject": subject.removeprefix("AW: ").casefold(),
        "from_name": name,
        "from_address": sender,
        "to_addresses": ["hilft@telvia.example" if outgoing else "markus@brenner.example"],
        "cc_addresses": [],
        "sent_at": at,
        "date_from_header": True,
        "text": text,
        "html": None,
        "repaired": [],
        "body_parsed": True,
        "outgoing": outgoing,
        "receipt_requested": receipt,
        "is_read_receipt": False,
        "receipt_for_message_id": None,
        "read_at": at + timedelta(hours=3) if receipt and r.random() < 0.5 else None,
        "event_id": event_id,
        "filed_by_user": False,
    }
    return event, mail, {"sha256": sha, "size": len(raw), "data": raw}


def _event_row(
    event_id: int, case_id: int, kind: EventKind, at: datetime, summary: str, body: str
) -> dict[str, Any]:
    channel, direction = KIND_DEFAULTS[kind]
    return {
        "id": event_id,
        "case_id": case_id,
        "kind": kind,
        "occurred_at": at,
        "ended_at": None,
        "channel": channel,
        "direction": direction,
        "contact_id": None,
        "summary": summary,
        "body": body,
        "number_dialed": None,
        "hold_seconds": None,
        "transfers": None,
        "outcome": None,
    }


def _other(
    r: random.Random, event_id: int, case_id: int, kind: EventKind, at: datetime, agents: list[int]
) -> dict[str, Any]:
    if kind is EventKind.CALL:
        number = r.choice(HOTLINES)
        outcome = r.choice(list(CallOutcome))
        agent = r.choice(agents)
        minutes = r.randint(3, 75)
        row = _event_row(
            event_id,
            case_id,
            kind,
            at,
            f"Anruf bei {number} ({outcome.value.replace('_', ' ')})",
            _sentences(r, CALL_NOTES, 1, 3),
        )
        row.update(
            ended_at=at + timedelta(minutes=minutes),
            contact_id=agent,
            number_dialed=number,
            hold_seconds=r.randint(0, minutes * 30),
            transfers=r.randint(0, 3),
            outcome=outcome,
        )
        return row
    summary = {
        EventKind.NOTE: "Notiz: " + r.choice(SENTENCES),
        EventKind.LETTER: f"Brief von Telvia vom {at:%d.%m.%Y}",
        EventKind.VISIT: "Im Telvia-Shop Oberwaldbach nachgefragt",
        EventKind.FAX: "Vollmacht an Telvia gefaxt",
        EventKind.SOCIAL: "Nachricht an @TelviaHilft",
        EventKind.TECHNICIAN: "Techniker war da",
    }[kind]
    row = _event_row(event_id, case_id, kind, at, summary, _sentences(r, SENTENCES, 1, 4))
    if kind is EventKind.VISIT:
        row["contact_id"] = r.choice(agents)
    return row


def _promise(
    r: random.Random, case_id: int, at: datetime, agent: int | None, event_id: int | None
) -> dict[str, Any]:
    if at < START + SPAN - STILL_OPEN:
        status = r.choices([PromiseStatus.KEPT, PromiseStatus.BROKEN, PromiseStatus.FALSE])[0]
    else:
        status = r.choices(list(PromiseStatus), [10, 40, 40, 10])[0]
    return {
        "case_id": case_id,
        "kind": r.choices(list(PromiseKind), [70, 25, 5])[0],
        "text": r.choice(PROMISE_TEXTS),
        "made_by_id": agent,
        "made_in_event_id": event_id,
        "made_at": at,
        "due_at": at + timedelta(days=r.randint(1, 14)),
        "status": status,
        "resolved_at": None if status is PromiseStatus.OPEN else at + timedelta(days=15),
        "resolved_by_event_id": None,
        "resolution_note": "",
    }


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/proxydesk-scalebench")
    made, made_stats = scale_file(target, 100_000, 50_000)
    print(made, made_stats)
