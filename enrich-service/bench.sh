#!/usr/bin/env bash
# Runs the enrich-service JMH benchmarks (src/test/java/dev/sayline/enrich/bench) and prints
# their figures. They read the seed corpus and dev sets from ../shared at run time.
#
#   enrich-service/bench.sh [JMH regex] [JMH options]     e.g. enrich-service/bench.sh DateEnricherBenchmark
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/.."
mvn -B -q -pl enrich-service -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$here/target/bench.classpath" -Dmdep.includeScope=test >&2
cd "$here"
# shared/ sits beside the repository: ../../shared from here in a clone, one level further up
# from a worktree under wt/ (SAYLINE_SHARED overrides).
shared=${SAYLINE_SHARED:-}
if [[ -z $shared ]]; then
  for d in "$here/../../shared" "$here/../../../shared"; do
    [[ -d $d/corpus ]] && { shared=$d; break; }
  done
fi
exec java -Dsayline.shared="${shared:-$here/../../shared}" \
  -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  org.openjdk.jmh.Main "${@:-.*Benchmark}"
