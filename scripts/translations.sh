#!/usr/bin/env bash
# Update the UI's translations: bash scripts/translations.sh [--check]
#
# Collects every tr() string of proxydesk/ui into resources/translations/proxydesk_de.ts
# (new strings come in unfinished, strings gone from the code are dropped), and the strings
# with a count (tr(..., n), "%n entry(s)") into proxydesk_en.ts for the English plural forms;
# then compiles each .ts into the .qm the app loads (see proxydesk/ui/language.py). Translate the unfinished entries with Qt Linguist
# (.venv/bin/pyside6-linguist) or in the XML, then run this again. With --check, only
# reports how many entries are still unfinished and exits 1 when any is.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bin=.venv/bin
folder=resources/translations
# English is the source language: its file holds only the plural forms
languages=(de en)

if [ "${1:-}" = --check ]; then
    status=0
    for lang in "${languages[@]}"; do
        ts="$folder/proxydesk_$lang.ts"
        open=$(grep -c 'type="unfinished"' "$ts" || true)
        echo "$ts: $open unfinished"
        [ "$open" = 0 ] || status=1
    done
    exit "$status"
fi

# lupdate scans .py files only when given them by name (or by extension)
mapfile -t sources < <(find proxydesk/ui -name '*.py' -not -path '*/__pycache__/*' | sort)
for lang in "${languages[@]}"; do
    ts="$folder/proxydesk_$lang.ts"
    only=()
    [ "$lang" = en ] && only=(-pluralonly)
    "$bin/pyside6-lupdate" -silent -no-obsolete -locations relative "${only[@]}" \
        -source-language en -target-language "$lang" "${sources[@]}" -ts "$ts"
    "$bin/pyside6-lrelease" -silent "$ts" -qm "$folder/proxydesk_$lang.qm"
    echo "$ts: $(grep -c '<message' "$ts") strings, $(grep -c 'type="unfinished"' "$ts" || true) unfinished"
done
