# shellcheck shell=bash
# Shared by scripts/test.sh and scripts/demo.sh: source it from the repository root.

# What Qt's xcb platform plugin (PySide6 from PyPI) loads, beyond a minimal Debian.
# shellcheck disable=SC2034  # used by the scripts that source this file
QT_RUNTIME_PACKAGES=(
    libxcb-cursor0 libxkbcommon-x11-0 libxkbcommon0 libxcb-icccm4 libxcb-keysyms1
    libxcb-shape0 libxcb-render-util0 libxcb-render0 libxcb-image0 libxcb-shm0 libxcb-randr0
    libxcb-sync1 libxcb-xfixes0 libxcb-xkb1 libx11-xcb1 libegl1 libgl1 libfontconfig1
    libdbus-1-3 libglib2.0-0 fonts-dejavu-core
)

die() {
    echo "$(basename "$0"): $*" >&2
    exit 1
}

# Prints the packages among "$@" that dpkg does not have installed.
missing_debian_packages() {
    local pkg
    for pkg in "$@"; do
        if dpkg-query -W -f='${Status}\n' "$pkg" 2>/dev/null | grep -q ' installed$'; then
            continue
        fi
        # Ubuntu 24.04 renamed some libraries with a t64 suffix (libglib2.0-0t64).
        if dpkg-query -W -f='${Status}\n' "${pkg}t64" 2>/dev/null | grep -q ' installed$'; then
            continue
        fi
        echo "$pkg"
    done
}

# Installs the missing ones among the Debian packages "$@"; runs no apt at all when none is.
ensure_debian_packages() {
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        echo "Not a Debian-like system; make sure these (or their equivalents) are installed: $*" >&2
        return 0
    fi
    local missing
    missing=$(missing_debian_packages "$@" | tr '\n' ' ')
    missing=${missing% }
    if [ -z "$missing" ]; then
        return 0
    fi
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 || die "root or sudo is needed to install: $missing"
        sudo=(sudo)
    fi
    echo "Installing Debian packages: $missing"
    # Installing dovecot-imapd must not start a system-wide Dovecot: the tests run their own.
    local policy=/usr/sbin/policy-rc.d made_policy=0
    if [ ! -e "$policy" ]; then
        printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee "$policy" >/dev/null
        "${sudo[@]}" chmod 755 "$policy"
        made_policy=1
    fi
    local apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -qq)
    local status=0
    "${apt[@]}" update || status=$?
    if [ "$status" -eq 0 ]; then
        # shellcheck disable=SC2086  # one word per package
        "${apt[@]}" install -y --no-install-recommends \
            -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
            $missing >/dev/null || status=$?
    fi
    if [ "$made_policy" -eq 1 ]; then
        "${sudo[@]}" rm -f "$policy"
    fi
    [ "$status" -eq 0 ] || die "apt-get failed (status $status) installing: $missing"
}

# Creates .venv (or reuses it) and installs the project with the extra "$1" into it.
# pip runs again only when pyproject.toml has changed since the last install of that extra.
ensure_venv() {
    local extra=$1
    local python=${PYTHON:-python3}
    local new_enough='import sys; sys.exit(sys.version_info < (3, 11))'
    if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c "$new_enough" 2>/dev/null; then
        command -v "$python" >/dev/null 2>&1 \
            || die "$python not found: ProxyDesk needs Python 3.11 or newer (set PYTHON=...)"
        "$python" -c "$new_enough" || die "ProxyDesk needs Python 3.11 or newer, but $python is" \
            "$("$python" -V 2>&1); set PYTHON=/path/to/python3.11 or newer"
        rm -rf .venv
        "$python" -m venv .venv \
            || die "could not create .venv with $python (Debian/Ubuntu: apt-get install python3-venv)"
    fi
    local stamp=".venv/.proxydesk-installed-$extra" wanted
    wanted=$(sha256sum pyproject.toml | cut -d' ' -f1)
    if [ "$(cat "$stamp" 2>/dev/null || true)" != "$wanted" ]; then
        echo "Installing ProxyDesk and its '$extra' dependencies into .venv"
        .venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[$extra]"
        echo "$wanted" >"$stamp"
    fi
}
