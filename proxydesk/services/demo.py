"""The demo case: the story ProxyDesk comes from, built into a case file in one transaction."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from importlib import import_module
from typing import Any

from sqlalchemy.orm import Session

from proxydesk import demo_story as story
from proxydesk.domain import (
    KIND_DEFAULTS,
    CallOutcome,
    CaseStatus,
    Channel,
    ChannelKind,
    Direction,
    EventKind,
    PoaStatus,
    PromiseKind,
    PromiseStatus,
    ReferenceKind,
)
from proxydesk.services.timeline_events import NewEvent, write_event
from proxydesk.storage.database import CaseFile
from proxydesk.storage.models import (
    Account,
    Appointment,
    Case,
    Contact,
    Contradiction,
    Event,
    Organization,
    OrganizationChannel,
    PowerOfAttorney,
    Promise,
    Reference,
    Relative,
    Reminder,
    Setting,
)
from proxydesk.timezones import zone

DEMO_TIMEZONE = story.TIMEZONE
#: the languages the demo case is told in; English is demo_story.py itself
DEMO_LANGUAGES = ("en", "de")


class StoryMismatch(ValueError):
    """A translation of the demo story does not fit the story's items and fields."""


def told_in(language: str) -> dict[str, Any]:
    """The demo story's parts, by name, with the words of ``language``; the rest is the story's.

    A translation (``demo_story_<language>.py``) gives, for each part in ``TEXT_FIELDS``, every
    item by its key and exactly the item's text fields; anything more or less is a mismatch.
    """
    if language not in DEMO_LANGUAGES:
        raise ValueError(f"no demo case in {language!r}; there is {', '.join(DEMO_LANGUAGES)}")
    parts = {name: getattr(story, name) for name in (*story.TEXT_FIELDS, *story.PLAIN_PARTS)}
    if language == "en":
        return parts
    words = import_module(f"proxydesk.demo_story_{language}")
    for name, fields in story.TEXT_FIELDS.items():
        items, given = parts[name], getattr(words, name)
        if set(given) != {item["key"] for item in items}:
            raise StoryMismatch(f"{name}: the keys differ from the story's")
        for key, texts in given.items():
            if set(texts) != set(fields):
                raise StoryMismatch(f"{name} {key}: the fields are not {', '.join(fields)}")
        parts[name] = [_worded(item, given[item["key"]], f"{name} {item['key']}") for item in items]
    return parts


def _worded(told: Any, words: Any, where: str) -> Any:
    """``told`` with its strings replaced by ``words``, which must have the same shape."""
    if isinstance(told, str) and isinstance(words, str):
        return words
    if isinstance(told, list) and isinstance(words, list) and len(told) == len(words):
        pairs = enumerate(zip(told, words, strict=True))
        return [_worded(t, w, f"{where}[{i}]") for i, (t, w) in pairs]
    if isinstance(told, dict) and isinstance(words, dict) and set(words) <= set(told):
        return {**told, **{k: _worded(told[k], w, f"{where}.{k}") for k, w in words.items()}}
    raise StoryMismatch(f"{where}: the translation does not fit the story")


def build_demo(case_file: CaseFile, language: str = "en") -> None:
    """Fill a fresh case file with the demo case told in ``language`` ("en" or "de").

    All of it is written, or none of it.
    """
    told = told_in(language)
    tz = zone(story.TIMEZONE)

    def at(text: str | None) -> datetime | None:
        return None if text is None else datetime.fromisoformat(text).replace(tzinfo=tz)

    def day(text: str | None) -> date | None:
        return None if text is None else date.fromisoformat(text)

    with case_file.unit_of_work() as session:
        for key in ("name", "address", "phone", "email"):
            session.merge(Setting(key=f"proxy_{key}", value=told["PROXY"][key]))
        relatives = {
            r["key"]: Relative(
                name=r["name"],
                born=day(r["born"]),
                address=r["address"],
                phone_numbers=list(r["phones"]),
                notes=r["notes"],
            )
            for r in told["RELATIVES"]
        }
        organizations = {}
        for o in told["ORGANIZATIONS"]:
            organizations[o["key"]] = Organization(
                name=o["name"],
                asks_for_power_of_attorney=o["asks_for_power_of_attorney"],
                notes=o["notes"],
                channels=[
                    OrganizationChannel(
                        kind=ChannelKind(c["kind"]), value=c["value"], purpose=c["purpose"]
                    )
                    for c in o["channels"]
                ],
            )
        accounts = {
            a["key"]: Account(
                relative=relatives[a["relative"]],
                organization=organizations[a["organization"]],
                customer_number=a["customer_number"],
                contract_numbers=list(a["contract_numbers"]),
                phone_lines=list(a["phone_lines"]),
                email_addresses=list(a["email_addresses"]),
                login_names=list(a["login_names"]),
                notes=a["notes"],
            )
            for a in told["ACCOUNTS"]
        }
        contacts = {
            c["key"]: Contact(
                organization=organizations[c["organization"]],
                name=c["name"],
                team=c["team"],
                location=c["location"],
                notes=c["notes"],
            )
            for c in told["CONTACTS"]
        }
        cases: dict[str, Case] = {}
        for c in told["CASES"]:
            item = Case(
                title=c["title"],
                organization=organizations[c["organization"]],
                status=CaseStatus(c["status"]),
                opened_at=at(c["opened_at"]),
                closed_at=at(c["closed_at"]),
                story_so_far=c["story_so_far"],
                relatives=[relatives[k] for k in c["relatives"]],
                accounts=[accounts[k] for k in c["accounts"]],
            )
            item.references = [
                Reference(
                    kind=ReferenceKind(r["kind"]),
                    value=r["value"],
                    given_by=contacts.get(r["given_by"] or ""),
                    given_at=at(r["given_at"]),
                    note=r["note"],
                )
                for r in c["references"]
            ]
            cases[c["key"]] = item
        session.add_all([*relatives.values(), *organizations.values(), *cases.values()])
        session.flush()
        events = {e["key"]: _event(session, e, cases, contacts, at) for e in told["EVENTS"]}
        promises = {
            p["key"]: Promise(
                case_id=cases[p["case"]].id,
                kind=PromiseKind(p["kind"]),
                text=p["text"],
                made_by=contacts[p["by"]],
                made_in_event=events[p["event"]],
                made_at=at(p["at"]),
                due_at=at(p["due"]),
                status=PromiseStatus(p["status"]),
                resolved_by_event=events.get(p["resolved_by"] or ""),
                resolved_at=at(p["resolved_at"]),
            )
            for p in told["PROMISES"]
        }
        session.add_all(promises.values())
        session.flush()
        for link in told["CONTRADICTIONS"]:
            first, second = sorted(
                (promises[link["first"]], promises[link["second"]]), key=lambda p: p.id
            )
            session.add(Contradiction(first=first, second=second, note=link["note"]))
        for r in told["REMINDERS"]:
            due = at(r["due"])
            session.add(
                Reminder(
                    due_at=due,
                    text=r["text"],
                    case_id=cases[r["case"]].id,
                    promise_id=_id(promises.get(r["promise"] or "")),
                    done_at=due + timedelta(hours=1) if r["done"] and due else None,
                )
            )
        for a in told["APPOINTMENTS"]:
            session.add(
                Appointment(
                    case_id=cases[a["case"]].id,
                    starts_at=at(a["starts_at"]),
                    ends_at=at(a["ends_at"]),
                    title=a["title"],
                    location=a["location"],
                    promise_id=_id(promises.get(a["promise"] or "")),
                )
            )
        for p in told["POWERS_OF_ATTORNEY"]:
            session.add(
                PowerOfAttorney(
                    relative=relatives[p["relative"]],
                    agent_name=told["PROXY"]["name"],
                    organization=organizations.get(p["organization"] or ""),
                    accounts=[accounts[k] for k in p["accounts"]],
                    acts=list(p["acts"]),
                    valid_from=day(p["valid_from"]),
                    valid_until=day(p["valid_until"]),
                    status=PoaStatus(p["status"]),
                    place=p["place"],
                    signed_on=day(p["signed_on"]),
                )
            )


def _event(
    session: Session,
    e: dict[str, Any],
    cases: dict[str, Case],
    contacts: dict[str, Contact],
    at: Any,
) -> Event:
    kind = EventKind(e["kind"])
    channel, direction = KIND_DEFAULTS[kind]
    is_call = kind is EventKind.CALL
    contact = contacts.get(e["contact"] or "")
    told = NewEvent(
        kind=kind,
        occurred_at=at(e["at"]),
        ended_at=at(e["ended_at"]),
        channel=Channel(e.get("channel", channel)),
        direction=Direction(e.get("direction", direction)),
        contact=contact.name if contact else None,
        summary=e["summary"],
        body=e["body"],
        number_dialed=e["number_dialed"] if is_call else None,
        hold_seconds=e["hold_minutes"] * 60 if is_call else None,
        transfers=e["transfers"] if is_call else None,
        outcome=CallOutcome(e["outcome"]) if is_call else None,
    )
    return write_event(session, cases[e["case"]], told)


def _id(promise: Promise | None) -> int | None:
    return None if promise is None else promise.id
