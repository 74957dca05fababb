"""Allow ``python -m proxydesk``."""

from __future__ import annotations

from proxydesk.launcher import main

raise SystemExit(main())
