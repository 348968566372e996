#!/usr/bin/env bash
# The benchmarks of issue #9 in one command (not a test; results go in docs/benchmarks.md):
#  1. publishes the Cli as the README installs it (Release, Native AOT: a few minutes; into $CLI_DIR, default
#     src/Samverkan.Analytics.Cli/bin/publish) and builds bench/Samverkan.Analytics.Benchmarks (Release);
#  2. generates the input files with a fixed seed, cached in $BENCH_DIR (default /tmp/samverkan-bench):
#     crime incidents 2M (Stockholm) and 15M (Sweden), survey responses 200k (Stockholm) and 2M (Sweden),
#     plus the benchmark catalogue with Sweden's 290 municipalities (catalog-sverige/);
#  3. the side-by-side ingest benchmark: per file, ROUNDS rounds of our `samverkan ingest` (fresh data
#     directory: validation, repeat checks, aggregation, SQLite) and DuckDB (2 threads) on the same file,
#     each a child process under /usr/bin/time -v; stops with exit 1 if the totals differ;
#  4. then scripts/bench-dashboards.sh (publish, pages, /health; issue #5's part), unless SKIP_DASHBOARDS=1.
# Prints Markdown tables for docs/benchmarks.md.
#
#   scripts/benchmarks.sh                      # everything, 3 rounds
#   scripts/benchmarks.sh /data/bench          # files cached elsewhere (or BENCH_DIR=...)
#   ROUNDS=1 FILES="stockholm" SKIP_DASHBOARDS=1 scripts/benchmarks.sh   # a quick look
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH_DIR=${1:-${BENCH_DIR:-/tmp/samverkan-bench}}
ROUNDS=${ROUNDS:-3}
FILES=${FILES:-}
cd "$ROOT"
mkdir -p "$BENCH_DIR"

echo "## Ingest: ours vs DuckDB"
echo
echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ {print $2}') GiB RAM; $(dotnet --version) SDK; started $(date -u '+%Y-%m-%d %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg)."
echo
# The Cli as the README installs it: published (Release, Native AOT), not `dotnet run`.
CLI_DIR=${CLI_DIR:-src/Samverkan.Analytics.Cli/bin/publish}
dotnet publish src/Samverkan.Analytics.Cli -c Release -o "$CLI_DIR" -nologo -v q >&2
dotnet build bench/Samverkan.Analytics.Benchmarks -c Release -nologo -v q >&2
BENCH=bench/Samverkan.Analytics.Benchmarks/bin/Release/net10.0/Samverkan.Analytics.Benchmarks
CLI=$CLI_DIR/samverkan
# shellcheck disable=SC2086
"$BENCH" compare "$BENCH_DIR" "$CLI" data-samples/catalog "$ROUNDS" $FILES
echo "Load average at the end of the ingest part: $(cut -d' ' -f1-3 /proc/loadavg)."
echo

if [ "${SKIP_DASHBOARDS:-0}" != 1 ]; then
  echo "## Publish, pages and /health"
  echo
  scripts/bench-dashboards.sh
fi
