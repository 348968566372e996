#!/bin/bash
# 100 files delivered at once, read by two CLI processes at the same time: each imported exactly once.
CLI=${CLI:?set CLI to a built samverkan.dll (dotnet build src/Samverkan.Analytics.Cli -c Release -o /tmp/cli)}; REPO=$(cd "$(dirname "$0")/.." && pwd)
C="--catalog $REPO/data-samples/catalog"
rm -rf $W; mkdir -p $W/inbox
for i in $(seq 0 99); do
  y=$((2017 + i / 12)); m=$(printf %02d $((i % 12 + 1)))
  printf 'indicator,area,area_kind,period,value\ntrygghetsvandringar,Farsta,district,%s-%s,%d\n' $y $m $((i + 3)) > $W/inbox/vandringar-$y-$m.csv
done
dotnet $CLI --data-dir $W/data $C migrate > /dev/null
dotnet $CLI --data-dir $W/data $C ingest $W/inbox > $W/a.log 2>&1 &
dotnet $CLI --data-dir $W/data $C ingest $W/inbox > $W/b.log 2>&1 &
wait
echo "process A: $(tail -1 $W/a.log)"; echo "process B: $(tail -1 $W/b.log)"
python3 - <<PY
import sqlite3, hashlib, glob
c = sqlite3.connect('$W/data/samverkan.db')
hashes = [r[0] for r in c.execute('select file_hash from imports where reverted = 0')]
files = {hashlib.sha256(open(f,'rb').read()).hexdigest() for f in glob.glob('$W/inbox/*.csv')}
print(f"files {len(files)}, imports {len(hashes)}, distinct {len(set(hashes))}, missing {len(files - set(hashes))}, integrity {c.execute('PRAGMA integrity_check').fetchone()[0]}")
PY
