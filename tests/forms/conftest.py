"""Fixtures for the forms: the demo case file, an empty case, and poppler/qpdf checks.

A fresh case file and its `services` come from tests/support/casefile.py, at this folder's
`clock`.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from proxydesk.cli.main import main
from proxydesk.services.dossier import CaseRecord
from proxydesk.services.registry import Services
from proxydesk.storage.database import open_case_file
from tests.core.clock import FixedClock

#: the demo case about the email address: mails, calls, contradictions, broken promises
EMAIL_CASE = 2
TOOLS = {"pdftotext": "poppler-utils", "pdffonts": "poppler-utils", "qpdf": "qpdf"}


def need(tool: str) -> str:
    """The path of a command-line tool the test needs; skip (integration) without it."""
    found = shutil.which(tool)
    if found is None:
        pytest.skip(f"{tool} is missing; install it with 'apt-get install {TOOLS[tool]}'")
    return found


def pdf_text(data: bytes, *, layout: bool = False) -> str:
    """What pdftotext reads from a PDF: the text a search or a screen reader finds."""
    args = [need("pdftotext"), "-enc", "UTF-8", *(["-layout"] if layout else []), "-", "-"]
    done = subprocess.run(args, input=data, capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def page_texts(data: bytes) -> list[str]:
    """The text of each page (pdftotext separates pages with a form feed)."""
    pages = pdf_text(data).split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def flat(text: str) -> str:
    """Text with all white space removed, to find words a line break went through."""
    return "".join(text.split())


def qpdf_check(data: bytes, tmp_path: Path) -> None:
    path = tmp_path / "checked.pdf"
    path.write_bytes(data)
    done = subprocess.run([need("qpdf"), "--check", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "No syntax or stream encoding errors" in done.stdout


def pdf_fonts(data: bytes, tmp_path: Path) -> list[tuple[str, bool]]:
    """(font name, embedded) for every font pdffonts lists."""
    path = tmp_path / "fonts.pdf"
    path.write_bytes(data)
    done = subprocess.run([need("pdffonts"), str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    rows = []
    for row in done.stdout.splitlines()[2:]:
        parts = row.split()
        # name type [type] encoding emb sub uni object ID: emb is fifth from the end
        rows.append((parts[0], parts[-5] == "yes"))
    return rows


def assert_fonts_embedded(data: bytes, tmp_path: Path) -> None:
    fonts = pdf_fonts(data, tmp_path)
    assert fonts, "the PDF has no fonts at all"
    assert all(embedded for _, embedded in fonts), fonts
    assert all("DejaVuSans" in name for name, _ in fonts), fonts


def png_scan(text: str = "signed") -> bytes:
    """A small PNG standing in for a scanned, signed power of attorney."""
    image = Image.new("RGB", (620, 877), "white")
    draw = ImageDraw.Draw(image)
    draw.text((40, 40), f"Vollmacht - {text}", fill="black")
    draw.line((60, 760, 300, 740), fill="navy", width=3)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def email_case_with_scan(demo: Services, folder: Path, name: str = "signed.png") -> CaseRecord:
    """The demo's email case, read after a signed PNG scan of Gerda's power is stored."""
    scan = folder / name
    scan.write_bytes(png_scan())
    demo.poa.attach_scan("Gerda", "Telvia", scan)
    return demo.dossier.record(EMAIL_CASE)


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo case file, built once through the CLI (tests copy it before changing it)."""
    path = tmp_path_factory.mktemp("demo") / "demo.proxydesk"
    assert main(["--file", str(path), "init", "--demo"]) == 0
    return path


@pytest.fixture
def demo_copy(demo_file: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.proxydesk"
    shutil.copy(demo_file, target)
    return target


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def demo(demo_copy: Path, clock: FixedClock) -> Iterator[Services]:
    """Services on a private copy of the demo file, at the tests' fixed "now"."""
    with open_case_file(demo_copy) as case_file:
        yield Services.for_file(case_file, clock)


@pytest.fixture
def empty_case(services: Services) -> int:
    """A case with nothing in it: no relatives, no accounts, no events, no promises."""
    services.poa.set_proxy(name="Markus Brenner")
    services.directory.add_organization("Nobody GmbH")
    return services.cases.add_case(
        "Nothing yet", "Nobody", opened_at=datetime(2012, 3, 1, 9, 0, tzinfo=UTC)
    ).id
