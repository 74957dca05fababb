"""Allow ``python -m proxydesk``."""

from __future__ import annotations

from proxydesk.cli.main import main

raise SystemExit(main())
