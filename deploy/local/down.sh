#!/usr/bin/env bash
# Stops exactly what deploy/local/up.sh started (by pid file): the services and Prometheus, then Kafka and
# Elasticsearch. Data stays in the data directory; `up.sh --clean` wipes it.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
DATA=${SAYLINE_DATA_DIR:-$HERE/data}

for pidf in "$DATA"/services/*.pid; do
  [[ -f $pidf ]] || continue
  pid=$(cat "$pidf")
  name=$(basename "$pidf" .pid)
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
    echo "[down] stopped $name (pid $pid)"
  fi
  rm -f "$pidf"
done
"$HERE/infra.sh" stop "$DATA"
