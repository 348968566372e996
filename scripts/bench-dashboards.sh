#!/usr/bin/env bash
# Service benchmark (issues 9 and 10; not a test). One run measures, on a fresh data directory:
#  1. compute + publish of the whole sample catalogue (`samverkan run` with nothing new in the inbox:
#     compute, then the whole site with every chart and map), ROUNDS times: median, min–max, CPU;
#  2. how long the Host takes to answer /health after its process starts (first answer, and first "ok");
#  3. wrk per page type and for /api/results (50 users on loopback, logged in with a real cookie,
#     pages with the headers a browser sends, Accept-Encoding included, and the overview once more
#     without Accept-Encoding): requests/s, p50/p95/p99, bytes per answer, errors (non-2xx/3xx
#     answers, socket errors and timeouts), and the overview's p95 over the indicator page's;
#  4. MIXED_DURATION (60 s) of 50 users on the pages and the API at once, with its error count;
#  5. only with PEER_HOST_DLL (another build's Samverkan.Analytics.Host.dll, e.g. main's before a change):
#     that Host on PORT+1 over a copy of the same data, and the whole API answer without
#     Accept-Encoding on both Hosts in turns, ROUNDS times: requests/s, p50/p95 and each Host's CPU
#     (user+sys from /proc) per answer, with the medians' ratios (hold better than ms under load).
# Prints Markdown on standard output (progress on standard error). Exit code: 0 when everything ran
# and the mixed run had no errors, 1 when a step failed or any request failed under load, 2 for a
# missing tool. The targets (docs/benchmarks.md) are printed beside the figures, not enforced: the
# machine's load decides the times, so read them with the load average printed at the end.
#
#   scripts/bench-dashboards.sh
#   PORT=5206 DURATION=20s MIXED_DURATION=60s ROUNDS=3 scripts/bench-dashboards.sh
#   PEER_HOST_DLL=/path/to/main/src/Samverkan.Analytics.Host/bin/Release/net10.0/Samverkan.Analytics.Host.dll scripts/bench-dashboards.sh
#
# Needs: wrk, curl, bc (apt-get install -y wrk curl bc); /usr/bin/time for the CPU column if present.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${WORK:-$(mktemp -d /tmp/samverkan-bench-XXXXXX)}
PORT=${BENCH_PORT:-${PORT:-5199}}
DURATION=${DURATION:-20s}
MIXED_DURATION=${MIXED_DURATION:-60s}
CONNECTIONS=${CONNECTIONS:-50}
THREADS=${THREADS:-2}
ROUNDS=${ROUNDS:-3}
TIMEOUT=${TIMEOUT:-2s}   # wrk's own default: an answer slower than this counts as an error
PASSWORD="benchmark-lösenord-1"
# What Chromium sends for a page (the cookie comes separately); joined by | into wrk's -H options.
BROWSER="Accept: text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8|Accept-Encoding: gzip, deflate, br, zstd|Accept-Language: sv-SE,sv;q=0.9,en;q=0.8|User-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"
for tool in wrk curl bc; do command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install -y wrk curl bc" >&2; exit 2; }; done
cd "$ROOT"
load() { cut -d' ' -f1-3 /proc/loadavg; }
LOAD_BEFORE=$(load)

echo "# machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; load before: $LOAD_BEFORE; data in $WORK" >&2
dotnet build src/Samverkan.Analytics.Cli -c Release -nologo -v q >&2
dotnet build src/Samverkan.Analytics.Host -c Release -nologo -v q >&2
CLI=(dotnet src/Samverkan.Analytics.Cli/bin/Release/net10.0/samverkan.dll --data-dir "$WORK/data")

# 1. Import the samples once, then compute + publish ROUNDS times (the inbox is empty by then), with the Cli as
#    the README installs it (published, Native AOT: what scripts/benchmarks.sh publishes just before; PUBLISHED_CLI
#    names another) and with the JIT build (`dotnet samverkan.dll`, the only one timed before session 7: it adds
#    the JIT's compiling, about 4 s of CPU, which the installed Cli does not have).
"${CLI[@]}" run >&2
PUBLISHED_CLI=${PUBLISHED_CLI:-${CLI_DIR:-src/Samverkan.Analytics.Cli/bin/publish}/samverkan}
time_runs() { # command...: ROUNDS runs of `command run`; sets times (wall, s) and cpus (user+sys, s)
  times=(); cpus=()
  for _ in $(seq 1 "$ROUNDS"); do
    local start end
    start=$(date +%s.%N)
    if [ -x /usr/bin/time ]; then
      /usr/bin/time -f '%U %S' -o "$WORK/time.txt" "$@" run >/dev/null
      cpus+=("$(awk '{print $1 + $2}' "$WORK/time.txt")")
    else
      "$@" run >/dev/null
    fi
    end=$(date +%s.%N)
    times+=("$(printf '%.2f' "$(echo "$end - $start" | bc)")")
  done
}
publish_row() { # label: the Markdown row of the last time_runs
  local sorted median cpu_text=""
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  median=$(sed -n "$(( (ROUNDS + 1) / 2 ))p" <<<"$sorted")
  [ ${#cpus[@]} -gt 0 ] && cpu_text="; CPU (user+sys) $(printf '%s ' "${cpus[@]}")s"
  echo "| compute + publish, sample catalogue ($files files: $charts charts, $maps maps, PNG + SVG; $copies compressed copies), $ROUNDS rounds, $1 | median **$median s** (min $(head -1 <<<"$sorted"), max $(tail -1 <<<"$sorted"); runs ${times[*]} s$cpu_text) | ≤ 10 s |"
}
if [ -x "$PUBLISHED_CLI" ]; then
  echo "# compute + publish with $PUBLISHED_CLI (built $(date -u -r "$PUBLISHED_CLI" '+%Y-%m-%d %H:%M UTC'))" >&2
  time_runs "$PUBLISHED_CLI" --data-dir "$WORK/data"
  AOT_TIMES=("${times[@]}"); AOT_CPUS=("${cpus[@]}")
fi
time_runs "${CLI[@]}"
files=$(find "$WORK/data/site" -type f ! -name '*.br' ! -name '*.gz' | wc -l)
copies=$(find "$WORK/data/site" -type f \( -name '*.br' -o -name '*.gz' \) | wc -l)
charts=$(find "$WORK/data/site/charts" -name '*.svg' | wc -l)
maps=$(find "$WORK/data/site/maps" -name '*.svg' 2>/dev/null | wc -l)

# 2. The Host on loopback, two viewers (one limited to Järva); /health timed from the process start.
echo "$PASSWORD" | "${CLI[@]}" users add bench --role viewer --password-stdin >&2
echo "$PASSWORD" | "${CLI[@]}" users add bench-jarva --role viewer --areas lpo-jarva,sdo-jarva --password-stdin >&2
# The site already shows the latest run: say so, or the Host's first inbox job would publish it again during the runs.
sed -n 's/^run=//p' "$WORK/data/site/.samverkan-site" > "$WORK/data/.published-run"
BASE="http://127.0.0.1:$PORT"
if curl -s -o /dev/null "$BASE/health"; then echo "port $PORT is in use: set PORT" >&2; exit 1; fi
PEER_HOST_DLL=${PEER_HOST_DLL:-}
if [ -n "$PEER_HOST_DLL" ]; then cp -a "$WORK/data" "$WORK/data-peer"; fi # the same data and users, before our Host opens it
host_start=$(date +%s.%N)
dotnet src/Samverkan.Analytics.Host/bin/Release/net10.0/Samverkan.Analytics.Host.dll --contentRoot "$ROOT/src/Samverkan.Analytics.Host" \
  --urls "$BASE" --data-dir "$WORK/data" --Samverkan:LoadSamplesOnFirstStart=false >"$WORK/host.log" 2>&1 &
HOST_PID=$!
trap 'kill $HOST_PID 2>/dev/null || true' EXIT
first_answer=""; health_ok=""
for _ in $(seq 1 1200); do
  kill -0 "$HOST_PID" 2>/dev/null || { echo "the Host stopped; see $WORK/host.log" >&2; exit 1; }
  status=$(curl -s -o "$WORK/health.txt" -w '%{http_code}' --max-time 2 "$BASE/health" || true)
  now=$(date +%s.%N)
  if [ "$status" != 000 ] && [ -z "$first_answer" ]; then first_answer=$(printf '%.2f' "$(echo "$now - $host_start" | bc)"); fi
  if [ "$status" = 200 ]; then health_ok=$(printf '%.2f' "$(echo "$now - $host_start" | bc)"); break; fi
  sleep 0.05
done
[ -n "$health_ok" ] || { echo "/health never answered ok; see $WORK/host.log" >&2; exit 1; }

# A login through the form (anti-forgery token and all); prints the login cookie.
login() { # user [base URL]
  local base=${2:-$BASE}
  local jar="$WORK/$1-${base##*:}.jar"
  local token
  token=$(curl -fs -c "$jar" "$base/logga-in" | sed -n 's/.*name="__RequestVerificationToken" value="\([^"]*\)".*/\1/p' | head -1)
  curl -fs -o /dev/null -b "$jar" -c "$jar" --data-urlencode "__RequestVerificationToken=$token" \
    --data-urlencode "anvandarnamn=$1" --data-urlencode "losenord=$PASSWORD" "$base/logga-in"
  awk '$6 == "Samverkan.Auth" {print "Samverkan.Auth=" $7}' "$jar"
}
FULL=$(login bench)
JARVA=$(login bench-jarva)
[ -n "$FULL" ] && [ -n "$JARVA" ] || { echo "login failed; see $WORK/host.log" >&2; exit 1; }
# The limited viewer's first request publishes their copy of the site: timed once, then served like any file.
first_copy=$(curl -fs -o /dev/null -w '%{time_total}' -H "Cookie: $JARVA" "$BASE/")

failed=0
wrk_line() { # cookie, extra headers joined by | (or ""), then wrk's target arguments; prints the RESULT line
  local cookie=$1 extra=$2; shift 2
  local args=(-t"$THREADS" -c"$CONNECTIONS" --timeout "$TIMEOUT" --latency -H "Cookie: $cookie")
  local header
  if [ -n "$extra" ]; then
    IFS='|' read -ra headers <<<"$extra"
    for header in "${headers[@]}"; do args+=(-H "$header"); done
  fi
  wrk "${args[@]}" "$@" | grep '^RESULT' || { echo "wrk failed: $*" >&2; echo "RESULT failed"; }
}
val() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }
errors_of() { echo $(( $(val socket_errors "$1" || echo 0) + $(val non_2xx_3xx "$1" || echo 0) )); }

echo "## Service benchmark ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average before $LOAD_BEFORE)"
echo
echo "| measure | figure | target |"
echo "|---|---|---|"
if [ -n "${AOT_TIMES+x}" ]; then
  jit_times=("${times[@]}"); jit_cpus=("${cpus[@]}")
  times=("${AOT_TIMES[@]}"); cpus=("${AOT_CPUS[@]}")
  publish_row "the Cli as installed (Native AOT)"
  times=("${jit_times[@]}"); cpus=("${jit_cpus[@]}")
fi
publish_row "JIT build (\`dotnet samverkan.dll\`)"
echo "| /health after the Host process starts | first answer $first_answer s, first \`ok\` **$health_ok s** | ≤ 5 s |"
echo "| first request of an area-limited viewer (publishes their copy of the site) | ${first_copy} s | – |"
echo
echo "50 concurrent users per path (wrk -t$THREADS -c$CONNECTIONS -d$DURATION, loopback, login cookie; headers \"browser\" = Chromium's Accept, Accept-Encoding: gzip, deflate, br, zstd, Accept-Language and User-Agent; bytes = per answer, headers included; errors = non-2xx/3xx + socket errors/timeouts over $TIMEOUT):"
echo
echo "| page type | path | headers | requests/s | p50 ms | p95 ms | p99 ms | bytes | errors | p95 target |"
echo "|---|---|---|---|---|---|---|---|---|---|"
declare -A P95
run() {
  local name=$1 cookie=$2 path=$3 target=$4 extra=${5:-} shown=${6:-}
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$BASE$path")
  if [ "$status" != 200 ]; then echo "$path answered $status" >&2; failed=1; echo "| $name | \`$path\` | | answered $status | | | | | | |"; return; fi
  local line
  line=$(wrk_line "$cookie" "$extra" -d"$DURATION" -s "$ROOT/scripts/bench-wrk-report.lua" "$BASE$path")
  P95[$name]=$(val p95_ms "$line")
  echo "| $name | \`$path\` | ${shown:-${extra:-none}} | $(val rps "$line") | $(val p50_ms "$line") | $(val p95_ms "$line") | $(val p99_ms "$line") | $(val bytes_per_request "$line") | $(errors_of "$line") | $target |"
}
run "overview" "$FULL" "/" "≤ 20 ms" "$BROWSER" browser
run "overview, no Accept-Encoding" "$FULL" "/" "≤ 20 ms" "" none
run "indicator page" "$FULL" "/indikator/otrygg-ute-sen-kvall.html" "≤ 20 ms" "$BROWSER" browser
run "area profile" "$FULL" "/profil/sdo-jarva.html" "≤ 20 ms" "$BROWSER" browser
run "chart (SVG)" "$FULL" "/charts/otrygg-ute-sen-kvall/kommun-0180.svg" "≤ 20 ms" "$BROWSER" browser
run "download (CSV)" "$FULL" "/data/otrygg-ute-sen-kvall.csv" "≤ 20 ms" "$BROWSER" browser
run "download (Excel)" "$FULL" "/data/otrygg-ute-sen-kvall.xlsx" "≤ 20 ms" "$BROWSER" browser
run "overview, area-limited viewer" "$JARVA" "/" "≤ 20 ms" "$BROWSER" browser
run "API, one indicator" "$FULL" "/api/results?indicator=otrygg-ute-sen-kvall" "≤ 50 ms"
run "API, one indicator, CSV" "$FULL" "/api/results.csv?indicator=otrygg-ute-sen-kvall" "≤ 50 ms"
run "API, all results (1.5 MB)" "$FULL" "/api/results" "≤ 50 ms"
run "API, all results, gzip" "$FULL" "/api/results" "≤ 50 ms" "Accept-Encoding: gzip"
run "API, all results, browser (br)" "$FULL" "/api/results" "≤ 50 ms" "$BROWSER" browser
run "API, area-limited viewer" "$JARVA" "/api/results" "≤ 50 ms"

echo
ratio() { # p95 of $1 over p95 of $2, two decimals
  if [ -n "${P95[$1]:-}" ] && [ -n "${P95[$2]:-}" ]; then printf '%.2f' "$(echo "${P95[$1]} / ${P95[$2]}" | bc -l)"; else echo "–"; fi
}
echo "Overview p95 over the indicator page's p95 in this run: browser headers **$(ratio "overview" "indicator page")**, without Accept-Encoding $(ratio "overview, no Accept-Encoding" "indicator page") (ratios hold better than milliseconds on a loaded machine)."

# 4. The mixed run: pages, a chart, downloads and the API in turn, for MIXED_DURATION.
echo
PATHS="/ /indikator/otrygg-ute-sen-kvall.html /profil/sdo-jarva.html /charts/otrygg-ute-sen-kvall/kommun-0180.svg /data/otrygg-ute-sen-kvall.csv /api/results?indicator=otrygg-ute-sen-kvall /prioriterat/overgripande.html /api/results?area=sdo-jarva /indikator/ran.html /api/results.csv?indicator=ran"
for path in $PATHS; do
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $FULL" "$BASE$path")
  [ "$status" = 200 ] || { echo "mixed path $path answered $status" >&2; failed=1; }
done
mixed=$(PATHS="$PATHS" REPORT_LUA="$ROOT/scripts/bench-wrk-report.lua" wrk_line "$FULL" "$BROWSER" -d"$MIXED_DURATION" -s "$ROOT/scripts/bench-wrk-mixed.lua" "$BASE")
mixed_errors=$(errors_of "$mixed")
echo "Mixed load: $CONNECTIONS users with browser headers for $MIXED_DURATION on $(wc -w <<<"$PATHS") paths (pages, a chart, a download, the API) in turn: $(val requests "$mixed") requests, $(val rps "$mixed") requests/s, p50 $(val p50_ms "$mixed") ms, p95 $(val p95_ms "$mixed") ms, p99 $(val p99_ms "$mixed") ms, **errors $mixed_errors** (target 0)."

# 5. The whole API answer on another build's Host beside ours, in turns (PEER_HOST_DLL).
if [ -n "$PEER_HOST_DLL" ]; then
  PEER_BASE="http://127.0.0.1:$((PORT + 1))"
  if curl -s -o /dev/null "$PEER_BASE/health"; then echo "port $((PORT + 1)) is in use: set PORT" >&2; exit 1; fi
  dotnet "$PEER_HOST_DLL" --contentRoot "$ROOT/src/Samverkan.Analytics.Host" --urls "$PEER_BASE" --data-dir "$WORK/data-peer" \
    --Samverkan:LoadSamplesOnFirstStart=false >"$WORK/host-peer.log" 2>&1 &
  PEER_PID=$!
  trap 'kill $HOST_PID $PEER_PID 2>/dev/null || true' EXIT
  for _ in $(seq 1 1200); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$PEER_BASE/health" || true)" = 200 ] && break
    kill -0 "$PEER_PID" 2>/dev/null || { echo "the peer Host stopped; see $WORK/host-peer.log" >&2; exit 1; }
    sleep 0.05
  done
  PEER_FULL=$(login bench "$PEER_BASE")
  [ -n "$PEER_FULL" ] || { echo "login on the peer failed; see $WORK/host-peer.log" >&2; exit 1; }
  cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
  side() { # name pid cookie base: one wrk run of the whole answer; prints "rps p50 p95 cpu_ms_per_answer"
    local before after line requests
    before=$(cpu_ticks "$2")
    line=$(wrk_line "$3" "" -d"$DURATION" -s "$ROOT/scripts/bench-wrk-report.lua" "$4/api/results")
    after=$(cpu_ticks "$2")
    requests=$(val requests "$line")
    echo "$(val rps "$line") $(val p50_ms "$line") $(val p95_ms "$line") $(printf '%.3f' "$(echo "($after - $before) * 1000 / $(getconf CLK_TCK) / $requests" | bc -l)")"
  }
  # Both Hosts answer this path for DURATION first, uncounted: a fresh Host's first seconds are JIT compilation.
  wrk_line "$PEER_FULL" "" -d"$DURATION" "$PEER_BASE/api/results" >/dev/null
  wrk_line "$FULL" "" -d"$DURATION" "$BASE/api/results" >/dev/null
  echo
  echo "The whole API answer without Accept-Encoding, this build (port $PORT) and \`$PEER_HOST_DLL\` (port $((PORT + 1))) in turns, $ROUNDS rounds of $DURATION each (load average before $(load)):"
  echo
  echo "| round | Host | requests/s | p50 ms | p95 ms | Host CPU per answer, ms |"
  echo "|---|---|---|---|---|---|"
  ours_rps=(); peer_rps=(); ours_p95=(); peer_p95=(); ours_cpu=(); peer_cpu=()
  for round in $(seq 1 "$ROUNDS"); do
    read -r rps p50 p95 cpu <<<"$(side ours "$HOST_PID" "$FULL" "$BASE")"
    ours_rps+=("$rps"); ours_p95+=("$p95"); ours_cpu+=("$cpu")
    echo "| $round | this build | $rps | $p50 | $p95 | $cpu |"
    read -r rps p50 p95 cpu <<<"$(side peer "$PEER_PID" "$PEER_FULL" "$PEER_BASE")"
    peer_rps+=("$rps"); peer_p95+=("$p95"); peer_cpu+=("$cpu")
    echo "| $round | peer | $rps | $p50 | $p95 | $cpu |"
  done
  median_of() { printf '%s\n' "$@" | sort -g | sed -n "$(( ($# + 1) / 2 ))p"; }
  div() { printf '%.2f' "$(echo "$1 / $2" | bc -l)"; }
  echo
  echo "Medians, this build over the peer: requests/s **$(div "$(median_of "${ours_rps[@]}")" "$(median_of "${peer_rps[@]}")")**, p95 **$(div "$(median_of "${ours_p95[@]}")" "$(median_of "${peer_p95[@]}")")**, Host CPU per answer **$(div "$(median_of "${ours_cpu[@]}")" "$(median_of "${peer_cpu[@]}")")** (load average after $(load))."
  kill "$PEER_PID" 2>/dev/null || true
  wait "$PEER_PID" 2>/dev/null || true
fi

echo
echo "Load average after: $(load) (1, 5, 15 min); data and Host log in $WORK."
[ "$mixed_errors" = 0 ] || failed=1
kill "$HOST_PID" 2>/dev/null || true
wait "$HOST_PID" 2>/dev/null || true
trap - EXIT
exit "$failed"
