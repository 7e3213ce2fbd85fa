#!/usr/bin/env bash
# The native build of the CLI does what the framework-dependent one does, byte for byte.
#
#   bash tools/native-check.sh NATIVE MANAGED_DLL
#
# NATIVE is the native program: the one `dotnet publish src/CareCommunity.Cli -c Release -r RID` writes
# (docs/decisions/0071), or the one the CareCommunity.Cli.linux-x64 tool package installs, as CI checks it
# (docs/decisions/0072); MANAGED_DLL is carecommunity.dll from a framework-dependent build or from the
# CareCommunity.Cli.any package, run with `dotnet`. Every case below runs once with each, in a folder of its own
# (outputs are written there by relative name), and the two must agree on the exit code, standard output, standard
# error and every file written. The cases cover each command, each output format and every sample document, valid and
# not: a native build loses what trimming removed or what needs code generated at run time, and any such loss shows
# here as a difference or a crash. Exit 0 when every case agrees, 1 when any differs (each difference is printed), 2
# for usage errors.
set -euo pipefail

if [[ $# -ne 2 || ! -x "$1" || ! -f "$2" ]]; then
  echo "usage: bash tools/native-check.sh NATIVE MANAGED_DLL (an executable file and a .dll)" >&2
  exit 2
fi
NATIVE="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
MANAGED="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="$ROOT/samples/data"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/native-check.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

# A case is its arguments joined by the unit separator, so that paths with spaces stay whole.
SEP=$'\x1f'
cases=()
add() { local IFS="$SEP"; cases+=("$*"); }

add --help
add --version
add rules
add rules --format json --output rules.json
add schema
add schema --output-dir schemas
for f in "$DATA"/*.json "$DATA"/invalid/*.json "$DATA"/multi-rule/*.json "$DATA"/readings/*.json; do
  add validate "$f"
  add validate "$f" --format json --explain
  add validate "$f" --format operation-outcome --redact
done
add validate "$DATA/does-not-exist.json"
add validate "$DATA/care-community.valid.json" --format json --vacant-roles warning --overdue warning --cadence rolling --eighty-twenty-basis element-count
for f in "$DATA"/quality/maturity-record.json "$DATA"/quality/invalid/maturity-record.*.json; do
  add maturity "$f" --explain
  add maturity "$f" --format json --svg radar.svg
done
for f in "$DATA"/quality/quality-plan.json "$DATA"/quality/invalid/quality-plan.*.json; do
  add quality "$f" --explain
  add quality "$f" --format json
  add quality "$f" --format operation-outcome
done
for f in "$DATA"/quality/falls-with-harm.json "$DATA"/quality/falls-with-harm.csv "$DATA"/quality/invalid/falls-with-harm.malformed.csv; do
  add spc "$f" --svg chart.svg
  add spc "$f" --format json --preset mdc-sql --rule-points 7
done
for f in "$DATA"/governance/meeting-*.json "$DATA"/governance/invalid/meeting-*.json; do
  add decide "$f"
  add decide "$f" --format json
done
for f in "$DATA"/governance/dispute-*.json "$DATA"/governance/invalid/dispute-*.json; do
  add dispute "$f" --at 2021-06-01T09:00:00Z
  add dispute "$f" --at 2021-06-01T09:00:00Z --format json
  add dispute "$f" --at 2021-06-01T09:00:00Z --format mermaid
done
add generate population --count 3000 --seed 7 --as-of 2026-04-01 --output population.ndjson --unknown-diagnoses
add generate population --count 3000 --seed 7 --as-of 2026-04-01 --format csv --output population.csv
for f in "$DATA"/population/residents-1000.ndjson "$DATA"/population/residents-1000.csv "$DATA"/population/malformed.ndjson; do
  add classify "$f" --as-of 2026-04-01 --output results.ndjson --summary summary.json --threads 1
  add classify "$f" --as-of 2026-04-01 --output results.ndjson --summary summary.json --rejects rejects.ndjson --threads 2
  add classify "$f" --as-of 2026-04-01 --output results.csv --output-format csv --risk --stroke-tia two --frailty-as-ltc
  add classify "$f" --as-of 2026-04-01 --output results.parquet --output-format parquet --risk
done
add classify "$DATA/population/residents-1000.ndjson" --as-of 2026-04-01 --output-format parquet
add classify "$DATA/population/residents-1000.ndjson" --threads 0

failed=0
n=0
for c in "${cases[@]}"; do
  n=$((n + 1))
  IFS="$SEP" read -r -a args <<<"$c"
  shown="carecommunity ${args[*]}"
  for side in native managed; do
    dir="$WORK/$n/$side"
    mkdir -p "$dir"
    if [[ $side == native ]]; then run=("$NATIVE"); else run=(dotnet "$MANAGED"); fi
    set +e
    (cd "$dir" && "${run[@]}" "${args[@]}" >"$WORK/$n/$side.out" 2>"$WORK/$n/$side.err")
    echo $? >"$WORK/$n/$side.code"
    set -e
  done
  for part in code out err; do
    if ! cmp -s "$WORK/$n/native.$part" "$WORK/$n/managed.$part"; then
      echo "DIFFERS ($part): $shown" >&2
      diff "$WORK/$n/managed.$part" "$WORK/$n/native.$part" | head -10 >&2 || true
      failed=$((failed + 1))
    fi
  done
  if ! diff -r -q "$WORK/$n/managed" "$WORK/$n/native" >/dev/null; then
    echo "DIFFERS (files): $shown" >&2
    diff -r -q "$WORK/$n/managed" "$WORK/$n/native" | head -10 >&2 || true
    failed=$((failed + 1))
  fi
done

codes="$(cat "$WORK"/*/native.code | sort | uniq -c | awk '{printf "%s%s x exit %s", (NR > 1 ? ", " : ""), $1, $2}')"
if [[ $failed -ne 0 ]]; then
  echo "native-check: $failed difference(s) in $n case(s)" >&2
  exit 1
fi
echo "native-check: $n cases, native and framework-dependent agree byte for byte ($codes)"
