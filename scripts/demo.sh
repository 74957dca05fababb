#!/usr/bin/env bash
# Install ProxyDesk into .venv and open it on the demo case: bash scripts/demo.sh [options...]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/lib.sh
source scripts/lib.sh

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ]; then
    echo "demo.sh: ProxyDesk needs a desktop session (neither DISPLAY nor WAYLAND_DISPLAY is" \
        "set); without one, run it on a virtual screen: xvfb-run bash scripts/demo.sh" >&2
    exit 2
fi

ensure_debian_packages "${QT_RUNTIME_PACKAGES[@]}"
ensure_venv gui
exec .venv/bin/proxydesk --demo "$@"
