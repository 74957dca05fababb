"""Promise rules: status transitions, derived overdue, due after made, contradictions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from proxydesk.domain import PromiseStatus, check_promise_resolution, is_overdue
from proxydesk.errors import InvalidInput, InvalidTransition
from proxydesk.services.registry import Services
from tests.core.clock import NOW, FixedClock

MADE = datetime(2012, 3, 5, 9, 20, tzinfo=UTC)


def test_open_promise_resolves_once_to_each_outcome() -> None:
    for outcome in (PromiseStatus.KEPT, PromiseStatus.BROKEN, PromiseStatus.FALSE):
        check_promise_resolution(PromiseStatus.OPEN, outcome)
        for again in PromiseStatus:
            with pytest.raises(InvalidTransition):
                check_promise_resolution(outcome, again)
    with pytest.raises(InvalidTransition):
        check_promise_resolution(PromiseStatus.OPEN, PromiseStatus.OPEN)


def test_overdue_is_derived_from_due_time_and_status() -> None:
    due = MADE + timedelta(hours=8)
    assert not is_overdue(PromiseStatus.OPEN, due, due - timedelta(seconds=1))
    assert is_overdue(PromiseStatus.OPEN, due, due + timedelta(seconds=1))
    assert not is_overdue(PromiseStatus.KEPT, due, due + timedelta(days=1))
    assert not is_overdue(PromiseStatus.OPEN, None, due + timedelta(days=1))


def test_overdue_follows_the_clock_without_any_write(
    services: Services, telco_case: int, clock: FixedClock
) -> None:
    due = MADE + timedelta(hours=8)
    promise = services.promises.add(
        telco_case, text="We call you back today", by="Frau K.", at=MADE, due=due
    )
    clock.at = due - timedelta(minutes=1)
    assert not services.promises.promise(promise.id).overdue
    assert services.promises.promises(only_overdue=True) == []
    clock.at = due + timedelta(minutes=1)
    assert services.promises.promise(promise.id).overdue
    assert [p.id for p in services.promises.promises(only_overdue=True)] == [promise.id]
    summary = services.cases.summary(telco_case)
    assert (summary.open_promises, summary.overdue_promises) == (1, 1)


def test_resolving_records_when_and_which_event_shows_it(
    services: Services, telco_case: int
) -> None:
    promise = services.promises.add(
        telco_case,
        text="Technician comes on 13 March",
        by="Herr B.",
        at=MADE,
        due=datetime(2012, 3, 13, 12, 0, tzinfo=UTC),
    )
    visit = services.timeline.add_note(
        telco_case, "Technician was here", at=datetime(2012, 3, 13, 8, 0, tzinfo=UTC)
    )
    kept = services.promises.resolve(promise.id, "kept", event_id=visit.id)
    assert kept.status == "kept"
    assert kept.resolved_by_event_id == visit.id
    assert kept.resolved_at == datetime(2012, 3, 13, 8, 0, tzinfo=UTC)
    assert not kept.overdue
    with pytest.raises(InvalidTransition):
        services.promises.resolve(promise.id, "broken")


def test_resolving_without_event_uses_now(services: Services, telco_case: int) -> None:
    promise = services.promises.add(telco_case, text="x", by="A", at=MADE)
    assert services.promises.resolve(promise.id, "false").resolved_at == NOW


def test_event_from_before_the_promise_cannot_show_its_outcome(
    services: Services, telco_case: int
) -> None:
    earlier = services.timeline.add_note(telco_case, "before", at=MADE - timedelta(days=1))
    promise = services.promises.add(telco_case, text="x", by="A", at=MADE)
    with pytest.raises(InvalidInput):
        services.promises.resolve(promise.id, "kept", event_id=earlier.id)
    assert services.promises.promise(promise.id).status == "open"


def test_due_before_made_is_refused(services: Services, telco_case: int) -> None:
    with pytest.raises(InvalidInput, match="before the promise was made"):
        services.promises.add(
            telco_case, text="x", by="A", at=MADE, due=MADE - timedelta(minutes=1)
        )
    assert services.promises.promises() == []


def test_promise_joins_the_call_running_at_its_time(services: Services, telco_case: int) -> None:
    call = services.timeline.log_call(
        telco_case,
        number="+49 800 5550100",
        start=MADE - timedelta(minutes=5),
        minutes=20,
        hold_minutes=8,
        agent="Frau K.",
    )
    during = services.promises.add(telco_case, text="callback", by="Frau K.", at=MADE)
    after = services.promises.add(
        telco_case, text="later claim", by="Frau K.", at=MADE + timedelta(hours=2)
    )
    assert during.made_in_event_id == call.id
    assert after.made_in_event_id is None
    entries = services.timeline.entries(telco_case)
    assert [(e.kind, e.id) for e in entries] == [("call", call.id), ("promise", after.id)]
    assert [p.text for p in entries[0].promises] == ["callback"]


def test_contradictions_link_two_statements_both_ways(services: Services, telco_case: int) -> None:
    blocked = services.promises.add(
        telco_case,
        text="The address is blocked for 180 days",
        by="Agent 1",
        at=MADE,
        kind="claim",
    )
    fine = services.promises.add(
        telco_case,
        text="Complete nonsense, no problem",
        by="Agent 2",
        at=MADE + timedelta(hours=1),
        kind="claim",
    )
    link = services.promises.link_contradiction(fine.id, blocked.id, "180 days vs no problem")
    assert (link.first.id, link.second.id) == (blocked.id, fine.id)
    assert services.promises.promise(blocked.id).contradicts == [fine.id]
    assert services.promises.promise(fine.id).contradicts == [blocked.id]
    assert [c.note for c in services.promises.contradictions(telco_case)] == [
        "180 days vs no problem"
    ]
    with pytest.raises(InvalidInput):
        services.promises.link_contradiction(blocked.id, fine.id)
    with pytest.raises(InvalidInput):
        services.promises.link_contradiction(blocked.id, blocked.id)
