#!/usr/bin/env bash
# Runs the enrich-service JMH benchmarks (src/test/java/dev/sayline/enrich/bench) and prints
# their figures. They read the seed corpus and dev sets from ../shared at run time.
#
#   enrich-service/bench.sh [JMH regex] [JMH options]     e.g. enrich-service/bench.sh DateEnricherBenchmark
#   SAYLINE_SHARED=/work/shared enrich-service/bench.sh …  from a worktree whose ../shared is elsewhere
#   JAVA_OPTS=-Djmh.ignoreLock=true enrich-service/bench.sh …  when another JMH run holds /tmp/jmh.lock
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/.."
mvn -B -q -pl enrich-service -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$here/target/bench.classpath" -Dmdep.includeScope=test >&2
cd "$here"
# ../shared sits next to the checkout; a git worktree is one level deeper (/work/wt/NAME), so look upwards.
shared=${SAYLINE_SHARED:-}
if [[ -z $shared ]]; then
  d=$here/..
  for _ in 1 2 3 4; do
    d=$(cd "$d/.." && pwd)
    [[ -d $d/shared/eval ]] && { shared=$d/shared; break; }
  done
fi
[[ -d $shared/eval ]] || { echo "no shared eval data found above $here: set SAYLINE_SHARED" >&2; exit 1; }
exec java ${JAVA_OPTS:-} -Dsayline.shared="$shared" \
  -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  org.openjdk.jmh.Main "${@:-.*Benchmark}"
