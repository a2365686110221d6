#!/usr/bin/env bash
# bench-network.sh [SIZES]: the network benchmark (end2end/bench/network.mjs) against the
# release build, on a fresh database with synthetic portfolios of SIZES nodes
# (default 500,2000,10000). Loading the 10,000-node portfolio takes a minute or two.
set -euo pipefail
PROJ=$(cd "$(dirname "$0")/.." && pwd)
SIZES=${1:-500,2000,10000}
BIN=${CARGO_TARGET_DIR:-$HOME/.cache/hankekartta/target}/release/hankekartta
DATA=$(mktemp -d /tmp/hk-bench.XXXXXX)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
HK_ADDRESS=127.0.0.1:$PORT HK_SITE_ROOT=$PROJ/target/site HK_DATA_DIR=$DATA HK_CONFIG=/dev/null \
  HK_SYNTHETIC=$SIZES RUST_LOG=info "$BIN" > "$DATA/server.log" 2>&1 &
PID=$!
cleanup() { kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; rm -rf "$DATA"; }
trap cleanup EXIT
echo "bench: loading synthetic portfolios ($SIZES nodes)…"
until curl -fsS -o /dev/null "http://127.0.0.1:$PORT/" 2>/dev/null; do
  kill -0 "$PID" 2>/dev/null || { echo "bench: the server died:"; cat "$DATA/server.log"; exit 1; }
  sleep 1
done
SESSION=$("$PROJ/scripts/demo-session.sh" "http://127.0.0.1:$PORT")
cd "$PROJ/end2end"
HK_BASE_URL="http://127.0.0.1:$PORT" HK_SESSION=$SESSION HK_SYNTHETIC=$SIZES node bench/network.mjs
