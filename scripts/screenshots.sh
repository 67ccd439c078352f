#!/usr/bin/env bash
# Takes a screenshot of every screen of the app in demo mode, under Xvfb, into docs/screenshots/ (linked from
# the README). Each run starts the real app on the built-in sandbox in a throw-away profile, waits for the demo
# sync, and saves the window. Usage: scripts/screenshots.sh [language: en|nl]
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
. "$repo/scripts/common.sh"
language=${1:-en}
build="$repo/build"
build_into "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBOEKHOUDBRUG_BUILD_TESTS=OFF

out="$repo/docs/screenshots"
mkdir -p "$out"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache"
mkdir -p "$XDG_CONFIG_HOME/Boekhoudbrug"
printf '[ui]\nlanguage=%s\n' "$language" >"$XDG_CONFIG_HOME/Boekhoudbrug/Boekhoudbrug.conf"

shoot() { # file, then the app's arguments
    local file=$1
    shift
    xvfb-run -a -s "-screen 0 1400x900x24" "$build/app/boekhoudbrug" "$@" --screenshot "$out/$file"
    echo "saved docs/screenshots/$file"
}
for page in Dashboard Invoices CreditMemos Customers VatMapping SynchronisationLogs Settings; do
    shoot "$(tr '[:upper:]' '[:lower:]' <<<"$page").png" --demo --page "$page"
done
shoot setup-wizard.png --setup
