"""A small case file for the UI tests, built through the services (not the demo builder)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from proxydesk.domain import EventKind, PoaStatus
from proxydesk.services.registry import Services
from proxydesk.services.timeline_events import NewEvent
from proxydesk.storage.models import PowerOfAttorney

#: the tests' "now": after the story, so the promises still open on 15 March are overdue
NOW = datetime(2012, 3, 17, 11, 0, tzinfo=UTC)

STORY_SO_FAR = (
    "My aunt Erika Brandt (76) is moving in with my mother Ilse Lindner. We ordered the move "
    "of her line on 28 February through your social media team, order A-77. The hotline "
    "took the order again on 5 March; the technician came on 13 March and the internet "
    "works. Open: her email address erika.brandt@telvia.example must move to the new line."
)


class FixedClock:
    def __init__(self, at: datetime = NOW) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


@dataclass(frozen=True)
class Story:
    erika: int
    ilse: int
    move_case: int
    email_case: int
    #: the 15 March call with 12 minutes on hold, 2 transfers and two promises
    hold_call: int


def at(day: int, hour: int, minute: int = 0, month: int = 3) -> datetime:
    """A time in (by default) March 2012, given in Berlin winter time (UTC+1)."""
    return datetime(2012, month, day, hour, minute, tzinfo=UTC) - timedelta(hours=1)


def build_story(services: Services) -> Story:
    d, cases, timeline, promises = (
        services.directory,
        services.cases,
        services.timeline,
        services.promises,
    )
    erika = d.add_relative("Erika Brandt", born=date(1935, 6, 2), phone_numbers=["+49 8341 1234"])
    ilse = d.add_relative("Ilse Lindner", born=date(1938, 1, 20))
    d.add_organization(
        "Telvia AG",
        channels=[
            ("hotline", "+49 800 330 1000", "orders and moves"),
            ("hotline", "+49 800 330 1100", "email and online services"),
            ("fax", "+49 800 330 1199", ""),
            ("mail_domain", "telvia.example", ""),
        ],
        asks_for_power_of_attorney=True,
    )
    d.add_account("Erika", "Telvia", "4711-0815", contract_numbers=["V-2012-3377"])
    d.add_account("Ilse", "Telvia", "5522-1090")
    move = cases.add_case(
        "Move Erika's line to Ilse's house",
        "Telvia",
        relatives=["Erika", "Ilse"],
        references=["order:A-77", "ticket:T-12345"],
        story_so_far=STORY_SO_FAR,
        opened_at=at(28, 9, month=2),
    )
    email = cases.add_case(
        "Move Erika's email address",
        "Telvia",
        relatives=["Erika"],
        opened_at=at(13, 18),
    )

    def event(case: int, kind: EventKind, when: datetime, summary: str, **more: Any) -> int:
        return timeline.add_event(case, NewEvent(kind, when, summary, **more)).id

    event(move.id, EventKind.SOCIAL, at(28, 9, 5, month=2), "Order placed via social media")
    event(
        move.id,
        EventKind.EMAIL_IN,
        at(28, 11, month=2),
        "Social team confirms the order",
        body="Dear Sir,\nwe have received your order.\n\nKind regards\nThe Telvia team",
        contact="Anna",
        contact_team="social media",
    )
    event(move.id, EventKind.VISIT, at(1, 10), "Shop cannot see orders", contact="Salesman")
    event(
        move.id,
        EventKind.EMAIL_IN,
        at(1, 12),
        "Social team asks for the customer numbers",
        contact="Anna",
    )
    event(move.id, EventKind.EMAIL_OUT, at(1, 15), "Sent both customer numbers and 'IP line'")
    timeline.log_call(
        move.id,
        number="+49 800 330 1000",
        start=at(5, 9, 20),
        minutes=3,
        outcome="disconnected",
        notes="Cut off: the electrician switched the power",
    )
    timeline.log_call(
        move.id,
        number="+49 800 330 1000",
        start=at(5, 9, 40),
        minutes=11,
        hold_minutes=11,
        outcome="disconnected",
        notes="Dropped in the queue",
    )
    order_call = timeline.log_call(
        move.id,
        number="+49 800 330 1000",
        start=at(5, 10, 14),
        minutes=38,
        hold_minutes=9,
        transfers=1,
        agent="Frau Keller",
        team="orders",
        outcome="promise_made",
        notes="There is no order for these lines. She takes the order again.",
    )
    promises.add(
        move.id,
        text="The technician comes on 13 March",
        by="Frau Keller",
        at=at(5, 10, 40),
        due=at(13, 12),
        event_id=order_call.id,
    )
    old_line = promises.add(
        move.id, text="The old line was cancelled on 1 March", by="Anna", at=at(5, 16), kind="claim"
    )
    services.promises.resolve(old_line.id, "false", note="It still rings")
    event(move.id, EventKind.LETTER, at(8, 11), "Three letters and two parcels arrived")
    event(move.id, EventKind.NOTE, at(9, 8), "The old line is dead; her inbox is unreachable")
    for n in range(10):
        event(move.id, EventKind.LETTER, at(9, 9, n), f"Letter {n + 1} of the order pile")
    event(
        move.id,
        EventKind.TECHNICIAN,
        at(13, 7, 30),
        "Technician arrives early",
        ended_at=at(13, 9),
        contact="Technician",
        body="Knows nothing of the agreed order.",
    )

    email_call = timeline.log_call(
        email.id,
        number="+49 800 330 1100",
        start=at(15, 10, 14),
        minutes=47,
        hold_minutes=12,
        transfers=2,
        agent="Herr Brandl",
        team="email",
        outcome="promise_made",
        notes="Moving the address is 'complete nonsense, no problem'.\n"
        "<b>Send an email to the team</b>, they call back today.",
    )
    promises.add(
        email.id,
        text="The email team calls you back today",
        by="Herr Brandl",
        at=at(15, 10, 50),
        due=at(15, 18),
        event_id=email_call.id,
    )
    promises.add(
        email.id,
        text="Send a fax with the request",
        by="Herr Brandl",
        at=at(15, 10, 55),
        kind="instruction",
        event_id=email_call.id,
    )
    timeline.log_call(
        email.id,
        number="+49 800 330 1100",
        start=at(16, 9),
        minutes=20,
        hold_minutes=5,
        agent="Frau Ost",
        outcome="hung_up_on_us",
        notes="Blocked for 180 days, she said, then hung up.",
    )
    promises.add(
        email.id,
        text="The ticket number will come by mail",
        by="Frau Ost",
        at=at(16, 9, 10),
        due=at(16, 17),
    )
    event(
        email.id,
        EventKind.EMAIL_IN,
        at(16, 11),
        "Template: we need a power of attorney",
        contact="Email team",
    )
    event(email.id, EventKind.NOTE, at(16, 12), "Power of attorney signed by Erika")
    event(email.id, EventKind.SOCIAL, at(16, 14), "Social team phones: done in 30 minutes")

    # there is no service for powers of attorney yet: one row, as the CLI will later add it
    with services.case_file.unit_of_work() as session:
        session.add(
            PowerOfAttorney(
                relative_id=erika.id,
                agent_name="Jan Lindner",
                organization_id=None,
                acts=["email_transfer"],
                valid_from=date(2012, 3, 16),
                status=PoaStatus.SIGNED,
                signed_on=date(2012, 3, 16),
            )
        )
    return Story(erika.id, ilse.id, move.id, email.id, email_call.id)
