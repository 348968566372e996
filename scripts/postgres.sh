#!/usr/bin/env bash
# Starts or stops a throw-away PostgreSQL cluster without systemd (ENVIRONMENT.md).
#   scripts/postgres.sh start <workdir> <port>     scripts/postgres.sh stop <workdir>
set -euo pipefail
cmd=$1; work=$2
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "$cmd" in
  start)
    port=$3
    mkdir -p "$work"; [ "$(id -u)" = 0 ] && chown postgres:postgres "$work"
    [ -f "$work/data/PG_VERSION" ] || as_pg "$pgbin/initdb" -D "$work/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
    as_pg "$pgbin/pg_ctl" -D "$work/data" -l "$work/server.log" -w -t 30 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $work -c fsync=off" start >/dev/null
    as_pg "$pgbin/psql" -h 127.0.0.1 -p "$port" -U postgres -Atqc "CREATE DATABASE samverkan_test" >/dev/null
    ;;
  stop)
    as_pg "$pgbin/pg_ctl" -D "$work/data" -m fast -w stop >/dev/null
    ;;
  *) echo "usage: $0 start <workdir> <port> | stop <workdir>" >&2; exit 2 ;;
esac
