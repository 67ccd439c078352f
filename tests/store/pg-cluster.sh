#!/usr/bin/env bash
# A private PostgreSQL cluster for the test run (CTest fixture pg_cluster):
#   pg-cluster.sh start STATE_DIR   initdb into a temporary folder, start postgres on a free 127.0.0.1 port
#                                   (its unix socket in that folder), write the server's URL to STATE_DIR/url
#   pg-cluster.sh stop STATE_DIR    stop it and remove the folder
# PostgreSQL refuses to run as root: as root, the cluster belongs to and runs as `nobody`.
# Tests make a database of their own in it (tests/store/TestStore.h); nothing outlives the run.
set -eu

action=$1
state=$2

bindir=""
for candidate in "$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/x)")" \
    /usr/lib/postgresql/*/bin; do
    if [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ]; then
        bindir=$candidate
        break
    fi
done
if [ -z "$bindir" ]; then
    echo "pg-cluster: initdb and pg_ctl not found: install the postgresql package (scripts/setup.sh)" >&2
    exit 1
fi

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u nobody -- "$@"
    else
        "$@"
    fi
}

stop_cluster() {
    if [ -f "$state/dir" ]; then
        dir=$(cat "$state/dir")
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
        rm -rf "$dir"
    fi
    rm -f "$state/dir" "$state/url"
}

case $action in
start)
    mkdir -p "$state"
    stop_cluster # one left by an interrupted run
    dir=$(mktemp -d /tmp/boekhoudbrug-pg.XXXXXX)
    chmod 755 "$dir"
    if [ "$(id -u)" -eq 0 ]; then
        chown nobody "$dir"
    fi
    echo "$dir" >"$state/dir"
    # C locale: text sorts byte by byte, as SQLite sorts it. No fsync: the cluster is thrown away.
    as_owner "$bindir/initdb" -D "$dir/data" -U boekhoudbrug --auth=trust --locale=C --encoding=UTF8 -N \
        >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    port=$(( 20000 + $$ % 20000 ))
    tries=0
    while :; do
        if ! (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null &&
            as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
                -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=200" \
                start >/dev/null 2>&1; then
            break
        fi
        tries=$((tries + 1))
        if [ $tries -ge 20 ]; then
            echo "pg-cluster: postgres did not start" >&2
            cat "$dir/server.log" >&2 || true
            exit 1
        fi
        port=$((port + 1))
    done
    echo "postgresql://boekhoudbrug@127.0.0.1:$port/" >"$state/url"
    echo "pg-cluster: running on 127.0.0.1:$port in $dir"
    ;;
stop)
    stop_cluster
    ;;
*)
    echo "usage: pg-cluster.sh start|stop STATE_DIR" >&2
    exit 64
    ;;
esac
