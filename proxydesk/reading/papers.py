"""What paper about a case shows beyond its header and timeline: mails, files, scans, the proxy.

Read with plain sqlite3, each thing in one statement, for the dossier, letters and the fax.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, tzinfo

from proxydesk.domain import poa_is_valid
from proxydesk.reading.engine import IN_LIST, Connection, listed
from proxydesk.storage.stored import local_time, local_time_or_none, text_list
from proxydesk.views import (
    AttachmentBrief,
    MailBrief,
    PowerOfAttorneyView,
    ProxyView,
    ScanView,
)

PROXY_KEYS = ("name", "address", "phone", "email", "fax")

_PROXY = f"SELECT key, value FROM settings WHERE key IN {IN_LIST}"
_MAILS = f"""
    SELECT event_id, from_name, from_address, to_addresses, subject, sent_at, outgoing,
           receipt_requested, read_at, message_id, in_reply_to, "references"
    FROM mail_messages
    WHERE event_id IN {IN_LIST}
"""
# the files kept with the case's events, then those of their mails (not the inline ones)
_FILES = """
    SELECT a.event_id, e.occurred_at, e.summary, a.filename, a.mime_type, b.size, b.sha256,
           0 AS mail, a.id AS id
    FROM attachments AS a
    JOIN blobs AS b ON b.sha256 = a.blob_sha256
    JOIN events AS e ON e.id = a.event_id
    WHERE e.case_id = ?1
    UNION ALL
    SELECT m.event_id, e.occurred_at, e.summary, ma.filename, ma.mime_type, b.size, b.sha256,
           1, ma.id
    FROM mail_attachments AS ma
    JOIN mail_messages AS m ON m.id = ma.message_id
    JOIN blobs AS b ON b.sha256 = ma.blob_sha256
    JOIN events AS e ON e.id = m.event_id
    WHERE e.case_id = ?1 AND NOT ma.inline
    ORDER BY mail, id
"""
_SCANS = f"""
    SELECT p.id, d.filename, d.mime_type, d.blob_sha256, b.data
    FROM powers_of_attorney AS p
    JOIN documents AS d ON d.id = p.scan_document_id
    JOIN blobs AS b ON b.sha256 = d.blob_sha256
    WHERE p.id IN {IN_LIST}
"""


class PaperReader:
    """Reads what the papers about a case show, on one sqlite3 connection."""

    def __init__(self, connection: Connection, tz: tzinfo, clock: Callable[[], datetime]) -> None:
        self.connection = connection
        self.tz = tz
        self.clock = clock

    def proxy(self) -> ProxyView:
        """The user's own details (empty where not given)."""
        keys = [f"proxy_{k}" for k in PROXY_KEYS]
        values = dict(self.connection.execute(_PROXY, (listed(keys),)).fetchall())
        return ProxyView(*(values.get(k, "") for k in keys))

    def mails(self, event_ids: Iterable[int]) -> dict[int, MailBrief]:
        """The mails filed as these events, by event."""
        rows = self.connection.execute(_MAILS, (listed(event_ids),)).fetchall()
        replied_to: set[str] = set()
        for row in rows:
            if not row[6]:
                replied_to.update(r for r in [row[10], *text_list(row[11])] if r)
        result = {}
        for (
            event_id,
            from_name,
            from_address,
            to_addresses,
            subject,
            sent_at,
            outgoing,
            requested,
            read_at,
            message_id,
            _in_reply_to,
            _references,
        ) in rows:
            sender = f"{from_name} <{from_address}>" if from_name else from_address or ""
            result[event_id] = MailBrief(
                event_id=event_id,
                sender=sender,
                recipients=text_list(to_addresses),
                subject=subject,
                sent_at=local_time(sent_at, self.tz),
                outgoing=bool(outgoing),
                receipt_requested=bool(requested),
                read_at=local_time_or_none(read_at, self.tz),
                answered_by_reply=bool(message_id and message_id in replied_to),
            )
        return result

    def attachments(self, case_id: int) -> list[AttachmentBrief]:
        """Files kept with the case's events and with their mails, in timeline order."""
        found = [
            AttachmentBrief(event_id, local_time(at, self.tz), summary, name, mime, size, sha)
            for event_id, at, summary, name, mime, size, sha, _mail, _id in self.connection.execute(
                _FILES, (case_id,)
            )
        ]
        return sorted(found, key=lambda a: (a.occurred_at, a.event_id))

    def scans(self, powers: Sequence[PowerOfAttorneyView]) -> list[ScanView]:
        """The signed scans of those powers valid today, each content once: a power for the
        organization before a general one, the newest first."""
        today = self.clock().astimezone(self.tz).date()
        valid = sorted(
            (p for p in powers if p.has_scan and poa_is_valid(p, today)),
            key=lambda p: (p.organization_id is None, -p.id),
        )
        scans: dict[str, ScanView] = {}
        for scan in self.scans_of(valid):
            scans.setdefault(scan.sha256, scan)
        return list(scans.values())

    def scans_of(self, powers: Sequence[PowerOfAttorneyView]) -> list[ScanView]:
        """The signed scans of these powers (those that have one), in the order given."""
        if not powers:
            return []
        files = {
            row[0]: row[1:]
            for row in self.connection.execute(_SCANS, (listed(p.id for p in powers),))
        }
        return [ScanView(p.id, p.relative_name, *files[p.id]) for p in powers if p.id in files]
