#!/usr/bin/env bash
# Intake benchmarks against the real server (TipLine.Web as a child process), printed as Markdown tables:
#   1. tips/s and latency of the JavaScript intake API (4 KiB answers, no files) with N concurrent clients, on SQLite,
#      on PostgreSQL and on a bare Kestrel app with the same endpoints (the ceiling, same run, same machine);
#   2. the server's resident memory while one large file arrives, with JavaScript (chunked PUTs) and without (one
#      streamed multipart POST).
# Usage and the meaning of every column: bench/intake/README.md.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
bench="$repo/bench/intake"
clients="${BENCH_CLIENTS:-16}"
seconds="${BENCH_SECONDS:-15}"
rounds="${BENCH_ROUNDS:-3}"
tips="${BENCH_TIPS:-4000}"
warmup="${BENCH_WARMUP:-300}"
size_mib="${BENCH_SIZE_MIB:-1024}"
throughput_targets="${BENCH_TARGETS-ceiling sqlite postgres}"
upload_modes="${BENCH_UPLOADS-js nojs}"
# On disk by default: the server fsyncs every tip, and tmpfs would make that free.
work="$(mktemp -d "${BENCH_DIR:-${TMPDIR:-/tmp}}/tipline-intake-bench.XXXXXX")"
out="$bench/.artifacts/out"
results="$work/results.jsonl"

server_pid=""
server_url=""
pg_database=""

log() { printf '==> %s\n' "$*" >&2; }

stop_server() {
  if [[ -n "$server_pid" ]]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
  fi
}

cleanup() {
  local status=$?
  stop_server
  if [[ -n "$pg_database" ]]; then
    psql -d "$pg_admin_database" -v ON_ERROR_STOP=1 -qc "DROP DATABASE IF EXISTS $pg_database WITH (FORCE)" >/dev/null 2>&1 \
      || echo "could not drop PostgreSQL database $pg_database" >&2
  fi
  if [[ $status -ne 0 ]]; then
    for server_log in "$work"/*/server.log; do
      [[ -f "$server_log" ]] && { echo "--- last lines of $server_log" >&2; tail -n 20 "$server_log" >&2; }
    done
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# Published outside the source tree's bin/obj (other builds use those), incrementally; BENCH_SKIP_BUILD=1 reuses them.
if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  for project in src/TipLine.Web src/TipLine.Cli bench/intake/IntakeLoad bench/intake/BareIntake; do
    log "publishing $project (Release)"
    if ! dotnet publish "$repo/$project" -c Release -p:SkipBrowserBuild=true --artifacts-path "$bench/.artifacts" \
      -o "$out/$(basename "$project")" --nologo -v quiet >"$work/publish.log" 2>&1; then
      grep -v NU1603 "$work/publish.log" >&2
      echo "building $project failed; BENCH_SKIP_BUILD=1 reuses the last successful build" >&2
      exit 1
    fi
  done
fi
for dll in TipLine.Web/TipLine.Web.dll TipLine.Cli/tipline.dll IntakeLoad/intake-load.dll BareIntake/bare-intake.dll; do
  [[ -f "$out/$dll" ]] || { echo "build failed: $out/$dll is missing" >&2; exit 1; }
done
load=(dotnet "$out/IntakeLoad/intake-load.dll")
tipline=(dotnet "$out/TipLine.Cli/tipline.dll")

# Every TipLine server and `tipline init` of the run share these (the key files are created by the first SQLite one).
escrow_key="$work/escrow-key.txt"
"${tipline[@]}" age-keygen -o "$escrow_key" 2>/dev/null
escrow="$("${tipline[@]}" age-keygen -y "$escrow_key")"
common_settings=(
  ASPNETCORE_ENVIRONMENT=Production
  DOTNET_NOLOGO=1
  TipLine__KeyDirectory="$work/keys"
  # Difficulty 0 keeps the protocol (a single-use challenge per submission) and drops the work, which is the browser's.
  TipLine__ProofOfWork__Difficulty=0
)

# seed DIRECTORY SETTINGS...: what an operator does first, `tipline init`, with the channel's escrow key.
seed() {
  local directory="$1"; shift
  (cd "$directory" && env "$@" TIPLINE_INIT_PASSWORD="bench-intake-$RANDOM-$RANDOM" "${tipline[@]}" init \
    --organisation "Bench Intake NGO" --type IntakeUnit --jurisdiction FR --user bench --escrow "$escrow") >"$directory/init.log" 2>&1 \
    || { cat "$directory/init.log" >&2; exit 1; }
}

# start_server DIRECTORY DLL SETTINGS...: runs DLL from its own folder (its appsettings.json) on a free loopback port.
start_server() {
  local directory="$1" dll="$2"; shift 2
  local port
  port="$("${load[@]}" free-port)"
  (cd "$(dirname "$dll")" && exec env "$@" ASPNETCORE_URLS="http://127.0.0.1:$port" dotnet "$dll") >"$directory/server.log" 2>&1 &
  server_pid=$!
  server_url="http://127.0.0.1:$port"
  for _ in $(seq 1 600); do
    kill -0 "$server_pid" 2>/dev/null || { echo "the server in $directory exited during start-up" >&2; exit 1; }
    [[ "$(curl -s -o /dev/null -w '%{http_code}' "$server_url/" || true)" != 000 ]] && return 0
    sleep 0.1
  done
  echo "the server in $directory did not answer within 60 s" >&2
  exit 1
}

sqlite_settings() {
  local directory="$1"
  printf '%s\n' Database__Provider=Sqlite "ConnectionStrings__TipLine=Data Source=$directory/tipline.db" \
    "Storage__BlobDirectory=$directory/blobs"
}

# throughput LABEL [OPTIONS...]: the load generator against the server just started.
throughput() {
  log "$1, round $round: $clients clients, up to ${seconds} s"
  "${load[@]}" throughput --label "$1" --round "$round" --url "$server_url" --server-pid "$server_pid" --clients "$clients" \
    --seconds "$seconds" --tips "$tips" --warmup "$warmup" --results "$results" "${@:2}"
}

# A key=value;... connection string's value for KEY (case-insensitive), for psql.
connection_value() {
  tr ';' '\n' <<<"$TIPLINE_TEST_POSTGRES" | awk -F= -v key="$1" 'tolower($1) == tolower(key) { sub(/^[^=]*=/, ""); print; exit }'
}

# PostgreSQL needs the signing key, deployment salt and Data Protection certificate as named files; a SQLite
# deployment creates all three on its first start, so one is started once when no SQLite run came first.
ensure_key_files() {
  [[ -f "$work/keys/dataprotection.pfx" ]] && return 0
  local directory="$work/key-files"
  local -a settings
  mkdir -p "$directory"
  mapfile -t settings < <(sqlite_settings "$directory")
  seed "$directory" "${common_settings[@]}" "${settings[@]}"
  start_server "$directory" "$out/TipLine.Web/TipLine.Web.dll" "${common_settings[@]}" "${settings[@]}"
  stop_server
}

run_sqlite() {
  local directory="$work/sqlite-$round"
  local -a settings
  mkdir -p "$directory"
  mapfile -t settings < <(sqlite_settings "$directory")
  seed "$directory" "${common_settings[@]}" "${settings[@]}"
  start_server "$directory" "$out/TipLine.Web/TipLine.Web.dll" "${common_settings[@]}" "${settings[@]}"
  throughput "TipLine, SQLite"
  stop_server
}

run_postgres() {
  if [[ -z "${TIPLINE_TEST_POSTGRES:-}" ]]; then
    # The same throwaway cluster the tests use (127.0.0.1:55432), started if needed.
    # shellcheck source=../../.ci/lib.sh
    source "$repo/.ci/lib.sh"
    ensure_postgres
  fi
  export PGHOST PGPORT PGUSER PGPASSWORD
  PGHOST="$(connection_value Host)"; PGPORT="$(connection_value Port)"
  PGUSER="$(connection_value Username)"; PGUSER="${PGUSER:-$(connection_value 'User ID')}"
  PGPASSWORD="$(connection_value Password)"
  pg_admin_database="$(connection_value Database)"; pg_admin_database="${pg_admin_database:-postgres}"
  pg_database="tipline_bench_$$_$RANDOM"
  psql -d "$pg_admin_database" -v ON_ERROR_STOP=1 -qc "CREATE DATABASE $pg_database" >/dev/null
  local connection
  connection="$(tr ';' '\n' <<<"$TIPLINE_TEST_POSTGRES" | grep -iv '^database=' | grep -v '^$' | paste -sd ';');Database=$pg_database"

  ensure_key_files
  local directory="$work/postgres-$round"
  mkdir -p "$directory"
  local settings=(
    Database__Provider=Postgres "ConnectionStrings__TipLine=$connection" "Storage__BlobDirectory=$directory/blobs"
    TipLine__SigningKeyFile="$work/keys/server-signing.key" TipLine__DeploymentSaltFile="$work/keys/deployment-salt.bin"
    DataProtection__CertificatePath="$work/keys/dataprotection.pfx"
  )
  seed "$directory" "${common_settings[@]}" "${settings[@]}"
  start_server "$directory" "$out/TipLine.Web/TipLine.Web.dll" "${common_settings[@]}" "${settings[@]}"
  throughput "TipLine, PostgreSQL"
  stop_server
  psql -d "$pg_admin_database" -v ON_ERROR_STOP=1 -qc "DROP DATABASE $pg_database WITH (FORCE)" >/dev/null
  pg_database=""
}

run_ceiling() {
  local directory="$work/bare-$round"
  mkdir -p "$directory"
  start_server "$directory" "$out/BareIntake/bare-intake.dll" ASPNETCORE_ENVIRONMENT=Production DOTNET_NOLOGO=1
  # Two recipients, as `tipline init --escrow` gives the channel: the same tip bodies as the real targets. It stores
  # nothing, so a smaller pool is reused.
  throughput "bare Kestrel (ceiling)" --ceiling --recipients 2 --tips 1000
  stop_server
}

# run_upload MODE LABEL: a fresh SQLite server per mode, so one upload's leftovers do not count as the other's idle.
run_upload() {
  local directory="$work/upload-$1"
  local -a settings
  mkdir -p "$directory"
  mapfile -t settings < <(sqlite_settings "$directory")
  seed "$directory" "${common_settings[@]}" "${settings[@]}"
  start_server "$directory" "$out/TipLine.Web/TipLine.Web.dll" "${common_settings[@]}" "${settings[@]}"
  log "$2: one ${size_mib} MiB file"
  "${load[@]}" upload --label "$2" --mode "$1" --url "$server_url" --server-pid "$server_pid" --size-mib "$size_mib" --results "$results"
  stop_server
}

# Rounds interleave the targets, so a burst of load from elsewhere on the machine hits one round, not one target.
for round in $(seq 1 "$rounds"); do
  for target in $throughput_targets; do
    case "$target" in
      ceiling) run_ceiling ;;
      sqlite) run_sqlite ;;
      postgres) run_postgres ;;
      *) echo "unknown target $target (ceiling sqlite postgres)" >&2; exit 2 ;;
    esac
  done
done
for mode in $upload_modes; do
  case "$mode" in
    js) run_upload js "JavaScript: chunked PUTs" ;;
    nojs) run_upload nojs "no JavaScript: one multipart POST" ;;
    *) echo "unknown upload mode $mode (js nojs)" >&2; exit 2 ;;
  esac
done

echo
echo "$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo) RAM; server data on $(df -T "$work" | awk 'NR==2 {print $2}');" \
  "load generator on the same machine; $rounds round(s) of ${seconds} s per target."
echo
"${load[@]}" report --results "$results"
