"""Undo in the core: every kind of change undone and redone, each time a new audited change.

Each test writes through the services (which record their steps on ``Services.history``),
then undoes and redoes through the history alone, as the app's Edit menu does.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from proxydesk.changes import Changes, Kind
from proxydesk.errors import FileInUse, InvalidInput, ProxyDeskError
from proxydesk.services.calls import CallContent, CallNote, PendingPromise
from proxydesk.services.directory_records import StillInUse
from proxydesk.services.history import Action, History, Step, Verb
from proxydesk.services.registry import Services
from proxydesk.services.row_states import MovedOn
from proxydesk.storage.database import CaseFile
from proxydesk.storage.models import AuditEntry
from tests.core.clock import FixedClock

START = datetime(2012, 3, 15, 9, 14, tzinfo=UTC)


def audit_since(case_file: CaseFile, counted: int) -> list[tuple[str, str, str]]:
    with case_file.reading() as session:
        rows = session.scalars(select(AuditEntry).order_by(AuditEntry.id).offset(counted))
        return [(e.action, e.entity, e.entity_id) for e in rows]


def audit_count(case_file: CaseFile) -> int:
    with case_file.reading() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def written(log: list[str], name: str) -> Step:
    """A step that only notes what it was asked to do."""

    def noted(what: str) -> Changes:
        log.append(f"{what} {name}")
        return Changes.of(Kind.RELATIVES)

    changes = Changes.of(Kind.RELATIVES)
    return Step(
        Action(Verb.ADD_RELATIVE, name), changes, lambda: noted("undo"), lambda: noted("redo")
    )


# -- the history itself --------------------------------------------------------------------


def test_the_stacks_undo_redo_and_a_new_step_clears_what_could_be_redone() -> None:
    history, log, told = History(), list[str](), list[int]()
    history.listen(lambda: told.append(1))
    assert history.undo() is None and history.next_undo() is None
    history.record(written(log, "Anna"))
    history.record(written(log, "Bert"))
    assert history.next_undo() == Action(Verb.ADD_RELATIVE, "Bert")
    undone = history.undo()
    assert undone is not None and undone.action.subject == "Bert"
    assert history.next_redo() == Action(Verb.ADD_RELATIVE, "Bert")
    history.record(written(log, "Carl"))
    assert history.next_redo() is None
    assert history.redo() is None
    assert log == ["undo Bert"]
    assert len(told) == 4


def test_a_group_is_one_step_and_a_failure_inside_takes_back_what_it_wrote() -> None:
    history, log = History(), list[str]()
    with history.group(Action(Verb.OPEN_CASE, "Cancel the magazine")):
        history.record(written(log, "Telvia"))
        history.record(written(log, "case"))
    assert history.next_undo() == Action(Verb.OPEN_CASE, "Cancel the magazine")
    history.undo()
    assert log == ["undo case", "undo Telvia"]
    history.redo()
    assert log[2:] == ["redo Telvia", "redo case"]
    with pytest.raises(InvalidInput), history.group():
        history.record(written(log, "Stadtwerke"))
        raise InvalidInput("the customer number must not be empty")
    assert log[-1] == "undo Stadtwerke"
    assert history.next_undo() == Action(Verb.OPEN_CASE, "Cancel the magazine")


def test_a_step_the_file_could_not_take_stays_to_be_tried_again() -> None:
    history, tries = History(), list[str]()

    def busy() -> Changes:
        tries.append("undo")
        if len(tries) == 1:
            raise FileInUse("the case file is busy")
        return Changes.of(Kind.RELATIVES)

    action = Action(Verb.ADD_RELATIVE, "Anna")
    history.record(Step(action, Changes.of(Kind.RELATIVES), busy, busy))
    with pytest.raises(FileInUse):
        history.undo()
    assert history.next_undo() == action
    assert history.undo() is not None and history.next_redo() == action


def test_run_answers_a_write_with_what_it_changed(services: Services, telco_case: int) -> None:
    done = services.history.run(services.cases.set_story, telco_case, "They lost the order.")
    assert done.result is None
    assert done.changes == Changes.of(Kind.CASES, cases=[telco_case])
    assert done.changes.touches_case(telco_case, Kind.CASES)
    unchanged = services.history.run(services.cases.set_story, telco_case, "They lost the order.")
    assert unchanged.changes == Changes()


# -- each kind of change -------------------------------------------------------------------


def test_a_relative_added_is_undone_and_redone_under_its_own_id(
    services: Services, case_file: CaseFile
) -> None:
    anna = services.directory.add_relative("Anna Berger", phone_numbers=["+49 30 1"])
    history = services.history
    assert history.next_undo() == Action(Verb.ADD_RELATIVE, "Anna Berger")
    counted = audit_count(case_file)
    step = history.undo()
    assert step is not None and step.changes.touches(Kind.RELATIVES)
    assert services.directory.relatives() == []
    history.redo()
    assert services.directory.relative(anna.id) == anna
    assert audit_since(case_file, counted) == [
        ("delete", "relatives", str(anna.id)),
        ("insert", "relatives", str(anna.id)),
    ]


def test_a_status_change_is_undone_exactly_with_its_closing_time(
    services: Services, telco_case: int, case_file: CaseFile, clock: FixedClock
) -> None:
    services.cases.set_status(telco_case, "resolved")
    closed = services.cases.case_record(telco_case).closed_at
    assert services.history.next_undo() == Action(Verb.SET_STATUS, "Move the line", "resolved")
    counted = audit_count(case_file)
    clock.at += timedelta(days=2)
    services.history.undo()
    assert services.cases.case_record(telco_case).status == "open"
    services.history.redo()
    record = services.cases.case_record(telco_case)
    assert (record.status, record.closed_at) == ("resolved", closed)
    assert audit_since(case_file, counted) == [("update", "cases", str(telco_case))] * 2


def test_a_promise_marked_kept_is_open_again_after_undo(
    services: Services, telco_case: int, case_file: CaseFile
) -> None:
    promise = services.promises.add(telco_case, text="We call back", by="Frau K.", at=START)
    services.promises.resolve(promise.id, "kept", note="they did")
    assert services.history.next_undo() == Action(Verb.MARK_PROMISE, "We call back", "kept")
    counted = audit_count(case_file)
    services.history.undo()
    assert services.promises.promise(promise.id).status == "open"
    services.history.redo()
    assert services.promises.promise(promise.id).status == "kept"
    assert audit_since(case_file, counted) == [("update", "promises", str(promise.id))] * 2


def finished_call(services: Services, case_id: int, clock: FixedClock) -> tuple[int, list[int]]:
    clock.at = START
    draft = services.calls.start(case_id, "+49 800 5550100")
    content = CallContent(
        number="+49 800 5550100",
        segments=draft.content.segments,
        agent="Frau Keller",
        notes=(CallNote(START + timedelta(minutes=3), "No order in the system"),),
        promises=(
            PendingPromise(START + timedelta(minutes=5), "Technician on 13 March", None),
            PendingPromise(START + timedelta(minutes=6), "The order is taken again", None),
        ),
    )
    services.calls.update(draft.id, content)
    clock.at = START + timedelta(minutes=10)
    finished = services.calls.finish(draft.id, "promise_made")
    return finished.event_id, finished.promise_ids


def test_a_finished_call_is_undone_with_its_promises_and_comes_back_under_the_same_ids(
    services: Services, telco_case: int, case_file: CaseFile, clock: FixedClock
) -> None:
    event_id, promise_ids = finished_call(services, telco_case, clock)
    entries = services.timeline.entries(telco_case)
    assert services.history.next_undo() == Action(
        Verb.FINISH_CALL, "Move the line", "+49 800 5550100"
    )
    counted = audit_count(case_file)
    step = services.history.undo()
    assert step is not None and step.changes.touches_case(telco_case, Kind.TIMELINE)
    assert services.timeline.entries(telco_case) == []
    assert services.promises.promises(case=telco_case) == []
    assert services.calls.drafts() == []  # the draft is not offered back
    services.history.redo()
    assert services.timeline.entries(telco_case) == entries
    assert sorted(p.id for p in services.promises.promises(case=telco_case)) == sorted(promise_ids)
    undone = [("delete", "promises", str(i)) for i in reversed(promise_ids)]
    redone = [("insert", "promises", str(i)) for i in promise_ids]
    assert audit_since(case_file, counted) == [
        *undone,
        ("delete", "events", str(event_id)),
        ("insert", "events", str(event_id)),
        *redone,
    ]


def test_a_call_whose_promise_got_a_reminder_elsewhere_is_not_taken_back(
    services: Services, telco_case: int, case_file: CaseFile, clock: FixedClock
) -> None:
    event_id, promise_ids = finished_call(services, telco_case, clock)
    elsewhere = Services.for_file(case_file, clock)  # the command line: a history of its own
    elsewhere.reminders.add("Ask about the technician", START, promise=promise_ids[0])
    counted = audit_count(case_file)
    with pytest.raises(StillInUse) as refused:
        services.history.undo()
    assert refused.value.uses == {"reminders": 1}
    # dropped: it cannot be taken back any more; the step before it comes next
    assert services.history.next_undo() == Action(Verb.OPEN_CASE, "Move the line")
    assert [e.id for e in services.timeline.entries(telco_case)] == [event_id]
    assert audit_count(case_file) == counted


def test_reminders_added_done_and_snoozed_are_undone_and_redone(
    services: Services, telco_case: int, case_file: CaseFile, clock: FixedClock
) -> None:
    reminders = services.reminders
    added = reminders.add("Call the hotline", clock.at - timedelta(hours=1), case=telco_case)
    reminders.mark_done(added.id)
    reminders.snooze(added.id, clock.at + timedelta(days=1))
    counted = audit_count(case_file)
    history = services.history
    assert history.next_undo() == Action(Verb.SNOOZE_REMINDER, "Call the hotline")
    history.undo()
    assert reminders.reminders(include_done=True)[0].snoozed_until is None
    history.undo()
    assert not reminders.reminders()[0].done
    history.undo()
    assert reminders.reminders(include_done=True) == []
    for _ in range(3):
        history.redo()
    again = reminders.reminders(include_done=True)[0]
    assert (again.id, again.done, again.snoozed_until) == (
        added.id,
        True,
        clock.at + timedelta(days=1),
    )
    entity = str(added.id)
    assert audit_since(case_file, counted) == [
        ("update", "reminders", entity),
        ("update", "reminders", entity),
        ("delete", "reminders", entity),
        ("insert", "reminders", entity),
        ("update", "reminders", entity),
        ("update", "reminders", entity),
    ]


def test_a_step_the_file_has_outgrown_is_refused_and_dropped(
    services: Services, telco_case: int, case_file: CaseFile, clock: FixedClock
) -> None:
    promise = services.promises.add(telco_case, text="We call back", by="Frau K.", at=START)
    services.promises.resolve(promise.id, "broken")
    elsewhere = Services.for_file(case_file, clock)
    elsewhere.promises.reopen(promise.id)
    elsewhere.promises.resolve(promise.id, "kept")
    with pytest.raises(MovedOn) as refused:
        services.history.undo()
    assert isinstance(refused.value, ProxyDeskError)
    assert services.promises.promise(promise.id).status == "kept"
    assert services.history.next_undo() == Action(Verb.ADD_PROMISE, "We call back")


def test_steps_recorded_from_several_threads_are_all_kept() -> None:
    history, log = History(), list[str]()
    told = list[int]()
    history.listen(lambda: told.append(1))

    def record(n: int) -> None:
        for i in range(50):
            history.record(written(log, f"{n}-{i}"))

    threads = [threading.Thread(target=record, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    undone = 0
    while history.undo() is not None:
        undone += 1
    assert undone == 200 and len(told) == 400
