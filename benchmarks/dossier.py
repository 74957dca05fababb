"""How long the escalation dossier takes, against reportlab setting the same text plainly.

Builds (in a temporary folder, through the services) a case with 1,000 events and 50
attachments, renders its dossier, then sets the same text (every paragraph and table cell of
the dossier, markup removed) as plain Paragraphs in a SimpleDocTemplate with the same font,
and prints both times (best of --repeat runs, CPU time) and their ratio (target: at most 2x).

Run it as ``python benchmarks/dossier.py [--events N] [--attachments N] [--repeat N]``.
"""

from __future__ import annotations

import argparse
import io
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from proxydesk.domain import CallOutcome, EventKind
from proxydesk.forms import fonts
from proxydesk.forms.dossier import dossier_texts, render_dossier
from proxydesk.forms.layout import FormOptions
from proxydesk.services.registry import Services
from proxydesk.services.timeline_events import NewEvent
from proxydesk.storage.database import open_case_file

TARGET = 2.0
#: the words the made-up events are written in
WORDS = (
    "hotline",
    "agent",
    "order",
    "line",
    "technician",
    "promised",
    "callback",
    "customer",
    "number",
    "contract",
    "email",
    "address",
    "moved",
    "cancelled",
    "ticket",
    "fax",
    "form",
    "waiting",
    "queue",
    "transferred",
    "again",
    "explained",
    "colleague",
    "mailbox",
    "router",
    "invoice",
    "complaint",
    "tomorrow",
)


def sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def build_case(services: Services, events: int, attachments: int, folder: Path) -> int:
    """A long case made through the services, as a user's file would grow."""
    rng = random.Random(2012)
    services.directory.add_relative("Gerda Voß", address="Schulgasse 4, 95183 Oberwaldbach")
    services.directory.add_organization("Telvia AG", channels=[("fax", "+49 800 5550109", "forms")])
    services.directory.add_account("Gerda", "Telvia", "440 297 7310")
    case = services.cases.add_case(
        "A very long case",
        "Telvia",
        relatives=["Gerda"],
        references=["ticket:4711"],
        opened_at=datetime(2011, 1, 3, 9, 0, tzinfo=UTC),
        story_so_far=" ".join(sentence(rng, 14) for _ in range(6)),
    )
    start = datetime(2011, 1, 3, 9, 0, tzinfo=UTC)
    ids = []
    for n in range(events):
        at = start + timedelta(hours=9 * n + rng.randint(0, 5))
        if n % 3 == 0:
            entry = services.timeline.log_call(
                case.id,
                number="+49 800 5550100",
                start=at,
                minutes=rng.randint(5, 60),
                hold_minutes=rng.randint(0, 4),
                transfers=rng.randint(0, 3),
                agent=f"Agent {n % 40}",
                outcome=rng.choice(list(CallOutcome)),
                notes=" ".join(sentence(rng, 12) for _ in range(rng.randint(1, 4))),
            )
        else:
            kind = rng.choice([EventKind.EMAIL_IN, EventKind.EMAIL_OUT, EventKind.NOTE])
            entry = services.timeline.add_event(
                case.id,
                NewEvent(
                    kind,
                    at,
                    sentence(rng, 8),
                    body=" ".join(sentence(rng, 14) for _ in range(rng.randint(1, 6))),
                    contact=f"Agent {n % 40}" if kind is not EventKind.NOTE else None,
                ),
            )
        ids.append(entry.id)
        if n % 10 == 5:
            services.promises.add(
                case.id,
                text=sentence(rng, 10),
                by=f"Agent {n % 40}",
                at=at,
                due=at + timedelta(days=1),
                event_id=entry.id,
            )
    for n in range(attachments):
        path = folder / f"scan-{n:02d}.pdf"
        path.write_bytes(b"%PDF-1.4 attachment " + str(n).encode() * 200)
        services.timeline.attach(ids[(n * 19) % len(ids)], path)
    return case.id


def plain_paragraphs(texts: list[str]) -> bytes:
    """The dossier's text as plain paragraphs in one style: what reportlab needs at the least."""
    fonts.register_fonts()
    style = ParagraphStyle("plain", fontName=fonts.REGULAR, fontSize=9, leading=12)
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build([Paragraph(escape(t), style) for t in texts])
    return buffer.getvalue()


def best_of(repeat: int, run: object) -> tuple[float, bytes]:
    assert callable(run)
    times, result = [], b""
    for _ in range(repeat):
        # CPU time: what the work costs, whatever else the machine is doing meanwhile
        began = time.process_time()
        result = run()
        times.append(time.process_time() - began)
    return min(times), result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--attachments", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.proxydesk"
        with open_case_file(path, create=True, timezone="Europe/Berlin") as case_file:
            services = Services.for_file(case_file)
            began = time.perf_counter()
            case_id = build_case(services, args.events, args.attachments, Path(folder))
            built = time.perf_counter() - began
            began = time.perf_counter()
            record = services.dossier.record(case_id)
            read = time.perf_counter() - began
        fonts.register_fonts()
        options = FormOptions("en", "a4")
        texts = dossier_texts(record, options)
        plain_time, plain = best_of(args.repeat, lambda: plain_paragraphs(texts))
        dossier_time, dossier = best_of(args.repeat, lambda: render_dossier(record, options))
    ratio = dossier_time / plain_time
    print(f"case: {args.events} events, {args.attachments} attachments "
          f"(built in {built:.1f} s, read in {read:.2f} s)")  # fmt: skip
    print(f"plain paragraphs: {plain_time:6.2f} s  ({len(plain) // 1024} KB)")
    print(f"dossier:          {dossier_time:6.2f} s  ({len(dossier) // 1024} KB)")
    print(f"ratio:            {ratio:6.2f}x  (target: at most {TARGET:g}x)")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
