#!/usr/bin/env bash
# The published Cli (Native AOT) against the JIT build (issue #9; docs/benchmarks.md, "Session 6:
# Native AOT Cli"). Publishes the Cli as the README does (unless AOT_CLI names a published binary),
# then runs the main commands with both builds, each in a fresh data directory on data-samples/,
# and compares exit codes, what they print and the files they write: the stored database (every
# table), the results CSV and JSON, the site (pages, PNG and SVG charts, maps, workbooks), the
# reports' text (pdftotext) and HTML, the digests and the users. Times and dates are masked; nothing
# else is. Run by test.sh after the tests (the JIT build is then the Debug one they built).
# Prints what differs and "aot-check: N same, N different" last; exit 1 when anything differs.
#
#   scripts/aot-check.sh                               # publish (Release) into $AOT_DIR, then compare
#   AOT_CLI=src/Samverkan.Analytics.Cli/bin/publish/samverkan scripts/aot-check.sh   # an existing one
#   CONFIGURATION=Release scripts/aot-check.sh         # compare with the Release JIT build instead
#
# Needs: sqlite3, pdftotext (poppler-utils), unzip; the PostgreSQL step only with SAMVERKAN_TEST_POSTGRES and psql.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
CONFIGURATION=${CONFIGURATION:-Debug}
AOT_DIR=${AOT_DIR:-src/Samverkan.Analytics.Cli/bin/aot-check}
WORK=$(mktemp -d /tmp/samverkan-aot-check.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
for tool in sqlite3 pdftotext unzip; do
  command -v "$tool" >/dev/null || { echo "aot-check: $tool is missing (apt-get install -y sqlite3 poppler-utils unzip)" >&2; echo "aot-check: 0 same, 1 different"; exit 1; }
done

# 1. The two programs.
JIT_DLL=src/Samverkan.Analytics.Cli/bin/$CONFIGURATION/net10.0/samverkan.dll
if [ ! -f "$JIT_DLL" ]; then
  dotnet build src/Samverkan.Analytics.Cli -c "$CONFIGURATION" -nologo -v q >&2 || { echo "aot-check: 0 same, 1 different"; exit 1; }
fi
if [ -z "${AOT_CLI:-}" ]; then
  started=$(date +%s)
  if ! dotnet publish src/Samverkan.Analytics.Cli -c Release -o "$AOT_DIR" -nologo -v q >"$WORK/publish.log" 2>&1; then
    tail -30 "$WORK/publish.log" >&2
    echo "aot-check: the Native AOT publish failed"; echo "aot-check: 0 same, 1 different"; exit 1
  fi
  echo "aot-check: published the Native AOT Cli in $(( $(date +%s) - started )) s ($(du -h "$AOT_DIR/samverkan" | cut -f1)), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  AOT_CLI=$AOT_DIR/samverkan
fi
[ -x "$AOT_CLI" ] || { echo "aot-check: no program at $AOT_CLI"; echo "aot-check: 0 same, 1 different"; exit 1; }
AOT_CLI=$(cd "$(dirname "$AOT_CLI")" && pwd)/$(basename "$AOT_CLI")

# 2. Small files of the two row-level kinds (data-samples/ has none): Swedish names, a decimal comma.
inputs=$WORK/inputs
mkdir -p "$inputs"
areas=(Rinkeby-Kista Skärholmen Älvsjö Södermalm Enskede-Årsta-Vantör Hässelby-Vällingby Östermalm Farsta)
categories=(Misshandel Skadegörelsebrott "Rån" Narkotikabrott)
{
  echo "ärende;anmälningsdatum;kategori;område"
  for i in $(seq 1 400); do
    printf '5000-K%08d-19;2019-%02d-%02d;%s;%s\n' "$i" $(( i % 12 + 1 )) $(( i % 28 + 1 )) "${categories[$(( i % 4 ))]}" "${areas[$(( i % 8 ))]}"
  done
} >"$inputs/incidents.csv"
{
  echo "respondent_id;år;område;vikt;otrygg-ute-sen-kvall;kön;ålder"
  for i in $(seq 1 600); do
    printf 'R%08d;2020;%s;%d,%03d;%d;%s;%d\n' "$i" "${areas[$(( i % 8 ))]}" $(( i % 2 )) $(( (i * 37) % 1000 + 1 )) $(( (i * 7) % 3 == 0 ? 1 : 0 )) "$([ $(( i % 2 )) = 0 ] && echo k || echo m)" $(( i % 60 + 16 ))
  done
} >"$inputs/responses.csv"
cat >"$inputs/kommentarer.yaml" <<'YAML'
comments:
  - year: 2024
    indicator: otrygg-ute-sen-kvall
    area: sdo-farsta
    author: Åsa Öberg
    text: |
      Trygghetsvandringar i Farsta centrum varje månad sedan mars; 1 234,5 deltagare i år.
YAML

# 3. The steps: "name|expected exit code|arguments[|VAR=value environment]" (WORK is that side's folder,
#    _ a space inside an argument; stdin is empty).
steps=(
  "help|0|--help"
  "usage-error|2|ingest"
  "unknown-command|2|frobnicate"
  "migrate|0|migrate"
  "validate|0|validate $ROOT/data-samples/crime-2018-2020.csv"
  "ingest-samples|0|ingest $ROOT/data-samples"
  "ingest-again|0|ingest $ROOT/data-samples/survey-stockholm-2017.csv"
  "ingest-incidents|0|ingest WORK/in/incidents.csv --kind crime-incidents --area-kind district"
  "ingest-responses|0|ingest WORK/in/responses.csv --kind survey-responses --area-kind district"
)
for bad in data-samples/bad/*.csv; do
  steps+=("bad-$(basename "$bad" .csv)|1|ingest $ROOT/$bad")
done
steps+=(
  "imports|0|imports"
  "imports-show|0|imports show 3"
  "compute|0|compute"
  "export-csv|0|export --format csv --out WORK/results.csv"
  "export-json|0|export --format json --out WORK/results.json"
  "publish|0|publish"
  "comments-add|0|comments add --year 2024 --indicator ran --area sdo-farsta --text Fler_rån_i_Farsta_centrum --by Åsa_Öberg"
  "comments-import|0|comments import WORK/in/kommentarer.yaml"
  "comments-list|0|comments list --year 2024"
  "report-pdf|0|report --year 2024 --format pdf --out WORK/rapport-2024.pdf"
  "report-html|0|report --year 2024 --area sdo-farsta --format html --out WORK/rapport-farsta.html"
  "report-quarter|0|report --quarter 2025-Q2 --run 1 --format pdf --out WORK/status-2025-Q2.pdf"
  "report-unknown-area|2|report --year 2024 --area sdo-atlantis --format pdf --out WORK/x.pdf"
  "digest-not-allowed|1|digest --preview"
  "compute-again|0|compute"
  "digest-preview|0|digest --preview --since 1|Samverkan__Digest__AllowedDomains=stad.example,polisen.example Samverkan__Digest__BaseUrl=https://uppfoljning.example.se Samverkan__Digest__UnsubscribeSecret=aot-check-hemlighet-minst-32-tecken-lang"
  "digest-log|0|digest --log"
  "users-add|0|users add anna --role viewer --areas lpo-jarva,sdo-jarva --password-stdin"
  "users-add-bad-role|2|users add bertil --role chef"
  "users-list|0|users list"
  "users-remove|0|users remove anna"
  "revert|0|revert 3"
  "run|0|run"
)

# Masks what may differ between two runs of the same build: the side's folder, clocks and durations,
# SVG clip-path ids (a counter shared by the charts drawn in parallel), random ids in workbooks and
# mails, PDF creation dates, the generated password.
mask() {
  sed -E -e "s#$WORK/(jit|aot)#WORK/SIDE#g" \
    -e 's#[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2}|&\#x2B;[0-9]{2}:[0-9]{2})?#TIME#g' \
    -e 's#[0-9]{1,2} [a-zåäö]+ [0-9]{4} kl\. [0-9]{2}:[0-9]{2}#DATE kl. TIME#g' \
    -e 's#kl\. [0-9]{2}[:.][0-9]{2}#kl. TIME#g' \
    -e 's#[0-9]+([,.][0-9]+)? (ms|s|sekunder)\b#N s#g' \
    -e 's#cl_[0-9a-f]+#cl_N#g' -e 's#Id="R[0-9a-f]{32}"#Id="R"#g' -e 's#r:id="R[0-9a-f]{32}"#r:id="R"#g' \
    -e 's#(Lösenord[^:]*: ).*#\1PASSWORD#' -e 's#(Message-I[Dd]: ).*#\1ID#' -e 's#(Date: ).*#\1DATE#' \
    -e 's#boundary="?[^";]+"?#boundary=B#g' -e 's#^--[-=_A-Za-z0-9.]{10,}#--BOUNDARY#'
}

run_side() { # side: runs every step, then writes the comparable files into WORK/side/compare
  local side=$1 dir=$WORK/$1 i=0 cmd
  if [ "$side" = aot ]; then cmd=("$AOT_CLI"); else cmd=(dotnet "$ROOT/$JIT_DLL"); fi
  mkdir -p "$dir/compare" && cp -r "$inputs" "$dir/in"
  for step in "${steps[@]}"; do
    i=$((i + 1))
    IFS='|' read -r name _ args environment <<<"$step"
    local argv=()
    for a in $args; do a=${a//WORK/$dir}; argv+=("${a//_/ }"); done
    local input=/dev/null
    [ "$name" = users-add ] && { printf 'ett-långt-lösenord-för-anna\n' >"$dir/password"; input=$dir/password; }
    # shellcheck disable=SC2086
    (cd "$dir" && env SAMVERKAN_DATA_DIR= $environment "${cmd[@]}" --data-dir "$dir/data" --catalog "$ROOT/data-samples/catalog" "${argv[@]}" \
      <"$input" >"$dir/compare/$(printf %02d $i)-$name.out" 2>"$dir/compare/$(printf %02d $i)-$name.err")
    echo $? >"$dir/compare/$(printf %02d $i)-$name.rc"
  done
  local c=$dir/compare
  sqlite3 "$dir/data/samverkan.db" .dump >"$c/database.sql"
  cp "$dir/results.csv" "$dir/results.json" "$dir/rapport-farsta.html" "$c/" 2>/dev/null
  for pdf in rapport-2024 status-2025-Q2; do pdftotext -layout "$dir/$pdf.pdf" "$c/$pdf.txt" 2>>"$c/pdftotext.err"; done
  (cd "$dir/data/site" && find . -type f | LC_ALL=C sort) >"$c/site-files.txt"
  (cd "$dir/data/site" && find . -type f \( -name '*.png' -o -name '*.csv' -o -name '*.json' \) -print0 | LC_ALL=C sort -z | xargs -0 sha256sum) >"$c/site-binary.sha256"
  (cd "$dir/data/site" && find . -type f \( -name '*.html' -o -name '*.svg' \) -print0 | LC_ALL=C sort -z | xargs -0 cat) >"$c/site-text.txt"
  for x in "$dir"/data/site/data/*.xlsx; do unzip -p "$x" 'xl/worksheets/*.xml' 'xl/sharedStrings.xml' 'xl/workbook.xml'; done >"$c/site-workbooks.xml" 2>/dev/null
  (cd "$dir/data" && find outbox -type f 2>/dev/null | LC_ALL=C sort | while read -r f; do echo "== $f"; cat "$f"; done) >"$c/outbox.txt"
  for f in "$c"/*; do [ -f "$f" ] && mask <"$f" >"$f.masked" && mv "$f.masked" "$f"; done
}

run_side jit
run_side aot

# 4. Compare: each step's exit code (also against the expected one) and output, then each file.
passed=0; failed=0
pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "aot-check: FAILED $1"; }
i=0
for step in "${steps[@]}"; do
  i=$((i + 1)); IFS='|' read -r name expected _ <<<"$step"
  base=$(printf %02d $i)-$name
  rc_jit=$(cat "$WORK/jit/compare/$base.rc"); rc_aot=$(cat "$WORK/aot/compare/$base.rc")
  if [ "$rc_jit" != "$expected" ] || [ "$rc_aot" != "$expected" ]; then
    fail "$name: exit code JIT $rc_jit, AOT $rc_aot, expected $expected"; head -5 "$WORK/aot/compare/$base.err" "$WORK/jit/compare/$base.err"
  elif ! diff -q "$WORK/jit/compare/$base.out" "$WORK/aot/compare/$base.out" >/dev/null \
    || ! diff -q "$WORK/jit/compare/$base.err" "$WORK/aot/compare/$base.err" >/dev/null; then
    fail "$name: output differs"; diff "$WORK/jit/compare/$base.out" "$WORK/aot/compare/$base.out" | head -10
    diff "$WORK/jit/compare/$base.err" "$WORK/aot/compare/$base.err" | head -10
  else
    pass
  fi
done
for f in database.sql results.csv results.json rapport-farsta.html rapport-2024.txt status-2025-Q2.txt site-files.txt site-binary.sha256 site-text.txt site-workbooks.xml; do
  if [ ! -s "$WORK/jit/compare/$f" ]; then
    fail "$f: the JIT build wrote nothing"
  elif ! diff -q "$WORK/jit/compare/$f" "$WORK/aot/compare/$f" >/dev/null; then
    fail "$f differs"; diff "$WORK/jit/compare/$f" "$WORK/aot/compare/$f" | head -10
  else
    pass
  fi
done
# The digests' mails (none when no subscription's figures changed between the two runs, as on the samples).
if diff -q "$WORK/jit/compare/outbox.txt" "$WORK/aot/compare/outbox.txt" >/dev/null; then pass; else fail "outbox differs"; fi

# The error path people see: a bad file's Swedish message names the file, line and column.
if grep -qE 'survey-positive-not-a-number\.csv, rad [0-9]+, kolumn [0-9]+: fel: ' "$WORK"/aot/compare/*-bad-survey-positive-not-a-number.out "$WORK"/aot/compare/*-bad-survey-positive-not-a-number.err; then
  pass
else
  fail "the bad file's message (file, rad, kolumn) is missing from the AOT build's output"
fi
# Swedish collation and number formats from ICU: the site's overview lists Älvsjö after Östermalm? No: å, ä, ö sort last, in that order.
if grep -q 'Å\|Ä\|Ö' "$WORK/aot/compare/site-text.txt" && grep -qE '[0-9] [0-9]{3}' "$WORK/aot/compare/05-validate.out" "$WORK/aot/compare/site-text.txt"; then
  pass
else
  fail "no Swedish letters or space-grouped thousands in the AOT build's output"
fi

# The GC settings reach the native program's collector as they reach the JIT's.
gc_jit=$(SAMVERKAN_TRACE=1 dotnet "$ROOT/$JIT_DLL" --help 2>&1 >/dev/null | sed -n 's/^trace gc *[a-z-]* //p')
gc_aot=$(SAMVERKAN_TRACE=1 "$AOT_CLI" --help 2>&1 >/dev/null | sed -n 's/^trace gc *[a-z-]* //p')
if [ -n "$gc_aot" ] && [ "$gc_jit" = "$gc_aot" ]; then pass; else fail "GC settings: JIT '$gc_jit', AOT '$gc_aot'"; fi

# PostgreSQL (Npgsql) instead of SQLite, when the tests' server is there: migrate, ingest, imports.
if [ -n "${SAMVERKAN_TEST_POSTGRES:-}" ] && command -v psql >/dev/null; then
  pg_host=$(sed -nE 's/.*Host=([^;]+).*/\1/p' <<<"$SAMVERKAN_TEST_POSTGRES"); pg_port=$(sed -nE 's/.*Port=([^;]+).*/\1/p' <<<"$SAMVERKAN_TEST_POSTGRES")
  pg_user=$(sed -nE 's/.*Username=([^;]+).*/\1/p' <<<"$SAMVERKAN_TEST_POSTGRES")
  for side in jit aot; do
    db=samverkan_aot_check_${side}_$$
    psql "host=$pg_host port=${pg_port:-5432} user=$pg_user dbname=postgres" -qc "create database $db" >/dev/null
    if [ "$side" = aot ]; then cmd=("$AOT_CLI"); else cmd=(dotnet "$ROOT/$JIT_DLL"); fi
    for args in "migrate" "ingest $ROOT/data-samples/crime-2018-2020.csv" "imports"; do
      # shellcheck disable=SC2086
      Samverkan__Database__Provider=PostgreSql Samverkan__Database__ConnectionString="$(sed -E "s/Database=[^;]*/Database=$db/" <<<"$SAMVERKAN_TEST_POSTGRES")" \
        "${cmd[@]}" --data-dir "$WORK/$side/pg" --catalog "$ROOT/data-samples/catalog" $args 2>&1; echo "exit $?"
    done | mask >"$WORK/$side/postgresql.txt"
    psql "host=$pg_host port=${pg_port:-5432} user=$pg_user dbname=postgres" -qc "drop database $db" >/dev/null
  done
  if grep -q "exit 0" "$WORK/jit/postgresql.txt" && ! grep -qv "exit 0" <(grep "^exit" "$WORK/jit/postgresql.txt") && diff -q "$WORK/jit/postgresql.txt" "$WORK/aot/postgresql.txt" >/dev/null; then
    pass
  else
    fail "PostgreSQL: migrate, ingest, imports"; diff "$WORK/jit/postgresql.txt" "$WORK/aot/postgresql.txt" | head -10; grep -v "^exit 0" "$WORK/jit/postgresql.txt" | head -5
  fi
fi

echo "aot-check: $passed same, $failed different"
[ "$failed" = 0 ]
