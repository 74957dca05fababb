"""The fax cover sheet and the bundle: numbers as the country writes them, "page n of m"."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from proxydesk.cli.main import main
from proxydesk.errors import InvalidInput
from proxydesk.forms.fax import NoFaxNumber, fax_bundle, fax_cover
from proxydesk.forms.layout import FormOptions
from proxydesk.forms.letter_pdf import render_letter
from proxydesk.forms.letters import draft_letter
from proxydesk.forms.output import STAGE_SCANS
from proxydesk.progress import Progress
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
from tests.forms.test_poa_service import pdf_scan

pytestmark = pytest.mark.integration


def pages_of(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def test_the_cover_sheet_of_the_demo_case(demo: Services, tmp_path: Path) -> None:
    record = demo.dossier.record(EMAIL_CASE)
    cover = fax_cover(record, "de")
    assert cover.recipient_fax.display == "0800 5550109"  # the first fax number on file
    data = fax_bundle(cover, FormOptions("de", "a4"))
    text = pdf_text(data)
    for fact in (
        "Telefax",
        "Telvia AG",
        "0800 5550109",
        "Markus Brenner",
        "im Auftrag von Hildegard Brenner, Gerda Voit",
        "Telefon 0171 5550199",
        "markus.brenner@brenner-net.example",
        "27.03.2012",  # the tests' today
        "(einschließlich dieses Deckblatts)",
        "550 311 8742 (Hildegard Brenner)",
        "440 297 7310 (Gerda Voit)",
        "Vorgang 7781-20120319",
        "Bitte bestätigen Sie mir den Eingang dieses Faxes.",
        "Seite 1 von 1",
    ):
        assert flat(fact) in flat(text), fact
    assert re.search(r"Seiten\s+1\s", text)
    qpdf_check(data, tmp_path)
    assert_fonts_embedded(data, tmp_path)


def test_the_bundle_merges_cover_letter_and_scan_with_page_n_of_m(
    demo: Services, tmp_path: Path
) -> None:
    record = email_case_with_scan(demo, tmp_path, "vollmacht-unterschrieben.png")
    assert [s.filename for s in record.scans] == ["vollmacht-unterschrieben.png"]
    options = FormOptions("en", "a4")
    letter = render_letter(draft_letter(record, "management", "en"), options)
    assert pages_of(letter) == 2
    cover = fax_cover(record, "en", to_fax="+44 20 7946 0958", with_letter=True, with_poa=True)
    seen: list[Progress] = []
    data = fax_bundle(cover, options, letter=letter, scans=record.scans, progress=seen.append)
    assert [(p.stage, p.done, p.total) for p in seen] == [(STAGE_SCANS, 0, 1), (STAGE_SCANS, 1, 1)]
    assert pages_of(data) == 4
    pages = page_texts(data)
    assert len(pages) == 4
    for number, page in enumerate(pages, 1):
        assert f"Page {number} of 4" in page, number
        assert "+44 20 7946 0958" in page
    first = pages[0]
    assert re.search(r"Pages\s+4\s+\(including this cover sheet\)", first)
    assert "1. Letter (2 pages)" in first
    assert "2. Power of attorney of Gerda Voit, signed (1 page)" in first
    assert "Please find enclosed the signed power of attorney of" in first
    assert "Complaint:" in pages[1]
    assert "Signed power of attorney of Gerda Voit (scan: vollmacht-unterschrieben.png)" in pages[3]
    qpdf_check(data, tmp_path)
    assert_fonts_embedded(data, tmp_path)


def test_a_pdf_scan_brings_all_its_pages(demo: Services, tmp_path: Path) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(pdf_scan(3))
    demo.poa.attach_scan("Gerda", None, scan)
    record = demo.dossier.record(EMAIL_CASE)
    data = fax_bundle(fax_cover(record, "en", with_poa=True), FormOptions("en", "letter"),
                      scans=record.scans)  # fmt: skip
    assert pages_of(data) == 4
    assert "Page 4 of 4" in page_texts(data)[3]
    qpdf_check(data, tmp_path)


def test_bad_fax_numbers_are_refused(demo: Services) -> None:
    record = demo.dossier.record(EMAIL_CASE)
    with pytest.raises(InvalidInput, match="not a valid fax number"):
        fax_cover(record, "en", to_fax="0800 12")
    with pytest.raises(InvalidInput, match="not a fax number"):
        fax_cover(record, "en", to_fax="call me")
    with pytest.raises(InvalidInput, match="sender fax number"):
        fax_cover(record, "en", from_fax="123")


def test_without_a_fax_number_nothing_is_written(
    services: Services, empty_case: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the core says what is missing; each face says how to give it (here: the CLI's flag)
    with pytest.raises(NoFaxNumber) as missing:
        fax_cover(services.dossier.record(empty_case), "en")
    assert missing.value.organization == "Nobody GmbH" and "--" not in str(missing.value)
    path = str(services.case_file.path)
    services.case_file.close()
    out = tmp_path / "fax.pdf"
    assert main(["--file", path, "form", "fax", "--case", str(empty_case), "-o", str(out)]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "Nobody GmbH has no fax number" in error
    assert "--to-fax" in error and not out.exists()
    assert list(tmp_path.glob("*.part")) == []


def test_without_a_signed_scan_nothing_is_written(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "fax.pdf"
    args = ["--file", str(demo_copy), "form", "fax", "--case", "2", "--include-poa"]
    assert main([*args, "-o", str(out)]) == 2
    error = capsys.readouterr().err
    assert "no signed scan of a power of attorney" in error and "poa attach" in error
    assert not out.exists()


def test_a_letter_that_is_no_pdf_is_refused(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    letter = tmp_path / "letter.pdf"
    letter.write_text("Dear Sir or Madam")
    out = tmp_path / "fax.pdf"
    args = ["--file", str(demo_copy), "form", "fax", "--case", "2", "--letter", str(letter)]
    assert main([*args, "-o", str(out)]) == 2
    assert "letter.pdf is not a readable PDF" in capsys.readouterr().err
    assert not out.exists()
