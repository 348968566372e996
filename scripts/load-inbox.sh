#!/usr/bin/env bash
# Load, issue #10 §4 second half: 100 files dropped at once, each imported exactly once
# (docs/operations.md "Load: many files at once").
#  A. two Cli processes import the same folder of 100 files at the same moment;
#  B. the Host: the 100 files are written beside its inbox and moved in together (one rename each,
#     as a delivery should), its ingest-inbox job (every 5 s here) takes them.
#
#   dotnet build src/Samverkan.Analytics.Cli -c Release -o /tmp/cli
#   dotnet build src/Samverkan.Analytics.Host -c Release -o /tmp/host
#   CLI=/tmp/cli/samverkan.dll HOST_DLL=/tmp/host/Samverkan.Analytics.Host.dll scripts/load-inbox.sh   # [W=dir] [PORT=5212]
set -uo pipefail
CLI=${CLI:?set CLI to a built samverkan.dll (dotnet build src/Samverkan.Analytics.Cli -c Release -o /tmp/cli)}
REPO=$(cd "$(dirname "$0")/.." && pwd)
W=${W:-$(mktemp -d /tmp/samverkan-load-XXXXXX)}
PORT=${PORT:-5212}
C=(--catalog "$REPO/data-samples/catalog")
rm -rf "$W/files" "$W/cli" "$W/host"; mkdir -p "$W/files"
for i in $(seq 0 99); do
  y=$((2017 + i / 12)); m=$(printf %02d $((i % 12 + 1)))
  printf 'indicator,area,area_kind,period,value\ntrygghetsvandringar,Farsta,district,%s-%s,%d\n' $y $m $((i + 3)) > "$W/files/vandringar-$y-$m.csv"
done
check() { # data dir → one line: files, imports, distinct, missing, integrity
  python3 - "$1" "$W/files" <<'PY'
import sqlite3, hashlib, glob, sys
c = sqlite3.connect(sys.argv[1] + '/samverkan.db')
hashes = [r[0] for r in c.execute('select file_hash from imports where reverted = 0')]
files = {hashlib.sha256(open(f,'rb').read()).hexdigest() for f in glob.glob(sys.argv[2] + '/*.csv')}
print(f"files {len(files)}, imports {len(hashes)}, distinct {len(set(hashes))}, missing {len(files - set(hashes))}, integrity {c.execute('PRAGMA integrity_check').fetchone()[0]}")
PY
}

echo "== A. two Cli processes, one folder of 100 files"
dotnet "$CLI" --data-dir "$W/cli" "${C[@]}" migrate > /dev/null
start=$(date +%s.%N)
dotnet "$CLI" --data-dir "$W/cli" "${C[@]}" ingest "$W/files" > "$W/a.log" 2>&1 &
dotnet "$CLI" --data-dir "$W/cli" "${C[@]}" ingest "$W/files" > "$W/b.log" 2>&1 &
wait
echo "process A: $(tail -1 "$W/a.log")"; echo "process B: $(tail -1 "$W/b.log")"
echo "$(check "$W/cli"); $(python3 -c "print(f'{$(date +%s.%N) - $start:.1f}')") s"

if [ -z "${HOST_DLL:-}" ]; then echo "== B. skipped: set HOST_DLL to a built Samverkan.Analytics.Host.dll"; exit 0; fi
echo "== B. the Host's inbox: 100 files moved in at once"
mkdir -p "$W/host/inbox" "$W/host/drop"
cp "$W/files"/*.csv "$W/host/drop/"
Samverkan__DataDirectory="$W/host" Samverkan__CatalogDirectory="$REPO/data-samples/catalog" Samverkan__LoadSamplesOnFirstStart=false \
Samverkan__IngestInboxCron="*/5 * * * * *" SAMVERKAN_ADMIN_PASSWORD=load-inbox-admin-password \
  dotnet "$HOST_DLL" --contentRoot "$(dirname "$HOST_DLL")" --urls "http://127.0.0.1:$PORT" > "$W/host.log" 2>&1 &
host=$!
trap 'kill $host 2>/dev/null' EXIT
for _ in $(seq 1 240); do curl -fs "http://127.0.0.1:$PORT/health" > /dev/null && break; sleep 0.5; done
start=$(date +%s.%N)
mv "$W/host/drop"/*.csv "$W/host/inbox/"      # one rename per file, all within milliseconds
for _ in $(seq 1 600); do
  [ -z "$(ls -A "$W/host/inbox")" ] && [ "$(python3 -c "import sqlite3; print(sqlite3.connect('$W/host/samverkan.db').execute('select count(*) from imports').fetchone()[0])")" -ge 100 ] && break
  sleep 0.5
done
took=$(python3 -c "print(f'{$(date +%s.%N) - $start:.1f}')")
kill $host; wait $host 2>/dev/null
echo "inbox left: $(ls -A "$W/host/inbox" | wc -l) files; archive: $(ls "$W/host/archive" | wc -l) files; quarantine: $(ls "$W/host/quarantine" | wc -l)"
echo "$(check "$W/host"); all imported ${took} s after the drop"
echo "Host log, inbox runs: $(grep -o 'Inbox: [0-9]* imported[^"]*' "$W/host.log" | tr '\n' ';')"
echo "work folder: $W"
