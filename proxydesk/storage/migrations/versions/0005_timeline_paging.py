"""timeline paging

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25

A page of a long timeline walks the promises in time order and looks up the promises made
in its events, and the timeline's filter asks who appears in the case: all by index, not by
reading every promise or every event of the case.
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_events_contact_id", table_name="events")
    op.create_index("ix_events_contact_case", "events", ["contact_id", "case_id"])
    op.create_index("ix_promises_made_in_event_id", "promises", ["made_in_event_id"])
    op.create_index("ix_promises_case_time", "promises", ["case_id", "made_at", "id"])


def downgrade() -> None:
    op.drop_index("ix_promises_case_time", table_name="promises")
    op.drop_index("ix_promises_made_in_event_id", table_name="promises")
    op.drop_index("ix_events_contact_case", table_name="events")
    op.create_index("ix_events_contact_id", "events", ["contact_id"])
