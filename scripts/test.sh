#!/usr/bin/env bash
# The one test command: bash scripts/test.sh [pytest arguments...]
#
# Installs the Debian packages the tests use (Dovecot, gnome-keyring, poppler, qpdf, Qt's
# libraries...) when any is missing, sets up .venv, runs ruff, mypy and the layer contract
# (lint-imports), then pytest inside a private D-Bus session with an unlocked gnome-keyring,
# offscreen Qt, and integration tests required (a skipped one fails). Exits with pytest's
# status. PROXYDESK_SKIP_LINT=1 skips ruff and mypy for quick runs.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/lib.sh
source scripts/lib.sh

ensure_debian_packages \
    dovecot-imapd gnome-keyring dbus libsecret-1-0 poppler-utils qpdf isync openssl \
    desktop-file-utils xvfb xauth "${QT_RUNTIME_PACKAGES[@]}"
ensure_venv test
export PATH="$PWD/.venv/bin:$PATH"

if [ "${PROXYDESK_SKIP_LINT:-0}" != 1 ]; then
    lint_paths=()
    for path in proxydesk tests benchmarks; do
        [ -e "$path" ] && lint_paths+=("$path")
    done
    echo "== ruff check ${lint_paths[*]}"
    python -m ruff check "${lint_paths[@]}"
    echo "== mypy"
    python -m mypy
fi
# the layers of ARCHITECTURE.md: no upward import, Qt only in ui/, mail/ and forms/ apart
echo "== lint-imports"
lint-imports --no-cache

# The keyring, Qt's settings and anything else written under the XDG directories go to a
# scratch directory, never to the user's own.
scratch=$(mktemp -d "${TMPDIR:-/tmp}/proxydesk-test.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
mkdir -m 700 "$scratch/runtime"
mkdir "$scratch/data" "$scratch/config" "$scratch/state"

echo "== pytest $*"
status=0
env -u DBUS_SESSION_BUS_ADDRESS -u PYTHON_KEYRING_BACKEND \
    XDG_RUNTIME_DIR="$scratch/runtime" XDG_DATA_HOME="$scratch/data" \
    XDG_CONFIG_HOME="$scratch/config" XDG_STATE_HOME="$scratch/state" \
    QT_QPA_PLATFORM=offscreen PROXYDESK_REQUIRE_INTEGRATION=1 \
    dbus-run-session -- sh -c '
        # gnome-keyring creates the "login" keyring with this password and unlocks it.
        printf "ci-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        python -c "import keyring; print(\"keyring backend:\", keyring.get_keyring())"
        exec python -m pytest "$@"
    ' sh "$@" || status=$?
exit "$status"
