# shellcheck shell=bash
# Sourced by .ci/run (and by hand: `source .ci/services/postgres.sh`) to give the tests a real PostgreSQL.
# Starts a private cluster (not Debian's main one) on 127.0.0.1:55432 in a temp folder, creates a role
# and a database, and exports the connection string the Postgres tests read. Safe to re-run: an existing
# cluster is reused (and started if it was stopped). Runs inside `set -euo pipefail`, so it never exits.

valuefirst_start_postgres() {
  local bin=/usr/lib/postgresql/15/bin
  local root="${VALUEFIRST_POSTGRES_DIR:-${TMPDIR:-/tmp}/valuefirst-postgres}"
  local data="$root/data" port=55432 role=valuefirst password=valuefirst database=valuefirst_test

  if [ ! -x "$bin/initdb" ]; then
    echo "postgres.sh: $bin/initdb not found; install PostgreSQL first (apt-get install -y postgresql)" >&2
    return 1
  fi

  # initdb and the server refuse to run as root: as root run them as Debian's `postgres` user.
  local -a as_owner=()
  if [ "$(id -u)" -eq 0 ]; then
    as_owner=(runuser -u postgres --)
  fi

  if [ ! -s "$data/PG_VERSION" ]; then
    rm -rf "$root"
    mkdir -p "$root"
    if [ ${#as_owner[@]} -gt 0 ]; then chown postgres:postgres "$root"; fi
    # Local socket connections (used below to create the role) are trusted; TCP needs the password.
    "${as_owner[@]}" "$bin/initdb" -D "$data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
      --encoding=UTF8 --locale=C.UTF-8 >"$root/initdb.log" 2>&1 \
      || { cat "$root/initdb.log" >&2; return 1; }
  fi

  if ! "${as_owner[@]}" "$bin/pg_ctl" status -D "$data" >/dev/null 2>&1; then
    # A throwaway cluster: durability settings off for speed, enough connections for several
    # app hosts (each Hangfire server polls with its own connections) in one test run.
    "${as_owner[@]}" "$bin/pg_ctl" start -D "$data" -w -t 30 -l "$root/server.log" \
      -o "-p $port -k $root -c listen_addresses=127.0.0.1 -c max_connections=1000 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      >/dev/null || { tail -n 20 "$root/server.log" >&2; return 1; }
  fi

  local -a psql=("${as_owner[@]}" "$bin/psql" -h "$root" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA)
  if [ -z "$("${psql[@]}" -c "SELECT 1 FROM pg_roles WHERE rolname = '$role'")" ]; then
    # CREATEDB: each test fixture creates (and drops) a database of its own.
    "${psql[@]}" -c "CREATE ROLE $role LOGIN CREATEDB PASSWORD '$password'"
  fi
  if [ -z "$("${psql[@]}" -c "SELECT 1 FROM pg_database WHERE datname = '$database'")" ]; then
    "${psql[@]}" -c "CREATE DATABASE $database OWNER $role"
  fi

  export VALUEFIRST_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Database=$database;Username=$role;Password=$password"
  # The Postgres tests fail (instead of skipping) when the connection string is missing.
  export VALUEFIRST_REQUIRE_POSTGRES=1
  echo "PostgreSQL ready on 127.0.0.1:$port (cluster in $root)"
}

valuefirst_start_postgres
unset -f valuefirst_start_postgres
