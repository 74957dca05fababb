"""Paper companies demand: power of attorney, fax bundles, letters, dossier. No Qt here."""
