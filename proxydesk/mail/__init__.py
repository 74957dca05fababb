"""Reading the proxy's own IMAP mailbox into case timelines. No Qt here."""
