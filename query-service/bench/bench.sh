#!/usr/bin/env bash
# Benchmark of the query-service read API on an index of ~15,900 documents.
#
#   bench.sh up        start Kafka + Elasticsearch (infra.sh) and the query-service jar
#   bench.sh load      publish the benchmark corpus on documents.enriched, wait until searchable
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

down() {
  if [[ -f $DATA/query.pid ]]; then
    kill "$(cat "$DATA/query.pid")" 2>/dev/null || true
    rm -f "$DATA/query.pid"
  fi
  bash "$ROOT/deploy/local/infra.sh" stop "$DATA/infra"
}

cmd=${1:-}; shift || true
case $cmd in
  up) up ;;
  down) down ;;
  load) java -cp "$(classpath)" dev.sayline.query.bench.BenchLoader --kafka "127.0.0.1:$KAFKA_PORT" \
          --query "http://127.0.0.1:$QUERY_PORT" --shared "$SHARED" "$@" ;;
  run) java -Xmx1g -cp "$(classpath)" dev.sayline.query.bench.LoadGenerator --base "http://127.0.0.1:$QUERY_PORT" "$@" ;;
  *) sed -n '2,12p' "${BASH_SOURCE[0]}"; exit 2 ;;
esac
