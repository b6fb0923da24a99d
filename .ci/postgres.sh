#!/usr/bin/env bash
# PostgreSQL for the corpus store tests: Debian's package on 127.0.0.1:5432, a role and a database
# for the tests. Idempotent: safe to run again on a machine where it already ran.
# Tests reach it at postgres://rasid:rasid@127.0.0.1:5432/rasid_test (or $RASID_TEST_PG).
set -euo pipefail

SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi

if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
  echo "== installing postgresql"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
fi

VER="$(ls /usr/lib/postgresql | sort -n | tail -1)"
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^$VER main$"; then
  $SUDO pg_createcluster "$VER" main >/dev/null
fi
if ! pg_lsclusters -h | awk -v v="$VER" '$1==v && $2=="main" {print $4}' | grep -q online; then
  echo "== starting postgresql $VER"
  $SUDO pg_ctlcluster "$VER" main start
fi

for i in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p 5432 && break
  sleep 1
done
pg_isready -h 127.0.0.1 -p 5432

# psql as the postgres superuser (root: su; others: sudo).
psql_su() {
  if [ "$(id -u)" = "0" ]; then su postgres -s /bin/sh -c "psql -v ON_ERROR_STOP=1 -qtA $(printf '%q ' "$@")"
  else sudo -u postgres psql -v ON_ERROR_STOP=1 -qtA "$@"; fi
}

if [ "$(psql_su -c "SELECT 1 FROM pg_roles WHERE rolname='rasid'")" != "1" ]; then
  psql_su -c "CREATE ROLE rasid LOGIN PASSWORD 'rasid' CREATEDB"
fi
if [ "$(psql_su -c "SELECT 1 FROM pg_database WHERE datname='rasid_test'")" != "1" ]; then
  psql_su -c "CREATE DATABASE rasid_test OWNER rasid ENCODING 'UTF8' TEMPLATE template0"
fi
echo "== postgresql ready: postgres://rasid:rasid@127.0.0.1:5432/rasid_test"
