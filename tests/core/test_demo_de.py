"""The German demo case: the English one's every row and number, in German words."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from proxydesk import demo_story, demo_story_de
from proxydesk.cli.directory import locale_language
from proxydesk.cli.main import main
from proxydesk.services.demo import DEMO_LANGUAGES, DEMO_TIMEZONE, StoryMismatch, told_in
from proxydesk.storage.database import open_case_file
from proxydesk.storage.models import Base

#: the columns that hold words; every other column is the same in both languages
TEXT_COLUMNS = {
    "relatives": {"address", "notes"},
    "organizations": {"notes"},
    "organization_channels": {"purpose"},
    "accounts": {"contract_numbers", "login_names", "notes"},
    "contacts": {"name", "team", "location", "notes"},
    "cases": {"title", "story_so_far"},
    "case_references": {"value", "note"},
    "events": {"summary", "body"},
    "promises": {"text"},
    "contradictions": {"note"},
    "reminders": {"text"},
    "appointments": {"title", "location"},
}
#: words of a text column that are names, places or numbers, the same in both languages
SAME_IN_BOTH = {
    "",
    "Twitter",
    "Telvia Shop",
    "Rostock",
    "Lena",
    "Tobias",
    "Sven Hartung",
    "Nadine",
    "Sabine Albrecht",
    "Herr Dietz",
    "Frau Brandl",
    "Jana",
    "Frau K. (Kessler)",
    "Frau Demir",
    "Herr Schubert",
    "Frau Wenzel",
    "Clara Sonnenschein",
    "Herr Gruber",
    "A-2012-0305-48817",
    "Vorgang 7781-20120319",
    "https://kundencenter.telvia.example",
}

#: what each file has of its own: its log of writes, its id and when it was made
OWN_TABLES = {"audit_log"}
OWN_SETTINGS = {"file_id", "created_at"}

Rows = dict[str, list[dict[str, Any]]]


def _build(path: Path, *args: str) -> Path:
    assert main(["--file", str(path), "init", "--demo", *args]) == 0
    return path


def _rows(path: Path) -> Rows:
    """Every row of every table, in the order of its primary key."""
    with open_case_file(path, writable=False) as case_file, case_file.sessions() as session:
        return {
            table.name: [
                dict(row._mapping)
                for row in session.execute(select(table).order_by(*table.primary_key.columns))
            ]
            for table in Base.metadata.sorted_tables
            if table.name not in OWN_TABLES
        }


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> tuple[Rows, Rows]:
    folder = tmp_path_factory.mktemp("demo-de")
    english = _build(folder / "en.proxydesk", "--language", "en")
    german = _build(folder / "de.proxydesk", "--language", "de")
    return _rows(english), _rows(german)


def test_the_german_demo_has_every_row_date_number_and_link_of_the_english(
    both: tuple[Rows, Rows],
) -> None:
    english, german = both
    assert english.keys() == german.keys()
    assert set(TEXT_COLUMNS) <= english.keys()
    for table, rows in english.items():
        assert len(german[table]) == len(rows), table
        words = TEXT_COLUMNS.get(table, set())
        for en_row, de_row in zip(rows, german[table], strict=True):
            assert en_row.keys() == de_row.keys()
            if table == "settings" and en_row["key"] in OWN_SETTINGS:
                continue
            for column in en_row.keys() - words:
                assert de_row[column] == en_row[column], f"{table}.{column}"
    # the story's shape, in its own words
    kinds = Counter(e["kind"] for e in german["events"])
    assert kinds == Counter(e["kind"] for e in demo_story.EVENTS)
    assert kinds["call"] >= 10
    statuses = Counter(p["status"] for p in german["promises"])
    assert statuses == Counter(p["status"] for p in demo_story.PROMISES)
    assert len(german["contradictions"]) == len(demo_story.CONTRADICTIONS) == 8
    assert len(german["contacts"]) == len(demo_story.CONTACTS)
    hold = sum(e["hold_seconds"] or 0 for e in german["events"])
    assert hold == sum(e["hold_seconds"] or 0 for e in english["events"]) > 30 * 60
    numbers = {a["customer_number"] for a in german["accounts"]}
    assert numbers == {"550 311 8742", "440 297 7310"}


def test_every_text_of_the_german_demo_is_german(both: tuple[Rows, Rows]) -> None:
    english, german = both
    untranslated = []
    for table, words in TEXT_COLUMNS.items():
        for en_row, de_row in zip(english[table], german[table], strict=True):
            for column in words:
                en, de = en_row[column], de_row[column]
                pairs = zip(en, de, strict=True) if isinstance(en, list) else [(en, de)]
                untranslated += [
                    f"{table}.{column}: {e!r}" for e, d in pairs if e == d and e not in SAME_IN_BOTH
                ]
    assert untranslated == []
    titles = [c["title"] for c in german["cases"]]
    assert titles[0].startswith("Gerdas Internetanschluss")
    assert all("Gerda's" not in t for t in titles)
    texts = " ".join(p["text"] for p in german["promises"])
    assert "180 Tage" in texts and "Fax" in texts and "180 days" not in texts


def test_a_translation_that_does_not_fit_the_story_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert told_in("de")["EVENTS"][0]["at"] == demo_story.EVENTS[0]["at"]
    missing = dict(demo_story_de.EVENTS)
    del missing["e_call_cut"]
    monkeypatch.setattr(demo_story_de, "EVENTS", missing)
    with pytest.raises(StoryMismatch, match="EVENTS"):
        told_in("de")
    monkeypatch.undo()

    extra_field = {**demo_story_de.PROMISES, "p_no_order": {"text": "…", "due": "morgen"}}
    monkeypatch.setattr(demo_story_de, "PROMISES", extra_field)
    with pytest.raises(StoryMismatch, match="p_no_order"):
        told_in("de")
    monkeypatch.undo()

    telvia = dict(demo_story_de.ORGANIZATIONS["telvia"])
    telvia["channels"] = telvia["channels"][:-1]
    monkeypatch.setattr(demo_story_de, "ORGANIZATIONS", {"telvia": telvia})
    with pytest.raises(StoryMismatch, match="channels"):
        told_in("de")
    monkeypatch.undo()

    with pytest.raises(ValueError, match="fr"):
        told_in("fr")


@pytest.mark.parametrize("language", DEMO_LANGUAGES)
def test_the_cli_makes_the_demo_in_each_language(
    language: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _build(tmp_path / "demo.proxydesk", "--language", language)
    capsys.readouterr()
    assert main(["--file", str(path), "cases", "--json"]) == 0
    titles = [c["title"] for c in json.loads(capsys.readouterr().out)]
    assert titles == [c["title"] for c in told_in(language)["CASES"]]
    with open_case_file(path, writable=False) as case_file:
        assert case_file.setting("timezone") == DEMO_TIMEZONE


def test_the_cli_demo_follows_the_locale(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    path = _build(tmp_path / "demo.proxydesk")
    capsys.readouterr()
    assert main(["--file", str(path), "case", "show", "2", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["summary"]["title"].startswith(
        "Gerdas E-Mail-Adresse"
    )


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8", "LANGUAGE": "de"}, "en"),
        ({}, "en"),
        ({"LANG": "de_AT.UTF-8"}, "de"),
        ({"LANG": "en_GB.UTF-8", "LC_ALL": "de_CH.UTF-8"}, "de"),
        ({"LANG": "de_DE.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}, "en"),
        ({"LANG": "en_US.UTF-8", "LANGUAGE": "de:en"}, "de"),
        ({"LANG": "fr_FR.UTF-8"}, "en"),
    ],
)
def test_the_locales_language(environ: dict[str, str], language: str) -> None:
    assert locale_language(environ) == language
