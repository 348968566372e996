#!/usr/bin/env bash
# The one test command: installs what the tests need (apt packages), starts a throw-away
# PostgreSQL on a free loopback port, runs every test of the solution, then publishes the Cli
# (Native AOT) once and compares its commands with the JIT build's (scripts/aot-check.sh), and prints
# "N passed, N failed, N skipped" from the TRX files and that check as its last line.
# Usage: ./test.sh [extra dotnet test arguments]
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)

# 1. System packages (CI runs as root on a clean Debian 12 machine; a session already has most).
need=()
for pkg in postgresql poppler-utils fonts-dejavu-core chromium chromium-driver sqlite3 unzip; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
command -v gcc >/dev/null 2>&1 || command -v clang >/dev/null 2>&1 || need+=(gcc)   # links the Native AOT Cli (step 3b)
command -v npm >/dev/null 2>&1 || need+=(nodejs npm)   # npm ci installs axe-core (step 1b)
if [ ${#need[@]} -gt 0 ]; then
  echo "test.sh: installing ${need[*]}"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq >/dev/null && \
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null || {
    echo "test.sh: could not install ${need[*]}; install them and run again" >&2; exit 1; }
fi

# 1b. axe-core for the dashboard accessibility test (Publishing.Tests runs it in Chromium), from the
#     committed package-lock.json; node_modules is not committed.
if ! (cd tests/Samverkan.Analytics.Publishing.Tests/axe && npm ci --no-audit --no-fund --loglevel=error >/dev/null); then
  echo "test.sh: npm ci for axe-core failed; the accessibility test will say so" >&2
fi

# 2. PostgreSQL for the provider tests: one server for the whole run, on a free port.
pg_work=$(mktemp -d /tmp/samverkan-pg.XXXXXX)
pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
stop_pg() { "$root/scripts/postgres.sh" stop "$pg_work" >/dev/null 2>&1 || true; rm -rf "$pg_work"; }
trap stop_pg EXIT
if "$root/scripts/postgres.sh" start "$pg_work" "$pg_port"; then
  export SAMVERKAN_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=samverkan_test"
else
  echo "test.sh: PostgreSQL did not start; PostgreSQL tests will say so" >&2
fi

# 3. Every test.
rm -rf TestResults
dotnet test Samverkan.Analytics.sln --logger trx --results-directory TestResults "$@"
rc=$?

# 3b. The published Cli (Native AOT, as the README installs it) against the JIT build the tests just
#     built: one publish, then every main command on both, outputs compared (scripts/aot-check.sh).
#     SKIP_AOT_CHECK=1 skips it (e.g. with a --filter while iterating).
aot_line="aot-check: 0 same, 0 different"
if [ "${SKIP_AOT_CHECK:-0}" != 1 ]; then
  aot_log=$(mktemp /tmp/samverkan-aot-check.XXXXXX.log)
  scripts/aot-check.sh 2>&1 | tee "$aot_log"
  aot_line=$(grep -E '^aot-check: [0-9]+ same, [0-9]+ different$' "$aot_log" | tail -1)
  rm -f "$aot_log"
fi

# 4. One closing line from the TRX counters (neither runner prints it) and the AOT check's.
p=0; f=0; s=0; files=0
for t in TestResults/*.trx; do
  [ -f "$t" ] || continue; files=$((files+1))
  c=$(grep -o '<Counters [^>]*>' "$t")
  g() { local v; v=$(sed -nE "s/.* $1=\"([0-9]+)\".*/\1/p" <<<"$c"); echo "${v:-0}"; }
  p=$((p+$(g passed))); f=$((f+$(g failed)+$(g error)+$(g timeout)+$(g aborted))); s=$((s+$(g total)-$(g executed)))
done
if [ -n "$aot_line" ]; then
  p=$((p+$(sed -E 's/.*: ([0-9]+) same.*/\1/' <<<"$aot_line"))); aot_failed=$(sed -E 's/.* ([0-9]+) different$/\1/' <<<"$aot_line")
  f=$((f+aot_failed)); [ "$aot_failed" -eq 0 ] || rc=1
else
  f=$((f+1)); rc=1; echo "test.sh: scripts/aot-check.sh printed no result" >&2
fi
if [ $rc -ne 0 ] && [ $f -eq 0 ]; then f=1; echo "test.sh: dotnet test failed (exit $rc) outside the test counters (build error?)" >&2; fi
echo "$p passed, $f failed, $s skipped"
exit $rc
