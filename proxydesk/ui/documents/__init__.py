"""Documents: signed powers of attorney dropped onto a relative, and their list."""
