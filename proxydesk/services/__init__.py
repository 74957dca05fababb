"""Use cases of the case file. Each public method is one unit of work and returns plain views."""
