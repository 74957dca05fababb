"""A mail moved to another case is undone and redone; later syncs follow what stands."""

from __future__ import annotations

from sqlalchemy import select

from proxydesk.mail.messages import MailService
from proxydesk.services.history import Action, Verb
from proxydesk.storage.models import AuditEntry
from tests.mail.conftest import Desk
from tests.mail.letters import COMPANY, PROXY, mail
from tests.support.dovecot import DovecotServer, ImapUser


def audit_after(desk: Desk, last: int) -> list[tuple[str, str]]:
    with desk.case_file.reading() as session:
        rows = session.scalars(select(AuditEntry).where(AuditEntry.id > last))
        return [(e.action, e.entity) for e in rows]


def last_audit(desk: Desk) -> int:
    with desk.case_file.reading() as session:
        return max(session.scalars(select(AuditEntry.id)))


def test_a_moved_mail_goes_back_to_its_case_and_syncs_file_it_as_before(
    home: tuple[Desk, ImapUser], dovecot: DovecotServer
) -> None:
    desk, user = home
    _, raw = mail(800, sender=PROXY, to=COMPANY, subject="Umzug der Leitung")
    dovecot.append(user, "Sent", raw)
    desk.sync()
    messages = MailService(desk.case_file, history=desk.services.history)
    (sent,) = messages.messages()
    assert sent.event_id is not None
    line_entries = desk.services.timeline.entries(desk.line_case)
    assert [e.summary for e in line_entries] == ["Umzug der Leitung"]

    messages.move(sent.id, desk.email_case)
    history = desk.services.history
    assert history.next_undo() == Action(
        Verb.MOVE_MAIL, "Umzug der Leitung", "Move the email address"
    )
    counted = last_audit(desk)
    step = history.undo()
    assert step is not None and step.changes.touches_case(desk.line_case)
    back = messages.show(sent.id)
    assert (back.case_id, back.event_id, back.filed_by_user) == (
        desk.line_case,
        sent.event_id,
        False,
    )
    assert desk.services.timeline.entries(desk.line_case) == line_entries
    assert audit_after(desk, counted) == [("update", "events"), ("update", "mail_messages")]

    history.redo()
    moved = messages.show(sent.id)
    assert (moved.case_id, moved.event_id, moved.filed_by_user) == (
        desk.email_case,
        sent.event_id,
        True,
    )
    desk.sync()  # the user's choice stands again
    assert messages.show(sent.id).case_id == desk.email_case
    assert desk.services.timeline.entries(desk.line_case) == []
