"""Editing in the app: forms for relatives, organizations, accounts and cases, with undo."""
