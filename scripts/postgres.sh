#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL 15 server for the tests: a fresh cluster in a temporary
# directory, owned by the unprivileged `postgres` user, listening only on 127.0.0.1 on a free port.
# No system service is touched and nothing is left behind after `stop`.
#   scripts/postgres.sh start  -> prints the connection URL on stdout, keeps state in $PGTMP_FILE
#   scripts/postgres.sh stop
set -euo pipefail
bin=/usr/lib/postgresql/15/bin
state_file=${PGTMP_FILE:-/tmp/steward-test-postgres.state}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
  start)
    dir=$(mktemp -d /tmp/steward-pg.XXXXXX)
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"
    port=$(free_port)
    as_postgres "$bin/initdb" -D "$dir/data" -U steward --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off" start >/dev/null
    as_postgres "$bin/createdb" -h 127.0.0.1 -p "$port" -U steward steward_test
    printf '%s\n%s\n' "$dir" "$port" > "$state_file"
    echo "postgresql://steward@127.0.0.1:$port/steward_test"
    ;;
  stop)
    [ -f "$state_file" ] || exit 0
    dir=$(sed -n 1p "$state_file")
    as_postgres "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    rm -rf "$dir" "$state_file"
    ;;
  *) echo "usage: scripts/postgres.sh start|stop" >&2; exit 2 ;;
esac
