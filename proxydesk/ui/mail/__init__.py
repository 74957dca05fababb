"""Mail in the desktop app: accounts, sync, the safe viewer, quarantine, moving mail."""
