"""Paper from the app: make a form or the dossier in the background, preview, save, print, open."""
