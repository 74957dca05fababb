"""full-text search over the timeline

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE events_fts USING fts5("
        "summary, body, content='events', content_rowid='id', "
        "tokenize='unicode61 remove_diacritics 2')"
    )
    op.execute(
        "CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN "
        "INSERT INTO events_fts(rowid, summary, body) VALUES (new.id, new.summary, new.body); END"
    )
    op.execute(
        "CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN "
        "INSERT INTO events_fts(events_fts, rowid, summary, body) "
        "VALUES ('delete', old.id, old.summary, old.body); END"
    )
    op.execute(
        "CREATE TRIGGER events_fts_update AFTER UPDATE OF summary, body ON events BEGIN "
        "INSERT INTO events_fts(events_fts, rowid, summary, body) "
        "VALUES ('delete', old.id, old.summary, old.body); "
        "INSERT INTO events_fts(rowid, summary, body) VALUES (new.id, new.summary, new.body); END"
    )
    # files from the first revision already hold events: index them
    op.execute("INSERT INTO events_fts(events_fts) VALUES ('rebuild')")


def downgrade() -> None:
    for trigger in ("events_fts_insert", "events_fts_delete", "events_fts_update"):
        op.execute(f"DROP TRIGGER {trigger}")
    op.execute("DROP TABLE events_fts")
