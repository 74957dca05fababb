"""The tables of a case file, as typed SQLAlchemy 2 models."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from proxydesk.domain import (
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
from proxydesk.storage.types import StrEnumType, UTCDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSON,
        list[str]: JSON,
    }


class Setting(Base):
    """File-wide values: the proxy's name and address, the file's time zone and id."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Relative(Base):
    __tablename__ = "relatives"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    born: Mapped[date | None] = mapped_column(Date)
    address: Mapped[str] = mapped_column(Text, default="")
    phone_numbers: Mapped[list[str]] = mapped_column(default=list)
    notes: Mapped[str] = mapped_column(Text, default="")

    accounts: Mapped[list[Account]] = relationship(back_populates="relative")


class Organization(Base):
    __tablename__ = "organizations"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    asks_for_power_of_attorney: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")

    channels: Mapped[list[OrganizationChannel]] = relationship(
        back_populates="organization",
        cascade="all, delete-orphan",
        order_by="OrganizationChannel.id",
    )
    contacts: Mapped[list[Contact]] = relationship(back_populates="organization")


class OrganizationChannel(Base):
    """One way to reach an organization: a hotline with its purpose, a fax, a mail domain ..."""

    __tablename__ = "organization_channels"
    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[ChannelKind] = mapped_column(StrEnumType(ChannelKind))
    value: Mapped[str] = mapped_column(Text)
    purpose: Mapped[str] = mapped_column(Text, default="")

    organization: Mapped[Organization] = relationship(back_populates="channels")


class Account(Base):
    """A relative's account at an organization. Login names only: never passwords."""

    __tablename__ = "accounts"
    id: Mapped[int] = mapped_column(primary_key=True)
    relative_id: Mapped[int] = mapped_column(ForeignKey("relatives.id"), index=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id"), index=True)
    customer_number: Mapped[str] = mapped_column(String(100))
    contract_numbers: Mapped[list[str]] = mapped_column(default=list)
    phone_lines: Mapped[list[str]] = mapped_column(default=list)
    email_addresses: Mapped[list[str]] = mapped_column(default=list)
    login_names: Mapped[list[str]] = mapped_column(default=list)
    notes: Mapped[str] = mapped_column(Text, default="")

    relative: Mapped[Relative] = relationship(back_populates="accounts")
    organization: Mapped[Organization] = relationship()


class Contact(Base):
    """A person at an organization, as they gave their name."""

    __tablename__ = "contacts"
    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organizations.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    team: Mapped[str] = mapped_column(String(200), default="")
    location: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    organization: Mapped[Organization | None] = relationship(back_populates="contacts")


case_relatives = Table(
    "case_relatives",
    Base.metadata,
    Column("case_id", ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True),
    Column("relative_id", ForeignKey("relatives.id"), primary_key=True),
)

case_accounts = Table(
    "case_accounts",
    Base.metadata,
    Column("case_id", ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True),
    Column("account_id", ForeignKey("accounts.id"), primary_key=True),
)


class Case(Base):
    __tablename__ = "cases"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id"), index=True)
    status: Mapped[CaseStatus] = mapped_column(StrEnumType(CaseStatus), default=CaseStatus.OPEN)
    opened_at: Mapped[datetime]
    closed_at: Mapped[datetime | None]
    story_so_far: Mapped[str] = mapped_column(Text, default="")

    organization: Mapped[Organization] = relationship()
    relatives: Mapped[list[Relative]] = relationship(secondary=case_relatives, order_by=Relative.id)
    accounts: Mapped[list[Account]] = relationship(secondary=case_accounts, order_by=Account.id)
    references: Mapped[list[Reference]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="Reference.id"
    )


class Reference(Base):
    """A ticket or order number, with who gave it and when."""

    __tablename__ = "case_references"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[ReferenceKind] = mapped_column(StrEnumType(ReferenceKind))
    value: Mapped[str] = mapped_column(String(200))
    given_by_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))
    given_at: Mapped[datetime | None]
    note: Mapped[str] = mapped_column(Text, default="")

    case: Mapped[Case] = relationship(back_populates="references")
    given_by: Mapped[Contact | None] = relationship()


class Event(Base):
    """One entry of a case's timeline. Call fields are set for calls only."""

    __tablename__ = "events"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    kind: Mapped[EventKind] = mapped_column(StrEnumType(EventKind))
    occurred_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]
    channel: Mapped[Channel] = mapped_column(StrEnumType(Channel))
    direction: Mapped[Direction] = mapped_column(StrEnumType(Direction))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))
    summary: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text, default="")
    # calls
    number_dialed: Mapped[str | None] = mapped_column(String(64))
    hold_seconds: Mapped[int | None] = mapped_column(Integer)
    transfers: Mapped[int | None] = mapped_column(Integer)
    outcome: Mapped[CallOutcome | None] = mapped_column(StrEnumType(CallOutcome))

    contact: Mapped[Contact | None] = relationship()
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="Attachment.id"
    )

    __table_args__ = (
        CheckConstraint("hold_seconds IS NULL OR hold_seconds >= 0", name="hold_not_negative"),
        CheckConstraint("ended_at IS NULL OR ended_at >= occurred_at", name="ends_after_start"),
        Index("ix_events_case_time", "case_id", "occurred_at", "id"),
        # who appears in a case: one look per contact, not a walk through the case's events
        Index("ix_events_contact_case", "contact_id", "case_id"),
    )


class Blob(Base):
    """File content stored once, addressed by its SHA-256."""

    __tablename__ = "blobs"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Attachment(Base):
    __tablename__ = "attachments"
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    blob_sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    mime_type: Mapped[str] = mapped_column(String(127), default="application/octet-stream")

    event: Mapped[Event] = relationship(back_populates="attachments")
    blob: Mapped[Blob] = relationship()


class Document(Base):
    """A stored file that is not part of a message: a signed scan, a generated letter."""

    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    relative_id: Mapped[int | None] = mapped_column(ForeignKey("relatives.id"), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    blob_sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    mime_type: Mapped[str] = mapped_column(String(127))
    added_at: Mapped[datetime]

    blob: Mapped[Blob] = relationship()


class Promise(Base):
    """What an agent promised, claimed or told us to do, and how it turned out."""

    __tablename__ = "promises"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[PromiseKind] = mapped_column(StrEnumType(PromiseKind))
    text: Mapped[str] = mapped_column(Text)
    made_by_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))
    made_in_event_id: Mapped[int | None] = mapped_column(
        ForeignKey("events.id", ondelete="SET NULL"), index=True
    )
    made_at: Mapped[datetime]
    due_at: Mapped[datetime | None]
    status: Mapped[PromiseStatus] = mapped_column(
        StrEnumType(PromiseStatus), default=PromiseStatus.OPEN
    )
    resolved_at: Mapped[datetime | None]
    resolved_by_event_id: Mapped[int | None] = mapped_column(
        ForeignKey("events.id", ondelete="SET NULL")
    )
    resolution_note: Mapped[str] = mapped_column(Text, default="")

    made_by: Mapped[Contact | None] = relationship()
    made_in_event: Mapped[Event | None] = relationship(foreign_keys=[made_in_event_id])
    resolved_by_event: Mapped[Event | None] = relationship(foreign_keys=[resolved_by_event_id])

    __table_args__ = (
        CheckConstraint("due_at IS NULL OR due_at >= made_at", name="due_after_made"),
        Index("ix_promises_case_time", "case_id", "made_at", "id"),
        # the open and overdue counts of a case (the tree, the header)
        Index("ix_promises_case_status", "case_id", "status", "due_at"),
    )


class Contradiction(Base):
    """Two statements that cannot both be true."""

    __tablename__ = "contradictions"
    id: Mapped[int] = mapped_column(primary_key=True)
    first_id: Mapped[int] = mapped_column(ForeignKey("promises.id", ondelete="CASCADE"), index=True)
    second_id: Mapped[int] = mapped_column(
        ForeignKey("promises.id", ondelete="CASCADE"), index=True
    )
    note: Mapped[str] = mapped_column(Text, default="")

    first: Mapped[Promise] = relationship(foreign_keys=[first_id])
    second: Mapped[Promise] = relationship(foreign_keys=[second_id])

    __table_args__ = (
        CheckConstraint("first_id < second_id", name="ordered_pair"),
        UniqueConstraint("first_id", "second_id", name="uq_contradictions_pair"),
    )


class Reminder(Base):
    __tablename__ = "reminders"
    id: Mapped[int] = mapped_column(primary_key=True)
    due_at: Mapped[datetime]
    text: Mapped[str] = mapped_column(Text)
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), index=True
    )
    promise_id: Mapped[int | None] = mapped_column(
        ForeignKey("promises.id", ondelete="CASCADE"), index=True
    )
    done_at: Mapped[datetime | None]
    snoozed_until: Mapped[datetime | None]


class Appointment(Base):
    """Something planned: a technician's visit, a promised callback slot, a shop visit."""

    __tablename__ = "appointments"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime | None]
    title: Mapped[str] = mapped_column(Text)
    location: Mapped[str] = mapped_column(Text, default="")
    promise_id: Mapped[int | None] = mapped_column(ForeignKey("promises.id", ondelete="SET NULL"))


poa_accounts = Table(
    "power_of_attorney_accounts",
    Base.metadata,
    Column(
        "power_of_attorney_id",
        ForeignKey("powers_of_attorney.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("account_id", ForeignKey("accounts.id"), primary_key=True),
)


class PowerOfAttorney(Base):
    __tablename__ = "powers_of_attorney"
    id: Mapped[int] = mapped_column(primary_key=True)
    relative_id: Mapped[int] = mapped_column(ForeignKey("relatives.id"), index=True)
    agent_name: Mapped[str] = mapped_column(String(200))
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organizations.id"))
    acts: Mapped[list[str]] = mapped_column(default=list)
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    status: Mapped[PoaStatus] = mapped_column(StrEnumType(PoaStatus), default=PoaStatus.DRAFT)
    place: Mapped[str] = mapped_column(String(200), default="")
    signed_on: Mapped[date | None] = mapped_column(Date)
    scan_document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))

    relative: Mapped[Relative] = relationship()
    organization: Mapped[Organization | None] = relationship()
    accounts: Mapped[list[Account]] = relationship(secondary=poa_accounts)
    scan: Mapped[Document | None] = relationship()


class AuditEntry(Base):
    """Append-only record of every change; triggers in the schema refuse UPDATE and DELETE."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime]
    action: Mapped[str] = mapped_column(String(16))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(64))
    changes: Mapped[dict[str, Any]] = mapped_column(default=dict)
