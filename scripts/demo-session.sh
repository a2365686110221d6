#!/usr/bin/env bash
# demo-session.sh BASE_URL: signs the demo admin in (server/demo.rs) and prints the session
# token, for the browser tests and benchmarks that share one sign-in.
set -euo pipefail
curl -sS -o /dev/null -D - -X POST \
  -H 'Content-Type: application/x-www-form-urlencoded' -H 'Accept: application/json' \
  --data-urlencode email=anna.virtanen@vaaralahti.fi \
  --data-urlencode password=vaaralahti-demo-2026 \
  "$1/api/login" | sed -n 's/^[Ss]et-[Cc]ookie: hk_session=\([^;]*\).*/\1/p'
