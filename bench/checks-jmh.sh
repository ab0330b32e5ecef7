#!/usr/bin/env bash
# JMH microbenchmark of the fidelity checks (bench/jmh/): CPU per article of the seed, single-threaded.
#
#   ./bench/checks-jmh.sh [JMH options, e.g. -prof gc, or a benchmark name such as translationChecks]
#
# Builds the test classes offline, compiles the benchmark with JMH's annotation processor (jmh-core and
# jmh-generator-annprocess 1.37 from the local Maven repository; run ./mvnw once online if they are missing) and runs
# it. Not part of CI: CI never judges by time.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=bench/out/jmh
mkdir -p "$OUT/classes"
[ -n "${JAVA_HOME:-}" ] || source .ci/find-jdk.sh >/dev/null
# Offline first; online once if a plugin (maven-dependency-plugin on a fresh machine) is not in the local repository.
CLASSPATH_GOALS=(test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/cp.txt")
./mvnw -B -o -q "${CLASSPATH_GOALS[@]}" >"$OUT/build.log" 2>&1 || ./mvnw -B -q "${CLASSPATH_GOALS[@]}" >"$OUT/build.log" 2>&1 \
    || { tail -30 "$OUT/build.log"; exit 1; }
M2=${MAVEN_REPO:-$HOME/.m2/repository}
JMH=""
for gav in org.openjdk.jmh:jmh-core:1.37 org.openjdk.jmh:jmh-generator-annprocess:1.37 \
        net.sf.jopt-simple:jopt-simple:5.0.4 org.apache.commons:commons-math3:3.6.1; do
    IFS=: read -r group artifact version <<<"$gav"
    jar="$M2/${group//.//}/$artifact/$version/$artifact-$version.jar"
    [ -f "$jar" ] || ./mvnw -B -q dependency:get -Dartifact="$gav" >/dev/null 2>&1 \
        || { echo "cannot fetch $gav" >&2; exit 1; }
    JMH="$JMH:$jar"
done
CP="target/test-classes:target/classes:$(cat "$OUT/cp.txt")$JMH"
"$JAVA_HOME/bin/javac" -nowarn -proc:full -d "$OUT/classes" -cp "$CP" $(find bench/jmh -name '*.java') >"$OUT/javac.log" 2>&1 \
    || { cat "$OUT/javac.log"; exit 1; }
# Other engineers may run JMH on this shared machine: wait for no lock (their runs disturb ours either way).
exec "$JAVA_HOME/bin/java" -Djmh.ignoreLock=true -cp "$OUT/classes:$CP" org.openjdk.jmh.Main "$@"
