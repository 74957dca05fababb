"""Make the page images in docs/forms/ from the demo case: ``python docs/forms/render.py``.

Builds the demo case in a temporary folder as of 21 March 2012, prints the power of attorney,
"signs" it (a scribble on its page image, as a scan would come back), stores that scan, and
renders every form. The first page of each (and a page of the dossier's timeline) is turned
into a PNG with ``pdftoppm -r 60``; the PDFs are kept with ``--keep-pdfs``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PIL import Image, ImageDraw

from proxydesk.forms.dossier import render_dossier
from proxydesk.forms.fax import fax_bundle, fax_cover
from proxydesk.forms.layout import FormOptions
from proxydesk.forms.letter_pdf import render_letter
from proxydesk.forms.letters import draft_letter
from proxydesk.forms.poa import render_poa
from proxydesk.services.demo import build_demo
from proxydesk.services.registry import Services
from proxydesk.storage.database import open_case_file

HERE = Path(__file__).resolve().parent
NOW = datetime(2012, 3, 21, 10, 0, tzinfo=ZoneInfo("Europe/Berlin"))
EMAIL_CASE = 2


def png_pages(pdf: Path, out: Path, first: int, last: int | None = None) -> None:
    """Pages of a PDF as PNG files named after `out` (pdftoppm adds the page number)."""
    last = last or first
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", str(first), "-l", str(last), str(pdf), str(out)],
        check=True,
    )


def signed_scan(poa_pdf: bytes, folder: Path) -> Path:
    """The power of attorney as it comes back: printed, signed by hand, scanned."""
    source = folder / "poa-to-sign.pdf"
    source.write_bytes(poa_pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "100", "-f", "1", "-l", "1", str(source), str(folder / "p")],
        check=True,
    )
    page = Image.open(next(folder.glob("p-*.png"))).convert("L")
    draw = ImageDraw.Draw(page)
    width, height = page.size
    y = int(height * 0.765)
    # a hand-written signature is a scribble; this one only has to look like one
    points = [(int(width * 0.12) + 9 * i, y + (14 if i % 2 else -10) + i % 5) for i in range(26)]
    draw.line(points, fill=40, width=3)
    draw.text((int(width * 0.27), y - 62), "21.03.2012", fill=40)
    scan = folder / "vollmacht-unterschrieben.png"
    page.save(scan)
    return scan


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument("--keep-pdfs", action="store_true")
    args = parser.parse_args(argv)
    if shutil.which("pdftoppm") is None:
        print("pdftoppm is missing: apt-get install poppler-utils", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        pdfs: dict[str, bytes] = {}
        with open_case_file(folder / "demo.proxydesk", create=True, timezone="Europe/Berlin") as f:
            build_demo(f)
            services = Services.for_file(f, lambda: NOW)
            pdfs["poa-telvia-de"] = render_poa(services.poa.paper([1]), FormOptions("de", "a4"))
            pdfs["poa-general-en"] = render_poa(
                services.poa.paper([2, 3]), FormOptions("en", "letter")
            )
            services.poa.attach_scan("Gerda", "Telvia", signed_scan(pdfs["poa-telvia-de"], folder))
            record = services.dossier.record(EMAIL_CASE)
        de, en = FormOptions("de", "a4"), FormOptions("en", "a4")
        pdfs["letter-management-de"] = render_letter(draft_letter(record, "management", "de"), de)
        pdfs["letter-regulator-en"] = render_letter(draft_letter(record, "regulator", "en"), en)
        cover = fax_cover(record, "de", with_letter=True, with_poa=True)
        pdfs["fax-bundle-de"] = fax_bundle(
            cover, de, letter=pdfs["letter-management-de"], scans=record.scans
        )
        pdfs["dossier-en"] = render_dossier(record, en)
        for name, data in pdfs.items():
            pdf = folder / f"{name}.pdf"
            pdf.write_bytes(data)
            png_pages(pdf, folder / name, 1)
            if args.keep_pdfs:
                shutil.copy(pdf, args.out / pdf.name)
        dossier = folder / "dossier-en.pdf"
        pages = {"contents": 2, "summary": 3, "promises": 4, "contradictions": 5, "timeline": 7}
        for name, page in pages.items():
            png_pages(dossier, folder / f"dossier-en-{name}", page)
        png_pages(folder / "fax-bundle-de.pdf", folder / "fax-bundle-de-scan", 4)
        for png in sorted(folder.glob("*.png")):
            if png.name.startswith("p-") or png.name.startswith("vollmacht"):
                continue
            # pdftoppm names pages "-1", "-01" ...: keep the form's name only
            target = args.out / (png.name.rsplit("-", 1)[0] + ".png")
            Image.open(png).convert("P", palette=Image.Palette.ADAPTIVE, colors=64).save(
                target, optimize=True
            )
            print(f"{target} ({target.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
