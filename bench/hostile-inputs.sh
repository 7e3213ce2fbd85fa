#!/usr/bin/env bash
# Hostile inputs through the built command-line tool, measured with GNU time: peak resident memory, wall time, output
# size and the longest output line. Run from the repository root after `dotnet build -c Release`:
#   bash bench/hostile-inputs.sh
# The documents are made from samples/data/care-community.valid.json in a temporary folder and deleted afterwards.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CLI=(dotnet "$ROOT/src/CareCommunity.Cli/bin/Release/net10.0/carecommunity.dll")
[[ -x /usr/bin/time ]] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

python3 - "$ROOT/samples/data/care-community.valid.json" "$WORK" <<'PY'
import json, sys
sample, work = sys.argv[1], sys.argv[2]
valid = json.load(open(sample))
def write(name, change):
    d = json.loads(json.dumps(valid)); change(d)
    open(f"{work}/{name}", "w").write(json.dumps(d, separators=(",", ":")))
write("array-100mb.json", lambda d: d.__setitem__("alignedPcns", ["x"] * 25_000_000))
write("array-15mb.json", lambda d: d.__setitem__("alignedPcns", ["x"] * 3_700_000))
write("name-15mb.json", lambda d: d["people"][0].__setitem__("name", "x" * 15_000_000))
open(f"{work}/whitespace-200mb.json", "w").write(" " * (200 * 1024 * 1024))
PY

measure() {
  local label="$1"; shift
  local rc=0
  /usr/bin/time -v "${CLI[@]}" validate "$@" >"$WORK/out" 2>"$WORK/time" || rc=$?
  local peak wall lines longest
  peak=$(awk -F: '/Maximum resident/ {gsub(/ /,"",$2); printf "%.0f", $2/1024}' "$WORK/time")
  wall=$(awk -F': ' '/Elapsed/ {print $2}' "$WORK/time")
  lines=$(wc -l <"$WORK/out"); longest=$(awk '{ if (length($0) > m) m = length($0) } END { print m + 0 }' "$WORK/out")
  printf '| %s | %s | %s MiB | %s | %s | %s |\n' "$label" "$rc" "$peak" "$wall" "$lines" "$longest"
}

echo "| input | exit | peak memory | wall time | output lines | longest line (chars) |"
echo "|---|---|---|---|---|---|"
measure "valid sample (baseline)" "$ROOT/samples/data/care-community.valid.json"
measure "100 MB, 25,000,000-entry array (default limits)" "$WORK/array-100mb.json"
measure "200 MB of whitespace (default limits)" "$WORK/whitespace-200mb.json"
measure "15 MB, 3,700,000-entry array (under the 16 MiB limit)" "$WORK/array-15mb.json"
measure "15 MB name (under the 16 MiB limit)" "$WORK/name-15mb.json"
measure "100 MB array read anyway (--max-document-bytes 200000000)" "$WORK/array-100mb.json" --max-document-bytes 200000000
