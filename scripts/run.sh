#!/usr/bin/env bash
# Sets up, builds and starts Boekhoudbrug. Arguments are passed to the app.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
. "$repo/scripts/common.sh"
build_into "$repo/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBOEKHOUDBRUG_BUILD_TESTS=OFF
exec "$repo/build/app/boekhoudbrug" "$@"
