"""A call while it runs: the draft kept in the file, finished into one event with its promises."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from proxydesk.domain import PromiseKind
from proxydesk.errors import InvalidInput, NotFound
from proxydesk.services.calls import (
    CallContent,
    CallNote,
    CallSegment,
    CallState,
    PendingPromise,
)
from proxydesk.services.registry import Services
from proxydesk.storage.database import open_case_file
from proxydesk.storage.models import AuditEntry, Event, Promise
from tests.core.clock import FixedClock

START = datetime(2012, 3, 15, 9, 14, tzinfo=UTC)


def minutes(n: float) -> datetime:
    return START + timedelta(minutes=n)


def a_call(content: CallContent | None = None) -> CallContent:
    """Two minutes in the menu, twelve on hold, a transfer, then talking from minute 15."""
    call = content or CallContent(number="+49 800 5550100")
    call = call.switched(CallState.MENU, minutes(0))
    call = call.switched(CallState.HOLD, minutes(2))
    call = call.switched(CallState.TRANSFERRED, minutes(14))
    call = call.switched(CallState.TALKING, minutes(15))
    return call


def test_switching_states_splits_the_time() -> None:
    call = a_call()
    assert [s.state for s in call.segments] == [
        CallState.MENU,
        CallState.HOLD,
        CallState.TRANSFERRED,
        CallState.TALKING,
    ]
    assert call.state is CallState.TALKING
    assert call.switched(CallState.TALKING, minutes(20)) is call
    now = minutes(25)
    assert call.seconds_in(CallState.MENU, now) == 120
    assert call.seconds_in(CallState.HOLD, now) == 12 * 60
    assert call.seconds_in(CallState.TALKING, now) == 10 * 60
    assert call.transfers == 1
    ended = call.closed(now)
    assert ended.state is None
    assert ended.segments[-1] == CallSegment(CallState.TALKING, minutes(15), now)
    # a running segment never ends before it began
    assert call.closed(minutes(1)).segments[-1].end == minutes(15)


def test_a_draft_survives_closing_and_reopening_the_file(
    case_path: Path, services: Services, telco_case: int, clock: FixedClock
) -> None:
    clock.at = START
    draft = services.calls.start(telco_case, "+49 800 5550100")
    content = a_call(draft.content)
    content = CallContent(
        number=content.number,
        segments=content.segments,
        agent="Frau Keller",
        team="orders",
        notes=(
            CallNote(minutes(16), "There is no order for these lines"),
            CallNote(minutes(17), "She takes the order ag", typing=True),
        ),
        promises=(PendingPromise(minutes(18), "Technician on 13 March", minutes(60 * 24 * 5)),),
    )
    clock.at = minutes(18)
    services.calls.update(draft.id, content)
    services.case_file.close()

    with open_case_file(case_path) as reopened:
        again = Services.for_file(reopened, clock).calls.drafts()
        assert len(again) == 1
        found = again[0]
        assert found.id == draft.id
        assert found.case_title == "Move the line"
        assert found.started_at == START
        assert found.updated_at == minutes(18)
        assert found.content == content
        # handed to the UI in the file's time zone
        assert found.started_at.utcoffset() == timedelta(hours=1)


def test_finishing_writes_the_call_and_its_promises_and_drops_the_draft(
    services: Services, telco_case: int, clock: FixedClock
) -> None:
    clock.at = START
    draft = services.calls.start(telco_case, "+49 800 5550100")
    content = a_call(draft.content)
    content = CallContent(
        number=content.number,
        segments=content.segments,
        agent="Frau Keller",
        team="orders",
        notes=(
            CallNote(minutes(16), "There is no order for these lines"),
            CallNote(minutes(20), "   "),
            CallNote(minutes(21), "She takes the order again", typing=True),
        ),
        promises=(
            PendingPromise(minutes(22), "Technician on 13 March", minutes(60 * 24 * 5)),
            PendingPromise(minutes(23), "No order exists", None, PromiseKind.CLAIM),
        ),
    )
    services.calls.update(draft.id, content)
    clock.at = minutes(38)

    finished = services.calls.finish(draft.id, "promise_made")

    assert (finished.seconds, finished.hold_seconds) == (38 * 60, 12 * 60)
    assert services.calls.drafts() == []
    [call] = [e for e in services.timeline.entries(telco_case) if e.id == finished.event_id]
    assert call.kind == "call"
    assert call.summary == "Call to +49 800 5550100 with Frau Keller (promise made)"
    assert call.number_dialed == "+49 800 5550100"
    assert call.hold_seconds == 12 * 60
    assert call.transfers == 1
    assert call.duration_seconds == 38 * 60
    assert call.outcome == "promise_made"
    assert call.contact == "Frau Keller"
    assert call.body == "10:30  There is no order for these lines\n10:35  She takes the order again"
    assert [p.text for p in call.promises] == ["Technician on 13 March", "No order exists"]
    promises = {p.id: p for p in services.promises.promises(case=telco_case)}
    assert sorted(promises) == sorted(finished.promise_ids)
    technician = promises[finished.promise_ids[0]]
    assert technician.made_in_event_id == finished.event_id
    assert technician.made_by == "Frau Keller"
    assert technician.made_at == minutes(22)
    assert technician.due_at == minutes(60 * 24 * 5)
    assert promises[finished.promise_ids[1]].kind == "claim"
    assert services.directory.contacts("Telvia")[0].team == "orders"


def test_finishing_is_all_or_nothing(
    services: Services, telco_case: int, clock: FixedClock
) -> None:
    clock.at = START
    draft = services.calls.start(telco_case, "+49 800 5550100")
    bad = CallContent(
        number="+49 800 5550100",
        segments=draft.content.segments,
        agent="Herr Brandl",
        promises=(
            PendingPromise(minutes(5), "Calls back today", minutes(60)),
            # due before it was said: refused, and with it the whole call
            PendingPromise(minutes(6), "Fax it", minutes(1)),
        ),
    )
    services.calls.update(draft.id, bad)
    clock.at = minutes(10)
    with pytest.raises(InvalidInput, match="before the promise was made"):
        services.calls.finish(draft.id, "no_result")
    with services.case_file.reading() as session:
        assert session.scalar(select(func.count()).select_from(Event)) == 0
        assert session.scalar(select(func.count()).select_from(Promise)) == 0
    assert [d.id for d in services.calls.drafts()] == [draft.id]


def test_a_call_needs_a_number_and_cannot_end_before_it_began(
    services: Services, telco_case: int, clock: FixedClock
) -> None:
    clock.at = START
    draft = services.calls.start(telco_case)
    with pytest.raises(InvalidInput, match="number"):
        services.calls.finish(draft.id)
    services.calls.update(draft.id, CallContent(number="0800", segments=draft.content.segments))
    with pytest.raises(InvalidInput, match="before it started"):
        services.calls.finish(draft.id, ended_at=minutes(-1))


def test_saved_as_it_is_ends_at_the_last_save_without_an_outcome(
    services: Services, telco_case: int, clock: FixedClock
) -> None:
    clock.at = START
    draft = services.calls.start(telco_case, "0800 330", state=CallState.HOLD)
    clock.at = minutes(7)
    saved = services.calls.update(draft.id, draft.content)
    clock.at = minutes(300)  # the app is started again hours later
    finished = services.calls.finish(draft.id, None, ended_at=saved.updated_at)
    [call] = services.timeline.entries(telco_case)
    assert call.id == finished.event_id
    assert call.outcome is None
    assert call.duration_seconds == call.hold_seconds == 7 * 60
    assert call.contact is None


def test_discarding_forgets_the_draft(services: Services, telco_case: int) -> None:
    draft = services.calls.start(telco_case, "0800")
    services.calls.discard(draft.id)
    assert services.calls.drafts() == []
    with pytest.raises(NotFound):
        services.calls.draft(draft.id)


def test_drafts_stay_out_of_the_audit_log_but_the_call_is_in_it(
    services: Services, telco_case: int, clock: FixedClock
) -> None:
    clock.at = START
    draft = services.calls.start(telco_case, "0800")
    for n in range(5):
        services.calls.update(
            draft.id, CallContent("0800", draft.content.segments, notes=(CallNote(START, "x" * n),))
        )
    clock.at = minutes(3)
    services.calls.finish(draft.id, "resolved")
    with services.case_file.reading() as session:
        entities = list(session.scalars(select(AuditEntry.entity)))
    assert "call_drafts" not in entities
    assert "events" in entities


def test_a_promise_history_names_its_events_and_contradictions(
    services: Services, telco_case: int, clock: FixedClock
) -> None:
    call = services.timeline.log_call(
        telco_case, number="0800", start=START, minutes=20, agent="Herr Brandl", team="email"
    )
    blocked = services.promises.add(
        telco_case, text="Blocked for 180 days", by="Frau Ost", at=minutes(60 * 24), kind="claim"
    )
    no_problem = services.promises.add(
        telco_case, text="No problem at all", by="Herr Brandl", at=minutes(5), kind="claim"
    )
    services.promises.link_contradiction(blocked.id, no_problem.id, note="180 days vs none")
    later = services.timeline.add_note(telco_case, "The address moved", at=minutes(60 * 25))
    services.promises.resolve(blocked.id, "false", event_id=later.id, note="It moved")

    history = services.promises.history(no_problem.id)
    assert history.promise.id == no_problem.id
    assert history.made_by_team == "email"
    assert history.made_in is not None and history.made_in.id == call.id
    assert history.made_in.summary == call.summary
    assert history.resolved_by is None
    [link] = history.contradictions
    assert {link.first.id, link.second.id} == {blocked.id, no_problem.id}
    assert link.note == "180 days vs none"

    resolved = services.promises.history(blocked.id)
    assert resolved.made_in is None
    assert resolved.resolved_by is not None and resolved.resolved_by.id == later.id
    assert resolved.resolution_note == "It moved"
    assert resolved.promise.status == "false"
    # the events since the statement, newest first, may show how it turned out; not the call
    # it was made in (resolving refuses events from before the statement)
    services.timeline.add_note(telco_case, "Asked again", at=minutes(30))
    assert [e.summary for e in services.promises.events_after(no_problem.id)] == [
        "The address moved",
        "Asked again",
    ]
    assert [e.id for e in services.promises.events_after(blocked.id)] == [later.id]
