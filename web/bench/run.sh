#!/usr/bin/env bash
# Load benchmark of the web app (docs/benchmarks.md): serves 62,500 synthetic persons (about 100,000
# cases) on loopback, signs in with the printed administrator login and its TOTP code, then runs wrk (100
# connections, 30 s) against case pages, search (8 words: answered from the result cache after the first
# time) and uncached search (2,240 different queries). Each run prints the load average before and after, and
# the server's CPU time per request (from /proc, so it does not depend on how busy the machine is).
# Stops the server it started.
# Usage: web/bench/run.sh [path-to-uncounted-all.jar]
#   UNCOUNTED_JAVA_OPTS  JVM options of the server (default -Xmx4g, i.e. G1 as `uncounted serve` runs; with
#                        -XX:+UseZGC the 20-180 ms young pauses go, but a case page costs ~1.5x the CPU)
#   PORT (default 18080), DURATION (default 30), WARMUP (seconds per endpoint, default 40)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="${1:-$here/../../app/target/uncounted-app-0.1.0-SNAPSHOT-all.jar}"
port="${PORT:-18080}"
duration="${DURATION:-30}"
warmup="${WARMUP:-40}"
opts="${UNCOUNTED_JAVA_OPTS:--Xmx4g}"
log="$(mktemp)"
# read before anything starts: during the runs the load average also counts this server's busy threads and wrk
echo "load average before starting the server: $(cut -d' ' -f1-3 /proc/loadavg)"
# shellcheck disable=SC2086
java $opts -jar "$jar" serve --port "$port" --synthetic 62500 >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do grep -q "Press Ctrl-C" "$log" && break; sleep 1; done
user="$(sed -n 's/.*shown once): \(.*\) \/ .*/\1/p' "$log")"
pass="$(sed -n 's/.*shown once): .* \/ \(.*\)/\1/p' "$log")"
secret="$(sed -n 's/.*type its secret: \(.*\)/\1/p' "$log")"
code="$(UNCOUNTED_TOTP_SECRET="$secret" java -jar "$jar" users code)"   # the account is a researcher: TOTP required
jar_cookies="$(mktemp)"
csrf="$(curl -s -c "$jar_cookies" "http://127.0.0.1:$port/api/session" | sed 's/.*"csrfToken":"\([^"]*\)".*/\1/')"
curl -s -b "$jar_cookies" -c "$jar_cookies" -H "X-CSRF-Token: $csrf" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$user\",\"password\":\"$pass\",\"code\":\"$code\"}" "http://127.0.0.1:$port/api/session" >/dev/null
export COOKIE="uc_session=$(awk '$6=="uc_session"{print $7}' "$jar_cookies")"
cases="$(curl -s -H "Cookie: $COOKIE" "http://127.0.0.1:$port/api/cases?limit=1" | sed 's/.*"total":\([0-9]*\).*/\1/')"
export CASES="$cases"
echo "cases loaded: $cases; server JVM options: $opts; $(nproc) cores"
for s in cases search search-uncached; do   # warm-up: the JIT needs minutes when the machine is busy
  wrk -t2 -c100 -d"${warmup}s" -s "$here/$s.lua" "http://127.0.0.1:$port" >/dev/null
done
tick="$(getconf CLK_TCK)"
cpu_ms() { awk -v t="$tick" '{print ($14 + $15) * 1000 / t}' "/proc/$pid/stat"; }
check() {   # the session must still be signed in: a 401/302 answer is cheap and would flatter the figures
  local st
  st="$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE" "http://127.0.0.1:$port/api/search?q=broker")"
  [ "$st" = 200 ] || { echo "signed-in check answered $st, not 200: figures invalid" >&2; exit 1; }
}
for s in cases search search-uncached; do
  check
  echo "== $s  (load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
  c0="$(cpu_ms)"
  out="$(wrk -t2 -c100 -d"${duration}s" --latency -s "$here/$s.lua" "http://127.0.0.1:$port")"
  c1="$(cpu_ms)"
  echo "$out"
  n="$(echo "$out" | awk '/requests in/{print $1}')"
  echo "server CPU per request: $(echo "scale=3; ($c1 - $c0) / $n" | bc) ms; load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
done
check
