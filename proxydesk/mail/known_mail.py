"""What the case file already holds that a batch of fetched mail may refer to.

Looked up in a few queries per batch, or, on a first import into a file without mail,
remembered from what the run itself stored.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.selectable import TableValuedAlias

from proxydesk.mail.filing import GENERIC_SUBJECTS
from proxydesk.mail.headers import Headers, normalized_subject
from proxydesk.storage.mail_models import (
    MailFolder,
    MailLocation,
    MailMessage,
    QuarantinedMail,
)
from proxydesk.storage.models import Blob


@dataclass
class Known:
    """What the file already holds that this batch's messages may refer to."""

    by_content: dict[str, int] = field(default_factory=dict)  # content -> message id
    by_message_id: dict[tuple[str, str | None], int] = field(default_factory=dict)
    thread_of_id: dict[str, str] = field(default_factory=dict)
    thread_of_subject: dict[str, str] = field(default_factory=dict)
    located: set[int] = field(default_factory=set)
    quarantined: set[int] = field(default_factory=set)
    blobs: set[str] = field(default_factory=set)  # contents the file holds


class Remembered:
    """Everything a run has stored, kept in memory when the file held no mail before it.

    Then whatever a batch could look up in the file is what earlier batches of the same run
    wrote, so the batches skip those queries (for a first import of 50,000 messages, 250
    rounds of five lookups that found only what was known already). Attachments and other
    contents may be in the file without any mail: they are still looked up. Forget it when
    a batch fails: what it remembered of the failed batch was rolled back in the file.
    """

    def __init__(self) -> None:
        self.known = Known()
        self._folders: dict[int, tuple[set[int], set[int]]] = {}

    def for_folder(self, folder_id: int) -> Known:
        """The shared memory, with this folder's located and quarantined UIDs."""
        located, quarantined = self._folders.setdefault(folder_id, (set(), set()))
        return replace(self.known, located=located, quarantined=quarantined, blobs=set())


def nothing_stored(session: Session) -> bool:
    """True when the file holds no mail and no quarantined mail at all."""
    return (
        session.scalar(select(MailMessage.id).limit(1)) is None
        and session.scalar(select(QuarantinedMail.id).limit(1)) is None
    )


def read_known(
    session: Session,
    folder: MailFolder,
    digests_by_uid: dict[int, str],
    headers_by_uid: dict[int, Headers | Exception],
    remembered: Remembered | None,
) -> Known:
    """What the batch's messages may refer to: remembered when the run knows it all, else
    looked up in a few queries (contents, Message-IDs and threads, subjects, locations)."""
    digests = list(digests_by_uid.values())
    if remembered is not None:
        known = remembered.for_folder(folder.id)
        stored = select(Blob.sha256).where(Blob.sha256.in_(_listed(digests)))
        known.blobs = set(session.scalars(stored))
        return known
    known = Known()
    known.by_content = {
        sha: id_
        for id_, sha in session.execute(
            select(MailMessage.id, MailMessage.raw_sha256).where(
                MailMessage.raw_sha256.in_(_listed(digests))
            )
        )
    }
    stored = select(Blob.sha256).where(Blob.sha256.in_(_listed(digests)))
    known.blobs = set(session.scalars(stored))
    headers = [h for h in headers_by_uid.values() if isinstance(h, Headers)]
    ids = {h.message_id for h in headers if h.message_id}
    parents = {p for h in headers for p in (*h.references, h.in_reply_to) if p}
    for id_, message_id, sender, thread in session.execute(
        select(
            MailMessage.id,
            MailMessage.message_id,
            MailMessage.from_address,
            MailMessage.thread_key,
        ).where(MailMessage.message_id.in_(_listed(ids | parents)))
    ):
        if message_id is not None:
            known.by_message_id[(message_id, sender)] = id_
            known.thread_of_id.setdefault(message_id, thread)
    subjects = {normalized_subject(h.subject) for h in headers} - GENERIC_SUBJECTS
    # the first message of each subject is enough to know its thread: one index lookup
    # per subject, however often it repeats in a big mailbox ("Ihre Rechnung"); a GROUP
    # BY with min(id) read every message with the subject
    wanted = _json_values(subjects)
    first = (
        select(MailMessage.thread_key)
        .where(MailMessage.normalized_subject == wanted.c.value)
        .order_by(MailMessage.id)
        .limit(1)
        .scalar_subquery()
    )
    for subject, thread in session.execute(select(wanted.c.value, first)):
        if thread is not None:
            known.thread_of_subject.setdefault(subject, thread)
    uids = list(digests_by_uid)
    known.located = set(
        session.scalars(
            select(MailLocation.uid).where(
                MailLocation.folder_id == folder.id,
                MailLocation.uidvalidity == folder.uidvalidity,
                MailLocation.uid.in_(_listed(uids)),
            )
        )
    )
    known.quarantined = set(
        session.scalars(
            select(QuarantinedMail.uid).where(
                QuarantinedMail.folder_id == folder.id,
                QuarantinedMail.uidvalidity == folder.uidvalidity,
                QuarantinedMail.uid.in_(_listed(uids)),
            )
        )
    )
    return known


def _json_values(values: Iterable[str | int]) -> TableValuedAlias:
    """The values as a one-column table (SQLite's json_each): one bound parameter however
    many there are, so the statement is compiled once, not once per list length."""
    return func.json_each(json.dumps(sorted(values))).table_valued("value")


def _listed(values: Iterable[str | int]) -> Select[tuple[Any]]:
    """For `column.in_(...)`: the values, as a subquery over _json_values."""
    return select(_json_values(values).c.value)
