"""Benchmarks: run from the repository root, e.g. python benchmarks/mail_sync.py --quick."""
