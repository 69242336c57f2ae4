#!/usr/bin/env bash
# Load benchmark of the web app (docs/benchmarks.md): serves 62,500 synthetic persons (about 100,000
# cases) on loopback, signs in with the printed administrator login and its TOTP code, then runs wrk (100 connections, 30 s) against case
# pages and search. Stops the server it started. Usage: web/bench/run.sh [path-to-uncounted-all.jar]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="${1:-$here/../../app/target/uncounted-app-0.1.0-SNAPSHOT-all.jar}"
port=18080
log="$(mktemp)"
java -Xmx4g -jar "$jar" serve --port "$port" --synthetic 62500 >"$log" 2>&1 &
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
echo "cases loaded: $cases"
wrk -t2 -c100 -d10s -s "$here/cases.lua" "http://127.0.0.1:$port" >/dev/null   # warm-up (JIT)
wrk -t2 -c100 -d10s -s "$here/search.lua" "http://127.0.0.1:$port" >/dev/null
echo "== case pages"; wrk -t2 -c100 -d30s --latency -s "$here/cases.lua" "http://127.0.0.1:$port"
echo "== search"; wrk -t2 -c100 -d30s --latency -s "$here/search.lua" "http://127.0.0.1:$port"
