"""Alembic migrations of the case file, run in code when a file is opened."""
