#!/usr/bin/env bash
# Sets up, builds (warnings are errors) and runs the whole test suite. Ends with "N passed, N failed".
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
. "$repo/scripts/common.sh"
build="$repo/build-test"
build_into "$build" -DCMAKE_BUILD_TYPE=Debug -DBOEKHOUDBRUG_WERROR=ON -DBOEKHOUDBRUG_BUILD_TESTS=ON

log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# The reply parsers are fuzzed for a short, bounded time in a separate clang build (scripts/fuzz.sh).
fuzz_failed=0
if ! bash "$repo/scripts/fuzz.sh" 20; then
    fuzz_failed=1
    status=1
fi

# ctest's own summary reads "N% tests passed, F tests failed out of T"; the fuzz run counts as one test more.
summary=$(grep -E 'tests passed, [0-9]+ tests? failed out of [0-9]+' "$log" | tail -n 1 || true)
if [ -n "$summary" ]; then
    failed=$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\1/' <<<"$summary")
    total=$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\2/' <<<"$summary")
    echo "tests: $((total - failed + 1 - fuzz_failed)) passed, $((failed + fuzz_failed)) failed"
else
    echo "tests: 0 passed, 1 failed"
    status=1
fi
exit "$status"
