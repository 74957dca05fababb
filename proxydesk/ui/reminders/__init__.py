"""Reminders: the list, notifications while the app runs, snooze, the calendar file."""
