# Shared by .ci/run and .ci/test: install and start what the test suite needs, idempotently.
# Sourced, not executed.

TIPLINE_PG_PORT="${TIPLINE_PG_PORT:-55432}"
TIPLINE_PG_DIR="${TIPLINE_PG_DIR:-/tmp/tipline-test-postgres}"

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

pg_bin_dir() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && { printf '%s\n' "$dir"; return 0; }
  done
  return 1
}

# Installs the Debian packages the tests run against when any is missing (root only; otherwise explains).
ensure_system_packages() {
  local missing=()
  command -v age >/dev/null 2>&1 || missing+=(age)
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  pg_bin_dir >/dev/null || missing+=(postgresql)
  command -v /usr/bin/time >/dev/null 2>&1 || missing+=(time)
  # Validates docker-compose.yml (deploy/verify.sh); no Docker engine is installed or needed.
  command -v docker-compose >/dev/null 2>&1 || missing+=(docker-compose)
  command -v openssl >/dev/null 2>&1 || missing+=(openssl)
  if [ "${#missing[@]}" -eq 0 ]; then
    return 0
  fi
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    die "missing packages: ${missing[*]} — install them (sudo apt-get install ${missing[*]}) and rerun"
  fi
  log "installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Runs a PostgreSQL command as the cluster owner: initdb refuses to run as root, so root delegates to 'postgres'.
as_pg_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# Starts (or reuses) a throwaway PostgreSQL cluster on loopback for the tests; prints its connection string.
ensure_postgres() {
  local bin
  bin="$(pg_bin_dir)" || die "PostgreSQL server binaries not found (apt-get install postgresql)"
  if [ ! -s "$TIPLINE_PG_DIR/data/PG_VERSION" ]; then
    log "initialising PostgreSQL test cluster in $TIPLINE_PG_DIR"
    rm -rf "$TIPLINE_PG_DIR"
    mkdir -p "$TIPLINE_PG_DIR"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$TIPLINE_PG_DIR"
    as_pg_owner "$bin/initdb" -D "$TIPLINE_PG_DIR/data" -U postgres --auth=trust -E UTF8 --no-locale >/dev/null
  fi
  if ! as_pg_owner "$bin/pg_ctl" -D "$TIPLINE_PG_DIR/data" status >/dev/null 2>&1; then
    log "starting PostgreSQL on 127.0.0.1:$TIPLINE_PG_PORT"
    as_pg_owner "$bin/pg_ctl" -D "$TIPLINE_PG_DIR/data" -w -t 60 -l "$TIPLINE_PG_DIR/server.log" \
      -o "-k $TIPLINE_PG_DIR -p $TIPLINE_PG_PORT -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=200" start >/dev/null \
      || { cat "$TIPLINE_PG_DIR/server.log" >&2; die "PostgreSQL did not start"; }
  fi
  export TIPLINE_TEST_POSTGRES="Host=127.0.0.1;Port=$TIPLINE_PG_PORT;Username=postgres;Database=postgres;Pooling=true;Timeout=30"
}

# Installs the browser code's npm dependencies exactly as locked, when the project has any.
ensure_npm_packages() {
  local lock
  for lock in $(git ls-files '*package-lock.json' 2>/dev/null); do
    log "npm ci in $(dirname "$lock")"
    (cd "$(dirname "$lock")" && npm ci --no-audit --no-fund --loglevel=error)
  done
}
