#!/usr/bin/env bash
# Obtains a real Kafka broker (KRaft, single node) and a real Elasticsearch node from Maven
# Central and runs them on loopback. No Docker exists on our machines, so this is how both
# the local stack (up.sh) and the integration tests (deploy/testing) get their infrastructure.
#
#   infra.sh fetch                         download the broker and the node into the cache
#   infra.sh start DATA_DIR [options]      start Kafka and Elasticsearch, wait until ready
#   infra.sh stop DATA_DIR                 stop what start started (pid files)
#   infra.sh ensure DATA_DIR --owner PID   start unless running; stop when PID exits
#                                          (one broker and one index per build for the tests)
#   infra.sh watch DATA_DIR PID            (ensure's watchdog: stops both when PID exits)
# options: --kafka-port N (9092) --es-port N (9200)
#
# Environment: SAYLINE_CACHE_DIR (default deploy/local/.cache), ES_JAVA_HOME (default: a
# JDK >= 21 under /usr/lib/jvm), SAYLINE_ES_USER (default sayline-es; used only as root,
# because Elasticsearch refuses to run as root).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
CACHE_DIR=${SAYLINE_CACHE_DIR:-$HERE/.cache}
ES_VERSION=9.2.0
ES_USER=${SAYLINE_ES_USER:-sayline-es}

log() { printf '[infra] %s\n' "$*" >&2; }
die() { printf '[infra] error: %s\n' "$*" >&2; exit 1; }

fetch() {
  local lock="$CACHE_DIR/.fetch.lock"
  mkdir -p "$CACHE_DIR"
  exec 8>"$lock"
  flock 8
  if [[ ! -f "$CACHE_DIR/kafka/.complete" ]]; then
    log "fetching the Kafka broker from Maven Central"
    rm -rf "$CACHE_DIR/kafka"
    mvn -B -q -f "$HERE/artifacts/pom.xml" dependency:copy-dependencies \
      -DexcludeTypes=zip -DoutputDirectory="$CACHE_DIR/kafka/lib" >&2
    touch "$CACHE_DIR/kafka/.complete"
  fi
  if [[ ! -f "$CACHE_DIR/elasticsearch-$ES_VERSION.zip" ]]; then
    log "fetching Elasticsearch $ES_VERSION (integ-test-zip) from Maven Central"
    mvn -B -q -f "$HERE/artifacts/pom.xml" dependency:copy-dependencies \
      -DincludeTypes=zip -DoutputDirectory="$CACHE_DIR/es-download" >&2
    mv "$CACHE_DIR/es-download/elasticsearch-$ES_VERSION.zip" "$CACHE_DIR/"
    rm -rf "$CACHE_DIR/es-download"
  fi
  flock -u 8
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_for() { # description, seconds, command...
  local what=$1 secs=$2; shift 2
  local deadline=$((SECONDS + secs))
  until "$@"; do
    (( SECONDS < deadline )) || return 1
    sleep 0.5
  done
  log "$what ready"
}

pid_alive() { [[ -f $1 ]] && kill -0 "$(cat "$1")" 2>/dev/null; }

es_java_home() {
  if [[ -n ${ES_JAVA_HOME:-} ]]; then echo "$ES_JAVA_HOME"; return; fi
  local jdk v
  for jdk in /usr/lib/jvm/*; do
    [[ -x $jdk/bin/java ]] || continue
    v=$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
    if [[ ${v%%.*} -ge 21 ]]; then echo "$jdk"; return; fi
  done
  [[ -n ${JAVA_HOME:-} ]] && echo "$JAVA_HOME" && return
  die "Elasticsearch $ES_VERSION needs a JDK >= 21: set ES_JAVA_HOME"
}

start_kafka() { # data_dir port
  local dir=$1/kafka port=$2 controller=$(( $2 + 1 ))
  local pidf=$dir/kafka.pid
  if pid_alive "$pidf"; then log "Kafka already running (pid $(cat "$pidf"))"; return; fi
  port_open "$port" && die "port $port is taken: another Kafka? (use --kafka-port)"
  mkdir -p "$dir/logs" "$dir/data"
  cat >"$dir/server.properties" <<EOF
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=127.0.0.1:$controller
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$controller
advertised.listeners=PLAINTEXT://127.0.0.1:$port
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$dir/data
num.partitions=3
# Single node: the internal topics cannot have more than one replica.
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=true
# Records up to 8 MiB: a text at enrich/ingest's 1 MiB limit grows in JSON (escapes) and again once
# enriched (quotes, dates). The producers are raised to match; a broker elsewhere needs the same.
message.max.bytes=8388608
# documents.raw is the replay source for re-enrichment: keep it.
log.retention.hours=-1
EOF
  cat >"$dir/log4j2.yaml" <<EOF
Configuration:
  Appenders:
    File:
      name: file
      fileName: $dir/logs/server.log
      PatternLayout: { pattern: "[%d] %p %m (%c)%n" }
  Loggers:
    Root: { level: INFO, AppenderRef: [ { ref: file } ] }
    Logger:
      - { name: kafka, level: INFO }
      - { name: org.apache.kafka, level: WARN }
EOF
  local cp="$CACHE_DIR/kafka/lib/*"
  if [[ ! -f $dir/data/meta.properties ]]; then
    java -cp "$cp" kafka.tools.StorageTool format -t "$(cat /proc/sys/kernel/random/uuid | tr -d - | head -c 22)" \
      -c "$dir/server.properties" --standalone >"$dir/logs/format.log" 2>&1 || { cat "$dir/logs/format.log" >&2; die "Kafka storage format failed"; }
  fi
  nohup java -Xms128m -Xmx256m -cp "$cp" \
    -Dlog4j2.configurationFile="$dir/log4j2.yaml" -Dkafka.logs.dir="$dir/logs" \
    kafka.Kafka "$dir/server.properties" >"$dir/logs/stdout.log" 2>&1 &
  echo $! >"$pidf"
  log "Kafka starting on 127.0.0.1:$port (pid $!)"
}

es_user_for() { # prints the user to run Elasticsearch as, creating it when root
  if [[ $(id -u) -ne 0 ]]; then id -un; return; fi
  if ! id "$ES_USER" >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin "$ES_USER"
  fi
  echo "$ES_USER"
}

es_dir() { # data_dir -> where the Elasticsearch node lives
  # As root the node runs as $ES_USER, which must reach its files. A clone under a private
  # directory (mktemp -d is 0700) is out of its reach: use a directory under /var/tmp then.
  if [[ $(id -u) -eq 0 ]] && ! runuser -u "$(es_user_for)" -- test -x "$1" 2>/dev/null; then
    echo "/var/tmp/sayline-es/$(printf '%s' "$1" | sha256sum | head -c 16)"
  else
    echo "$1/elasticsearch"
  fi
}

prune_orphan_es_dirs() { # removes /var/tmp nodes whose checkout is gone (a deleted temp clone)
  local base=/var/tmp/sayline-es d owner
  # /var/tmp is world-writable: touch only a base root owns, and never follow a link in it.
  [[ -d $base && ! -L $base && $(stat -c %u "$base") -eq 0 ]] || return 0
  for d in "$base"/*; do
    [[ -d $d && ! -L $d && -f $d/owner ]] || continue
    owner=$(cat "$d/owner" 2>/dev/null) || continue
    if [[ $owner == /* && ! -e $owner ]] && ! pid_alive "$d/es.pid"; then
      rm -rf -- "$d" && log "removed $d (its checkout $owner is gone)" || true
    fi
  done
}

unpack() { # zip dest
  if command -v unzip >/dev/null; then unzip -q "$1" -d "$2"
  else python3 -m zipfile -e "$1" "$2"; fi
}

start_es() { # data_dir port
  mkdir -p "$1"
  local dir port=$2 transport=$(( $2 + 100 ))
  dir=$(es_dir "$1")
  local pidf=$dir/es.pid home=$dir/home
  if pid_alive "$pidf"; then log "Elasticsearch already running (pid $(cat "$pidf"))"; return; fi
  port_open "$port" && die "port $port is taken: another Elasticsearch? (use --es-port)"
  if [[ $dir == /var/tmp/sayline-es/* ]]; then
    install -d -m 0755 /var/tmp/sayline-es
    [[ ! -L /var/tmp/sayline-es && $(stat -c %u /var/tmp/sayline-es) -eq 0 ]] ||
      die "/var/tmp/sayline-es is not owned by root (or is a link): remove it and retry"
  fi
  mkdir -p "$dir/data" "$dir/logs" "$dir/tmp"
  if [[ $dir == /var/tmp/sayline-es/* ]]; then
    realpath "$1" >"$dir/owner"
    prune_orphan_es_dirs
  fi
  if [[ ! -x $home/bin/elasticsearch ]]; then
    rm -rf "$home" "$dir/unzip"
    unpack "$CACHE_DIR/elasticsearch-$ES_VERSION.zip" "$dir/unzip"
    mv "$dir/unzip/elasticsearch-$ES_VERSION" "$home"
    chmod +x "$home"/bin/*
    rm -rf "$dir/unzip"
  fi
  cat >"$home/config/elasticsearch.yml" <<EOF
cluster.name: sayline
node.name: sayline-1
discovery.type: single-node
network.host: 127.0.0.1
http.port: $port
transport.port: $transport
path.data: $dir/data
path.logs: $dir/logs
xpack.security.enabled: false
xpack.ml.enabled: false
cluster.routing.allocation.disk.threshold_enabled: false
action.destructive_requires_name: false
EOF
  local user java_home
  user=$(es_user_for)
  java_home=$(es_java_home)
  local heap=${SAYLINE_ES_HEAP:-512m}
  local envs=(ES_JAVA_HOME="$java_home" ES_JAVA_OPTS="-Xms$heap -Xmx$heap" ES_TMPDIR="$dir/tmp")
  if [[ $(id -u) -eq 0 ]]; then
    chown -R "$user" "$dir"
    runuser -u "$user" -- test -r "$home/bin/elasticsearch" ||
      die "user $user cannot read $home: every parent directory must be world-readable (0755)"
    runuser -u "$user" -- env "${envs[@]}" "$home/bin/elasticsearch" -d -p "$pidf" -s \
      >"$dir/logs/stdout.log" 2>&1 || { tail -20 "$dir/logs/stdout.log" >&2; die "Elasticsearch failed to start"; }
  else
    env "${envs[@]}" "$home/bin/elasticsearch" -d -p "$pidf" -s >"$dir/logs/stdout.log" 2>&1 ||
      { tail -20 "$dir/logs/stdout.log" >&2; die "Elasticsearch failed to start"; }
  fi
  log "Elasticsearch starting on 127.0.0.1:$port"
}

es_ready() { curl -fsS "http://127.0.0.1:$1/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1; }

start() { # data_dir kafka_port es_port
  local data=$1 kport=$2 eport=$3
  fetch
  mkdir -p "$data"
  start_kafka "$data" "$kport"
  start_es "$data" "$eport"
  wait_for "Kafka on 127.0.0.1:$kport" 90 port_open "$kport" ||
    { tail -30 "$data/kafka/logs/server.log" >&2 || true; die "Kafka did not open port $kport"; }
  wait_for "Elasticsearch on 127.0.0.1:$eport" 180 es_ready "$eport" ||
    { tail -30 "$(es_dir "$data")/logs/sayline.log" >&2 2>/dev/null || true; die "Elasticsearch not ready on $eport"; }
}

stop_pidfile() { # pid_file name
  local pidf=$1 name=$2 pid
  [[ -f $pidf ]] || return 0
  pid=$(cat "$pidf")
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
    log "stopped $name (pid $pid)"
  fi
  rm -f "$pidf"
}

stop() { # data_dir
  stop_pidfile "$(es_dir "$1")/es.pid" Elasticsearch
  stop_pidfile "$1/kafka/kafka.pid" Kafka
}

ensure() { # data_dir kafka_port es_port owner_pid
  local data=$1 owner=$4
  mkdir -p "$data"
  exec 9>"$data/.ensure.lock"
  flock 9
  if ! pid_alive "$data/kafka/kafka.pid" && ! pid_alive "$data/elasticsearch/es.pid"; then
    # A new build starts from empty topics and an empty index; the unpacked node is kept.
    local es
    es=$(es_dir "$data")
    rm -rf "$data/kafka" "$es/data" "$es/logs"
  fi
  start "$data" "$2" "$3"
  if ! pid_alive "$data/watchdog.pid"; then
    # Stop the infrastructure when the build that asked for it ends, however it ends.
    nohup setsid "$HERE/infra.sh" watch "$data" "$owner" >"$data/watchdog.log" 2>&1 </dev/null &
    echo $! >"$data/watchdog.pid"
  fi
  flock -u 9
  echo "kafka.bootstrap.servers=127.0.0.1:$2"
  echo "elasticsearch.hosts=127.0.0.1:$3"
}

kill_if() { # pid name pattern: stops pid if it is still the process started (not a reused pid)
  local pid=$1 name=$2 pattern=$3
  [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null || return 0
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$pattern" || return 0
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
  log "stopped $name (pid $pid)"
}

watch() { # data_dir owner_pid: waits for the owner to exit, then stops what ensure started
  local data=$1 owner=$2 es kafka_pid es_pid
  es=$(es_dir "$data")
  # The pids are read now: if the checkout is deleted under a running build, its pid files go
  # with it, and this process (bash keeps its script open) must still stop both servers.
  kafka_pid=$(cat "$data/kafka/kafka.pid" 2>/dev/null || true)
  es_pid=$(cat "$es/es.pid" 2>/dev/null || true)
  while kill -0 "$owner" 2>/dev/null; do sleep 2; done
  if [[ -d $data ]]; then
    stop "$data"
  else
    kill_if "$es_pid" Elasticsearch org.elasticsearch
    kill_if "$kafka_pid" Kafka kafka.Kafka
    prune_orphan_es_dirs
  fi
}

main() {
  local cmd=${1:-}; shift || true
  case $cmd in
    fetch) fetch ;;
    start|ensure)
      local data=${1:?data directory}; shift
      local kport=9092 eport=9200 owner=
      while [[ $# -gt 0 ]]; do
        case $1 in
          --kafka-port) kport=$2; shift 2 ;;
          --es-port) eport=$2; shift 2 ;;
          --owner) owner=$2; shift 2 ;;
          *) die "unknown option $1" ;;
        esac
      done
      if [[ $cmd == start ]]; then start "$data" "$kport" "$eport"
      else ensure "$data" "$kport" "$eport" "${owner:?--owner PID}"; fi ;;
    stop) stop "${1:?data directory}" ;;
    watch) watch "${1:?data directory}" "${2:?owner pid}" ;;
    *) awk 'NR > 1 && /^#/ { print; next } NR > 1 { exit }' "$0" >&2; exit 2 ;;
  esac
}

main "$@"
