"""the case file

Revision ID: 0001
Revises: (first revision)
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    op.create_table(
        "blobs",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_blobs")),
    )
    op.create_table(
        "organizations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("asks_for_power_of_attorney", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organizations")),
    )
    op.create_table(
        "relatives",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("born", sa.Date(), nullable=True),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("phone_numbers", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_relatives")),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "accounts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("relative_id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("customer_number", sa.String(length=100), nullable=False),
        sa.Column("contract_numbers", sa.JSON(), nullable=False),
        sa.Column("phone_lines", sa.JSON(), nullable=False),
        sa.Column("email_addresses", sa.JSON(), nullable=False),
        sa.Column("login_names", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_accounts_organization_id_organizations"),
        ),
        sa.ForeignKeyConstraint(
            ["relative_id"], ["relatives.id"], name=op.f("fk_accounts_relative_id_relatives")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accounts")),
    )
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_accounts_organization_id"), ["organization_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_accounts_relative_id"), ["relative_id"], unique=False)

    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("opened_at", sa.String(length=32), nullable=False),
        sa.Column("closed_at", sa.String(length=32), nullable=True),
        sa.Column("story_so_far", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_cases_organization_id_organizations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_cases_organization_id"), ["organization_id"], unique=False
        )

    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("team", sa.String(length=200), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_contacts_organization_id_organizations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contacts")),
    )
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contacts_organization_id"), ["organization_id"], unique=False
        )

    op.create_table(
        "organization_channels",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_organization_channels_organization_id_organizations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organization_channels")),
    )
    with op.batch_alter_table("organization_channels", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_organization_channels_organization_id"),
            ["organization_id"],
            unique=False,
        )

    op.create_table(
        "case_accounts",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_case_accounts_account_id_accounts")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_case_accounts_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("case_id", "account_id", name=op.f("pk_case_accounts")),
    )
    op.create_table(
        "case_references",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.Column("given_by_id", sa.Integer(), nullable=True),
        sa.Column("given_at", sa.String(length=32), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_case_references_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["given_by_id"], ["contacts.id"], name=op.f("fk_case_references_given_by_id_contacts")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_references")),
    )
    with op.batch_alter_table("case_references", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_references_case_id"), ["case_id"], unique=False)

    op.create_table(
        "case_relatives",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("relative_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_case_relatives_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["relative_id"], ["relatives.id"], name=op.f("fk_case_relatives_relative_id_relatives")
        ),
        sa.PrimaryKeyConstraint("case_id", "relative_id", name=op.f("pk_case_relatives")),
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("relative_id", sa.Integer(), nullable=True),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("blob_sha256", sa.String(length=64), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("mime_type", sa.String(length=127), nullable=False),
        sa.Column("added_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["blob_sha256"], ["blobs.sha256"], name=op.f("fk_documents_blob_sha256_blobs")
        ),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_documents_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["relative_id"], ["relatives.id"], name=op.f("fk_documents_relative_id_relatives")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
    )
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_documents_blob_sha256"), ["blob_sha256"], unique=False)
        batch_op.create_index(batch_op.f("ix_documents_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_documents_relative_id"), ["relative_id"], unique=False)

    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("occurred_at", sa.String(length=32), nullable=False),
        sa.Column("ended_at", sa.String(length=32), nullable=True),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("direction", sa.String(length=32), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("number_dialed", sa.String(length=64), nullable=True),
        sa.Column("hold_seconds", sa.Integer(), nullable=True),
        sa.Column("transfers", sa.Integer(), nullable=True),
        sa.Column("outcome", sa.String(length=32), nullable=True),
        sa.CheckConstraint(
            "ended_at IS NULL OR ended_at >= occurred_at", name=op.f("ck_events_ends_after_start")
        ),
        sa.CheckConstraint(
            "hold_seconds IS NULL OR hold_seconds >= 0", name=op.f("ck_events_hold_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_events_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"], name=op.f("fk_events_contact_id_contacts")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index("ix_events_case_time", ["case_id", "occurred_at", "id"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_contact_id"), ["contact_id"], unique=False)

    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("blob_sha256", sa.String(length=64), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("mime_type", sa.String(length=127), nullable=False),
        sa.ForeignKeyConstraint(
            ["blob_sha256"], ["blobs.sha256"], name=op.f("fk_attachments_blob_sha256_blobs")
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_attachments_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
    )
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_attachments_blob_sha256"), ["blob_sha256"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_attachments_event_id"), ["event_id"], unique=False)

    op.create_table(
        "powers_of_attorney",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("relative_id", sa.Integer(), nullable=False),
        sa.Column("agent_name", sa.String(length=200), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=True),
        sa.Column("acts", sa.JSON(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("scan_document_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_powers_of_attorney_organization_id_organizations"),
        ),
        sa.ForeignKeyConstraint(
            ["relative_id"],
            ["relatives.id"],
            name=op.f("fk_powers_of_attorney_relative_id_relatives"),
        ),
        sa.ForeignKeyConstraint(
            ["scan_document_id"],
            ["documents.id"],
            name=op.f("fk_powers_of_attorney_scan_document_id_documents"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_powers_of_attorney")),
    )
    with op.batch_alter_table("powers_of_attorney", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_powers_of_attorney_relative_id"), ["relative_id"], unique=False
        )

    op.create_table(
        "promises",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("made_by_id", sa.Integer(), nullable=True),
        sa.Column("made_in_event_id", sa.Integer(), nullable=True),
        sa.Column("made_at", sa.String(length=32), nullable=False),
        sa.Column("due_at", sa.String(length=32), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("resolved_at", sa.String(length=32), nullable=True),
        sa.Column("resolved_by_event_id", sa.Integer(), nullable=True),
        sa.Column("resolution_note", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "due_at IS NULL OR due_at >= made_at", name=op.f("ck_promises_due_after_made")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_promises_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["made_by_id"], ["contacts.id"], name=op.f("fk_promises_made_by_id_contacts")
        ),
        sa.ForeignKeyConstraint(
            ["made_in_event_id"],
            ["events.id"],
            name=op.f("fk_promises_made_in_event_id_events"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["resolved_by_event_id"],
            ["events.id"],
            name=op.f("fk_promises_resolved_by_event_id_events"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_promises")),
    )
    with op.batch_alter_table("promises", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_promises_case_id"), ["case_id"], unique=False)

    op.create_table(
        "appointments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.String(length=32), nullable=False),
        sa.Column("ends_at", sa.String(length=32), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("location", sa.Text(), nullable=False),
        sa.Column("promise_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_appointments_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["promise_id"],
            ["promises.id"],
            name=op.f("fk_appointments_promise_id_promises"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointments")),
    )
    with op.batch_alter_table("appointments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_appointments_case_id"), ["case_id"], unique=False)

    op.create_table(
        "contradictions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("first_id", sa.Integer(), nullable=False),
        sa.Column("second_id", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint("first_id < second_id", name=op.f("ck_contradictions_ordered_pair")),
        sa.ForeignKeyConstraint(
            ["first_id"],
            ["promises.id"],
            name=op.f("fk_contradictions_first_id_promises"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["second_id"],
            ["promises.id"],
            name=op.f("fk_contradictions_second_id_promises"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contradictions")),
        sa.UniqueConstraint("first_id", "second_id", name="uq_contradictions_pair"),
    )
    with op.batch_alter_table("contradictions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contradictions_first_id"), ["first_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_contradictions_second_id"), ["second_id"], unique=False
        )

    op.create_table(
        "power_of_attorney_accounts",
        sa.Column("power_of_attorney_id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_power_of_attorney_accounts_account_id_accounts"),
        ),
        sa.ForeignKeyConstraint(
            ["power_of_attorney_id"],
            ["powers_of_attorney.id"],
            name=op.f("fk_power_of_attorney_accounts_power_of_attorney_id_powers_of_attorney"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "power_of_attorney_id", "account_id", name=op.f("pk_power_of_attorney_accounts")
        ),
    )
    op.create_table(
        "reminders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("due_at", sa.String(length=32), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("promise_id", sa.Integer(), nullable=True),
        sa.Column("done_at", sa.String(length=32), nullable=True),
        sa.Column("snoozed_until", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_reminders_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["promise_id"],
            ["promises.id"],
            name=op.f("fk_reminders_promise_id_promises"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminders")),
    )
    with op.batch_alter_table("reminders", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reminders_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_reminders_promise_id"), ["promise_id"], unique=False)

    # the audit log is append-only: the file itself refuses to rewrite history
    op.execute(
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    )
    op.execute(
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER audit_log_no_delete")
    op.execute("DROP TRIGGER audit_log_no_update")

    with op.batch_alter_table("reminders", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reminders_promise_id"))
        batch_op.drop_index(batch_op.f("ix_reminders_case_id"))

    op.drop_table("reminders")
    op.drop_table("power_of_attorney_accounts")
    with op.batch_alter_table("contradictions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contradictions_second_id"))
        batch_op.drop_index(batch_op.f("ix_contradictions_first_id"))

    op.drop_table("contradictions")
    with op.batch_alter_table("appointments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_appointments_case_id"))

    op.drop_table("appointments")
    with op.batch_alter_table("promises", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_promises_case_id"))

    op.drop_table("promises")
    with op.batch_alter_table("powers_of_attorney", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_powers_of_attorney_relative_id"))

    op.drop_table("powers_of_attorney")
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachments_event_id"))
        batch_op.drop_index(batch_op.f("ix_attachments_blob_sha256"))

    op.drop_table("attachments")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_events_contact_id"))
        batch_op.drop_index("ix_events_case_time")

    op.drop_table("events")
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_documents_relative_id"))
        batch_op.drop_index(batch_op.f("ix_documents_case_id"))
        batch_op.drop_index(batch_op.f("ix_documents_blob_sha256"))

    op.drop_table("documents")
    op.drop_table("case_relatives")
    with op.batch_alter_table("case_references", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_references_case_id"))

    op.drop_table("case_references")
    op.drop_table("case_accounts")
    with op.batch_alter_table("organization_channels", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organization_channels_organization_id"))

    op.drop_table("organization_channels")
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contacts_organization_id"))

    op.drop_table("contacts")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cases_organization_id"))

    op.drop_table("cases")
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_accounts_relative_id"))
        batch_op.drop_index(batch_op.f("ix_accounts_organization_id"))

    op.drop_table("accounts")
    op.drop_table("settings")
    op.drop_table("relatives")
    op.drop_table("organizations")
    op.drop_table("blobs")
    op.drop_table("audit_log")
