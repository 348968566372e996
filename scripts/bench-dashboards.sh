#!/usr/bin/env bash
# Dashboard benchmark (issue 5; not a test): the time to publish the whole sample site (median of
# three `samverkan publish` runs) and page/API latency with 50 concurrent users on loopback (wrk,
# logged in with a real login cookie), p50/p95 per page type. Results: docs/benchmarks.md.
#
#   scripts/bench-dashboards.sh            # Release build, a fresh data directory under /tmp
#   DURATION=30s CONNECTIONS=50 PORT=5199 TIMEOUT=10s scripts/bench-dashboards.sh
#
# Needs: wrk, curl, bc (apt-get install -y wrk curl bc). Prints a Markdown table.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${WORK:-$(mktemp -d /tmp/samverkan-bench-XXXXXX)}
PORT=${PORT:-5199}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-50}
THREADS=${THREADS:-2}
TIMEOUT=${TIMEOUT:-2s}   # wrk's own default: an answer slower than this counts as an error
PASSWORD="benchmark-lösenord-1"
for tool in wrk curl bc; do command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install -y wrk curl bc" >&2; exit 1; }; done
cd "$ROOT"

echo "# machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; load before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
dotnet build src/Samverkan.Analytics.Cli -c Release -nologo -v q >&2
dotnet build src/Samverkan.Analytics.Host -c Release -nologo -v q >&2
CLI=(dotnet src/Samverkan.Analytics.Cli/bin/Release/net10.0/samverkan.dll --data-dir "$WORK/data")

# 1. Publish: import and compute once, then publish the whole site three times.
"${CLI[@]}" run >&2
times=()
for i in 1 2 3; do
  start=$(date +%s.%N); "${CLI[@]}" publish >/dev/null; end=$(date +%s.%N)
  times+=("$(echo "$end - $start" | bc)")
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)
files=$(find "$WORK/data/site" -type f | wc -l)
charts=$(find "$WORK/data/site/charts" -name '*.svg' | wc -l)

# 2. The Host on loopback, two viewers (one limited to Järva).
echo "$PASSWORD" | "${CLI[@]}" users add bench --role viewer --password-stdin >&2
echo "$PASSWORD" | "${CLI[@]}" users add bench-jarva --role viewer --areas lpo-jarva,sdo-jarva --password-stdin >&2
# The site already shows the latest run: say so, or the Host's first inbox job would publish it again during the runs.
sed -n 's/^run=//p' "$WORK/data/site/.samverkan-site" > "$WORK/data/.published-run"
dotnet src/Samverkan.Analytics.Host/bin/Release/net10.0/Samverkan.Analytics.Host.dll --contentRoot "$ROOT/src/Samverkan.Analytics.Host" \
  --urls "http://127.0.0.1:$PORT" --data-dir "$WORK/data" --Samverkan:LoadSamplesOnFirstStart=false >"$WORK/host.log" 2>&1 &
HOST_PID=$!
trap 'kill $HOST_PID 2>/dev/null || true' EXIT
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 120); do curl -fs "$BASE/health" >/dev/null && break; sleep 0.5; done

# A login through the form (anti-forgery token and all); prints the login cookie.
login() {
  local jar="$WORK/$1.jar"
  local token
  token=$(curl -fs -c "$jar" "$BASE/logga-in" | sed -n 's/.*name="__RequestVerificationToken" value="\([^"]*\)".*/\1/p' | head -1)
  curl -fs -o /dev/null -b "$jar" -c "$jar" --data-urlencode "__RequestVerificationToken=$token" \
    --data-urlencode "anvandarnamn=$1" --data-urlencode "losenord=$PASSWORD" "$BASE/logga-in"
  awk '$6 == "Samverkan.Auth" {print "Samverkan.Auth=" $7}' "$jar"
}
FULL=$(login bench)
JARVA=$(login bench-jarva)
[ -n "$FULL" ] && [ -n "$JARVA" ] || { echo "login failed; see $WORK/host.log" >&2; exit 1; }
# The limited viewer's first request publishes their copy of the site: timed once, then served like any file.
first_copy=$(curl -fs -o /dev/null -w '%{time_total}' -H "Cookie: $JARVA" "$BASE/")

echo
echo "Publish (sample catalogue, $files files, $charts charts): ${times[*]} s; median $median s. First request of an area-limited viewer (publishes their copy): $first_copy s."
echo
echo "| page type | path | requests/s | p50 ms | p95 ms | p99 ms | errors |"
echo "|---|---|---|---|---|---|---|"
run() {
  local name=$1 cookie=$2 path=$3
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$BASE$path")
  [ "$status" = 200 ] || { echo "$path answered $status" >&2; exit 1; }
  local line
  line=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout "$TIMEOUT" --latency -s "$ROOT/scripts/bench-wrk-report.lua" -H "Cookie: $cookie" "$BASE$path" | grep '^RESULT')
  val() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$line"; }
  echo "| $name | \`$path\` | $(val rps) | $(val p50_ms) | $(val p95_ms) | $(val p99_ms) | $(( $(val socket_errors) + $(val non_2xx_3xx) )) |"
}
run "overview" "$FULL" "/"
run "indicator page" "$FULL" "/indikator/otrygg-ute-sen-kvall.html"
run "area profile" "$FULL" "/profil/sdo-jarva.html"
run "chart (SVG)" "$FULL" "/charts/otrygg-ute-sen-kvall/kommun-0180.svg"
run "download (CSV)" "$FULL" "/data/otrygg-ute-sen-kvall.csv"
run "download (Excel)" "$FULL" "/data/otrygg-ute-sen-kvall.xlsx"
run "API, one indicator" "$FULL" "/api/results?indicator=otrygg-ute-sen-kvall"
run "API, all results" "$FULL" "/api/results"
run "overview, area-limited viewer" "$JARVA" "/"
run "API, area-limited viewer" "$JARVA" "/api/results"
echo
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg); data in $WORK" >&2
