#!/bin/sh
# `boekhoudbrug-cli test-connection` as a scheduler runs it: the real CLI binary against the real emulator
# executable on 127.0.0.1, credentials from environment variables. Checks the exit code and what is printed.
#   cli-test-connection.sh CLI EMULATOR CASE
# CASE: rest-ok | rest-accountant | rest-wrong-token | soap-ok | soap-wrong-code | not-configured | unreachable
# The emulator starts as the real service treats a regular token (403 EP_001 on /v1/administration,
# API-eboekhouden.md C1); rest-accountant starts it with --accountant.
set -u
cli=$1
emulator=$2
case=$3
work=$(mktemp -d)
pid=
stop() {
    # Always stop the emulator, whatever happened above.
    if [ -n "$pid" ]; then
        kill "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
    fi
    rm -rf "$work"
}
trap stop EXIT
trap 'exit 2' INT TERM HUP

fail() {
    echo "FAIL ($case): $*"
    echo "--- stdout"; cat "$work/out"
    echo "--- stderr"; cat "$work/err"
    exit 1
}

# No credentials from the caller's environment may leak into the case.
unset BOEKHOUDBRUG_EB_API_TOKEN BOEKHOUDBRUG_EB_TOKEN_END_DATE BOEKHOUDBRUG_EB_USERNAME \
    BOEKHOUDBRUG_EB_SECURITY_CODE1 BOEKHOUDBRUG_EB_SECURITY_CODE2 BOEKHOUDBRUG_EB_REST_URL BOEKHOUDBRUG_EB_SOAP_URL
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"

start_emulator() {
    "$emulator" --port 0 --token cli-token-4711 "$@" >"$work/emulator.out" 2>&1 &
    pid=$!
    # It prints "REST http://127.0.0.1:<port>  SOAP http://127.0.0.1:<port>/soap.asmx" once it listens.
    i=0
    while ! grep -q '^REST ' "$work/emulator.out"; do
        i=$((i + 1))
        if [ $i -gt 100 ] || ! kill -0 "$pid" 2>/dev/null; then
            echo "emulator did not start:"; cat "$work/emulator.out"; exit 1
        fi
        sleep 0.05
    done
    rest_url=$(sed -n 's/^REST \([^ ]*\) .*/\1/p' "$work/emulator.out")
    soap_url=$(sed -n 's/.* SOAP \([^ ]*\)$/\1/p' "$work/emulator.out")
}

run_cli() {
    "$cli" test-connection >"$work/out" 2>"$work/err"
    status=$?
}

expect() {
    [ "$status" -eq "$1" ] || fail "exit code $status, expected $1"
    grep -q -- "$3" "$work/$2" || fail "no '$3' in $2"
}

case $case in
rest-ok)
    # A regular token: the test passes on the ledger read; the name is not claimed (the token may not read it).
    start_emulator
    BOEKHOUDBRUG_EB_API_TOKEN=cli-token-4711 BOEKHOUDBRUG_EB_REST_URL=$rest_url run_cli
    expect 0 out "ledger accounts (13 found)"
    if grep -q "Demo Webwinkel B.V." "$work/out"; then fail "a regular token claimed the administration's name"; fi
    ;;
rest-accountant)
    start_emulator --accountant
    BOEKHOUDBRUG_EB_API_TOKEN=cli-token-4711 BOEKHOUDBRUG_EB_REST_URL=$rest_url run_cli
    expect 0 out "Demo Webwinkel B.V."
    ;;
rest-wrong-token)
    start_emulator
    BOEKHOUDBRUG_EB_API_TOKEN=not-the-token BOEKHOUDBRUG_EB_REST_URL=$rest_url run_cli
    expect 77 err "token"
    ;;
soap-ok)
    start_emulator
    BOEKHOUDBRUG_EB_USERNAME=demo BOEKHOUDBRUG_EB_SECURITY_CODE1=demo-code-1 BOEKHOUDBRUG_EB_SECURITY_CODE2=demo-code-2 \
        BOEKHOUDBRUG_EB_SOAP_URL=$soap_url run_cli
    expect 0 out "Demo Webwinkel B.V."
    ;;
soap-wrong-code)
    start_emulator
    BOEKHOUDBRUG_EB_USERNAME=demo BOEKHOUDBRUG_EB_SECURITY_CODE1=wrong-code-1 BOEKHOUDBRUG_EB_SECURITY_CODE2=demo-code-2 \
        BOEKHOUDBRUG_EB_SOAP_URL=$soap_url run_cli
    expect 77 err "."
    ;;
not-configured)
    run_cli
    expect 78 err "BOEKHOUDBRUG_EB_API_TOKEN"
    ;;
unreachable)
    # Start the emulator for a free port, then stop it: nothing listens there any more.
    start_emulator
    kill "$pid"; wait "$pid" 2>/dev/null; pid=
    BOEKHOUDBRUG_EB_API_TOKEN=cli-token-4711 BOEKHOUDBRUG_EB_REST_URL=$rest_url run_cli
    expect 75 err "."
    ;;
*)
    echo "unknown case: $case"; exit 2
    ;;
esac
echo "ok ($case): exit $status"
