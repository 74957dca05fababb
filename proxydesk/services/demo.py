"""The demo case: the story ProxyDesk comes from, built into a case file."""

from __future__ import annotations

from proxydesk.storage.database import CaseFile

DEMO_TIMEZONE = "Europe/Berlin"


def build_demo(case_file: CaseFile) -> None:
    """Fill an empty case file with the demo case (placeholder until the data lands)."""
    raise NotImplementedError
