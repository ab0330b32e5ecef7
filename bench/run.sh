#!/usr/bin/env bash
# tolk benchmark: builds the prod jar, starts tolk against bench/StubBackend.java, drives load with wrk and
# bench/Load.java, and prints one table (tolk's figure, the reference from the same run, the ratio, the target).
#
#   ./bench/run.sh [--quick] [--record] [--no-build]
#
#   --quick     shorter runs (under 2 minutes in all); same cases
#   --record    write the table to bench/RESULTS.md (date, machine, settings, figures)
#   --no-build  use the jar already in target/quarkus-app
#
# Environment: TOLK_JAVA_OPTS (extra JVM options for tolk), STUB_PORT / TOLK_PORT (default: free ports from
# 18090 / 18080). Only 127.0.0.1 is used. Marks are information, not a verdict: the script exits 0 whenever the
# benchmark itself ran (CI never judges by time).
set -euo pipefail

QUICK=0 RECORD=0 BUILD=1
for arg in "$@"; do
    case "$arg" in
        --quick) QUICK=1 ;;
        --record) RECORD=1 ;;
        --no-build) BUILD=0 ;;
        -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
        *) echo "unknown option: $arg" >&2; exit 2 ;;
    esac
done

cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT=$ROOT/bench/out
rm -rf "$OUT" && mkdir -p "$OUT"
SCRIPT_START=$(date +%s)
log() { printf '[bench %3ds] %s\n' $(($(date +%s) - SCRIPT_START)) "$*" >&2; }

# ---------------------------------------------------------------- durations
# The JIT needs tens of thousands of requests before tolk reaches its steady speed (about 40 s of uncached load on
# 2 cores): the full run warms up for longer than it measures; quick figures are less warm and so lower.
if [ "$QUICK" = 1 ]; then
    D=3 WARM_UNCACHED=6 WARM=3 INFLIGHT_ROUNDS=1 IDLE_WAIT=1 WARMUP_REQUESTS=1008
else
    D=10 WARM_UNCACHED=30 WARM=10 INFLIGHT_ROUNDS=5 IDLE_WAIT=3
fi
INFLIGHT_CONNS=2000 INFLIGHT_LATENCY=2000 WARMUP_REQUESTS=${WARMUP_REQUESTS:-4000}
SINGLE_FLIGHT_CONNS=100 SINGLE_FLIGHT_LATENCY=300
LONG_PARAS=20 LONG_LATENCY=1000

# ---------------------------------------------------------------- tools
java_major() { "$1/bin/java" -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit }'; }
find_jdk() {
    local c
    for c in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
        if [ -n "$c" ] && [ -x "$c/bin/javac" ] && [ "$(java_major "$c")" -ge 21 ] 2>/dev/null; then
            echo "$c"; return 0
        fi
    done
    return 1
}
JAVA_HOME=$(find_jdk) || { echo "no JDK >= 21 found (set JAVA_HOME)" >&2; exit 1; }
export JAVA_HOME
JAVA=$JAVA_HOME/bin/java
for tool in wrk curl jq; do
    if ! command -v "$tool" >/dev/null; then
        log "installing $tool"
        apt-get install -y "$tool" >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y "$tool" >/dev/null; }
    fi
done
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
[ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt 8192 ] && log "warning: ulimit -n is $(ulimit -n); the in-flight case needs > 4000"

# ---------------------------------------------------------------- processes (all killed on exit)
PIDS=()
cleanup() {
    local p
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
    for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
}
trap cleanup EXIT

free_port() {
    local p=$1
    while [ -n "$(ss -ltnH "sport = :$p" 2>/dev/null)" ]; do p=$((p + 1)); done
    echo "$p"
}

# ---------------------------------------------------------------- build
if [ "$BUILD" = 1 ]; then
    log "building the prod jar (JDK $(java_major "$JAVA_HOME") at $JAVA_HOME)"
    ./mvnw -B -o -q package -DskipTests >"$OUT/build.log" 2>&1 || ./mvnw -B -q package -DskipTests >"$OUT/build.log" 2>&1 \
        || { tail -30 "$OUT/build.log"; exit 1; }
fi
[ -f target/quarkus-app/quarkus-run.jar ] || { echo "target/quarkus-app/quarkus-run.jar missing: build first" >&2; exit 1; }
# The stub runs on tolk's own Vert.x and Jackson; both helpers are compiled once rather than per launch.
LIB='target/quarkus-app/lib/main/*'
mkdir -p "$OUT/classes"
"$JAVA_HOME/bin/javac" -nowarn -d "$OUT/classes" -cp "$LIB" bench/StubBackend.java bench/Load.java >"$OUT/javac.log" 2>&1 \
    || { cat "$OUT/javac.log"; exit 1; }

# ---------------------------------------------------------------- the checks' CPU per article (JMH)
# Thread CPU time of the fidelity checks on the seed article (15 segments and the article), single-threaded, before
# anything else runs: its own figure, since the uncached request's CPU below also holds HTTP, JSON and the cache.
log "fidelity checks' CPU per article (JMH, bench/checks-jmh.sh)"
if [ "$QUICK" = 1 ]; then JMH_ITER=(-wi 3 -i 3 -w 1 -r 1); else JMH_ITER=(-wi 5 -i 5 -w 2 -r 2); fi
CHECKS_US=$(bench/checks-jmh.sh "${JMH_ITER[@]}" translationChecks 2>"$OUT/jmh.err" | tee "$OUT/jmh.log" \
    | awk '/^Iteration .*cpu:/ { s += $4; n++ } END { if (n) printf "%.0f", s / n; else print "0" }') \
    || { tail -20 "$OUT/jmh.log" "$OUT/jmh.err"; echo "the JMH run failed" >&2; exit 1; }

# ---------------------------------------------------------------- request bodies
FIX=src/test/resources/fixtures
RUN_ID=$(date +%s%N | tail -c 9)
jq -n --rawfile t "$FIX/hamas-kairo.da.txt" '{text: $t}' >"$OUT/fixture.json"
# A new article on every request, as desks send them: every paragraph tagged "[id 00000000]", a marker wrk (post.lua)
# and Load.java replace with a number unique to the request, written in letters (a-j) so that no paragraph gains a
# number the checks would read; the stub answers a tagged paragraph with its English.
jq -n --rawfile t "$FIX/hamas-kairo.da.txt" \
    '{text: ($t | rtrimstr("\n") | split("\n\n") | map(. + " [id 00000000]") | join("\n\n"))}' >"$OUT/new.json"
# The fixture with one paragraph edited (a figure corrected), as a desk re-sends a story.
jq -n --rawfile t "$FIX/hamas-kairo.da.txt" '{text: ($t | sub("omkring 130 gidsler"; "omkring 136 gidsler"))}' >"$OUT/edited.json"
cmp -s "$OUT/fixture.json" "$OUT/edited.json" && { echo "edit did not apply" >&2; exit 1; }
# The fixture with every paragraph tagged, so none of it is in tolk's cache (single-flight).
jq -n --rawfile t "$FIX/hamas-kairo.da.txt" --arg tag "$RUN_ID" \
    '{text: ($t | rtrimstr("\n") | split("\n\n") | map(. + " [sf-" + $tag + "]") | join("\n\n"))}' >"$OUT/single-flight.json"
jq -n --rawfile t "$FIX/hamas-kairo.da.txt" --arg tag "$RUN_ID" \
    '{text: ($t | rtrimstr("\n") | split("\n\n") | map(. + " [chunks-" + $tag + "]") | join("\n\n"))}' >"$OUT/chunks.json"
# A long article: 20 paragraphs of about 3 fixture paragraphs each (~450 characters), tagged so they are uncached.
jq -n --rawfile t "$FIX/hamas-kairo.da.txt" --arg tag "$RUN_ID" --argjson n "$LONG_PARAS" \
    '($t | rtrimstr("\n") | split("\n\n")) as $p
     | {title: "Hamas-leder i Kairo for at drøfte krigen i Gaza",
        text: ([range(0; $n) | "\($p[. % 15]) \($p[(. + 4) % 15]) \($p[(. + 9) % 15]) (afsnit \(. + 1), \($tag))"] | join("\n\n"))}' \
    >"$OUT/long.json"

# ---------------------------------------------------------------- stub backend
STUB_PORT=$(free_port "${STUB_PORT:-18090}")
STUB=http://127.0.0.1:$STUB_PORT
"$JAVA" -cp "$OUT/classes:$LIB" StubBackend "$STUB_PORT" 0 \
    "$FIX/hamas-kairo.da.txt" "$FIX/hamas-kairo.en.json" >"$OUT/stub.log" 2>&1 &
STUB_PID=$!
PIDS+=($STUB_PID)
for _ in $(seq 1 250); do curl -sf "$STUB/admin/stats" >/dev/null && break; sleep 0.02; done
curl -sf "$STUB/admin/stats" >/dev/null || { cat "$OUT/stub.log"; exit 1; }
latency() { curl -sf -X POST "$STUB/admin/latency?ms=$1" >/dev/null; }
stats() { curl -sf "$STUB/admin/stats"; }
reset_stats() { curl -sf -X POST "$STUB/admin/reset" >/dev/null; }

# ---------------------------------------------------------------- tolk
TOLK_PORT=$(free_port "${TOLK_PORT:-18080}")
TOLK=http://127.0.0.1:$TOLK_PORT
# Every setting that differs from tolk's defaults (printed with the results).
SETTINGS=(
    "QUARKUS_HTTP_PORT=$TOLK_PORT"
    "TOLK_LLM_BASE_URL=$STUB/v1"
    "TOLK_LLM_MODEL=bench-model"
    "TOLK_BENCH_ENABLED=true"
    # API keys are on by default in prod; the bench measures the translation path, not the key check
    "TOLK_AUTH_ENABLED=false"
    # 2 000 calls in flight need that many bulkhead slots (default 256 per replica; the connection pool follows it)
    "TOLK_LLM_RESILIENCE_MAX_CONCURRENT=2048"
)
# tolk runs as the container image runs it (docker/Dockerfile.jvm) in a pod with k8s/deployment.yaml's 512 MiB limit:
# the image's JAVA_OPTS, MaxRAM standing in for the cgroup limit, and its AOT cache, trained here the same way.
IMAGE_JAVA_OPTS=$(sed -n 's/^ *JAVA_OPTS="\([^"]*\)".*/\1/p' docker/Dockerfile.jvm)
[ -n "$IMAGE_JAVA_OPTS" ] || { echo "JAVA_OPTS not found in docker/Dockerfile.jvm" >&2; exit 1; }
JVM_OPTS=(-XX:MaxRAM=512m $IMAGE_JAVA_OPTS ${TOLK_JAVA_OPTS:-})
AOT_CACHE=$ROOT/target/quarkus-app/app.aot
if [ ! -f "$AOT_CACHE" ] || [ "$AOT_CACHE" -ot target/quarkus-app/quarkus-run.jar ] \
        || [ -n "$(find target/quarkus-app/app target/quarkus-app/lib -newer "$AOT_CACHE" -print -quit)" ]; then
    log "training run for the AOT cache"
    QUARKUS_HTTP_PORT=$(free_port 18070) docker/aot-train.sh target/quarkus-app "$AOT_CACHE" "${JVM_OPTS[@]}" >"$OUT/aot.log" 2>&1 \
        || { cat "$OUT/aot.log"; exit 1; }
fi
NO_AOT_JVM_OPTS=("${JVM_OPTS[@]}")
JVM_OPTS+=(-XX:AOTCache="$AOT_CACHE")
rss_kb() { awk -v k="$2:" '$1 == k { print $2 }' "/proc/$1/status"; }
mb() { awk -v kb="$1" 'BEGIN { printf "%.0f", kb / 1024 }'; }

# Other builds on this machine skew every figure: wait (bounded) for the CPUs to be mostly idle, and say so.
cpu_idle_pct() {
    local a b
    a=($(head -1 /proc/stat)); sleep 2; b=($(head -1 /proc/stat))
    local total=0 i
    for i in 1 2 3 4 5 6 7 8; do total=$((total + ${b[$i]} - ${a[$i]})); done
    echo $(( 100 * (${b[4]} - ${a[4]} + ${b[5]} - ${a[5]}) / (total > 0 ? total : 1) ))
}
QUIET_WAIT=$([ "$QUICK" = 1 ] && echo 0 || echo 300)
waited=0
while IDLE=$(cpu_idle_pct); [ "$IDLE" -lt 85 ] && [ "$waited" -lt "$QUIET_WAIT" ]; do
    [ "$waited" = 0 ] && log "CPUs only ${IDLE}% idle (other work running); waiting up to ${QUIET_WAIT} s"
    sleep 8; waited=$((waited + 10))
done
[ "$IDLE" -lt 85 ] && log "warning: CPUs only ${IDLE}% idle before the run: figures will be low"
log "uptime before the run: $(uptime)"
LOAD1=$(awk '{ print $1 }' /proc/loadavg)
log "starting tolk on :$TOLK_PORT against the stub on :$STUB_PORT"
# start_tolk LOG JVM_OPTION...: starts tolk, sets TOLK_PID and READY_MS (empty if it did not become ready).
start_tolk() {
    local log=$1; shift
    local start_ns
    start_ns=$(date +%s%N)
    # From the app directory with a relative jar, as the training run (and the image) ran it: the AOT cache holds
    # the class path as it was given.
    (cd target/quarkus-app && exec env "${SETTINGS[@]}" "$JAVA" "$@" -jar quarkus-run.jar) >"$log" 2>&1 &
    TOLK_PID=$!
    PIDS+=($TOLK_PID)
    READY_MS=""
    for _ in $(seq 1 1500); do
        if curl -sf -o /dev/null "$TOLK/q/health/ready"; then
            READY_MS=$(( ($(date +%s%N) - start_ns) / 1000000 )); break
        fi
        kill -0 "$TOLK_PID" 2>/dev/null || break
        sleep 0.02
    done
}
start_tolk "$OUT/tolk.log" "${JVM_OPTS[@]}"
[ -n "$READY_MS" ] || { tail -40 "$OUT/tolk.log"; echo "tolk did not become ready" >&2; exit 1; }
FIRST_READY_MS=$READY_MS
sleep "$IDLE_WAIT"
IDLE_RSS=$(rss_kb "$TOLK_PID" VmRSS)
log "ready in $READY_MS ms, idle RSS $(mb "$IDLE_RSS") MB"

# wrk against tolk or the stub: wrk_run URL BODY CONNS SECONDS [NO_CACHE]
wrk_run() {
    local threads=2
    [ "$3" -lt 2 ] && threads=1
    BODY_FILE=$2 NO_CACHE=${5:-0} wrk -t"$threads" -c"$3" -d"$4"s --timeout 10s -s bench/post.lua "$1" | tail -1
}
load_run() { "$JAVA" -cp "$OUT/classes" Load "$@"; }
# CPU time (user + system, ms) a process has used: per-request CPU does not depend on what else the machine runs,
# so it is the figure to trust when other work shares the cores.
CLK_TCK=$(getconf CLK_TCK)
cpu_ms() { awk -v hz="$CLK_TCK" '{ printf "%d", ($14 + $15) * 1000 / hz }' "/proc/$1/stat"; }
# Highest VmRSS while a case runs: rss_watch_start; ...; rss_watch_stop → prints kB
rss_watch_start() {
    ( max=0; while kill -0 "$TOLK_PID" 2>/dev/null; do
        r=$(rss_kb "$TOLK_PID" VmRSS); [ "${r:-0}" -gt "$max" ] && { max=$r; echo "$max" >"$OUT/rss.max"; }
        sleep 0.1; done ) &
    RSS_WATCH=$!
    PIDS+=($RSS_WATCH)
}
rss_watch_stop() { kill "$RSS_WATCH" 2>/dev/null || true; wait "$RSS_WATCH" 2>/dev/null || true; cat "$OUT/rss.max"; rm -f "$OUT/rss.max"; }
j() { jq -r "$1" <<<"$2"; }

# ---------------------------------------------------------------- 5. edited article (first: the cache is cold)
log "edited article"
latency 0
reset_stats
load_run "$TOLK/v1/translate" "$OUT/fixture.json" 1 1 >"$OUT/first.json"
FIRST=$(stats)
curl -sf "$STUB/admin/last" >"$OUT/direct.json"   # tolk's exact backend request: the direct reference body
reset_stats
load_run "$TOLK/v1/translate" "$OUT/edited.json" 1 1 >"$OUT/edit.json"
EDIT=$(stats)
curl -sf "$STUB/admin/last" >"$OUT/edit-request.json"
FIRST_TOKENS=$(j '.promptTokens + .completionTokens' "$FIRST") FIRST_CALLS=$(j .calls "$FIRST")
EDIT_TOKENS=$(j '.promptTokens + .completionTokens' "$EDIT") EDIT_CALLS=$(j .calls "$EDIT")
EDIT_SYSTEM_TOKENS=$(jq '.messages[0].content | length / 4 | floor' "$OUT/edit-request.json")
[ "$(j .ok "$(cat "$OUT/first.json")")" = 1 ] && [ "$(j .ok "$(cat "$OUT/edit.json")")" = 1 ] \
    || { echo "translate failed: $(cat "$OUT/first.json" "$OUT/edit.json")" >&2; tail -20 "$OUT/tolk.log"; exit 1; }

# ---------------------------------------------------------------- warm-up (JIT) and 1. added latency
log "warm-up (${WARM_UNCACHED} s uncached, $WARM s per other path)"
wrk_run "$TOLK/v1/translate" "$OUT/new.json" 16 "$WARM_UNCACHED" >/dev/null
wrk_run "$STUB/v1/chat/completions" "$OUT/direct.json" 16 "$((WARM / 2))" >/dev/null
wrk_run "$TOLK/v1/translate" "$OUT/fixture.json" 16 "$WARM" >/dev/null
wrk_run "$TOLK/bench/echo" "$OUT/fixture.json" 16 "$WARM" >/dev/null
declare -A VIA DIRECT VIA_CPU DIRECT_CPU
for c in 1 16 100; do
    log "added latency at $c connection(s)"
    t0=$(cpu_ms "$TOLK_PID") s0=$(cpu_ms "$STUB_PID")
    VIA[$c]=$(wrk_run "$TOLK/v1/translate" "$OUT/new.json" "$c" "$D")
    t1=$(cpu_ms "$TOLK_PID") s1=$(cpu_ms "$STUB_PID")
    DIRECT[$c]=$(wrk_run "$STUB/v1/chat/completions" "$OUT/direct.json" "$c" "$D")
    s2=$(cpu_ms "$STUB_PID")
    # CPU per request: tolk's own, and the stub's when called directly
    VIA_CPU[$c]=$(awk -v t=$((t1 - t0)) -v n="$(j .requests "${VIA[$c]}")" 'BEGIN { printf "%.3f", t / n }')
    DIRECT_CPU[$c]=$(awk -v t=$((s2 - s1)) -v n="$(j .requests "${DIRECT[$c]}")" 'BEGIN { printf "%.3f", t / n }')
done

# ---------------------------------------------------------------- 2. cache-hit throughput (and 7. RSS under load)
log "cache-hit throughput"
rss_watch_start
t0=$(cpu_ms "$TOLK_PID")
HIT=$(wrk_run "$TOLK/v1/translate" "$OUT/fixture.json" 100 "$D")
t1=$(cpu_ms "$TOLK_PID")
LOAD_RSS=$(rss_watch_stop)
ECHO=$(wrk_run "$TOLK/bench/echo" "$OUT/fixture.json" 100 "$D")
t2=$(cpu_ms "$TOLK_PID")
HIT_CPU=$(awk -v t=$((t1 - t0)) -v n="$(j .requests "$HIT")" 'BEGIN { printf "%.3f", t / n }')
ECHO_CPU=$(awk -v t=$((t2 - t1)) -v n="$(j .requests "$ECHO")" 'BEGIN { printf "%.3f", t / n }')

# ---------------------------------------------------------------- 4. single-flight
log "single-flight"
latency "$SINGLE_FLIGHT_LATENCY"
reset_stats
load_run "$TOLK/v1/translate" "$OUT/chunks.json" 1 1 >/dev/null
CHUNKS=$(j .calls "$(stats)")   # backend calls one request for an article of this shape needs
reset_stats
SF=$(load_run "$TOLK/v1/translate" "$OUT/single-flight.json" "$SINGLE_FLIGHT_CONNS" 1)
SF_CALLS=$(j .calls "$(stats)")

# ---------------------------------------------------------------- 6. long article
log "long article"
latency "$LONG_LATENCY"
reset_stats
LONG=$(load_run "$TOLK/v1/translate" "$OUT/long.json" 1 1)
LONG_CALLS=$(j .calls "$(stats)")

# ---------------------------------------------------------------- 3. in-flight scale
log "in-flight: $INFLIGHT_CONNS connections x $INFLIGHT_ROUNDS uncached requests, backend ${INFLIGHT_LATENCY} ms"
latency "$INFLIGHT_LATENCY"
reset_stats
rss_watch_start
t0=$(cpu_ms "$TOLK_PID") s0=$(cpu_ms "$STUB_PID")
TIMEFORMAT='%U %S'
{ time load_run "$TOLK/v1/translate" "$OUT/new.json" "$INFLIGHT_CONNS" "$INFLIGHT_ROUNDS" \
    >"$OUT/inflight.json"; } 2>"$OUT/inflight.time"
INFLIGHT=$(cat "$OUT/inflight.json")
t1=$(cpu_ms "$TOLK_PID") s1=$(cpu_ms "$STUB_PID")
LOADGEN_MS=$(awk '{ printf "%d", ($1 + $2) * 1000 }' "$OUT/inflight.time")
INFLIGHT_RSS=$(rss_watch_stop)
INFLIGHT_CALLS=$(j .calls "$(stats)")
HWM=$(rss_kb "$TOLK_PID" VmHWM)
latency 0

# ---------------------------------------------------------------- 8. JIT warm-up
# A fresh tolk without the AOT cache (whose method profiles would shorten the warm-up), then new articles at 16
# connections: tolk's CPU per request over its first requests, against the warmed figure of case 1.
log "JIT warm-up: a fresh tolk without the AOT cache, $WARMUP_REQUESTS new articles"
kill "$TOLK_PID"; wait "$TOLK_PID" 2>/dev/null || true
start_tolk "$OUT/tolk-cold.log" "${NO_AOT_JVM_OPTS[@]}"
[ -n "$READY_MS" ] || { tail -40 "$OUT/tolk-cold.log"; echo "tolk (no AOT cache) did not become ready" >&2; exit 1; }
t0=$(cpu_ms "$TOLK_PID")
COLD=$(load_run "$TOLK/v1/translate" "$OUT/new.json" 16 "$((WARMUP_REQUESTS / 16))")
t1=$(cpu_ms "$TOLK_PID")
COLD_CPU=$(awk -v t=$((t1 - t0)) -v n="$(j .requests "$COLD")" 'BEGIN { printf "%.3f", t / n }')

# ---------------------------------------------------------------- table
ROWS=()
# row NAME TOLK REFERENCE RATIO TARGET MARK
row() { ROWS+=("| $1 | $2 | $3 | $4 | $5 | $6 |"); }
calc() { awk "BEGIN { printf \"$1\", $2 }"; }
mark() { if awk "BEGIN { exit !($1) }"; then echo pass; else echo short; fi; }
ms() { calc "%.2f" "$1 / 1000"; }

for c in 1 16 100; do
    for p in 50 99; do
        v=$(j ".p${p}_us" "${VIA[$c]}") d=$(j ".p${p}_us" "${DIRECT[$c]}")
        added=$(calc "%.2f" "($v - $d) / 1000")
        target="" result=""
        if [ "$c" = 100 ]; then
            limit=$([ "$p" = 50 ] && echo 0.5 || echo 3)
            target="added ≤ $limit ms"; result=$(mark "$added <= $limit")
        fi
        row "1. added latency p$p, $c conn: **+$added ms**" "$(ms "$v") ms" "$(ms "$d") ms direct" \
            "$(calc "%.2f" "$v / ($d > 0 ? $d : 1)")" "$target" "$result"
    done
done
row "1. fidelity checks' CPU per article (JMH, seed article: 15 segments + article, thread CPU)" \
    "$(calc "%.3f" "$CHECKS_US / 1000") ms" "" "" "≤ 1 ms" "$(mark "$CHECKS_US > 0 && $CHECKS_US <= 1000")"
for c in 1 16 100; do
    row "1. (CPU per uncached request at $c conn: tolk vs stub)" "${VIA_CPU[$c]} ms" "${DIRECT_CPU[$c]} ms stub" \
        "$(calc "%.1f" "${VIA_CPU[$c]} / (${DIRECT_CPU[$c]} > 0 ? ${DIRECT_CPU[$c]} : 0.001)")" "" ""
done
for c in 1 16 100; do
    row "1. (throughput at $c conn, uncached)" "$(j .rps "${VIA[$c]}") req/s" "$(j .rps "${DIRECT[$c]}") req/s direct" \
        "$(calc "%.2f" "$(j .rps "${VIA[$c]}") / $(j .rps "${DIRECT[$c]}")")" "" ""
done
hit_rps=$(j .rps "$HIT") echo_rps=$(j .rps "$ECHO")
hit_ratio=$(calc "%.2f" "$hit_rps / $echo_rps")
row "2. cache-hit throughput, 100 conn" "$hit_rps req/s" "$echo_rps req/s bare echo" "$hit_ratio" "≥ 0.80" "$(mark "$hit_ratio >= 0.8")"
row "2. cache-hit p99, 100 conn" "$(ms "$(j .p99_us "$HIT")") ms" "$(ms "$(j .p99_us "$ECHO")") ms bare echo" \
    "$(calc "%.2f" "$(j .p99_us "$HIT") / $(j .p99_us "$ECHO")")" "" ""
row "2. (CPU per request: cache hit vs bare echo)" "$HIT_CPU ms" "$ECHO_CPU ms bare echo" \
    "$(calc "%.2f" "$ECHO_CPU / $HIT_CPU")" "" ""
row "2. (errors during throughput runs)" "$(j .errors "$HIT")" "$(j .errors "$ECHO")" "" "0" "$(mark "$(j .errors "$HIT") == 0")"
if_total=$(j .requests "$INFLIGHT") if_wall=$(j .wall_ms "$INFLIGHT") if_err=$(j .errors "$INFLIGHT")
if_rps=$(calc "%.0f" "$if_total / ($if_wall / 1000)")
ideal=$(calc "%.0f" "$INFLIGHT_CONNS / ($INFLIGHT_LATENCY / 1000)")
if_ratio=$(calc "%.3f" "$if_rps / $ideal")
row "3. in-flight throughput, $INFLIGHT_CONNS conn × $INFLIGHT_ROUNDS, ${INFLIGHT_LATENCY} ms backend" "$if_rps req/s" \
    "$ideal req/s ideal" "$if_ratio" "≥ 0.90" "$(mark "$if_ratio >= 0.9")"
row "3. in-flight errors (of $if_total; statuses $(j -c .statuses "$INFLIGHT" 2>/dev/null || jq -c .statuses <<<"$INFLIGHT"))" \
    "$if_err" "0" "" "0" "$(mark "$if_err == 0")"
if_tolk=$(calc "%.2f" "($t1 - $t0) / $if_total") if_stub=$(calc "%.2f" "($s1 - $s0) / $if_total") if_load=$(calc "%.2f" "$LOADGEN_MS / $if_total")
row "3. (CPU per request: tolk $if_tolk + stub $if_stub + load generator $if_load ms; at the ideal rate that is, in cores)" \
    "$(calc "%.2f" "$if_tolk * $ideal / 1000") + $(calc "%.2f" "($if_stub + $if_load) * $ideal / 1000")" "$(nproc) cores" \
    "$(calc "%.2f" "($if_tolk + $if_stub + $if_load) * $ideal / 1000 / $(nproc)")" "" ""
row "3. in-flight peak RSS (backend calls: $INFLIGHT_CALLS)" "$(mb "$INFLIGHT_RSS") MB" "" "" "≤ 400 MB" "$(mark "$INFLIGHT_RSS <= 400 * 1024")"
row "4. single-flight: $SINGLE_FLIGHT_CONNS identical uncached requests → backend calls" "$SF_CALLS" \
    "$CHUNKS chunk(s)" "$(calc "%.2f" "$SF_CALLS / $CHUNKS")" "1 per chunk" "$(mark "$SF_CALLS == $CHUNKS && $(j .errors "$SF") == 0")"
row "5. edited article: tokens (system prompt alone: $EDIT_SYSTEM_TOKENS)" "$EDIT_TOKENS" "$FIRST_TOKENS first submission" \
    "$(calc "%.3f" "$EDIT_TOKENS / $FIRST_TOKENS")" "≤ 0.10" "$(mark "$EDIT_TOKENS / $FIRST_TOKENS <= 0.10")"
edit_article=$((EDIT_TOKENS - EDIT_CALLS * EDIT_SYSTEM_TOKENS)) first_article=$((FIRST_TOKENS - FIRST_CALLS * EDIT_SYSTEM_TOKENS))
row "5. edited article: article tokens alone (the system prompt taken off each call)" "$edit_article" \
    "$first_article first submission" "$(calc "%.3f" "$edit_article / $first_article")" "≤ 0.10" \
    "$(mark "$edit_article / $first_article <= 0.10")"
row "5. edited article: backend calls" "$EDIT_CALLS" "$FIRST_CALLS first submission" \
    "$(calc "%.2f" "$EDIT_CALLS / $FIRST_CALLS")" "" ""
long_s=$(calc "%.2f" "$(j .wall_ms "$LONG") / 1000")
row "6. long article ($LONG_PARAS paragraphs, ${LONG_LATENCY} ms backend, $LONG_CALLS calls)" "$long_s s" \
    "$(calc "%.0f" "$LONG_PARAS * $LONG_LATENCY / 1000") s serial" "$(calc "%.3f" "$long_s / ($LONG_PARAS * $LONG_LATENCY / 1000)")" \
    "≤ 2.5 s" "$(mark "$long_s <= 2.5 && $(j .ok "$LONG") == 1")"
row "7. start to ready" "$FIRST_READY_MS ms" "" "" "≤ 1200 ms" "$(mark "$FIRST_READY_MS <= 1200")"
row "7. idle RSS" "$(mb "$IDLE_RSS") MB" "" "" "≤ 150 MB" "$(mark "$IDLE_RSS <= 150 * 1024")"
row "7. RSS under load (cache-hit run; VmHWM over the run: $(mb "$HWM") MB)" "$(mb "$LOAD_RSS") MB" "" "" "" ""
row "8. CPU per new article, first $(j .requests "$COLD") requests of a fresh tolk without the AOT cache (JIT warm-up; $(j .errors "$COLD") errors)" \
    "$COLD_CPU ms" "${VIA_CPU[16]} ms warmed (16 conn)" "$(calc "%.2f" "$COLD_CPU / ${VIA_CPU[16]}")" "≤ 2.00" \
    "$(mark "$COLD_CPU <= 2 * ${VIA_CPU[16]} && $(j .errors "$COLD") == 0")"

MODE=$([ "$QUICK" = 1 ] && echo quick || echo full)
ELAPSED=$(($(date +%s) - SCRIPT_START))
CPU=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
MACHINE="$(uname -sr), $CPU, $(nproc) cores, $(free -m | awk '/Mem:/ { printf "%.1f GiB", $2 / 1024 }') RAM"
report() {
    echo "Run: $(date -u '+%Y-%m-%d %H:%M UTC'), $MODE mode, ${ELAPSED} s in all; before the run: load average $LOAD1, CPUs ${IDLE}% idle"
    echo
    echo "Machine: $MACHINE; JDK: $("$JAVA" -version 2>&1 | head -1)"
    echo "(tolk, the stub backend and the load generators share these cores: ratios within one run are the figures)"
    echo
    echo "tolk settings that differ from defaults: ${SETTINGS[*]}"
    echo "JVM options: ${JVM_OPTS[*]}"
    echo "Stub: bench/StubBackend.java (Vert.x, latency on timers); load: wrk ($D s per run, after warm-up: ${WARM_UNCACHED} s uncached, ${WARM} s cache hits and echo) and bench/Load.java"
    echo
    echo "| figure | tolk | reference | ratio | target | mark |"
    echo "|---|---|---|---|---|---|"
    printf '%s\n' "${ROWS[@]}"
}
report | tee "$OUT/report.md"
if [ "$RECORD" = 1 ]; then
    { echo "# tolk benchmark results"; echo; echo "Written by \`./bench/run.sh --record\`; see bench/README.md for the cases and what limits them."; echo; report; } >bench/RESULTS.md
    log "recorded in bench/RESULTS.md"
fi
