"""Reading a case file with plain sqlite3: every view the window, the CLI and the paper show.

Neither Qt nor SQLAlchemy is imported here. The window reads what it shows through these
readers on its own connection, so its first screen needs no ORM, and opening a case costs
SQLite's time for its statements; the services hand their session's connection to the same
readers (inside its transaction, so they also see its writes), so the window, the CLI and the
dossier read through one implementation. ``engine`` is the seam a second engine plugs into.
"""
