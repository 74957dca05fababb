"""The command line: the contract scripts and cron jobs rely on."""
