"""Editing, removing and putting back relatives, organizations, accounts, cases and promises.

What undo in the app relies on: each step is one unit of work, a record put back is exactly
what was there (same ids), removal refuses what others depend on, and the audit log only grows.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from proxydesk.errors import InvalidInput
from proxydesk.services.directory_records import StillInUse, channel_line, parse_channel
from proxydesk.services.registry import Services
from proxydesk.storage.database import CaseFile
from proxydesk.storage.models import AuditEntry
from tests.core.clock import NOW

MADE = datetime(2012, 3, 5, 9, 20, tzinfo=UTC)


def audit(case_file: CaseFile) -> list[tuple[str, str, str]]:
    with case_file.reading() as session:
        rows = session.scalars(select(AuditEntry).order_by(AuditEntry.id))
        return [(e.action, e.entity, e.entity_id) for e in rows]


def audit_count(case_file: CaseFile) -> int:
    with case_file.reading() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def test_a_relative_is_edited_removed_and_put_back_under_the_same_id(
    services: Services, case_file: CaseFile
) -> None:
    d = services.directory
    anna = d.add_relative("Anna Berger", born=date(1941, 4, 2), address="Hauptstr. 1")
    before = d.relative_record(anna.id)
    d.update_relative(
        anna.id,
        name="Anna Berger-Lutz",
        born=date(1941, 4, 3),
        address="Lindenweg 4",
        phone_numbers=[" +49 30 1234 ", ""],
        notes="hard of hearing",
    )
    edited = d.relative(anna.id)
    assert (edited.name, edited.born, edited.phone_numbers) == (
        "Anna Berger-Lutz",
        date(1941, 4, 3),
        ["+49 30 1234"],
    )
    d.restore_relative(before)
    assert d.relative_record(anna.id) == before
    counted = audit_count(case_file)
    removed = d.remove_relative(anna.id)
    assert removed == before
    assert d.relatives() == []
    d.restore_relative(removed)
    assert d.relative_record(anna.id) == before
    # removing and putting back are new entries; nothing was taken out of the log
    assert audit(case_file)[counted:] == [
        ("delete", "relatives", str(anna.id)),
        ("insert", "relatives", str(anna.id)),
    ]


def test_edits_are_checked_and_leave_the_file_unchanged_when_refused(
    services: Services, case_file: CaseFile
) -> None:
    anna = services.directory.add_relative("Anna Berger")
    counted = audit_count(case_file)
    with pytest.raises(InvalidInput, match="name"):
        services.directory.update_relative(
            anna.id, name="  ", born=None, address="", phone_numbers=[], notes=""
        )
    with pytest.raises(InvalidInput, match="future"):
        services.directory.update_relative(
            anna.id, name="Anna", born=date(2030, 1, 1), address="", phone_numbers=[], notes=""
        )
    assert services.directory.relative(anna.id).name == "Anna Berger"
    assert audit_count(case_file) == counted


def test_a_relative_with_cases_or_accounts_is_not_removed(
    services: Services, telco_case: int, case_file: CaseFile
) -> None:
    assert services.directory.relative_uses("Gerda") == {"cases": 1, "accounts": 1}
    counted = audit_count(case_file)
    with pytest.raises(StillInUse) as refused:
        services.directory.remove_relative("Gerda")
    assert refused.value.uses == {"cases": 1, "accounts": 1}
    assert refused.value.name == "Gerda Voß"
    assert audit_count(case_file) == counted
    assert services.directory.organization_uses("Telvia") == {"cases": 1, "accounts": 1}


def test_an_account_goes_with_its_case_links_and_comes_back_with_them(
    services: Services, telco_case: int
) -> None:
    d = services.directory
    account = d.accounts("Gerda")[0]
    before = d.account_record(account.id)
    assert before.case_ids == (telco_case,)
    assert d.account_uses(account.id) == {}
    removed = d.remove_account(account.id)
    assert services.cases.detail(telco_case).accounts == []
    d.restore_account(removed)
    assert d.account_record(account.id) == before
    assert [a.customer_number for a in services.cases.detail(telco_case).accounts] == ["4711-0815"]


def test_a_new_account_can_join_the_relatives_cases_at_that_company(
    services: Services, telco_case: int
) -> None:
    d = services.directory
    added = d.add_account("Gerda", "Telvia", "9999", login_names=["gerda"], link_cases=True)
    assert d.account_record(added.id).case_ids == (telco_case,)
    d.add_organization("Stadtwerke")
    d.update_account(
        added.id,
        relative="Gerda",
        organization="Stadtwerke",
        customer_number=" 9999-1 ",
        login_names=["gerda", " "],
    )
    moved = d.account_record(added.id)
    assert (moved.customer_number, moved.login_names, moved.case_ids) == ("9999-1", ("gerda",), ())


def test_an_organization_is_edited_and_removed_with_its_channels(services: Services) -> None:
    d = services.directory
    org = d.add_organization("Telvia", channels=[("hotline", "+49 800 1", "orders")])
    before = d.organization_record(org.id)
    d.update_organization(
        org.id,
        name="Telvia AG",
        channels=[parse_channel("fax: +49 800 9"), parse_channel("hotline: +49 800 1 = moves")],
        asks_for_power_of_attorney=True,
        notes="",
    )
    after = d.organization_record(org.id)
    assert after.channels == (("fax", "+49 800 9", ""), ("hotline", "+49 800 1", "moves"))
    assert [channel_line(*c) for c in after.channels] == [
        "fax: +49 800 9",
        "hotline: +49 800 1 = moves",
    ]
    removed = d.remove_organization(org.id)
    assert d.organizations() == []
    d.restore_organization(removed)
    assert d.organization_record(org.id) == after
    d.restore_organization(before)
    assert d.organization_record(org.id) == before


def test_a_channel_needs_a_known_kind_and_a_value() -> None:
    assert parse_channel("Hotline: +49 800 1 = orders") == ("hotline", "+49 800 1", "orders")
    for bad in ("+49 800 1", "pager: 123", "fax:  "):
        with pytest.raises(InvalidInput):
            parse_channel(bad)


def test_a_case_is_edited_and_known_numbers_keep_who_gave_them(
    services: Services, telco_case: int, clock: object
) -> None:
    cases = services.cases
    cases.add_reference(telco_case, "ticket:T-1", given_by="Sabine A.", note="on the phone")
    services.directory.add_relative("Ilse Lindner")
    before = cases.case_record(telco_case)
    cases.update_case(
        telco_case,
        title="Move the line, again",
        organization="Telvia",
        relatives=["Gerda", "Ilse"],
        status="resolved",
        story_so_far="All done.",
        references=["ticket:T-1", "order:B-2"],
    )
    after = cases.case_record(telco_case)
    assert after.title == "Move the line, again"
    assert after.status == "resolved" and after.closed_at == NOW
    assert [(r.kind, r.value) for r in after.references] == [("ticket", "T-1"), ("order", "B-2")]
    kept = after.references[0]
    assert kept == before.references[1]  # same id, who gave it, when and the note
    assert len(after.relative_ids) == 2
    assert after.account_ids == before.account_ids  # Ilse has no account at Telvia
    cases.restore_case(before)
    assert cases.case_record(telco_case) == before


def test_status_and_story_go_back_exactly(services: Services, telco_case: int) -> None:
    cases = services.cases
    cases.set_status(telco_case, "resolved")
    closed = cases.case_record(telco_case).closed_at
    cases.restore_status(telco_case, "open", None)
    assert cases.summary(telco_case).closed_at is None
    cases.restore_status(telco_case, "resolved", closed)
    assert cases.case_record(telco_case).closed_at == closed
    cases.set_story(telco_case, "new")
    assert cases.detail(telco_case).story_so_far == "new"


def test_a_case_with_a_timeline_is_not_removed_an_empty_one_comes_back_whole(
    services: Services, telco_case: int
) -> None:
    cases = services.cases
    empty = cases.add_case("Cancel the magazine", "Telvia", relatives=["Gerda"], references=["42"])
    record = cases.case_record(empty.id)
    assert cases.case_uses(empty.id) == {}
    removed = cases.remove_case(empty.id)
    assert removed == record
    assert [c.id for c in cases.cases()] == [telco_case]
    cases.restore_case(removed)
    assert cases.case_record(empty.id) == record
    services.promises.add(telco_case, text="We call back", by="Frau K.", at=MADE)
    with pytest.raises(StillInUse) as refused:
        cases.remove_case(telco_case)
    assert refused.value.uses == {"promises": 1}


def test_a_resolved_promise_is_reopened_as_a_new_audited_change(
    services: Services, telco_case: int, case_file: CaseFile
) -> None:
    promise = services.promises.add(telco_case, text="We call back", by="Frau K.", at=MADE)
    resolved = services.promises.resolve(promise.id, "kept", note="they did")
    counted = audit_count(case_file)
    reopened = services.promises.reopen(promise.id)
    assert (reopened.status, reopened.resolved_at) == ("open", None)
    assert services.promises.history(promise.id).resolution_note == ""
    again = services.promises.resolve(promise.id, "kept", note="they did", at=resolved.resolved_at)
    assert again.resolved_at == resolved.resolved_at
    assert audit(case_file)[counted:] == [
        ("update", "promises", str(promise.id)),
        ("update", "promises", str(promise.id)),
    ]
