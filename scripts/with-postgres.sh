#!/usr/bin/env bash
# with-postgres.sh COMMAND...: runs COMMAND with HK_TEST_PG_URL pointing at a PostgreSQL 15
# server. Uses $DATABASE_URL when set; otherwise starts a throwaway server in a temporary
# directory on a free loopback port and removes it afterwards.
set -euo pipefail
if [ -n "${DATABASE_URL:-}" ]; then
  echo "with-postgres: using DATABASE_URL"
  HK_TEST_PG_URL="$DATABASE_URL" exec "$@"
fi
BIN=/usr/lib/postgresql/15/bin
DIR=$(mktemp -d /tmp/hk-pg.XXXXXX)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
RUN=()
if [ "$(id -u)" = 0 ]; then   # PostgreSQL refuses to run as root
  chown postgres "$DIR"
  RUN=(runuser -u postgres --)
fi
cleanup() { "${RUN[@]}" "$BIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$DIR"; }
trap cleanup EXIT
echo "with-postgres: starting a throwaway PostgreSQL 15 on 127.0.0.1:$PORT"
"${RUN[@]}" "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${RUN[@]}" "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off -c max_connections=200" start >/dev/null
HK_TEST_PG_URL="postgres://postgres@127.0.0.1:$PORT/postgres" "$@"
