"""Letters: drafted from the case, edited as JSON, rendered with the facts and a deadline."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path

import pytest

from proxydesk.cli.main import main
from proxydesk.errors import InvalidInput
from proxydesk.forms.layout import FormOptions
from proxydesk.forms.letter_pdf import render_letter
from proxydesk.forms.letters import draft_from_json, draft_letter, draft_to_json
from proxydesk.services.registry import Services
from tests.forms.conftest import (
    EMAIL_CASE,
    assert_fonts_embedded,
    flat,
    pdf_text,
    qpdf_check,
)


def test_the_complaint_to_the_management_is_filled_from_the_case(demo: Services) -> None:
    draft = draft_letter(demo.dossier.record(EMAIL_CASE), "management", "en")
    assert draft.recipient[:2] == ["Telvia AG", "Management"]
    assert "Postfach 20 01" in draft.recipient and "Kundenservice" not in draft.recipient
    assert draft.subject.startswith("Complaint: Move Gerda's email address")
    assert draft.deadline == date(2012, 4, 10)  # two weeks after the tests' today
    assert draft.place == "Unterhalden" and draft.sender[0] == "Markus Brenner"
    assert ["Customer numbers", "550 311 8742, 440 297 7310"] in draft.references
    facts = [f.text for f in draft.facts]
    assert any(f.startswith("In writing: Email sent") for f in facts)
    assert any(f.startswith("5 call(s)") and "ended by your side" in f for f in facts)
    assert [f.day for f in draft.facts] == sorted(f.day for f in draft.facts)
    broken = " ".join(f.text for f in draft.broken_promises)
    assert "'The colleagues will get back to you today' (15 March)." in broken
    assert "broken (promised by 15 Mar 2012, 18:00)" in broken
    assert "false" in broken and len(draft.broken_promises) == 9
    assert len(draft.demands) == 3
    assert any("{deadline}" in p for p in draft.closing_paragraphs)
    assert draft.warnings == [
        "there is no valid signed power of attorney on file; many bodies will not deal with the "
        "letter without one"
    ]


def test_the_request_to_the_conciliation_body(demo: Services) -> None:
    draft = draft_letter(demo.dossier.record(EMAIL_CASE), "regulator", "de")
    assert draft.recipient == [
        "Bundesnetzagentur",
        "Schlichtungsstelle Telekommunikation",
        "Postfach 80 01",
        "53105 Bonn",
    ]
    assert draft.subject == "Antrag auf Schlichtung nach § 68 TKG – Telvia AG"
    assert draft.deadline is None
    assert any("Einigung mit Telvia AG habe ich ohne Erfolg versucht" in p for p in draft.opening)
    assert not any("Einigungsversuch" in w for w in draft.warnings)  # mails were written


def test_without_a_written_attempt_the_draft_warns(services: Services, empty_case: int) -> None:
    draft = draft_letter(services.dossier.record(empty_case), "regulator", "en")
    assert any("proof of an unsuccessful attempt" in w for w in draft.warnings)
    assert draft.facts == [] and draft.broken_promises == []


def test_a_draft_survives_the_json_round_trip(demo: Services) -> None:
    draft = draft_letter(demo.dossier.record(EMAIL_CASE), "management", "de")
    text = draft_to_json(draft)
    data = json.loads(text)
    assert data["format"] == "proxydesk-letter-1" and data["deadline"] == "2012-04-10"
    assert draft_from_json(text) == draft


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(deadline="next week"), "deadline 'next week' is not a date"),
        (lambda d: d.update(colour="red"), "unknown fields: colour"),
        (lambda d: d.pop("subject"), "lacks the fields: subject"),
        (lambda d: d.update(demands="all of it"), "demands must be a list of texts"),
        (lambda d: d.update(facts=[{"day": "2012-03-05"}]), "facts entry 1 needs a day and a text"),
        (lambda d: d.update(to="the pope"), "to must be management or regulator"),
        (lambda d: d.update(references=[["only a label"]]), "references must be a list"),
    ],
)
def test_mistakes_in_an_edited_draft_are_named(
    demo: Services, change: object, message: str
) -> None:
    data = json.loads(draft_to_json(draft_letter(demo.dossier.record(1), "management", "en")))
    assert callable(change)
    change(data)
    with pytest.raises(InvalidInput, match=message):
        draft_from_json(json.dumps(data), "draft.json")
    with pytest.raises(InvalidInput, match=r"draft.json is not valid JSON \(line 1"):
        draft_from_json("{not json", "draft.json")


@pytest.mark.integration
def test_the_letters_on_paper(demo: Services, tmp_path: Path) -> None:
    record = demo.dossier.record(EMAIL_CASE)
    management = render_letter(draft_letter(record, "management", "de"), FormOptions("de", "a4"))
    text = pdf_text(management)
    for fact in (
        "Markus Brenner · Kirchweg 7 · 87642 Unterhalden (Ostallgäu)",
        "Telvia AG",
        "Geschäftsleitung",
        "Postfach 20 01",
        "48001 Münster",
        "Unterhalden, 27. März 2012",
        "Beschwerde: Move Gerda's email address",
        "Sehr geehrte Damen und Herren,",
        "Der Verlauf in Kürze",
        "15.03.2012",
        "Nicht eingehaltene Zusagen und falsche Auskünfte",
        "Bitte antworten Sie mir bis zum 10. April 2012.",
        "Mit freundlichen Grüßen",
        "im Auftrag von Hildegard Brenner, Gerda Voit",
        "Seite 1 von 2",
    ):
        assert flat(fact) in flat(text), fact
    qpdf_check(management, tmp_path)
    assert_fonts_embedded(management, tmp_path)
    regulator = render_letter(draft_letter(record, "regulator", "en"), FormOptions("en", "letter"))
    text = pdf_text(regulator)
    for fact in ("Bundesnetzagentur", "Schlichtungsstelle Telekommunikation", "53105 Bonn",
                 "Request for conciliation – Telvia AG", "No court proceedings"):  # fmt: skip
        assert flat(fact) in flat(text), fact
    qpdf_check(regulator, tmp_path)


@pytest.mark.integration
def test_edit_the_draft_then_render_it_from_the_cli(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft_path, out = tmp_path / "draft.json", tmp_path / "letter.pdf"
    base = ["--file", str(demo_copy), "form", "letter"]
    assert main([*base, "--case", "2", "--to", "management", "--lang", "en",
                 "--edit-json", str(draft_path)]) == 0  # fmt: skip
    assert "edit it, then render it" in capsys.readouterr().err and not out.exists()
    data = json.loads(draft_path.read_text(encoding="utf-8"))
    data["subject"] = "Complaint about the lost email address of Gerda Voß"
    data["demands"].append("Apologise to my aunt in writing.")
    data["deadline"] = "2012-04-02"
    draft_path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main([*base, "--from-json", str(draft_path), "-o", str(out), "--paper", "letter"]) == 0
    text = pdf_text(out.read_bytes())
    assert "Complaint about the lost email address of Gerda Voß" in text
    assert "Apologise to my aunt in writing." in text and "\n4.\n" in f"\n{text}"
    assert flat("Please reply by 2 April 2012.") in flat(text)
    edited = draft_from_json(draft_path.read_text(encoding="utf-8"))
    assert dataclasses.replace(edited, deadline=None).deadline is None


def test_the_cli_asks_for_what_it_needs(
    demo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--file", str(demo_copy), "form", "letter", "--case", "2", "-o", "x.pdf"]) == 2
    assert "--to management|regulator" in capsys.readouterr().err
    assert main(["--file", str(demo_copy), "form", "letter", "--case", "2", "--to", "boss"]) == 2
