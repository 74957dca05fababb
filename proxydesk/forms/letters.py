"""Letters drafted from the case: a complaint to the management, a request for conciliation.

A draft is plain data (`LetterDraft`) so it can be shown, saved as JSON, edited by hand or in
the app, read back and only then rendered (`proxydesk.forms.letter_pdf`).
"""

from __future__ import annotations

import dataclasses
import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal, cast

from proxydesk.domain import ChannelKind, PromiseStatus
from proxydesk.errors import InvalidInput
from proxydesk.forms.summary import (
    CUT_OFF,
    WRITTEN,
    CaseFigures,
    contacts_of,
    events_of,
    figures,
)
from proxydesk.forms.texts import (
    LANGUAGES,
    Language,
    duration_text,
    label,
    long_day_text,
    moment_text,
    t,
    time_text,
)
from proxydesk.services.dossier import CaseRecord
from proxydesk.services.poa import town_of

Addressee = Literal["management", "regulator"]
ADDRESSEES: tuple[Addressee, ...] = ("management", "regulator")

#: the conciliation body for telecoms in Germany (postal address as it publishes it)
BNETZA_TELECOM = [
    "Bundesnetzagentur",
    "Schlichtungsstelle Telekommunikation",
    "Postfach 80 01",
    "53105 Bonn",
]
MAX_FACTS = 30
DEFAULT_DEADLINE_DAYS = 14
FORMAT = "proxydesk-letter-1"
#: a statement starting with one of these brings its own quotation marks
QUOTES = "'\"„“‚‘«»"


@dataclass
class DatedLine:
    day: date
    text: str


@dataclass
class LetterDraft:
    """Everything the letter says, in order. `{deadline}` in a text becomes the deadline."""

    to: Addressee
    language: Language
    sender: list[str]
    sender_contact: list[str]
    recipient: list[str]
    place: str
    day: date
    #: (label, value) pairs shown beside the address: customer numbers, references
    references: list[list[str]]
    subject: str
    salutation: str
    opening: list[str]
    facts_heading: str
    facts: list[DatedLine]
    promises_heading: str
    broken_promises: list[DatedLine]
    demands_heading: str
    demands: list[str]
    deadline: date | None
    closing_paragraphs: list[str]
    closing: str
    signature: str
    enclosures: list[str]
    #: notes for the user about the draft (never printed), e.g. missing proof of an attempt
    warnings: list[str] = dataclasses.field(default_factory=list)

    def fill(self, text: str) -> str:
        """A text with `{deadline}` replaced by the deadline in words."""
        if self.deadline is None:
            return text
        return text.replace("{deadline}", long_day_text(self.language, self.deadline))


def draft_letter(
    record: CaseRecord,
    to: Addressee,
    language: Language,
    *,
    deadline: date | None = None,
) -> LetterDraft:
    """A letter filled from the case: facts with dates, broken promises, demands, deadline."""
    if to not in ADDRESSEES:
        raise InvalidInput(f"unknown addressee '{to}'; choose management or regulator")
    lang = language
    detail = record.detail
    org = detail.organization.name
    proxy = record.proxy
    if not proxy.name:
        raise InvalidInput(
            "your own name is not in the case file yet; set it with 'proxydesk me --name ...'"
        )
    today = record.read_at.date()
    names = ", ".join(r.name for r in record.relatives) or "—"
    numbers = ", ".join(a.customer_number for a in detail.accounts)
    figs = figures(record)
    facts = _facts(record, lang)
    broken = _broken_promises(record, lang)
    warnings: list[str] = []
    if to == "management":
        recipient = [org, t(lang, "letter.management"), *_postal(record, management=True)]
        deadline = deadline or today + timedelta(days=DEFAULT_DEADLINE_DAYS)
        subject = t(lang, "letter.m.subject", title=detail.summary.title)
        opening = [t(lang, "letter.m.opening", names=names, org=org, since=_since(lang, figs))]
        if figs.contacts:
            opening.append(_effort(lang, figs))
        demands = [t(lang, f"letter.m.demand{i}") for i in (1, 2, 3)]
        closing_paragraphs = [t(lang, "letter.m.deadline"), t(lang, "letter.m.next_step")]
        enclosures = [t(lang, "letter.enclosure_poa"), t(lang, "letter.enclosure_dossier")]
    else:
        recipient = list(BNETZA_TELECOM)
        subject = t(lang, "letter.r.subject", org=org)
        opening = [t(lang, "letter.r.opening", names=names, org=org, since=_since(lang, figs))]
        if figs.contacts:
            opening.append(_effort(lang, figs))
        attempts = [f for f in facts if f.text.startswith(t(lang, "letter.fact.written_mark"))]
        opening.append(t(lang, "letter.r.attempt", org=org))
        if not attempts:
            warnings.append(t(lang, "letter.r.warn_no_attempt", org=org))
        demands = [t(lang, f"letter.r.demand{i}", org=org) for i in (1, 2)]
        closing_paragraphs = [t(lang, "letter.r.no_court"), t(lang, "letter.r.consent", org=org)]
        enclosures = [
            t(lang, "letter.enclosure_poa"),
            t(lang, "letter.enclosure_dossier"),
            t(lang, "letter.enclosure_correspondence"),
        ]
    if not detail.valid_power_of_attorney:
        warnings.append(t(lang, "letter.warn_no_poa"))
    references = [[t(lang, "field.customer_numbers"), numbers]] if numbers else []
    references += [
        [label(lang, "reference", r.kind), r.value]
        for r in detail.references
        if r.kind in ("ticket", "order")
    ]
    return LetterDraft(
        to=to,
        language=lang,
        sender=[proxy.name, *[p.strip() for p in proxy.address.split(",") if p.strip()]],
        sender_contact=[x for x in (proxy.phone, proxy.email) if x],
        recipient=recipient,
        place=town_of(proxy.address),
        day=today,
        references=references,
        subject=subject,
        salutation=t(lang, "letter.salutation"),
        opening=opening,
        facts_heading=t(lang, "letter.facts_heading"),
        facts=facts,
        promises_heading=t(lang, "letter.promises_heading"),
        broken_promises=broken,
        demands_heading=t(lang, "letter.demands_heading"),
        demands=demands,
        deadline=deadline,
        closing_paragraphs=closing_paragraphs,
        closing=t(lang, "letter.closing"),
        signature=f"{proxy.name}\n" + t(lang, "letter.on_behalf", names=names),
        enclosures=enclosures,
        warnings=warnings,
    )


def _since(lang: Language, figs: CaseFigures) -> str:
    return long_day_text(lang, (figs.first_contact or figs.opened_at).date())


def _effort(lang: Language, figs: CaseFigures) -> str:
    return t(
        lang,
        "letter.effort",
        contacts=figs.contacts,
        calls=figs.calls,
        hold=duration_text(lang, figs.hold_seconds) or "0 min",
        broken=sum(s.broken + s.false for s in figs.statements if s.kind == "all"),
    )


def _postal(record: CaseRecord, management: bool) -> list[str]:
    """The organization's postal address, preferring one meant for complaints or management."""
    postal = [
        c
        for c in record.detail.organization.channels
        if c.kind == ChannelKind.POSTAL.value and c.value.strip()
    ]
    if not postal:
        return []
    words = ("management", "geschäftsleitung", "vorstand", "beschwerde", "complaint")
    chosen = next(
        (c for c in postal if management and any(w in c.purpose.lower() for w in words)),
        postal[0],
    )
    name = record.detail.organization.name.lower()
    parts = [p.strip() for p in chosen.value.split(",") if p.strip()]
    # a letter to the management goes past the customer service named in the address
    service = ("kundenservice", "customer service", "kundendienst")
    return [p for p in parts if p.lower() != name and not (management and p.lower() in service)]


def _facts(record: CaseRecord, lang: Language) -> list[DatedLine]:
    """First contact, every written contact of ours, and the calls of each day in one line."""
    events = contacts_of(record)
    if not events:
        return []
    org = record.detail.organization.name
    first = events[0]
    facts = [
        DatedLine(
            first.occurred_at.date(),
            t(lang, "letter.fact.first", channel=label(lang, "channel", first.channel))
            + f" {first.summary}",
        )
    ]
    calls_by_day: dict[date, list[int]] = defaultdict(list)
    for index, e in enumerate(events):
        if e.kind == "call":
            calls_by_day[e.occurred_at.date()].append(index)
        elif e.kind in WRITTEN and e is not first:
            mark = t(lang, "letter.fact.written_mark")
            kind = label(lang, "kind", e.kind)
            facts.append(
                DatedLine(e.occurred_at.date(), f"{mark} {kind} ({e.contact or org}): {e.summary}")
            )
    for day, indexes in calls_by_day.items():
        calls = [events[i] for i in indexes]
        text = t(
            lang,
            "letter.fact.calls",
            n=len(calls),
            total=duration_text(lang, sum(c.duration_seconds or 0 for c in calls)) or "0 min",
            hold=duration_text(lang, sum(c.hold_seconds or 0 for c in calls)) or "0 min",
        )
        cut = sum(1 for c in calls if c.outcome in CUT_OFF)
        if cut:
            text += " " + t(lang, "letter.fact.cut_off", n=cut)
        facts.append(DatedLine(day, text))
    facts.sort(key=lambda f: f.day)
    if len(facts) > MAX_FACTS:
        left = len(facts) - MAX_FACTS + 1
        facts = facts[: MAX_FACTS - 1]
        facts.append(DatedLine(facts[-1].day, t(lang, "letter.fact.more", n=left)))
    return facts


def _broken_promises(record: CaseRecord, lang: Language) -> list[DatedLine]:
    channels = {e.id: e.channel for e in events_of(record)}
    result = []
    bad = (PromiseStatus.BROKEN.value, PromiseStatus.FALSE.value)
    for p in record.promises:
        if p.status not in bad:
            continue
        channel = channels.get(p.made_in_event_id or -1)
        who = p.made_by or t(lang, "letter.someone")
        where = f", {label(lang, 'channel', channel)}" if channel else ""
        said = p.text if p.text[:1] in QUOTES else f"“{p.text}”"
        text = f"{time_text(p.made_at)} – {who}{where}: {said} – "
        text += label(lang, "status", p.status)
        if p.due_at is not None and p.status == PromiseStatus.BROKEN.value:
            text += " " + t(lang, "letter.due", due=moment_text(lang, p.due_at))
        result.append(DatedLine(p.made_at.date(), text))
    return result


# -- JSON: the draft as a file to edit ----------------------------------------------------


def draft_to_json(draft: LetterDraft) -> str:
    data = dataclasses.asdict(draft)
    data["format"] = FORMAT
    return json.dumps(data, ensure_ascii=False, indent=2, default=_encode) + "\n"


def _encode(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot store {type(value).__name__}")


def draft_from_json(content: str, source: str = "the draft") -> LetterDraft:
    """Read an edited draft back; every mistake is named with the field it is in."""
    try:
        data = json.loads(content)
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            f"{source} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    if not isinstance(data, dict):
        raise InvalidInput(f"{source} is not a letter draft")
    data.pop("format", None)
    fields = {f.name: f for f in dataclasses.fields(LetterDraft)}
    unknown = set(data) - set(fields)
    if unknown:
        raise InvalidInput(f"{source} has unknown fields: {', '.join(sorted(unknown))}")
    required = [n for n, f in fields.items() if f.default is dataclasses.MISSING and n not in data]
    required = [n for n in required if fields[n].default_factory is dataclasses.MISSING]
    if required:
        raise InvalidInput(f"{source} lacks the fields: {', '.join(required)}")

    def day(name: str, value: Any, optional: bool = False) -> date | None:
        if value is None and optional:
            return None
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            raise InvalidInput(
                f"{source}: {name} '{value}' is not a date like 2012-03-21"
            ) from None

    def texts(name: str) -> list[str]:
        value = data.get(name, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise InvalidInput(f"{source}: {name} must be a list of texts")
        return cast(list[str], value)

    def text(name: str) -> str:
        value = data[name]
        if not isinstance(value, str):
            raise InvalidInput(f"{source}: {name} must be a text")
        return value

    def dated(name: str) -> list[DatedLine]:
        value = data.get(name, [])
        if not isinstance(value, list):
            raise InvalidInput(f"{source}: {name} must be a list of {{day, text}}")
        lines = []
        for n, item in enumerate(value, 1):
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                raise InvalidInput(f"{source}: {name} entry {n} needs a day and a text")
            found = day(f"{name} entry {n}", item.get("day"))
            assert found is not None
            lines.append(DatedLine(found, item["text"]))
        return lines

    to = text("to")
    if to not in ADDRESSEES:
        raise InvalidInput(f"{source}: to must be management or regulator")
    lang = text("language")
    if lang not in LANGUAGES:
        raise InvalidInput(f"{source}: language must be de or en")
    references = data.get("references", [])
    if not isinstance(references, list) or not all(
        isinstance(r, list) and len(r) == 2 and all(isinstance(x, str) for x in r)
        for r in references
    ):
        raise InvalidInput(f"{source}: references must be a list of [label, value] pairs")
    made = day("day", data["day"])
    assert made is not None
    return LetterDraft(
        to=to,
        language=lang,
        sender=texts("sender"),
        sender_contact=texts("sender_contact"),
        recipient=texts("recipient"),
        place=text("place"),
        day=made,
        references=references,
        subject=text("subject"),
        salutation=text("salutation"),
        opening=texts("opening"),
        facts_heading=text("facts_heading"),
        facts=dated("facts"),
        promises_heading=text("promises_heading"),
        broken_promises=dated("broken_promises"),
        demands_heading=text("demands_heading"),
        demands=texts("demands"),
        deadline=day("deadline", data.get("deadline"), optional=True),
        closing_paragraphs=texts("closing_paragraphs"),
        closing=text("closing"),
        signature=text("signature"),
        enclosures=texts("enclosures"),
        warnings=texts("warnings"),
    )
