#!/bin/bash
# Fault checks of issue #10 §2 against the built CLI (docs/operations.md "Faults").
CLI=${CLI:?set CLI to a built samverkan.dll (dotnet build src/Samverkan.Analytics.Cli -c Release -o /tmp/cli)}; REPO=$(cd "$(dirname "$0")/.." && pwd)
C="--catalog $REPO/data-samples/catalog"; S=$REPO/data-samples
rm -rf $W; mkdir -p $W/data $W/ro
dotnet $CLI --data-dir $W/data $C ingest $S/crime-2018-2020.csv > /dev/null
echo "== read-only data directory"
mount --bind $W/data $W/ro && mount -o remount,bind,ro $W/ro
dotnet $CLI --data-dir $W/ro $C ingest $S/population-2017-2025.csv; echo "exit $?"
umount $W/ro
echo "== SQLite busy (another connection holds a write lock for 20 s)"
python3 -c "
import sqlite3,time
c=sqlite3.connect('$W/data/samverkan.db', isolation_level=None); c.execute('BEGIN IMMEDIATE'); time.sleep(20); c.execute('ROLLBACK')" &
sleep 1; dotnet $CLI --data-dir $W/data $C ingest $S/population-2017-2025.csv; echo "exit $?"
wait; echo "-- after the lock is gone:"; dotnet $CLI --data-dir $W/data $C ingest $S/population-2017-2025.csv | tail -1; echo "exit $?"
echo "== disk full (ulimit -f: files may not grow past the database's size + 64 KiB)"
LIMIT=$(( $(stat -c %s $W/data/samverkan.db) / 1024 + 64 ))
bash -c "trap '' XFSZ; ulimit -f $LIMIT; DOTNET_EnableWriteXorExecute=0 dotnet $CLI --data-dir $W/data $C ingest $S/crime-2021-2023.csv"; echo "exit $?"
echo "-- integrity: $(python3 -c "import sqlite3; print(sqlite3.connect('$W/data/samverkan.db').execute('PRAGMA integrity_check').fetchone()[0])")"
echo "-- imports: $(python3 -c "import sqlite3; print(sqlite3.connect('$W/data/samverkan.db').execute('select group_concat(file_name) from imports').fetchone()[0])")"
echo "-- without the limit:"; dotnet $CLI --data-dir $W/data $C ingest $S/crime-2021-2023.csv | tail -1; echo "exit $?"
echo "== SMTP down: covered by DigestServiceTests.RunAsync_ReportsAClearErrorAndMarksNothingSent_WhenTheSmtpServerIsDown"; exit 0
dotnet $CLI --data-dir $W/data $C compute | tail -1
export Samverkan__Digest__BaseUrl=https://x.stad.example Samverkan__Digest__UnsubscribeSecret=abcdefabcdefabcdefabcdefabcdef12 Samverkan__Digest__AllowedDomains=stad.example,polisen.example \
  Samverkan__Digest__FromAddress=u@stad.example Samverkan__Digest__Smtp__Host=127.0.0.1 Samverkan__Digest__Smtp__Port=9 Samverkan__Digest__Smtp__Security=None \
  Samverkan__Digest__Smtp__Attempts=2 Samverkan__Digest__Smtp__RetryDelay=00:00:01 Samverkan__Digest__Smtp__Timeout=00:00:03 Samverkan__Digest__SendWhenNothingChanged=true
dotnet $CLI --data-dir $W/data $C digest --preview --since 1 | tail -2; echo "exit $?"
