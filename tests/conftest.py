"""Test setup for the whole suite: offscreen Qt, the real-part fixtures, strict integration."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = [
    "pytester",
    "tests.support.integration",
    "tests.support.fixtures",
    "tests.support.casefile",
]
