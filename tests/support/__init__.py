"""Real parts for tests: a Dovecot IMAP server, a connection-cutting proxy, the Secret Service."""
