# Sourced by run-tests (bash, set -euo pipefail). Gives the tests a PostgreSQL server in JANALYQ_TEST_POSTGRESQL:
# the one that variable already names, else a throwaway one started here and removed when run-tests exits (pass or
# fail). The throwaway server is Debian's postgresql package (installed when missing), initdb'd into a temporary
# folder, listening only on a Unix socket in that folder (no TCP at all: never port 5432, never the system cluster),
# tuned for tests (fsync off: the data is thrown away). When it cannot be started, run-tests stops here and fails:
# the PostgreSQL rows of the repository tests are never skipped silently. It sets the EXIT trap of run-tests: a later
# setup script that needs one of its own must call janalyq_pg_stop in it.

janalyq_pg_fail() {
  echo "run-tests: cannot start a throwaway PostgreSQL server: $*" >&2
  [ -n "${janalyq_pg_root:-}" ] && [ -f "$janalyq_pg_root/server.log" ] && tail -n 20 "$janalyq_pg_root/server.log" >&2
  echo "run-tests: set JANALYQ_TEST_POSTGRESQL to a server's connection string (the tests create and drop schemas in it) to use another one" >&2
  exit 1
}

janalyq_pg_stop() {
  [ -n "${janalyq_pg_root:-}" ] || return 0
  if [ -f "$janalyq_pg_root/data/postmaster.pid" ]; then
    runuser -u "$janalyq_pg_user" -- "$janalyq_pg_bin/pg_ctl" -D "$janalyq_pg_root/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$janalyq_pg_root"
  janalyq_pg_root=""
}

if [ -n "${JANALYQ_TEST_POSTGRESQL:-}" ]; then
  echo "run-tests: PostgreSQL tests use the server JANALYQ_TEST_POSTGRESQL names"
else
  janalyq_pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [ -z "$janalyq_pg_bin" ] || [ ! -x "$janalyq_pg_bin/postgres" ]; then
    [ "$(id -u)" = 0 ] || janalyq_pg_fail "the postgresql package is missing and installing it needs root"
    echo "run-tests: installing Debian's postgresql package…"
    export DEBIAN_FRONTEND=noninteractive
    # The package's own cluster is not used; policy-rc.d keeps the install from starting it.
    janalyq_pg_policy=""
    if [ ! -e /usr/sbin/policy-rc.d ]; then
      printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && janalyq_pg_policy=1
    fi
    janalyq_pg_installed=1
    { apt-get update -qq && apt-get install -y -qq --no-install-recommends postgresql >/dev/null; } || janalyq_pg_installed=""
    [ -z "$janalyq_pg_policy" ] || rm -f /usr/sbin/policy-rc.d
    [ -n "$janalyq_pg_installed" ] || janalyq_pg_fail "apt-get install postgresql failed"
    janalyq_pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
    [ -x "${janalyq_pg_bin:-/none}/postgres" ] || janalyq_pg_fail "no postgres binary under /usr/lib/postgresql after the install"
  fi
  # initdb and postgres refuse to run as root: as root, run them as the package's system user.
  janalyq_pg_user="$(id -un)"
  if [ "$(id -u)" = 0 ]; then
    janalyq_pg_user=postgres
    id postgres >/dev/null 2>&1 || janalyq_pg_fail "user 'postgres' is missing (the postgresql package creates it)"
  fi
  # /tmp, not $TMPDIR: a Unix socket path is limited to 107 bytes.
  janalyq_pg_root="$(mktemp -d /tmp/janalyq-pg.XXXXXX)"
  trap janalyq_pg_stop EXIT
  trap 'janalyq_pg_stop; exit 130' INT
  trap 'janalyq_pg_stop; exit 143' TERM
  chmod 700 "$janalyq_pg_root"
  chown "$janalyq_pg_user" "$janalyq_pg_root"
  janalyq_pg_port=54329
  runuser -u "$janalyq_pg_user" -- "$janalyq_pg_bin/initdb" -D "$janalyq_pg_root/data" -U janalyq --auth=trust \
    --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$janalyq_pg_root/initdb.log" 2>&1 || { cat "$janalyq_pg_root/initdb.log" >&2; janalyq_pg_fail "initdb failed"; }
  runuser -u "$janalyq_pg_user" -- "$janalyq_pg_bin/pg_ctl" -D "$janalyq_pg_root/data" -l "$janalyq_pg_root/server.log" -w -t 60 \
    -o "-c listen_addresses='' -c unix_socket_directories='$janalyq_pg_root' -p $janalyq_pg_port -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=128MB" \
    start >/dev/null || janalyq_pg_fail "postgres did not start"
  export JANALYQ_TEST_POSTGRESQL="Host=$janalyq_pg_root;Port=$janalyq_pg_port;Username=janalyq;Database=postgres"
  echo "run-tests: throwaway PostgreSQL $("$janalyq_pg_bin/postgres" --version | awk '{print $3}') on socket $janalyq_pg_root (port $janalyq_pg_port), removed at exit"
fi
# The tests fail, rather than leave PostgreSQL out, when this run promised a server.
export JANALYQ_TEST_REQUIRE_POSTGRESQL=1
