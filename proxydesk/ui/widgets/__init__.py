"""Small widgets the main window is built from."""
