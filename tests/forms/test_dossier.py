"""The escalation dossier of the demo case: every fact, every page numbered and fingerprinted."""

from __future__ import annotations

import io
import re
import threading
from pathlib import Path

import pytest
from pypdf import PdfReader

from proxydesk.cli.forms import dossier_step
from proxydesk.cli.main import main
from proxydesk.forms.dossier import DossierOptions, render_dossier
from proxydesk.forms.layout import FormOptions
from proxydesk.forms.output import (
    STAGE_APPENDIX,
    STAGE_SCANS,
    STAGE_SUMMARY,
    STAGE_TIMELINE,
    RenderCancelled,
    write_pdf,
)
from proxydesk.progress import Cancelled, Progress
from proxydesk.reading.fingerprint import grouped_fingerprint, short_fingerprint
from proxydesk.reading.timeline_filter import PROMISE_ENTRY
from proxydesk.services.registry import Services
from tests.forms.conftest import (
    EMAIL_CASE,
    assert_fonts_embedded,
    email_case_with_scan,
    flat,
    page_texts,
    pdf_text,
    qpdf_check,
)

pytestmark = pytest.mark.integration


@pytest.fixture
def english(demo: Services) -> tuple[Services, bytes]:
    record = demo.dossier.record(EMAIL_CASE)
    return demo, render_dossier(record, FormOptions("en", "a4"))


def test_every_event_and_statement_is_in_the_text(english: tuple[Services, bytes]) -> None:
    demo, data = english
    text = flat(pdf_text(data))
    entries = demo.timeline.entries(EMAIL_CASE)
    assert len(entries) > 20
    for entry in entries:
        if entry.kind != PROMISE_ENTRY:
            assert flat(entry.summary) in text, entry.summary
    for promise in demo.promises.promises(case=EMAIL_CASE):
        assert flat(promise.text[:60]) in text, promise.text


def test_cover_summary_promises_and_contradictions(english: tuple[Services, bytes]) -> None:
    demo, data = english
    pages = page_texts(data)
    cover = flat(pages[0])
    record = demo.dossier.record(EMAIL_CASE)
    for fact in (
        "ESCALATION DOSSIER",
        "Move Gerda's email address gerda.voit@telvia-online.example to the new access",
        "Hildegard Brenner",
        "Gerda Voit",
        "Telvia AG",
        "550 311 8742",
        "440 297 7310",
        "Vorgang 7781-20120319",
        "6 Mar 2012 – 20 Mar 2012 (14 days)",
        grouped_fingerprint(record.fingerprint),
        "proxydesk fingerprint 2",
    ):
        assert flat(fact) in cover, fact
    text = flat(pdf_text(data))
    for fact in (
        "Contents",
        "Summary",
        "The case in brief",
        "Duration14 days (6 Mar 2012 – 20 Mar 2012)",
        "8, 4 h 13 min in total, of which 2 h 23 min on hold; 5 transfers; "
        "4 ended by the other side",
        "6 sent, 3 of them without an answer",
        "Emails without an answer",
        "Promises and statements",
        "Frau K. (Kessler)",
        "Contradicting statements",
        "Two agents, same morning: 'impossible, 180 days' vs 'complete nonsense'.",
        "Full timeline",
        "Friday, 16 March 2012",
        "Dialled: +49 800 555 0200",
        "Index of attachments",
        "Power of attorney",
        "No signed scan of a power of attorney is on file.",
    ):
        assert flat(fact) in text, fact


def test_every_page_has_its_number_and_the_fingerprint(
    english: tuple[Services, bytes], tmp_path: Path
) -> None:
    demo, data = english
    pages = page_texts(data)
    short = short_fingerprint(demo.dossier.fingerprint(EMAIL_CASE))
    assert len(pages) == len(PdfReader(io.BytesIO(data)).pages) >= 8
    for number, page in enumerate(pages, 1):
        assert f"Page {number} of {len(pages)}" in page, number
        assert f"Fingerprint {short}" in page, number
    qpdf_check(data, tmp_path)
    assert_fonts_embedded(data, tmp_path)


def test_the_contents_link_to_their_pages(english: tuple[Services, bytes]) -> None:
    _, data = english
    reader = PdfReader(io.BytesIO(data))
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    assert outline == [
        "Summary",
        "Promises and statements",
        "Contradicting statements",
        "Full timeline",
        "Index of attachments",
        "Power of attorney",
    ]
    contents = reader.pages[1]
    links = [a.get_object() for a in contents.get("/Annots", [])]
    assert len(links) >= 12 and all(link["/Subtype"] == "/Link" for link in links)
    # each line of the contents links to the page its number names
    index = {
        page.indirect_reference.idnum: n
        for n, page in enumerate(reader.pages, 1)
        if page.indirect_reference is not None
    }
    layout = pdf_text(data, layout=True)
    for title in ("Full timeline", "Friday, 16 March 2012", "Power of attorney"):
        found = re.search(re.escape(title) + r"[ .]*(\d+)\n", layout)
        assert found is not None, title
        printed = int(found.group(1))
        assert title in page_texts(data)[printed - 1]
        assert any(index[link["/Dest"][0].idnum] == printed for link in links), title


def test_german_and_letter_paper(demo: Services) -> None:
    record = demo.dossier.record(EMAIL_CASE)
    data = render_dossier(record, FormOptions("de", "letter"))
    pages = page_texts(data)
    assert all(f"Seite {n} von {len(pages)}" in p for n, p in enumerate(pages, 1))
    text = flat(pdf_text(data))
    for fact in ("ESKALATIONSDOSSIER", "Zusagen und Aussagen", "Vollständiger Verlauf",
                 "Freitag, 16. März 2012", "Fingerabdruck"):  # fmt: skip
        assert flat(fact) in text, fact
    box = PdfReader(io.BytesIO(data)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_the_signed_scan_is_appended_numbered_and_fingerprinted(
    demo: Services, tmp_path: Path
) -> None:
    record = email_case_with_scan(demo, tmp_path)
    with_scan = render_dossier(record, FormOptions("en", "a4"))
    without = render_dossier(record, DossierOptions("en", "a4", append_poa=False))
    pages = page_texts(with_scan)
    assert len(pages) == len(page_texts(without)) + 1
    for number, page in enumerate(pages, 1):  # numbered once: by reportlab or by the stamp
        assert page.count(f" of {len(pages)}") == 1 and f"Page {number} of" in page, number
    last = pages[-1]
    assert f"Page {len(pages)} of {len(pages)}" in last
    assert short_fingerprint(record.fingerprint) in last
    assert "Signed power of attorney of Gerda Voit (scan: signed.png)" in last
    assert flat("The signed power of attorney follows on the next 1 page") in flat(pages[-2])
    reader = PdfReader(io.BytesIO(with_scan))
    assert len(reader.outline) >= 6  # the outline survived the merge
    qpdf_check(with_scan, tmp_path)
    assert_fonts_embedded(with_scan, tmp_path)


def test_progress_is_reported_stage_by_stage_and_cancel_stops_it(
    demo: Services, tmp_path: Path
) -> None:
    record = email_case_with_scan(demo, tmp_path)
    seen: list[Progress] = []
    render_dossier(record, progress=seen.append)
    stages = list(dict.fromkeys(p.stage for p in seen))
    assert stages == [STAGE_SUMMARY, STAGE_TIMELINE, STAGE_APPENDIX, STAGE_SCANS]
    for stage in stages:
        reports = [p for p in seen if p.stage == stage]
        done = [p.done for p in reports]
        assert done == sorted(done) and len({p.total for p in reports}) == 1, stage
        assert reports[-1].done == reports[-1].total, stage
    timeline = [p for p in seen if p.stage == STAGE_TIMELINE]
    assert timeline[-1].total == len(record.entries)
    scans = [p for p in seen if p.stage == STAGE_SCANS]
    assert [p.done for p in scans] == list(range(len(record.scans) + 1))
    assert dossier_step(scans[0]) == f"appending scan 1 of {len(record.scans)}"
    assert dossier_step(Progress(STAGE_TIMELINE, 400, 1000)) == "timeline, 400 of 1,000 entries"

    cancel = threading.Event()
    cancel.set()
    with pytest.raises(RenderCancelled):
        render_dossier(record, cancel=cancel)
    halfway = threading.Event()

    def stop_in_the_timeline(p: Progress) -> None:
        if p.stage == STAGE_TIMELINE and p.done > p.total // 3:
            halfway.set()

    with pytest.raises(RenderCancelled) as stopped:
        render_dossier(record, progress=stop_in_the_timeline, cancel=halfway)
    assert isinstance(stopped.value, Cancelled)


def test_rendering_needs_no_open_case_file(demo_copy: Path, clock: object) -> None:
    from proxydesk.storage.database import open_case_file

    with open_case_file(demo_copy) as case_file:
        record = Services.for_file(case_file).dossier.record(EMAIL_CASE)
    # the file is closed: the record alone is enough to make the dossier
    data = render_dossier(record, FormOptions("en", "a4"))
    assert data.startswith(b"%PDF-") and b"%%EOF" in data[-64:]


def test_the_cli_writes_the_dossier_atomically(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "dossier.pdf"
    out.write_bytes(b"the old one")
    args = ["--file", str(demo_copy), "dossier"]
    assert main([*args, "99", "-o", str(out)]) == 2
    assert "there is no case with id 99" in capsys.readouterr().err
    assert out.read_bytes() == b"the old one"
    assert main([*args, "2", "-o", str(out), "--lang", "de", "--paper", "letter"]) == 0
    err = capsys.readouterr().err
    assert re.search(r"wrote .*dossier\.pdf \(\d+ pages\)", err) and "fingerprint" in err
    assert "Seite 1 von" in pdf_text(out.read_bytes())
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".part") == []
    with pytest.raises(Exception, match="does not exist"):
        write_pdf(tmp_path / "missing" / "x.pdf", b"%PDF-")


def test_mails_show_sender_subject_receipts_and_their_files(demo: Services, tmp_path: Path) -> None:
    from datetime import UTC, datetime, timedelta

    from proxydesk.domain import EventKind
    from proxydesk.forms.summary import figures
    from proxydesk.services.timeline_events import NewEvent
    from proxydesk.storage.blobs import store_blob
    from proxydesk.storage.mail_models import MailMessage

    at = datetime(2012, 3, 21, 9, 0, tzinfo=UTC)
    body = "Sehr geehrte Damen und Herren, " + "bitte rufen Sie zurück. " * 120
    ask = demo.timeline.add_event(
        EMAIL_CASE, NewEvent(EventKind.EMAIL_OUT, at, "Our question", body=body)
    )
    answer = demo.timeline.add_event(
        EMAIL_CASE, NewEvent(EventKind.EMAIL_IN, at + timedelta(hours=2), "Their answer")
    )
    again = demo.timeline.add_event(
        EMAIL_CASE, NewEvent(EventKind.EMAIL_OUT, at + timedelta(hours=5), "Asked again")
    )
    mails = [
        (ask.id, "<q1@brenner>", None, True, True, at + timedelta(minutes=30), "Frage 1 <b>"),
        (answer.id, "<a1@telvia>", "<q1@brenner>", False, False, None, "AW: Frage 1"),
        (again.id, "<q2@brenner>", None, True, True, None, "Frage 2"),
    ]
    with demo.case_file.unit_of_work() as session:
        for event_id, message_id, reply_to, outgoing, receipt, read_at, subject in mails:
            session.add(
                MailMessage(
                    raw=store_blob(session, f"raw {message_id}".encode()),
                    message_id=message_id,
                    in_reply_to=reply_to,
                    thread_key="<q1@brenner>",
                    subject=subject,
                    from_name="Markus Brenner" if outgoing else "Telvia Team",
                    from_address="m@brenner.example" if outgoing else "team@telvia.example",
                    to_addresses=["team@telvia.example"] if outgoing else ["m@brenner.example"],
                    sent_at=at,
                    outgoing=outgoing,
                    receipt_requested=receipt,
                    read_at=read_at,
                    event_id=event_id,
                )
            )
    attachment = tmp_path / "Kündigungsbestätigung.pdf"
    attachment.write_bytes(b"%PDF-1.4 " + b"x" * 3000)
    demo.timeline.attach(answer.id, attachment)
    record = demo.dossier.record(EMAIL_CASE)
    assert record.mails[ask.id].answered_by_reply and not record.mails[again.id].answered_by_reply
    figs = figures(record)
    assert (figs.receipts_requested, figs.receipts_read) == (2, 1)
    assert again.id in [e.id for e in figs.unanswered] and ask.id not in [
        e.id for e in figs.unanswered
    ]
    assert [a.filename for a in record.attachments] == ["Kündigungsbestätigung.pdf"]
    text = flat(pdf_text(render_dossier(record, FormOptions("en", "a4"))))
    for fact in (
        "From: Markus Brenner <m@brenner.example>",
        "To: team@telvia.example",
        "Subject: Frage 1 <b>",
        "Read receipt received: 21 Mar 2012, 10:30",
        "Read receipt requested – none came back",
        "more characters in the case file]",
        "2 requested, 1 received",
        "Attached: Kündigungsbestätigung.pdf (index #1)",
        "Kündigungsbestätigung.pdfapplication/pdf3 KB",
    ):
        assert flat(fact) in text, fact
