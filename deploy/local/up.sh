#!/usr/bin/env bash
# Runs the whole Sayline stack on loopback: a real Kafka broker and Elasticsearch node (from
# Maven Central, see infra.sh), the three services, and loads a sample corpus.
#
#   deploy/local/up.sh [--clean] [--corpus DIR | --no-corpus]
#
#   --clean        wipe the data directory (topics, index, logs) before starting
#   --corpus DIR   load every *.txt of DIR (seed format) through the ingest API;
#                  default: ../shared/corpus/seeds next to the repository, when it exists
#   --no-corpus    load nothing
#
# Ports (environment): SAYLINE_QUERY_PORT 8080, SAYLINE_INGEST_PORT 8081, SAYLINE_ENRICH_PORT 8082,
# SAYLINE_KAFKA_PORT 9092, SAYLINE_ES_PORT 9200, SAYLINE_PROMETHEUS_PORT 9090.
# Data and logs: deploy/local/data (SAYLINE_DATA_DIR).
# API keys (header X-API-Key): generated on the first start into $SAYLINE_DATA_DIR/keys.env and
# printed; reads are open without a key on this local run (SAYLINE_PUBLIC_READ=false closes them).
# Stop with deploy/local/down.sh.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
DATA=${SAYLINE_DATA_DIR:-$HERE/data}
QUERY_PORT=${SAYLINE_QUERY_PORT:-8080}
INGEST_PORT=${SAYLINE_INGEST_PORT:-8081}
ENRICH_PORT=${SAYLINE_ENRICH_PORT:-8082}
KAFKA_PORT=${SAYLINE_KAFKA_PORT:-9092}
ES_PORT=${SAYLINE_ES_PORT:-9200}
PROM_PORT=${SAYLINE_PROMETHEUS_PORT:-9090}
PUBLIC_READ=${SAYLINE_PUBLIC_READ:-true}
CORPUS=$ROOT/../shared/corpus/seeds
[[ -d $CORPUS ]] || CORPUS=

log() { printf '[up] %s\n' "$*"; }
die() { printf '[up] error: %s\n' "$*" >&2; exit 1; }

clean=false
while [[ $# -gt 0 ]]; do
  case $1 in
    --clean) clean=true; shift ;;
    --corpus) CORPUS=${2:?--corpus needs a directory}; [[ -d $CORPUS ]] || die "no directory $CORPUS"; shift 2 ;;
    --no-corpus) CORPUS=; shift ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) die "unknown option $1 (see --help)" ;;
  esac
done

for tool in java mvn curl unzip; do command -v $tool >/dev/null || die "$tool is required"; done

if $clean; then
  "$HERE/down.sh" >/dev/null 2>&1 || true
  log "wiping $DATA"
  rm -rf "$DATA"
fi
mkdir -p "$DATA/services"

# 1. The service jars (built once; rebuilt when sources are newer than a jar).
stale=false
for svc in ingest-service enrich-service query-service; do
  jar=$ROOT/$svc/target/quarkus-app/quarkus-run.jar
  # the service's own sources, the service kit every service is built with, and the poms
  sources=("$ROOT/$svc/src/main" "$ROOT/deploy/service-kit/src/main" "$ROOT/pom.xml" "$ROOT/$svc/pom.xml")
  if [[ ! -f $jar || -n $(find "${sources[@]}" -newer "$jar" -type f -print -quit) ]]; then stale=true; fi
done
if $stale; then
  log "building the services (mvn package, tests skipped: they run with mvn verify)"
  (cd "$ROOT" && mvn -B -q -DskipTests package) || die "build failed"
fi

# 2. API keys, one per role (architecture.md "Keys"), kept with the data so restarts keep them.
KEYS=$DATA/keys.env
if [[ ! -f $KEYS ]]; then
  new_key() { head -c 24 /dev/urandom | base64 | tr -d '/+=\n'; }
  (umask 077 && printf 'SAYLINE_INGEST_KEY=%s\nSAYLINE_READ_KEY=%s\nSAYLINE_ADMIN_KEY=%s\n' \
    "$(new_key)" "$(new_key)" "$(new_key)" >"$KEYS")
  log "generated API keys in $KEYS"
fi
# Read, not exported: only the three services get the keys in their environment (start_service),
# not Kafka, Elasticsearch or Prometheus.
. "$KEYS"
# curl takes the header from a file, so the key does not show in the process list.
(umask 077 && printf 'X-API-Key: %s\n' "$SAYLINE_INGEST_KEY" >"$DATA/ingest-key.header" \
  && printf 'X-API-Key: %s\n' "$SAYLINE_READ_KEY" >"$DATA/read-key.header")

# 2b. Kafka and Elasticsearch.
"$HERE/infra.sh" start "$DATA" --kafka-port "$KAFKA_PORT" --es-port "$ES_PORT"

# 3. The services.
start_service() { # name port extra-properties...
  local name=$1 port=$2; shift 2
  local pidf=$DATA/services/$name.pid
  if [[ -f $pidf ]] && kill -0 "$(cat "$pidf")" 2>/dev/null; then
    log "$name already running (pid $(cat "$pidf"))"; return
  fi
  # Loopback only: reads may be open without a key on this local run.
  SAYLINE_INGEST_KEY=$SAYLINE_INGEST_KEY SAYLINE_READ_KEY=$SAYLINE_READ_KEY SAYLINE_ADMIN_KEY=$SAYLINE_ADMIN_KEY \
  nohup java -Xmx384m -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" -Dkafka.bootstrap.servers="127.0.0.1:$KAFKA_PORT" "$@" \
    -jar "$ROOT/$name/target/quarkus-app/quarkus-run.jar" >"$DATA/services/$name.log" 2>&1 &
  echo $! >"$pidf"
}
start_service ingest-service "$INGEST_PORT"
start_service enrich-service "$ENRICH_PORT" -Dsayline.auth.public-read="$PUBLIC_READ"
start_service query-service "$QUERY_PORT" -Dsayline.auth.public-read="$PUBLIC_READ" -Dquarkus.elasticsearch.hosts="127.0.0.1:$ES_PORT" \
  -Ddashboard.ingest-metrics-url="http://127.0.0.1:$INGEST_PORT/q/metrics" \
  -Ddashboard.enrich-metrics-url="http://127.0.0.1:$ENRICH_PORT/q/metrics"

# 3b. Prometheus (Debian's package) scraping the three services, with Sayline's alert rules.
start_prometheus() {
  local dir=$DATA/prometheus pidf=$DATA/services/prometheus.pid
  if [[ -f $pidf ]] && kill -0 "$(cat "$pidf")" 2>/dev/null; then
    log "prometheus already running (pid $(cat "$pidf"))"; return
  fi
  if ! command -v prometheus >/dev/null; then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
      log "installing Prometheus (apt-get install prometheus)"
      DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends prometheus >"$DATA/services/apt-prometheus.log" 2>&1 ||
        { log "warning: could not install prometheus (see $DATA/services/apt-prometheus.log); continuing without it"; return; }
    else
      log "warning: prometheus is not installed (apt-get install prometheus); continuing without it"; return
    fi
  fi
  mkdir -p "$dir/data"
  cp "$ROOT/deploy/prometheus/alerts.yml" "$dir/alerts.yml"
  sed -e "s|@RULES@|$dir/alerts.yml|" -e "s|@INGEST_PORT@|$INGEST_PORT|" -e "s|@ENRICH_PORT@|$ENRICH_PORT|" \
      -e "s|@QUERY_PORT@|$QUERY_PORT|" "$ROOT/deploy/prometheus/prometheus.yml.in" >"$dir/prometheus.yml"
  nohup prometheus --config.file="$dir/prometheus.yml" --storage.tsdb.path="$dir/data" \
    --storage.tsdb.retention.time=7d --web.listen-address="127.0.0.1:$PROM_PORT" \
    >"$DATA/services/prometheus.log" 2>&1 &
  echo $! >"$pidf"
}
start_prometheus

wait_ready() { # name port
  for _ in $(seq 1 240); do
    curl -fsS "http://127.0.0.1:$2/q/health/ready" >/dev/null 2>&1 && { log "$1 ready on :$2"; return; }
    kill -0 "$(cat "$DATA/services/$1.pid")" 2>/dev/null || { tail -30 "$DATA/services/$1.log" >&2; die "$1 exited"; }
    sleep 0.5
  done
  tail -30 "$DATA/services/$1.log" >&2; die "$1 not ready on :$2"
}
wait_ready ingest-service "$INGEST_PORT"
wait_ready enrich-service "$ENRICH_PORT"
wait_ready query-service "$QUERY_PORT"
if [[ -f $DATA/services/prometheus.pid ]]; then
  for _ in $(seq 1 40); do
    curl -fsS "http://127.0.0.1:$PROM_PORT/-/ready" >/dev/null 2>&1 && { log "prometheus ready on :$PROM_PORT"; break; }
    sleep 0.5
  done
fi

# 4. The sample corpus, through the public ingest API (id = file name without .txt).
if [[ -n $CORPUS ]]; then
  n=0
  for f in "$CORPUS"/*.txt; do
    [[ -f $f ]] || continue
    id=$(basename "$f" .txt)
    curl -fsS -X POST "http://127.0.0.1:$INGEST_PORT/documents?id=$id" -H @"$DATA/ingest-key.header" \
      -H 'Content-Type: text/plain; charset=UTF-8' --data-binary @"$f" >/dev/null || die "ingest refused $f"
    n=$((n + 1))
  done
  log "loaded $n documents from $CORPUS"
  # Wait until the last one is searchable, so the URLs below show data.
  for _ in $(seq 1 120); do
    curl -fsS -H @"$DATA/read-key.header" "http://127.0.0.1:$QUERY_PORT/documents/$id" >/dev/null 2>&1 && break
    sleep 0.5
  done
fi

cat <<EOF

Sayline is running (stop: deploy/local/down.sh; logs: $DATA/services/*.log)
  dashboard        http://127.0.0.1:$QUERY_PORT/
  search API       http://127.0.0.1:$QUERY_PORT/search?q=Anchorage
  query Swagger UI http://127.0.0.1:$QUERY_PORT/q/swagger-ui
  ingest API       http://127.0.0.1:$INGEST_PORT/documents   (POST; Swagger UI at /q/swagger-ui)
  enrich API       http://127.0.0.1:$ENRICH_PORT/enrich      (POST; Swagger UI at /q/swagger-ui)
  Kafka            127.0.0.1:$KAFKA_PORT
  Elasticsearch    http://127.0.0.1:$ES_PORT
  Prometheus       http://127.0.0.1:$PROM_PORT/targets   (alerts: /alerts)

API keys (header X-API-Key; kept in $KEYS; load them with: set -a; . $KEYS; set +a)
  ingest  $SAYLINE_INGEST_KEY   POST /documents
  read    $SAYLINE_READ_KEY   search, /enrich$( [[ $PUBLIC_READ == true ]] && printf '  (reads need no key on this local run)')
  admin   $SAYLINE_ADMIN_KEY   tag rules, re-tag, dead letters
EOF
