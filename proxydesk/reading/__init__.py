"""Reading a case file with plain sqlite3: the tree, a case's header and its timeline pages.

Neither Qt nor SQLAlchemy is imported here. The window reads what it shows through these
readers on its own connection, so its first screen needs no ORM, and opening a case costs
SQLite's time for its statements; the services hand their session's connection to the same
readers, so the CLI and the window read through one implementation.
"""
