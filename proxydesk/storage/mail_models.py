"""Tables of the mail timeline: accounts, folders, messages (stored once), quarantine."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from proxydesk.storage.models import Base, Blob, Event


class MailAccount(Base):
    """The proxy's own mailbox. The password is in the system keyring, never here."""

    __tablename__ = "mail_accounts"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    host: Mapped[str] = mapped_column(String(255))
    port: Mapped[int] = mapped_column(Integer)
    security: Mapped[str] = mapped_column(String(16))  # tls | starttls | plain
    username: Mapped[str] = mapped_column(String(255))
    sent_folder: Mapped[str | None] = mapped_column(String(255))  # manual override
    created_at: Mapped[datetime]

    folders: Mapped[list[MailFolder]] = relationship(
        back_populates="account", cascade="all, delete-orphan", order_by="MailFolder.id"
    )


class MailFolder(Base):
    """Where a sync left off in one folder: UIDVALIDITY, the highest UID seen, HIGHESTMODSEQ."""

    __tablename__ = "mail_folders"
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("mail_accounts.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16))  # inbox | sent
    import_all: Mapped[bool] = mapped_column(Boolean, default=False)
    uidvalidity: Mapped[int | None] = mapped_column(Integer)
    highest_uid: Mapped[int] = mapped_column(Integer, default=0)
    highest_modseq: Mapped[int | None] = mapped_column(Integer)
    # what "relevant" meant at the last search; when it changes the whole folder is searched again
    criteria_digest: Mapped[str] = mapped_column(String(64), default="")
    last_synced_at: Mapped[datetime | None]

    account: Mapped[MailAccount] = relationship(back_populates="folders")

    __table_args__ = (UniqueConstraint("account_id", "name", name="uq_mail_folders_name"),)


class MailMessage(Base):
    """One message, kept byte for byte as evidence, stored once whatever folders hold it."""

    __tablename__ = "mail_messages"
    id: Mapped[int] = mapped_column(primary_key=True)
    raw_sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"), unique=True)
    message_id: Mapped[str | None] = mapped_column(String(998), index=True)
    in_reply_to: Mapped[str | None] = mapped_column(String(998))
    references: Mapped[list[str]] = mapped_column(default=list)
    thread_key: Mapped[str] = mapped_column(String(998), index=True)
    subject: Mapped[str] = mapped_column(Text, default="")
    normalized_subject: Mapped[str] = mapped_column(Text, default="", index=True)
    from_name: Mapped[str] = mapped_column(Text, default="")
    from_address: Mapped[str | None] = mapped_column(String(320), index=True)
    to_addresses: Mapped[list[str]] = mapped_column(default=list)
    cc_addresses: Mapped[list[str]] = mapped_column(default=list)
    sent_at: Mapped[datetime]
    date_from_header: Mapped[bool] = mapped_column(Boolean, default=True)
    text: Mapped[str] = mapped_column(Text, default="")
    html: Mapped[str | None] = mapped_column(Text)
    repaired: Mapped[list[str]] = mapped_column(default=list)
    # headers are read at sync time; the body of mail outside any case is parsed when needed
    body_parsed: Mapped[bool] = mapped_column(Boolean, default=False)
    outgoing: Mapped[bool] = mapped_column(Boolean, default=False)
    receipt_requested: Mapped[bool] = mapped_column(Boolean, default=False)
    is_read_receipt: Mapped[bool] = mapped_column(Boolean, default=False)
    receipt_for_message_id: Mapped[str | None] = mapped_column(String(998), index=True)
    read_at: Mapped[datetime | None]  # set on the original when its receipt arrives
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("events.id", ondelete="SET NULL"), unique=True
    )
    filed_by_user: Mapped[bool] = mapped_column(Boolean, default=False)

    raw: Mapped[Blob] = relationship()
    event: Mapped[Event | None] = relationship()
    locations: Mapped[list[MailLocation]] = relationship(
        back_populates="message", cascade="all, delete-orphan"
    )
    attachments: Mapped[list[MailAttachment]] = relationship(
        back_populates="message", cascade="all, delete-orphan", order_by="MailAttachment.id"
    )


class MailLocation(Base):
    """Where the server keeps a message: folder and UID (a copy in another folder adds a row)."""

    __tablename__ = "mail_locations"
    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("mail_messages.id", ondelete="CASCADE"))
    folder_id: Mapped[int] = mapped_column(ForeignKey("mail_folders.id", ondelete="CASCADE"))
    uidvalidity: Mapped[int] = mapped_column(Integer)
    uid: Mapped[int] = mapped_column(Integer)

    message: Mapped[MailMessage] = relationship(back_populates="locations")

    __table_args__ = (
        UniqueConstraint("folder_id", "uidvalidity", "uid", name="uq_mail_locations_uid"),
        Index("ix_mail_locations_message", "message_id"),
    )


class MailAttachment(Base):
    __tablename__ = "mail_attachments"
    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(
        ForeignKey("mail_messages.id", ondelete="CASCADE"), index=True
    )
    blob_sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    mime_type: Mapped[str] = mapped_column(String(127))
    inline: Mapped[bool] = mapped_column(Boolean, default=False)

    message: Mapped[MailMessage] = relationship(back_populates="attachments")
    blob: Mapped[Blob] = relationship()


class QuarantinedMail(Base):
    """A message that could not be parsed, with the reason; kept raw so nothing is lost."""

    __tablename__ = "mail_quarantine"
    id: Mapped[int] = mapped_column(primary_key=True)
    folder_id: Mapped[int] = mapped_column(ForeignKey("mail_folders.id", ondelete="CASCADE"))
    uidvalidity: Mapped[int] = mapped_column(Integer)
    uid: Mapped[int] = mapped_column(Integer)
    raw_sha256: Mapped[str | None] = mapped_column(ForeignKey("blobs.sha256"))
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime]

    raw: Mapped[Blob | None] = relationship()

    __table_args__ = (
        UniqueConstraint("folder_id", "uidvalidity", "uid", name="uq_mail_quarantine_uid"),
    )
