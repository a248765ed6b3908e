#!/usr/bin/env bash
# Back-office benchmark: the case list (filtered, paged) and the case page with 100,000 cases and 300,000 messages,
# on SQLite then PostgreSQL, through the real use-case pipeline; and the Argon2id cost of a sign-in.
# Prints Markdown tables. Usage, knobs and the meaning of every column: bench/backoffice/README.md.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
bench="$repo/bench/backoffice"
providers="${BENCH_PROVIDERS-sqlite postgres}"
out="$bench/.artifacts/out"
# On disk by default: SQLite's page cache and fsyncs are part of what a deployment pays, and tmpfs would hide them.
work="$(mktemp -d "${BENCH_DIR:-${TMPDIR:-/tmp}}/tipline-backoffice-bench.XXXXXX")"
results="$work/results.jsonl"
trap 'rm -rf "$work"' EXIT

log() { printf '==> %s\n' "$*" >&2; }

# Published outside the source tree's bin/obj (other builds use those), incrementally; BENCH_SKIP_BUILD=1 reuses it.
if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  log "publishing bench/backoffice/CaseLoad (Release)"
  if ! dotnet publish "$bench/CaseLoad" -c Release -p:SkipBrowserBuild=true --artifacts-path "$bench/.artifacts" \
    -o "$out" --nologo -v quiet >"$work/publish.log" 2>&1; then
    grep -v NU1603 "$work/publish.log" >&2
    echo "building CaseLoad failed; BENCH_SKIP_BUILD=1 reuses the last successful build" >&2
    exit 1
  fi
fi
[[ -f "$out/case-load.dll" ]] || { echo "build failed: $out/case-load.dll is missing" >&2; exit 1; }
load=(env DOTNET_NOLOGO=1 BENCH_DIR="$work" dotnet "$out/case-load.dll")

for provider in $providers; do
  case "$provider" in
    sqlite)
      "${load[@]}" measure sqlite "$results"
      ;;
    postgres)
      if [[ -z "${TIPLINE_TEST_POSTGRES:-}" ]]; then
        # The throwaway cluster the tests use (127.0.0.1:55432), started if needed; ensure_postgres exits when it
        # cannot, so it runs in a subshell and PostgreSQL is skipped, with the reason above this line, only then.
        # shellcheck source=../../.ci/lib.sh
        if ! TIPLINE_TEST_POSTGRES="$(source "$repo/.ci/lib.sh" && ensure_postgres && printf '%s' "$TIPLINE_TEST_POSTGRES")"; then
          log "PostgreSQL SKIPPED: TIPLINE_TEST_POSTGRES is not set and the local test cluster could not be started"
          continue
        fi
        export TIPLINE_TEST_POSTGRES
      fi
      "${load[@]}" measure postgres "$results"
      ;;
    *) echo "unknown provider $provider (sqlite postgres)" >&2; exit 2 ;;
  esac
done
if [[ "${BENCH_LOGIN:-1}" == 1 ]]; then
  log "login: Argon2id, ${BENCH_LOGIN_ITERATIONS:-10} runs each"
  "${load[@]}" login "$results"
fi

echo
echo "$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo) RAM; SQLite file on" \
  "$(df -T "$work" | awk 'NR==2 {print $2}'); PostgreSQL $(psql --version 2>/dev/null | awk '{print $3}') on the same machine;" \
  "${BENCH_ITERATIONS:-500} calls per query after ${BENCH_WARMUP:-50} untimed, one client, one call at a time."
echo
"${load[@]}" report "$results"
