#!/usr/bin/env bash
# e2e.sh SERVER_BINARY SITE_ROOT: starts the server on a free loopback port with a fresh demo
# database, runs the browser tests in end2end/ (or those E2E_TESTS names) against it, and stops it.
set -euo pipefail
PROJ=$(cd "$(dirname "$0")/.." && pwd)
BIN=$1 SITE=$2
DATA=$(mktemp -d /tmp/hk-e2e.XXXXXX)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
HK_ADDRESS=127.0.0.1:$PORT HK_SITE_ROOT=$SITE HK_DATA_DIR=$DATA HK_CONFIG=/dev/null RUST_LOG=warn \
  "$BIN" > "$DATA/server.log" 2>&1 &
PID=$!
cleanup() { kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; rm -rf "$DATA"; }
trap cleanup EXIT
for _ in $(seq 1 100); do
  curl -fsS -o /dev/null "http://127.0.0.1:$PORT/" 2>/dev/null && break
  kill -0 "$PID" 2>/dev/null || { echo "e2e: the server died:"; cat "$DATA/server.log"; exit 1; }
  sleep 0.2
done
echo "e2e: server on http://127.0.0.1:$PORT"
# one sign-in of the demo admin that the tests share
SESSION=$("$PROJ/scripts/demo-session.sh" "http://127.0.0.1:$PORT")
[ -n "$SESSION" ] || { echo "e2e: the demo sign-in failed"; cat "$DATA/server.log"; exit 1; }
cd "$PROJ/end2end"
status=0
HK_BASE_URL="http://127.0.0.1:$PORT" HK_SESSION=$SESSION node --test --test-concurrency=1 ${E2E_TESTS:-tests/} || status=$?
if [ $status -ne 0 ]; then echo "e2e: server log:"; tail -50 "$DATA/server.log"; fi
exit $status
