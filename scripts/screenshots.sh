#!/usr/bin/env bash
# Takes a screenshot of every screen of the app in demo mode, under Xvfb, into docs/screenshots/ (linked from
# the README). Each run starts the real app on the built-in sandbox in a throw-away profile, waits for the demo
# sync, and saves the window: in English and Dutch, at 1280 x 800 and 1920 x 1080.
# Usage: scripts/screenshots.sh [languages, default "en nl"] ; BOEKHOUDBRUG_BUILD=DIR uses a build already made.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
. "$repo/scripts/common.sh"
languages=${1:-en nl}
build=${BOEKHOUDBRUG_BUILD:-$repo/build}
if [ -z "${BOEKHOUDBRUG_BUILD:-}" ]; then
    build_into "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBOEKHOUDBRUG_BUILD_TESTS=OFF
fi

for language in $languages; do
    for size in 1280x800 1920x1080; do
        # English at 1280 x 800 is the README's own table; the others go in folders of their own.
        out="$repo/docs/screenshots"
        [ "$language-$size" = "en-1280x800" ] || out="$repo/docs/screenshots/$language-$size"
        mkdir -p "$out"
        home=$(mktemp -d)
        export XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache"
        mkdir -p "$XDG_CONFIG_HOME/Boekhoudbrug"
        printf '[ui]\nlanguage=%s\n' "$language" >"$XDG_CONFIG_HOME/Boekhoudbrug/Boekhoudbrug.conf"
        shoot() { # file, then the app's arguments
            local file=$1
            shift
            xvfb-run -a -s "-screen 0 2000x1200x24" "$build/app/boekhoudbrug" "$@" --screenshot-size "$size" \
                --screenshot "$out/$file"
            echo "saved ${out#"$repo"/}/$file"
        }
        for page in Dashboard Invoices CreditMemos Customers VatMapping SynchronisationLogs Reports Settings; do
            shoot "$(tr '[:upper:]' '[:lower:]' <<<"$page").png" --demo --page "$page"
        done
        shoot setup-wizard.png --setup
        rm -rf "$home"
    done
done
