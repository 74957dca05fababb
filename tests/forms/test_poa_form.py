"""The power of attorney on paper: what it says, in both languages, on A4 and Letter."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from proxydesk.forms.layout import FormOptions
from proxydesk.forms.poa import render_poa
from proxydesk.services.registry import Services
from tests.forms.conftest import assert_fonts_embedded, flat, pdf_text, qpdf_check

pytestmark = pytest.mark.integration


def test_the_demo_power_of_attorney_for_telvia_in_german(demo: Services, tmp_path: Path) -> None:
    data = render_poa(demo.poa.paper([1]), FormOptions("de", "a4"))
    text = pdf_text(data)
    for fact in (
        "Vollmacht",
        "zur Vertretung gegenüber Telvia AG",
        "Vollmachtgeber(in)",
        "Gerda Voit",
        "08.11.1939",
        "Schulgasse 4, 95183 Oberwaldbach",
        "Bevollmächtigte(r)",
        "Markus Brenner",
        "Kirchweg 7, 87642 Unterhalden (Ostallgäu)",
        "0171 5550199",
        "550 311 8742",
        "440 297 7310",
        "VT 7730 2291",
        "gerda.voit@telvia-online.example",
        "Auskünfte über Verträge",
        "E-Mail-Adressen und Postfächer",
        "ab dem 16. März 2012 bis auf schriftlichen Widerruf",
        "Oberwaldbach,",
        "Ort, Datum",
        "Seite 1 von 1",
    ):
        assert fact in text, fact
    # information and the email transfer are ticked, the other three acts are not
    assert text.count("☒") == 2 and text.count("☐") == 3
    assert len(PdfReader(io.BytesIO(data)).pages) == 1
    qpdf_check(data, tmp_path)
    assert_fonts_embedded(data, tmp_path)


def test_a_joint_general_power_of_attorney_in_english_on_letter(
    demo: Services, tmp_path: Path
) -> None:
    data = render_poa(demo.poa.paper([2, 3]), FormOptions("en", "letter"))
    text = pdf_text(data)
    for fact in (
        "Power of Attorney",
        "General power of attorney for contracts with companies",
        "Grantors",
        "Gerda Voit",
        "Hildegard Brenner",
        "represent each of us",
        "valid from 20 March 2012 until revoked in writing",
        "Agent – accepts the power of attorney",
        "Page 1 of 1",
    ):
        assert flat(fact) in flat(text), fact
    assert text.count("☒") == 5
    page = PdfReader(io.BytesIO(data)).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)
    qpdf_check(data, tmp_path)
    assert_fonts_embedded(data, tmp_path)


def test_a4_is_a4(demo: Services) -> None:
    data = render_poa(demo.poa.paper([1]), FormOptions("en", "a4"))
    page = PdfReader(io.BytesIO(data)).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
    metadata = PdfReader(io.BytesIO(data)).metadata
    assert metadata is not None and metadata.title == "Power of Attorney – Gerda Voit"


def test_a_limited_validity_and_no_accounts(services: Services, tmp_path: Path) -> None:
    from datetime import date

    services.poa.set_proxy(name="Ελένη Παπαδοπούλου", address="Οδός Αθηνάς 5, 10551 Αθήνα")
    services.directory.add_relative("Łukasz Żółć", address="ul. Długa 7, 80-827 Gdańsk")
    services.directory.add_organization("Energa & <Söhne>")
    view = services.poa.draft(
        "Łukasz",
        "Energa",
        ["cancellations"],
        valid_from=date(2012, 4, 1),
        valid_until=date(2012, 12, 31),
    )
    data = render_poa(services.poa.paper([view.id]), FormOptions("de", "a4"))
    text = pdf_text(data)
    for fact in (
        "Łukasz Żółć",
        "ul. Długa 7, 80-827 Gdańsk",
        "Ελένη Παπαδοπούλου",
        "Οδός Αθηνάς 5, 10551 Αθήνα",
        "Energa & <Söhne>",
        "vom 1. April 2012 bis einschließlich 31. Dezember 2012",
    ):
        assert fact in text, fact
    assert text.count("☒") == 1
    assert_fonts_embedded(data, tmp_path)
