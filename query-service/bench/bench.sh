#!/usr/bin/env bash
# Benchmark of the query-service read API on an index of ~15,900 documents.
#
#   bench.sh up        start Kafka + Elasticsearch (infra.sh) and the query-service jar
#   bench.sh load      publish the benchmark corpus on documents.enriched, wait until searchable
#   bench.sh pipeline-up   also start the ingest-service (38081) and enrich-service (38082) jars
#   bench.sh load --ingest http://127.0.0.1:38081   the same texts through ingest -> enrich -> query
#   bench.sh run [LoadGenerator options]   e.g. --clients 24 --warmup 20 --duration 60 [--only /quotes]
#   bench.sh down      stop what `up` started
#
# Ports (override by env): BENCH_KAFKA_PORT=38092 BENCH_ES_PORT=38200 BENCH_QUERY_PORT=38080.
# Texts are read from $SAYLINE_SHARED (default /work/shared) at run time; nothing is copied.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
MODULE=$(cd "$HERE/.." && pwd)
ROOT=$(cd "$MODULE/.." && pwd)
KAFKA_PORT=${BENCH_KAFKA_PORT:-38092}
ES_PORT=${BENCH_ES_PORT:-38200}
QUERY_PORT=${BENCH_QUERY_PORT:-38080}
SHARED=${SAYLINE_SHARED:-/work/shared}
DATA=${BENCH_DATA_DIR:-$MODULE/target/bench}
CP_FILE=$MODULE/target/bench.classpath

log() { printf '[bench] %s\n' "$*" >&2; }

classpath() {
  if [[ ! -f $CP_FILE || $MODULE/pom.xml -nt $CP_FILE ]]; then
    mvn -B -q -o -f "$ROOT/pom.xml" -pl query-service dependency:build-classpath \
      -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE" >&2
  fi
  mvn -B -q -o -f "$ROOT/pom.xml" -pl query-service test-compile >&2
  echo "$MODULE/target/test-classes:$MODULE/target/classes:$(cat "$CP_FILE")"
}

up() {
  mkdir -p "$DATA"
  bash "$ROOT/deploy/local/infra.sh" start "$DATA/infra" --kafka-port "$KAFKA_PORT" --es-port "$ES_PORT"
  log "building the query-service jar"
  mvn -B -q -o -f "$ROOT/pom.xml" -pl query-service -am -DskipTests package >&2
  if [[ -f $DATA/query.pid ]] && kill -0 "$(cat "$DATA/query.pid")" 2>/dev/null; then
    log "query-service already running (pid $(cat "$DATA/query.pid"))"
    return
  fi
  java -Xms512m -Xmx512m \
    -Dkafka.bootstrap.servers=127.0.0.1:$KAFKA_PORT \
    -Dquarkus.elasticsearch.hosts=127.0.0.1:$ES_PORT \
    -Dquarkus.http.port=$QUERY_PORT \
    -Dquarkus.log.level=INFO \
    -Dsayline.auth.public-read=true \
    -jar "$MODULE/target/quarkus-app/quarkus-run.jar" >"$DATA/query.log" 2>&1 &
  echo $! >"$DATA/query.pid"
  for _ in $(seq 1 120); do
    if curl -fs "http://127.0.0.1:$QUERY_PORT/q/health/ready" >/dev/null 2>&1; then
      log "query-service ready on port $QUERY_PORT (pid $(cat "$DATA/query.pid"), log $DATA/query.log)"
      return
    fi
    sleep 0.5
  done
  log "query-service did not become ready; see $DATA/query.log"; exit 1
}

start_jar() { # name port
  local name=$1 port=$2
  if [[ -f $DATA/$name.pid ]] && kill -0 "$(cat "$DATA/$name.pid")" 2>/dev/null; then
    log "$name already running (pid $(cat "$DATA/$name.pid"))"; return
  fi
  java -Xmx512m -Dkafka.bootstrap.servers=127.0.0.1:$KAFKA_PORT -Dquarkus.http.port=$port \
    -jar "$ROOT/$name/target/quarkus-app/quarkus-run.jar" >"$DATA/$name.log" 2>&1 &
  echo $! >"$DATA/$name.pid"
  for _ in $(seq 1 120); do
    if curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1; then
      log "$name ready on port $port (pid $(cat "$DATA/$name.pid"), log $DATA/$name.log)"; return
    fi
    sleep 0.5
  done
  log "$name did not become ready; see $DATA/$name.log"; exit 1
}

pipeline_up() {
  log "building the ingest-service and enrich-service jars"
  mvn -B -q -o -f "$ROOT/pom.xml" -pl ingest-service,enrich-service -am -DskipTests package >&2
  start_jar ingest-service "${BENCH_INGEST_PORT:-38081}"
  start_jar enrich-service "${BENCH_ENRICH_PORT:-38082}"
}

down() {
  for name in query ingest-service enrich-service; do
    if [[ -f $DATA/$name.pid ]]; then
      kill "$(cat "$DATA/$name.pid")" 2>/dev/null || true
      rm -f "$DATA/$name.pid"
    fi
  done
  bash "$ROOT/deploy/local/infra.sh" stop "$DATA/infra"
}

# The ingest jar and BenchLoader --ingest read the key from here (architecture.md "Keys");
# reads are public on the bench query-service, as on the local run.
export SAYLINE_INGEST_KEY=${SAYLINE_INGEST_KEY:-bench-ingest-key}

cmd=${1:-}; shift || true
case $cmd in
  up) up ;;
  pipeline-up) pipeline_up ;;
  down) down ;;
  load) java -cp "$(classpath)" dev.sayline.query.bench.BenchLoader --kafka "127.0.0.1:$KAFKA_PORT" \
          --query "http://127.0.0.1:$QUERY_PORT" --shared "$SHARED" "$@" ;;
  run) java -Xmx1g -cp "$(classpath)" dev.sayline.query.bench.LoadGenerator --base "http://127.0.0.1:$QUERY_PORT" "$@" ;;
  *) sed -n '2,14p' "${BASH_SOURCE[0]}"; exit 2 ;;
esac
