"""No user text breaks the paper: markup comes out literally, long words wrap, any script shows.

Also: a case with nothing in it still makes every form.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from proxydesk.domain import EventKind
from proxydesk.forms.dossier import render_dossier
from proxydesk.forms.fax import fax_bundle, fax_cover
from proxydesk.forms.layout import FormOptions
from proxydesk.forms.letter_pdf import render_letter
from proxydesk.forms.letters import draft_letter
from proxydesk.forms.poa import render_poa
from proxydesk.services.registry import Services
from proxydesk.services.timeline_events import NewEvent
from tests.forms.conftest import assert_fonts_embedded, flat, pdf_text, qpdf_check

pytestmark = pytest.mark.integration

FONT_TAG = "<font size=90>HUGE</font>"
LINK_TAG = '<a href="javascript:x">click me</a>'
ENTITY = "Tom &amp; Jerry & <b>bold</b> <br/> &#65; &nbsp;"
TOKEN = "".join(chr(ord("a") + i % 26) for i in range(5000))
NAMES = ("Gerda Voß", "Łukasz Żółć", "Ελένη Παπαδοπούλου")
AT = datetime(2012, 3, 5, 10, 14, tzinfo=UTC)


@pytest.fixture
def hostile(services: Services) -> int:
    services.poa.set_proxy(
        name="Ελένη Παπαδοπούλου <i>",
        address="Οδός Αθηνάς 5, 10551 Αθήνα & <Co>",
        phone="+49 171 555 0199",
    )
    for name in NAMES:
        services.directory.add_relative(name, address=f"{name}straße 1, 12345 Stadt <x>")
    services.directory.add_organization(
        "Böse & <Söhne> AG", channels=[("fax", "+49 30 1234567", "<script>")]
    )
    services.directory.add_account("Łukasz", "Böse", f"<b>4711</b> {TOKEN[:85]}")
    case = services.cases.add_case(
        f"Case {FONT_TAG} {TOKEN[:200]}",
        "Böse",
        relatives=list(NAMES),
        references=[f"ticket:{LINK_TAG}", f"order:{TOKEN[:200]}"],
        story_so_far=f"{ENTITY}\n{TOKEN}",
        opened_at=AT,
    )
    services.timeline.add_event(
        case.id,
        NewEvent(EventKind.NOTE, AT, f"Note {FONT_TAG}", body=f"{LINK_TAG}\n{ENTITY}\n{TOKEN}"),
    )
    services.timeline.log_call(
        case.id,
        number=f"+49 800 <{TOKEN[:50]}>",
        start=AT.replace(hour=11),
        minutes=25,
        hold_minutes=20,
        agent="Łukasz Żółć <agent>",
        notes="Στο τηλέφωνο: «όχι» \x07 bell",
        summary=f"Call with Ελένη {ENTITY}",
    )
    promise = services.promises.add(
        case.id,
        text=f"We will call back {FONT_TAG} {TOKEN}",
        by=f"Agent {TOKEN[:190]}",
        at=AT.replace(hour=11, minute=10),
        due=AT.replace(day=6),
    )
    other = services.promises.add(
        case.id, text=f"No, we won't {LINK_TAG}", by="Gerda Voß", at=AT.replace(hour=12)
    )
    services.promises.link_contradiction(promise.id, other.id, note=f"{ENTITY} {TOKEN[:900]}")
    services.promises.resolve(promise.id, "broken")
    attachment = Path(services.case_file.path).with_name(f"{TOKEN[:120]}.pdf")
    attachment.write_bytes(b"%PDF-1.4 not really")
    note = services.timeline.add_note(case.id, "with a file", at=AT.replace(hour=13))
    services.timeline.attach(note.id, attachment)
    return case.id


def wrapped_words(text: str) -> str:
    """The lines that hold only lower-case letters, joined: a long word broken over lines."""
    return "".join(line for line in text.splitlines() if line.isalpha() and line.islower())


def literal_everywhere(data: bytes, tmp_path: Path) -> str:
    text = pdf_text(data)
    qpdf_check(data, tmp_path)
    assert_fonts_embedded(data, tmp_path)
    # nothing in the PDF became a link to javascript or anywhere outside it
    for page in PdfReader(io.BytesIO(data)).pages:
        for annotation in page.get("/Annots", []):
            action = annotation.get_object().get("/A")
            if action is not None:
                assert "/URI" not in action and "/JS" not in action, action
    return text


def test_the_dossier_shows_hostile_text_literally(
    services: Services, hostile: int, tmp_path: Path
) -> None:
    data = render_dossier(services.dossier.record(hostile), FormOptions("en", "a4"))
    text = literal_everywhere(data, tmp_path)
    for literal in (FONT_TAG, LINK_TAG, "Tom &amp; Jerry & <b>bold</b> <br/> &#65; &nbsp;"):
        assert literal in text, literal
    for name in (*NAMES, "Böse & <Söhne> AG", "Στο τηλέφωνο: «όχι» bell"):
        assert name in text, name
    # the 5,000-letter word is there whole, broken over lines rather than off the page
    assert TOKEN in wrapped_words(text)
    assert TOKEN not in text
    longest = max(len(line) for line in pdf_text(data, layout=True).splitlines())
    assert longest < 160


def test_letters_fax_and_power_of_attorney_with_hostile_text(
    services: Services, hostile: int, tmp_path: Path
) -> None:
    record = services.dossier.record(hostile)
    for to in ("management", "regulator"):
        data = render_letter(draft_letter(record, to, "de"), FormOptions("de", "a4"))
        text = literal_everywhere(data, tmp_path)
        assert "Böse & <Söhne> AG" in text and "Ελένη Παπαδοπούλου <i>" in text
        assert flat(f"We will call back {FONT_TAG}") in flat(text)
    cover = fax_cover(record, "en")
    assert cover.recipient_fax.display == "030 1234567"
    text = literal_everywhere(fax_bundle(cover, FormOptions("en", "letter")), tmp_path)
    assert LINK_TAG in text and "Łukasz Żółć" in text and "<b>4711</b>" in text
    powers = [services.poa.draft(name.split()[0], "Böse", ["information"]).id for name in NAMES]
    text = literal_everywhere(render_poa(services.poa.paper(powers), FormOptions("de", "a4")),
                              tmp_path)  # fmt: skip
    for name in NAMES:
        assert name in text
    # the customer number (at most its column's 100 characters) is there whole, wrapped
    assert "<b>4711</b>" in text and TOKEN[3:85] in text.replace("\n", "")


def test_an_empty_case_still_makes_every_form(
    services: Services, empty_case: int, tmp_path: Path
) -> None:
    record = services.dossier.record(empty_case)
    assert record.entries == [] and record.relatives == []
    dossier = render_dossier(record, FormOptions("de", "a4"))
    text = literal_everywhere(dossier, tmp_path)
    assert "Nothing yet" in text and "(keine)" in text and "noch keine Kontakte" in text
    for to in ("management", "regulator"):
        letter = render_letter(draft_letter(record, to, "en"), FormOptions("en", "a4"))
        assert "Nobody GmbH" in literal_everywhere(letter, tmp_path)
    cover = fax_cover(record, "en", to_fax="+49 30 1234567")
    assert "Nothing yet" in literal_everywhere(fax_bundle(cover, FormOptions("en", "a4")), tmp_path)
    services.directory.add_relative("Gerda Voß")
    view = services.poa.draft("Gerda", None, ["information"])
    assert "Gerda Voß" in literal_everywhere(
        render_poa(services.poa.paper([view.id]), FormOptions("en", "a4")), tmp_path
    )
