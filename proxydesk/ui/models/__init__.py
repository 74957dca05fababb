"""Qt item models, one per view; they hold the services' views and word them, nothing more."""
