#!/usr/bin/env bash
# A throwaway PostgreSQL server from Debian's packages for the data-check warehouse tests.
#   .ci/postgres.sh start DIR   initdb into DIR/data (trust auth, superuser "mlguard"), listen on
#                               127.0.0.1 on a free port with the unix socket in DIR, and print
#                               postgres://mlguard@127.0.0.1:PORT/postgres on stdout
#   .ci/postgres.sh stop DIR    stop that server and remove DIR
# PostgreSQL refuses to run as root, so as root the server runs as Debian's `postgres` user.
# Diagnostics go to stderr; stdout carries only the URL.
set -euo pipefail
cmd=${1:-}; dir=${2:-}
if [ -z "$cmd" ] || [ -z "$dir" ]; then echo "usage: $0 start|stop DIR" >&2; exit 2; fi

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
as_server() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
start)
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then echo "postgres.sh: Debian's postgresql is not installed (no /usr/lib/postgresql/*/bin/initdb)" >&2; exit 1; fi
  mkdir -p "$dir"
  if [ "$(id -u)" = 0 ]; then chown postgres: "$dir"; fi
  chmod 700 "$dir"
  as_server "$bin/initdb" -D "$dir/data" -A trust -U mlguard -E UTF8 --no-locale --no-sync >"$dir/initdb.log" 2>&1 \
    || { echo "postgres.sh: initdb failed:" >&2; tail -20 "$dir/initdb.log" >&2; exit 1; }
  # A free port can be taken between the probe and the bind: try a few.
  for _ in 1 2 3; do
    port=$(node -e "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
    if as_server "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o "-p $port -k $dir -h 127.0.0.1 -F" start >/dev/null 2>&1; then
      echo "postgres://mlguard@127.0.0.1:$port/postgres"
      exit 0
    fi
  done
  echo "postgres.sh: the server did not start:" >&2; tail -20 "$dir/server.log" >&2 2>/dev/null || true
  exit 1
  ;;
stop)
  if [ -n "$bin" ] && [ -f "$dir/data/postmaster.pid" ]; then
    as_server "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || echo "postgres.sh: pg_ctl stop failed" >&2
  fi
  rm -rf "$dir"
  ;;
*) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
