#!/usr/bin/env bash
# Make sure a PostgreSQL server answers on 127.0.0.1:5432 with a database "test" that the
# user "postgres" reaches without a password; install and start one if the machine has none.
# Prints the SQLAlchemy URL the tests use.
set -euo pipefail
SUDO=""
if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null; then SUDO="sudo"; fi
URL="postgresql+psycopg://postgres@127.0.0.1:5432/test"

ready() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; }

if ! ready && ! command -v pg_ctlcluster >/dev/null; then
  echo "postgres: installing postgresql (apt)" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
fi
if ! ready; then
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  hba=/etc/postgresql/$version/main/pg_hba.conf
  if ! $SUDO grep -q "section16-ci" "$hba"; then
    # Local test server only: trust loopback connections, as the development machines do.
    $SUDO sed -i '1i host all all 127.0.0.1/32 trust # section16-ci\nhost all all ::1/128 trust # section16-ci' "$hba"
  fi
  $SUDO pg_ctlcluster --skip-systemctl-redirect "$version" main start || $SUDO pg_ctlcluster "$version" main start
  for _ in $(seq 1 30); do ready && break; sleep 1; done
fi
ready || { echo "postgres: server did not start" >&2; exit 1; }
if ! psql -h 127.0.0.1 -U postgres -tAc "select 1 from pg_database where datname='test'" | grep -q 1; then
  psql -h 127.0.0.1 -U postgres -c "create database test" >/dev/null
fi
echo "$URL"
