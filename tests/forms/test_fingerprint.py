"""The record's fingerprint: the same for the same record, different after any edit."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from proxydesk.cli.main import main
from proxydesk.reading.fingerprint import grouped_fingerprint, short_fingerprint
from proxydesk.services.registry import Services
from proxydesk.storage.models import Event
from tests.forms.conftest import EMAIL_CASE

AT = datetime(2012, 3, 21, 10, 0, tzinfo=UTC)


def test_reading_again_gives_the_same_fingerprint(demo: Services) -> None:
    first = demo.dossier.fingerprint(EMAIL_CASE)
    assert len(first) == 64 and int(first, 16) >= 0
    assert demo.dossier.record(EMAIL_CASE).fingerprint == first
    assert demo.dossier.fingerprint(EMAIL_CASE) == first
    assert demo.dossier.fingerprint(1) != first


def test_a_new_event_changes_it_and_other_cases_do_not(demo: Services) -> None:
    email, line = demo.dossier.fingerprint(EMAIL_CASE), demo.dossier.fingerprint(1)
    demo.timeline.add_note(EMAIL_CASE, "Called again, nobody knew anything.", at=AT)
    assert demo.dossier.fingerprint(EMAIL_CASE) != email
    assert demo.dossier.fingerprint(1) == line


def test_an_edit_undone_is_still_seen(demo: Services) -> None:
    before = demo.dossier.fingerprint(EMAIL_CASE)
    with demo.case_file.unit_of_work() as session:
        event = session.query(Event).filter_by(case_id=EMAIL_CASE).first()
        assert event is not None
        event_id, original = event.id, event.summary
        event.summary = "It never happened"
    changed = demo.dossier.fingerprint(EMAIL_CASE)
    assert changed != before
    with demo.case_file.unit_of_work() as session:
        restored = session.get(Event, event_id)
        assert restored is not None
        restored.summary = original
    # the record reads as before, but its audit log tells of the edit
    assert demo.dossier.fingerprint(EMAIL_CASE) not in (before, changed)


def test_deleting_an_event_or_changing_a_statement_changes_it(demo: Services) -> None:
    before = demo.dossier.fingerprint(EMAIL_CASE)
    with demo.case_file.unit_of_work() as session:
        event = session.query(Event).filter_by(case_id=EMAIL_CASE, kind="note").first()
        assert event is not None
        session.delete(event)
    deleted = demo.dossier.fingerprint(EMAIL_CASE)
    assert deleted != before
    promise = demo.promises.promises(case=EMAIL_CASE, only_open=False)[0]
    demo.promises.link_contradiction(promise.id, demo.promises.promises(case=EMAIL_CASE)[-1].id)
    assert demo.dossier.fingerprint(EMAIL_CASE) != deleted


def test_printed_forms_of_the_fingerprint() -> None:
    full = "3f0caaacf9b753449f3e2cf26199614ad4dfda82933f8f47a51a4e1abb4936d6"
    assert short_fingerprint(full) == "3f0c aaac f9b7 5344"
    assert grouped_fingerprint(full).split() == [full[i : i + 8] for i in range(0, 64, 8)]


def test_the_cli_prints_and_checks_it(
    demo_copy: object, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(demo_copy)
    assert main(["--file", path, "fingerprint", "2"]) == 0
    printed = capsys.readouterr().out.strip()
    assert len(printed.replace(" ", "")) == 64
    assert main(["--file", path, "fingerprint", "2", "--check", printed[:17]]) == 0
    assert "unchanged" in capsys.readouterr().err
    assert (
        main(["--file", path, "note", "--case", "2", "--text", "later", "--at", "2012-04-01T10:00"])
        == 0
    )
    assert main(["--file", path, "fingerprint", "2", "--check", printed]) == 1
    assert "has changed" in capsys.readouterr().err
    assert main(["--file", path, "fingerprint", "2", "--check", "xyz"]) == 2
