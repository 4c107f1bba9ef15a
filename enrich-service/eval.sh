#!/usr/bin/env bash
# Writes the system JSONL for a gold file, the way shared/eval/README.md asks: every gold line
# is sent as {"id", "text", "publishedAt"} to POST /enrich of a real enrich-service (started
# here in its "eval" profile: HTTP only, no Kafka) and each answer is written as one line.
#
#   enrich-service/eval.sh GOLD OUT          e.g. ../shared/eval/dates/tbaq-dev.jsonl /tmp/tbaq.sys.jsonl
#   SAYLINE_EVAL_URL=http://127.0.0.1:8082 enrich-service/eval.sh GOLD OUT   use a running service instead
#
# Then score: python3 ../shared/eval/score_dates.py GOLD OUT (or score_quotes.py / score_seeds.py).
set -euo pipefail
gold=${1:?usage: eval.sh GOLD OUT}
out=${2:?usage: eval.sh GOLD OUT}
here=$(cd "$(dirname "$0")" && pwd)
jar=$here/target/quarkus-app/quarkus-run.jar

url=${SAYLINE_EVAL_URL:-}
if [[ -z $url ]]; then
  if [[ ! -f $jar || -n $(find "$here/src/main" -newer "$jar" -type f -print -quit) ]]; then
    echo "building enrich-service" >&2
    (cd "$here/.." && mvn -B -q -DskipTests -pl enrich-service -am package) >&2
  fi
  port=${SAYLINE_EVAL_PORT:-18082}
  java -Dquarkus.profile=eval -Dquarkus.http.port="$port" -jar "$jar" >"${TMPDIR:-/tmp}/sayline-eval.log" 2>&1 &
  pid=$!
  trap 'kill $pid 2>/dev/null || true' EXIT
  url=http://127.0.0.1:$port
  for _ in $(seq 1 120); do
    curl -fsS "$url/q/health/live" >/dev/null 2>&1 && break
    kill -0 $pid 2>/dev/null || { cat "${TMPDIR:-/tmp}/sayline-eval.log" >&2; exit 1; }
    sleep 0.5
  done
fi

python3 - "$gold" <<'PY' |
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        if line.strip():
            d = json.loads(line)
            print(json.dumps({"id": d["id"], "text": d["text"], "publishedAt": d.get("publishedAt")}, ensure_ascii=False))
PY
curl -fsS -X POST "$url/enrich" -H 'Content-Type: application/x-ndjson' --data-binary @- -o "$out"
echo "wrote $(wc -l <"$out") enriched documents to $out" >&2
