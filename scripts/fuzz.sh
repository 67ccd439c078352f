#!/bin/sh
# Fuzzes the e-Boekhouden reply parsers (REST JSON, SOAP XML) and the shop mappers (Magento JSON, PrestaShop
# JSON or XML) with libFuzzer for a bounded time each. A separate clang build in build-fuzz/; only the fuzz
# targets are built. Exits non-zero on a crash.
#   scripts/fuzz.sh [seconds per reply parser, default 30; the shop mappers get half of it each]
# Needs clang and libclang-rt-14-dev (scripts/setup.sh).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-30}
build=$root/build-fuzz
samples_root=${BOEKHOUDBRUG_SAMPLES:-$root/../shared/samples}
sanitizers="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"

CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DBOEKHOUDBRUG_FUZZ=ON -DBOEKHOUDBRUG_BUILD_TESTS=OFF -DBOEKHOUDBRUG_WERROR=OFF \
    "-DCMAKE_CXX_FLAGS=$sanitizers" "-DCMAKE_EXE_LINKER_FLAGS=-fsanitize=address,undefined" >/dev/null
cmake --build "$build" --target fuzz_rest_reply fuzz_soap_reply fuzz_magento_mapper fuzz_prestashop_mapper

# The seed corpus is the wire contract's own sample payloads, read where they are now.
fuzz() {
    name=$1
    samples=$samples_root/$2
    pattern=$3
    time=$4
    seeds=$build/seeds/$name
    corpus=$build/corpus/$name
    rm -rf "$seeds"
    mkdir -p "$seeds" "$corpus" "$build/crashes"
    found=0
    for f in "$samples"/$pattern; do
        [ -f "$f" ] && cp "$f" "$seeds/" && found=$((found + 1))
    done
    echo "== $name: $found seed files from $samples, ${time}s"
    # New inputs go to the first directory (kept between runs); crashes to build-fuzz/crashes/.
    "$build/fuzz/$name" "$corpus" "$seeds" -max_total_time="$time" -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$build/crashes/$name-" -print_final_stats=1
}

status=0
# The shop mappers get half the time each, so the bounded step grows by one parser's time, not two.
shop_seconds=$(((seconds + 1) / 2))
fuzz fuzz_rest_reply eboekhouden '*.json' "$seconds" || status=1
fuzz fuzz_soap_reply eboekhouden '*.xml' "$seconds" || status=1
fuzz fuzz_magento_mapper magento '*.json' "$shop_seconds" || status=1
fuzz fuzz_prestashop_mapper prestashop '*.xml' "$shop_seconds" || status=1
if [ $status -ne 0 ]; then
    echo "fuzzing found a crash: see $build/crashes/"
fi
exit $status
