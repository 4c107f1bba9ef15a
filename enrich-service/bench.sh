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
exec java -Dsayline.shared="$here/../../shared" \
  -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  org.openjdk.jmh.Main "${@:-.*Benchmark}"
