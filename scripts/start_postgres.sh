#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster for the tests and benchmarks, from Debian's `postgresql`
# package (apt-get install postgresql). Everything lives in a fresh folder under /tmp; the server
# listens on 127.0.0.1 on a free port (and a Unix socket in that folder), trust auth, fsync off.
#
#   eval "$(scripts/start_postgres.sh)"      # exports SOURCETRACE_TEST_PG and SOURCETRACE_TEST_PG_DIR
#   scripts/start_postgres.sh --stop [DIR]   # stops it and removes the folder (default: $SOURCETRACE_TEST_PG_DIR)
#
# Only the export lines go to stdout; progress and errors go to stderr.
set -euo pipefail

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [[ -z "$bindir" || ! -x "$bindir/initdb" ]]; then
    echo "start_postgres: no PostgreSQL server found under /usr/lib/postgresql (apt-get install postgresql)" >&2
    exit 1
fi

as_owner() {
    # initdb refuses to run as root: run the server as the `postgres` user when we are root
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

if [[ "${1:-}" == "--stop" ]]; then
    dir=${2:-${SOURCETRACE_TEST_PG_DIR:-}}
    if [[ -z "$dir" || ! -d "$dir/data" ]]; then
        echo "start_postgres: no cluster folder to stop (give DIR or set SOURCETRACE_TEST_PG_DIR)" >&2
        exit 1
    fi
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >&2 || true
    rm -rf "$dir"
    exit 0
fi

dir=$(mktemp -d /tmp/sourcetrace-pg.XXXXXX)
chmod 755 "$dir"
if [[ $(id -u) -eq 0 ]]; then
    chown postgres: "$dir"
fi
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

as_owner "$bindir/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2
    exit 1
}
as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >&2 || {
    cat "$dir/server.log" >&2
    exit 1
}
as_owner "$bindir/createdb" -h "$dir" -p "$port" -U postgres sourcetrace_test

echo "start_postgres: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $dir)" >&2
echo "export SOURCETRACE_TEST_PG=postgresql+psycopg://postgres@127.0.0.1:$port/sourcetrace_test"
echo "export SOURCETRACE_TEST_PG_DIR=$dir"
