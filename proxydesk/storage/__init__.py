"""The case file on disk: SQLAlchemy models, migrations, opening and locking."""
