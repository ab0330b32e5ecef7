#!/bin/sh
# Builds a JDK 25 AOT cache (JEP 483/514) for tolk by a training run: start the app with -XX:AOTCacheOutput, wait
# until Quarkus reports it started, stop it with SIGTERM; the JVM writes the cache as it exits. Starting from the cache
# loads and links the classes from it instead of the jars: start to ready fell from ~3.6 s to ~1.5 s in the benchmark.
#
#   docker/aot-train.sh <app dir containing quarkus-run.jar> <cache file> [java options...]
#
# The cache only applies to the same JDK build, class path and GC: run it with the options the app runs with
# (the Dockerfile passes $JAVA_OPTS, the benchmark its own). Uses the environment (e.g. QUARKUS_HTTP_PORT); needs no
# backend: without one tolk starts anyway (readiness DOWN).
set -eu
APP=$1 CACHE=$2
shift 2
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
LOG=$(mktemp)
cd "$APP"
"$JAVA" "$@" -XX:AOTCacheOutput="$CACHE" -jar quarkus-run.jar >"$LOG" 2>&1 &
PID=$!
i=0
until grep -q ' started in ' "$LOG"; do
    i=$((i + 1))
    if [ "$i" -gt 600 ] || ! kill -0 "$PID" 2>/dev/null; then
        cat "$LOG" >&2; echo "aot-train: the training run did not start" >&2; exit 1
    fi
    sleep 0.1
done
kill -TERM "$PID"
wait "$PID" || true
grep -q 'AOTCache creation is complete' "$LOG" || { cat "$LOG" >&2; echo "aot-train: no cache written" >&2; exit 1; }
rm -f "$LOG"
echo "aot-train: wrote $CACHE ($(wc -c <"$CACHE") bytes)"
