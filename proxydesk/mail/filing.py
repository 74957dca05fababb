"""Which mail matters, and into which case it goes: thread, numbers, organization address."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from proxydesk.domain import CaseStatus, ChannelKind
from proxydesk.mail.headers import Headers
from proxydesk.mail.relevance import Relevance
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
