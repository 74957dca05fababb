"""Stored mail for the user: show a message, its raw evidence, move it, the quarantine."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from proxydesk.changes import Changes, Kind
from proxydesk.domain import can_be_id
from proxydesk.errors import NotFound
from proxydesk.mail.case_mail import file_into_case, fill_body
from proxydesk.mail.parse import UnparseableMessage, parse_message, safe_filename
from proxydesk.output_files import save_into_folder
from proxydesk.services.base import Service
from proxydesk.services.cases import find_case
from proxydesk.services.history import Action, Verb
from proxydesk.services.row_states import RowStates, row_step
from proxydesk.storage.mail_models import MailAccount, MailFolder, MailMessage, QuarantinedMail
from proxydesk.storage.models import Blob, Event


@dataclass(frozen=True)
class MailView:
    id: int
    subject: str
    from_name: str
    from_address: str | None
    to: list[str]
    cc: list[str]
    sent_at: datetime
    date_from_header: bool
    outgoing: bool
    text: str
    html: str | None
    attachments: list[str]
    case_id: int | None
    event_id: int | None
    filed_by_user: bool
    receipt_requested: bool
    read_at: datetime | None
    repaired: list[str]
    folders: list[str]


@dataclass(frozen=True)
class QuarantineView:
    id: int
    account: str
    folder: str
    uid: int
    reason: str
    at: datetime
    has_raw: bool


class MailService(Service):
    def show(self, mail_id: int) -> MailView:
        """The message as the user reads it; a body the sync left unread is parsed now."""
        if self.case_file.writable:
            with self.case_file.unit_of_work() as session:
                message = self._find(session, mail_id)
                _read_body(session, message)
                return self._view(session, message)
        with self.case_file.reading() as session:
            message = self._find(session, mail_id)
            with session.no_autoflush:  # shown, not saved: the file is open read-only
                _read_body(session, message)
                view = self._view(session, message)
            session.rollback()
            return view

    def raw(self, mail_id: int) -> bytes:
        """The message byte for byte as the server delivered it (.eml)."""
        with self.case_file.reading() as session:
            return self._find(session, mail_id).raw.data

    def save_attachments(self, mail_id: int, folder: Path) -> list[Path]:
        """Write the attachments into a folder; names are sanitized and never overwrite."""
        self.show(mail_id)  # the body (and so the attachments) may not be read yet
        written: list[Path] = []
        with self.case_file.reading() as session:
            for attachment in self._find(session, mail_id).attachments:
                name = safe_filename(attachment.filename, f"attachment-{attachment.id}")
                # a new file inside the folder: never over one, never through a link
                target = save_into_folder(folder, name, attachment.blob.data)
                written.append(target)
        return written

    def move(self, mail_id: int, case: str | int) -> MailView:
        """File the message into another case; later syncs keep the user's choice.

        Undone, the message goes back where it was (or out of every case), and its choice
        is forgotten again: later syncs may file it as before.
        """
        with self.case_file.unit_of_work() as session:
            message = self._find(session, mail_id)
            target = find_case(session, case)
            _read_body(session, message)  # read before, so undo does not take the body back
            session.flush()
            rows = RowStates(session)
            rows.before(message.event, message)
            old_case = message.event.case_id if message.event is not None else None
            event = file_into_case(session, message, target.id)
            message.filed_by_user = True
            rows.added(event)
            taken = rows.taken()
            action = Action(Verb.MOVE_MAIL, message.subject, target.title)
        cases = [target.id] if old_case is None else [target.id, old_case]
        changes = Changes.of(Kind.TIMELINE, Kind.CASES, Kind.MAIL, cases=cases)
        self.undo_history.record(row_step(self.case_file, action, changes, taken))
        return self.show(mail_id)

    def messages(self, *, case: str | int | None = None, unfiled: bool = False) -> list[MailView]:
        with self.case_file.reading() as session:
            query = select(MailMessage.id)
            if case is not None:
                case_id = find_case(session, case).id
                query = query.join(Event, Event.id == MailMessage.event_id).where(
                    Event.case_id == case_id
                )
            if unfiled:
                query = query.where(MailMessage.event_id.is_(None))
            messages = session.scalars(
                select(MailMessage)
                .where(MailMessage.id.in_(session.scalars(query).all()))
                .order_by(MailMessage.sent_at, MailMessage.id)
                .options(selectinload(MailMessage.attachments), selectinload(MailMessage.locations))
            )
            return [self._view(session, m) for m in messages]

    def quarantine(self) -> list[QuarantineView]:
        with self.case_file.reading() as session:
            rows = session.execute(
                select(QuarantinedMail, MailFolder.name, MailAccount.name)
                .join(MailFolder, MailFolder.id == QuarantinedMail.folder_id)
                .join(MailAccount, MailAccount.id == MailFolder.account_id)
                .order_by(QuarantinedMail.id)
            )
            return [
                QuarantineView(
                    q.id,
                    account,
                    folder,
                    q.uid,
                    q.reason,
                    self.local(q.at),
                    q.raw_sha256 is not None,
                )
                for q, folder, account in rows
            ]

    def quarantined_raw(self, quarantine_id: int) -> bytes:
        with self.case_file.reading() as session:
            item = session.get(QuarantinedMail, quarantine_id)
            if item is None or item.raw_sha256 is None:
                raise NotFound(f"quarantined mail {quarantine_id} has no stored content")
            blob = session.get(Blob, item.raw_sha256)
            assert blob is not None
            return blob.data

    def _view(self, session: Session, message: MailMessage) -> MailView:
        folders = list(
            session.scalars(
                select(MailFolder.name).where(
                    MailFolder.id.in_([loc.folder_id for loc in message.locations])
                )
            )
        )
        event = message.event
        return MailView(
            id=message.id,
            subject=message.subject,
            from_name=message.from_name,
            from_address=message.from_address,
            to=list(message.to_addresses),
            cc=list(message.cc_addresses),
            sent_at=self.local(message.sent_at),
            date_from_header=message.date_from_header,
            outgoing=message.outgoing,
            text=message.text,
            html=message.html,
            attachments=[a.filename for a in message.attachments],
            case_id=event.case_id if event else None,
            event_id=message.event_id,
            filed_by_user=message.filed_by_user,
            receipt_requested=message.receipt_requested,
            read_at=self.local_or_none(message.read_at),
            repaired=list(message.repaired),
            folders=folders,
        )

    def _find(self, session: Session, mail_id: int) -> MailMessage:
        if not can_be_id(mail_id):
            raise NotFound(f"there is no mail with id {mail_id}")
        message = session.scalars(
            select(MailMessage)
            .where(MailMessage.id == mail_id)
            .options(selectinload(MailMessage.attachments), selectinload(MailMessage.locations))
        ).first()
        if message is None:
            raise NotFound(f"there is no mail with id {mail_id}")
        return message


def _read_body(session: Session, message: MailMessage) -> None:
    if message.body_parsed:
        return
    try:
        fill_body(session, message, parse_message(message.raw.data, message.sent_at))
    except UnparseableMessage as exc:
        message.text = f"(this message cannot be shown: {exc.reason})"
        message.body_parsed = True
