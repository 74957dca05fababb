"""The paperwork commands: me, poa attach/status, poas, form poa, and their errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from proxydesk.cli.main import main
from tests.forms.conftest import pdf_text, png_scan


def run(path: Path, *args: str) -> int:
    return main(["--file", str(path), *args])


def test_me_shows_and_sets_the_proxy(demo_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(demo_copy, "me") == 0
    assert "name     Markus Brenner" in capsys.readouterr().out
    assert run(demo_copy, "me", "--fax", "+49 8341 555 0100", "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["fax"] == "+49 8341 555 0100" and shown["name"] == "Markus Brenner"


def test_attach_a_scan_then_follow_the_status(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    scan = tmp_path / "signed.png"
    scan.write_bytes(png_scan())
    assert run(demo_copy, "poa", "attach", "--relative", "Gerda", "--organization", "Telvia",
               "--signed-on", "2012-03-17", str(scan)) == 0  # fmt: skip
    assert "power of attorney 1 (Gerda Voit, Telvia AG) is signed" in capsys.readouterr().out
    assert run(demo_copy, "poa", "status", "1", "sent") == 0
    assert run(demo_copy, "poa", "status", "1", "accepted") == 0
    capsys.readouterr()
    assert run(demo_copy, "poas", "--relative", "Gerda", "--json") == 0
    powers = json.loads(capsys.readouterr().out)
    assert powers[0]["status"] == "accepted" and powers[0]["has_scan"] is True
    assert powers[0]["signed_on"] == "2012-03-17"
    assert run(demo_copy, "poa", "status", "1", "draft") == 2
    assert "cannot go from accepted to draft" in capsys.readouterr().err
    assert run(demo_copy, "poas") == 0
    assert "(general)" in capsys.readouterr().out


def test_attach_a_scan_with_what_it_allows_and_how_far_it_got(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    scan = tmp_path / "signed.png"
    scan.write_bytes(png_scan())
    assert run(demo_copy, "poa", "attach", "--relative", "Hildegard", "--acts", "moves",
               "information", "--valid-until", "2013-03-31", "--status", "accepted",
               str(scan)) == 0  # fmt: skip
    assert "(Hildegard Brenner, general) is accepted" in capsys.readouterr().out
    assert run(demo_copy, "poas", "--relative", "Hildegard", "--json") == 0
    (power,) = json.loads(capsys.readouterr().out)
    assert power["acts"] == ["moves", "information"] and power["valid_until"] == "2013-03-31"
    assert power["has_scan"] is True
    assert run(demo_copy, "poa", "attach", "--relative", "Gerda", "--valid-until", "2013-01-01",
               str(scan)) == 2  # fmt: skip
    assert "go with --acts" in capsys.readouterr().err


def test_a_scan_of_the_wrong_kind_is_one_plain_error(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    scan = tmp_path / "scan.docx"
    scan.write_bytes(b"PK\x03\x04 word document")
    assert run(demo_copy, "poa", "attach", "--relative", "Gerda", str(scan)) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "neither a PDF nor a PNG or JPEG" in error


@pytest.mark.integration
def test_form_poa_drafts_and_renders_in_the_locales_language(
    demo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    out = tmp_path / "vollmacht.pdf"
    assert run(demo_copy, "form", "poa", "--relative", "Gerda", "--organization", "Telvia",
               "-o", str(out)) == 0  # fmt: skip
    text = pdf_text(out.read_bytes())
    assert "Vollmacht" in text and "Gerda Voit" in text and text.count("☒") == 2
    assert "wrote" in capsys.readouterr().err
    # new acts: the open draft is changed, not a second one made
    assert run(demo_copy, "form", "poa", "--relative", "Gerda", "--organization", "Telvia",
               "--acts", "information,moves", "cancellations", "--lang", "en",
               "-o", str(out)) == 0  # fmt: skip
    text = pdf_text(out.read_bytes())
    assert "Power of Attorney" in text and text.count("☒") == 3
    capsys.readouterr()
    assert run(demo_copy, "poas", "--json") == 0
    assert len(json.loads(capsys.readouterr().out)) == 3
    joint = tmp_path / "joint.pdf"
    assert run(demo_copy, "form", "poa", "--relative", "Gerda", "--relative", "Hildegard",
               "-o", str(joint), "--paper", "letter") == 0  # fmt: skip
    assert "Hildegard Brenner" in pdf_text(joint.read_bytes())


def test_form_errors_leave_no_file(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    assert run(demo_copy, "form", "poa", "--relative", "Nobody", "-o", str(out)) == 2
    assert "there is no relative called 'Nobody'" in capsys.readouterr().err
    assert (
        run(demo_copy, "form", "poa", "--relative", "Gerda", "--acts", "all", "-o", str(out)) == 2
    )
    assert "unknown act 'all'" in capsys.readouterr().err
    assert run(demo_copy, "form", "fax", "--case", "2", "--to-fax", "12", "-o", str(out)) == 2
    assert "not a valid fax number" in capsys.readouterr().err
    assert run(demo_copy, "form", "poa", "--relative", "Gerda", "--lang", "fr", "-o", str(out)) == 2
    assert not out.exists()
