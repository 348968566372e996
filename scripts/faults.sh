#!/usr/bin/env bash
# Fault checks of issue #10 §2 against the built Cli (docs/operations.md "Faults"): read-only data
# directory, SQLite busy, disk full, SMTP down, PostgreSQL restarted mid-job. Prints each outcome.
#
#   dotnet build src/Samverkan.Analytics.Cli -c Release -o /tmp/cli
#   CLI=/tmp/cli/samverkan.dll [HOST_DLL=/tmp/host/Samverkan.Analytics.Host.dll] scripts/faults.sh   # [W=dir] [PG_PORT=55441] [HOST_PORT=5213]
#
# The read-only case needs root (a read-only bind mount); it is skipped otherwise. The PostgreSQL
# case starts its own throw-away server (scripts/postgres.sh) on PG_PORT and stops it at the end;
# it never touches another server. With HOST_DLL it also restarts that server under the Host's compute.
set -uo pipefail
CLI=${CLI:?set CLI to a built samverkan.dll (dotnet build src/Samverkan.Analytics.Cli -c Release -o /tmp/cli)}
REPO=$(cd "$(dirname "$0")/.." && pwd)
W=${W:-$(mktemp -d /tmp/samverkan-faults-XXXXXX)}
PG_PORT=${PG_PORT:-55441}
S=$REPO/data-samples
cli() { local data=$1; shift; dotnet "$CLI" --data-dir "$data" --catalog "$REPO/data-samples/catalog" "$@"; }
sql() { python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])" "$1" "$2"; }
pg_work=$W/pg
cleanup() { mountpoint -q "$W/ro" 2>/dev/null && umount "$W/ro"; [ -f "$pg_work/data/postmaster.pid" ] && "$REPO/scripts/postgres.sh" stop "$pg_work"; true; }
trap cleanup EXIT
rm -rf "$W/data" "$W/ro"; mkdir -p "$W/data" "$W/ro"
cli "$W/data" ingest "$S/crime-2018-2020.csv" > /dev/null

echo "== read-only data directory"
if [ "$(id -u)" = 0 ] && mount --bind "$W/data" "$W/ro" && mount -o remount,bind,ro "$W/ro"; then
  cli "$W/ro" ingest "$S/population-2017-2025.csv"; echo "exit $?"
  umount "$W/ro"
else
  echo "skipped (needs root for a read-only bind mount)"
fi

echo "== SQLite busy (another connection holds a write lock for 20 s)"
python3 -c "
import sqlite3,time,sys
c=sqlite3.connect(sys.argv[1], isolation_level=None); c.execute('BEGIN IMMEDIATE'); time.sleep(20); c.execute('ROLLBACK')" "$W/data/samverkan.db" &
sleep 1; cli "$W/data" ingest "$S/population-2017-2025.csv" | tail -1; echo "exit ${PIPESTATUS[0]}"
wait
echo "== SQLite busy (held 45 s: longer than the Cli waits)"
python3 -c "
import sqlite3,time,sys
c=sqlite3.connect(sys.argv[1], isolation_level=None); c.execute('BEGIN IMMEDIATE'); time.sleep(45); c.execute('ROLLBACK')" "$W/data/samverkan.db" &
sleep 1; cli "$W/data" ingest "$S/measurements-2019-2025.csv"; echo "exit $?"
wait; echo "-- after the lock is gone:"; cli "$W/data" ingest "$S/measurements-2019-2025.csv" | tail -1; echo "exit ${PIPESTATUS[0]}"

echo "== disk full (ulimit -f 128: no file may grow past 128 KiB)"
LIMIT=128   # KiB: no write past this offset, so the import's write-ahead log cannot grow
bash -c "trap '' XFSZ; ulimit -f $LIMIT; DOTNET_EnableWriteXorExecute=0 dotnet '$CLI' --data-dir '$W/data' --catalog '$REPO/data-samples/catalog' ingest '$S/crime-2021-2023.csv'"; echo "exit $?"
echo "-- integrity: $(sql "$W/data/samverkan.db" 'PRAGMA integrity_check'); imports: $(sql "$W/data/samverkan.db" 'select group_concat(file_name) from imports')"
echo "-- without the limit:"; cli "$W/data" ingest "$S/crime-2021-2023.csv" | tail -1; echo "exit ${PIPESTATUS[0]}"

echo "== SMTP down (nothing listens on the port), then back"
# A copy of the catalogue whose subscriptions are due every minute; a minute's digest goes out once per reader.
rm -rf "$W/catalog"; cp -r "$REPO/data-samples/catalog" "$W/catalog"
sed -i 's/schedule: *"[^"]*"/schedule: "* * * * *"/' "$W/catalog/subscriptions.yaml"
next_minute() { sleep $((61 - 10#$(date +%S))); }
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
digest() {
  Samverkan__Digest__BaseUrl=https://x.stad.example Samverkan__Digest__UnsubscribeSecret=abcdefabcdefabcdefabcdefabcdef12 \
  Samverkan__Digest__AllowedDomains=stad.example,polisen.example Samverkan__Digest__FromAddress=u@stad.example \
  Samverkan__Digest__Smtp__Host=127.0.0.1 Samverkan__Digest__Smtp__Port=$port Samverkan__Digest__Smtp__Security=None \
  Samverkan__Digest__Smtp__Attempts=2 Samverkan__Digest__Smtp__RetryDelay=00:00:01 Samverkan__Digest__Smtp__Timeout=00:00:03 \
  Samverkan__Digest__SendWhenNothingChanged=true dotnet "$CLI" --data-dir "$W/data" --catalog "$W/catalog" digest --send 2>&1 | tail -3; echo "exit ${PIPESTATUS[0]}"
}
deliveries() { echo "-- deliveries: $(sql "$W/data/samverkan.db" "select group_concat(status || ' ' || n) from (select status, count(*) n from digest_deliveries group by status)")"; }
dotnet "$CLI" --data-dir "$W/data" --catalog "$W/catalog" compute | tail -1
digest > /dev/null                                    # every reader's starting point (no email)
dotnet "$CLI" --data-dir "$W/data" --catalog "$W/catalog" ingest "$S/survey-stockholm-2023.csv" | tail -1
dotnet "$CLI" --data-dir "$W/data" --catalog "$W/catalog" compute | tail -1
next_minute; echo "-- SMTP down:"; digest; deliveries
python3 -W ignore -c "
import smtpd, asyncore, sys
class Sink(smtpd.SMTPServer):
    def process_message(self, peer, mailfrom, rcpttos, data, **kw):
        open(sys.argv[2], 'a').write(''.join(r + '\n' for r in rcpttos))
Sink(('127.0.0.1', int(sys.argv[1])), None); asyncore.loop()" "$port" "$W/smtp-received.txt" &
sink=$!; sleep 1; touch "$W/smtp-received.txt"
echo "-- SMTP back (the same minute):"; digest; deliveries
next_minute; echo "-- the next minute (nothing may go out twice):"; digest
kill $sink; echo "-- the SMTP server received $(wc -l < "$W/smtp-received.txt") messages, $(sort "$W/smtp-received.txt" | uniq -d | wc -l) recipients twice"

echo "== PostgreSQL restarted mid-job (own server on port $PG_PORT)"
if "$REPO/scripts/postgres.sh" start "$pg_work" "$PG_PORT"; then
  export Samverkan__Database__Provider=PostgreSql
  export Samverkan__Database__ConnectionString="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=samverkan_test"
  cli "$W/pg-data" ingest "$S"/crime-20*.csv "$S"/population-2017-2025.csv "$S"/survey-*.csv "$S"/measurements-2019-2025.csv | tail -1
  cli "$W/pg-data" compute > "$W/compute.log" 2>&1 &
  job=$!
  sleep 4
  pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
  as_pg "$pgbin/pg_ctl" -D "$pg_work/data" -m fast -w restart -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $pg_work -c fsync=off" > /dev/null
  wait $job; echo "compute during the restart: exit $?: $(tail -2 "$W/compute.log" | tr '\n' ' ')"
  echo "-- runs kept: $(as_pg "$pgbin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d samverkan_test -Atc 'select count(*) from compute_runs')"
  echo "-- again:"; cli "$W/pg-data" compute | tail -1; echo "exit ${PIPESTATUS[0]}"
  if [ -n "${HOST_DLL:-}" ]; then
    echo "== PostgreSQL restarted while the Host computes (Hangfire retries the job)"
    as_pg "$pgbin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -Atqc "CREATE DATABASE samverkan_host"
    export Samverkan__Database__ConnectionString="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=samverkan_host"
    mkdir -p "$W/host-data/inbox"
    for f in "$S"/crime-20*.csv "$S"/population-2017-2025.csv "$S"/survey-*.csv "$S"/measurements-2019-2025.csv; do
      cp "$f" "$W/host-data/inbox/$(basename "$f").part"; mv "$W/host-data/inbox/$(basename "$f").part" "$W/host-data/inbox/$(basename "$f")"
    done
    Samverkan__DataDirectory="$W/host-data" Samverkan__CatalogDirectory="$REPO/data-samples/catalog" Samverkan__LoadSamplesOnFirstStart=false \
    Samverkan__IngestInboxCron="*/5 * * * * *" SAMVERKAN_ADMIN_PASSWORD=faults-admin-password Logging__Console__FormatterName=json \
      dotnet "$HOST_DLL" --contentRoot "$(dirname "$HOST_DLL")" --urls "http://127.0.0.1:${HOST_PORT:-5213}" > "$W/host.log" 2>&1 &
    host=$!
    for _ in $(seq 1 600); do grep -qs '"EventId":2001' "$W/host.log" && break; sleep 0.5; done
    sleep 2
    as_pg "$pgbin/pg_ctl" -D "$pg_work/data" -m fast -w restart -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $pg_work -c fsync=off" > /dev/null
    echo "-- restarted during: $(grep -o '"Message":"Compute started' "$W/host.log" | head -1)"
    for _ in $(seq 1 600); do grep -q '"EventId":2002' "$W/host.log" && break; sleep 1; done
    kill $host; wait $host 2>/dev/null
    echo "-- the job's failure: $(grep -o '"EventId":9001[^}]*"Message":"[^"]\{0,160\}' "$W/host.log" | head -1 | sed 's/.*"Message":"//')"
    echo "-- then: $(grep -o '"Message":"Compute run [^"]*' "$W/host.log" | head -1 | sed 's/"Message":"//')"
    echo "-- compute runs: $(as_pg "$pgbin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d samverkan_host -Atc 'select count(*) from compute_runs')"
  fi
else
  echo "skipped: scripts/postgres.sh could not start a server on $PG_PORT"
fi
echo "work folder: $W"
