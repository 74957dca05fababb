"""Which mail matters, and into which case it goes: thread, numbers, organization address."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from proxydesk.domain import CaseStatus, ChannelKind
from proxydesk.mail.headers import Headers
from proxydesk.storage.mail_models import MailMessage
from proxydesk.storage.models import (
    Account,
    Case,
    Event,
    OrganizationChannel,
    Reference,
    case_accounts,
)

#: subjects too generic to tie two mails into one thread
GENERIC_SUBJECTS = {"", "test", "hallo", "hello", "anfrage", "frage", "question", "info"}


@dataclass
class Relevance:
    """What makes a mail relevant: the organizations' addresses and the cases' numbers."""

    addresses: dict[str, int] = field(default_factory=dict)  # address -> organization
    domains: dict[str, int] = field(default_factory=dict)  # mail domain -> organization
    numbers: dict[str, list[int]] = field(default_factory=dict)  # number -> cases
    organization_case: dict[int, int] = field(default_factory=dict)  # organization -> case

    @property
    def empty(self) -> bool:
        return not (self.addresses or self.domains or self.numbers)

    def digest(self) -> str:
        terms = sorted(self.addresses) + sorted(self.domains) + sorted(self.numbers)
        return hashlib.sha256(json.dumps(terms).encode()).hexdigest()

    def imap_criteria(self) -> list[Any]:
        """One server-side SEARCH key: an OR tree over every address, domain and number.

        Flat and in UTF-8 bytes (search with charset UTF-8): imapclient neither passes the
        charset into nested criteria nor sends a literal inside parentheses correctly.
        """
        keys: list[Any] = []
        for term in [*sorted(self.addresses), *sorted(self.domains)]:
            encoded = term.encode()
            keys += [["FROM", encoded], ["TO", encoded], ["CC", encoded]]
        keys += [["TEXT", number.encode()] for number in sorted(self.numbers)]
        if not keys:
            return []
        while len(keys) > 1:  # a balanced tree keeps the nesting shallow
            paired = [["OR", *keys[i], *keys[i + 1]] for i in range(0, len(keys) - 1, 2)]
            keys = paired + ([keys[-1]] if len(keys) % 2 else [])
        # prefix notation needs no parentheses: OR OR FROM a TO a TEXT n
        return list(keys[0])

    def organization_of(self, addresses: list[str]) -> int | None:
        for address in addresses:
            if address in self.addresses:
                return self.addresses[address]
            domain = address.rpartition("@")[2]
            while domain:
                if domain in self.domains:
                    return self.domains[domain]
                domain = domain.partition(".")[2]
        return None

    def cases_by_number(self, text: str) -> list[int]:
        return [case for number, cases in self.numbers.items() if number in text for case in cases]

    def matches_raw(self, headers: Headers, raw: bytes) -> bool:
        """A local check for import-all: the same terms the server-side SEARCH uses."""
        if self.organization_of(headers.addresses) is not None:
            return True
        return any(number.encode() in raw for number in self.numbers)


def load_relevance(session: Session) -> Relevance:
    relevance = Relevance()
    for channel in session.scalars(select(OrganizationChannel)):
        value = channel.value.strip().lower()
        if channel.kind is ChannelKind.EMAIL and "@" in value:
            relevance.addresses[value] = channel.organization_id
        elif channel.kind is ChannelKind.MAIL_DOMAIN and value:
            relevance.domains[value.lstrip("@")] = channel.organization_id
    for account in session.scalars(select(Account)):
        for address in account.email_addresses:
            relevance.addresses.setdefault(address.strip().lower(), account.organization_id)
    cases = list(session.scalars(select(Case)))
    # an organization's mail goes to its latest open case, else its latest case
    cases.sort(key=lambda c: (c.status is not CaseStatus.RESOLVED, c.opened_at, c.id))
    for case in cases:
        relevance.organization_case[case.organization_id] = case.id
    for ref in session.scalars(select(Reference)):
        relevance.numbers.setdefault(ref.value, []).append(ref.case_id)
    involved = select(case_accounts.c.case_id, Account).join(
        Account, Account.id == case_accounts.c.account_id
    )
    for case_id, account in session.execute(involved):
        for number in [account.customer_number, *account.contract_numbers]:
            if len(number.strip()) >= 4:  # shorter numbers would match too much text
                relevance.numbers.setdefault(number.strip(), []).append(case_id)
    return relevance


def choose_case(
    session: Session, relevance: Relevance, headers: Headers, thread: str, text: str
) -> int | None:
    """Thread first (a reply stays with its case), then numbers, then the organization."""
    threaded = session.scalars(
        select(Event.case_id)
        .join(MailMessage, MailMessage.event_id == Event.id)
        .where(MailMessage.thread_key == thread)
    ).first()
    if threaded is not None:
        return threaded
    by_number = relevance.cases_by_number(f"{headers.subject}\n{text}")
    if by_number:
        return max(by_number)
    organization = relevance.organization_of(headers.addresses)
    if organization is not None:
        return relevance.organization_case.get(organization)
    return None
