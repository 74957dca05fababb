"""call drafts

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "call_drafts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=64), nullable=False),
        sa.Column("started_at", sa.String(length=32), nullable=False),
        sa.Column("segments", sa.JSON(), nullable=False),
        sa.Column("agent", sa.String(length=200), nullable=False),
        sa.Column("team", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.JSON(), nullable=False),
        sa.Column("promises", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_call_drafts_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_call_drafts")),
    )
    with op.batch_alter_table("call_drafts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_call_drafts_case_id"), ["case_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("call_drafts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_call_drafts_case_id"))

    op.drop_table("call_drafts")
