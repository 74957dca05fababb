"""ProxyDesk: one case file for people who deal with companies on behalf of their relatives."""

from __future__ import annotations

__version__ = "0.1.0"
