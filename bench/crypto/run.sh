#!/usr/bin/env bash
# Compares `tipline age` with the reference `age` CLI on a 1 GiB random file, both directions.
# Prints a Markdown table: tool, direction, seconds, MB/s, peak RSS, ratio TipLine/age (throughput).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
size_mib="${BENCH_SIZE_MIB:-1024}"
# tmpfs keeps the disk out of the measurement: this compares the tools, not the storage.
work="$(mktemp -d "${BENCH_DIR:-/dev/shm}/tipline-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

for tool in age age-keygen /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 1; }
done

# ReadyToRun trims JIT start-up (about 0.1 s of a 1 GiB run); build output stays in bench/crypto/.artifacts
# so this never touches the obj/ folders other builds use, and re-runs are incremental.
if [[ -n "${BENCH_TIPLINE:-}" ]]; then
  tipline="$BENCH_TIPLINE" # a prebuilt tipline executable, e.g. when the tree does not build right now
else
echo "Building tipline (Release, ReadyToRun)..." >&2
dotnet publish "$repo/src/TipLine.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -p:RestorePackagesWithLockFile=false \
  --artifacts-path "$repo/bench/crypto/.artifacts" -o "$work/tipline" --nologo -v quiet 2>&1 | grep -v NU1603 >&2 || true
tipline="$work/tipline/tipline"
fi
[[ -x "$tipline" ]] || { echo "build failed" >&2; exit 1; }

echo "Making ${size_mib} MiB of random plaintext in $work..." >&2
head -c "$((size_mib * 1024 * 1024))" /dev/urandom > "$work/plain.bin"
age-keygen -o "$work/key.txt" 2>/dev/null
recipient="$(age-keygen -y "$work/key.txt")"
bytes="$(stat -c %s "$work/plain.bin")"

# measure NAME DIRECTION INPUT COMMAND...: streams INPUT on stdin to stdout (/dev/null), timed by time -v.
results=()
measure() {
  local name="$1" direction="$2" input="$3"; shift 3
  /usr/bin/time -v -o "$work/time.txt" "$@" < "$input" > /dev/null
  local seconds rss
  seconds="$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$work/time.txt")"
  rss="$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")"
  results+=("$name|$direction|$seconds|$rss")
}

# Untimed: each tool encrypts a file the other must decrypt back to the original bytes.
age -r "$recipient" -o "$work/age.age" "$work/plain.bin"
"$tipline" age -r "$recipient" -o "$work/tipline.age" "$work/plain.bin"
age -d -i "$work/key.txt" "$work/tipline.age" | cmp -s - "$work/plain.bin" || { echo "age did not round-trip tipline's file" >&2; exit 1; }
"$tipline" age -d -i "$work/key.txt" "$work/age.age" | cmp -s - "$work/plain.bin" || { echo "tipline did not round-trip age's file" >&2; exit 1; }

measure age encrypt "$work/plain.bin" age -r "$recipient"
measure tipline encrypt "$work/plain.bin" "$tipline" age -r "$recipient"
measure age decrypt "$work/age.age" age -d -i "$work/key.txt"
measure tipline decrypt "$work/tipline.age" "$tipline" age -d -i "$work/key.txt"

echo
echo "Input: ${size_mib} MiB random, files on $(df -T "$work" | awk 'NR==2 {print $2}'), $(nproc) cores."
echo
echo "| tool | direction | seconds | MB/s | peak RSS MiB | ratio TipLine/age |"
echo "|---|---|---:|---:|---:|---:|"
declare -A age_mbs
for row in "${results[@]}"; do
  IFS='|' read -r name direction seconds rss <<<"$row"
  mbs="$(awk -v b="$bytes" -v s="$seconds" 'BEGIN {printf "%.0f", (s > 0 ? b / 1e6 / s : 0)}')"
  [[ "$name" == age ]] && age_mbs[$direction]="$mbs"
  ratio="—"
  if [[ "$name" == tipline ]]; then
    ratio="$(awk -v t="$mbs" -v a="${age_mbs[$direction]}" 'BEGIN {printf "%.2f", (a > 0 ? t / a : 0)}')"
  fi
  rss_mib="$(awk -v k="$rss" 'BEGIN {printf "%.1f", k / 1024}')"
  echo "| $name | $direction | $seconds | $mbs | $rss_mib | $ratio |"
done
