#!/usr/bin/env bash
# Population throughput: whole processes on one generated NDJSON file, timed with GNU time in one run.
#
#   bash bench/population-throughput.sh                 # from the repository root
#   COUNT=200000 REPEATS=3 FLATNESS=0 bash bench/population-throughput.sh   # a quick partial run
#
# 1. publishes the CLI for this machine's runtime identifier (RID, from `dotnet --info`, else `uname -s`/`uname -m`:
#    linux-x64, linux-arm64, osx-x64, osx-arm64), twice:
#    - BUILD=native (the default) measures the native build (Native AOT, docs/decisions/0071), compiled for this
#      machine's processor as the JIT would compile for it (ILC_INSTRUCTION_SET, default `native`; `default` compiles
#      for the compiler's default x64 or Arm64 processor, as the CareCommunity.Cli.linux-x64 tool package is built):
#        dotnet publish src/CareCommunity.Cli/CareCommunity.Cli.csproj -c Release -r RID -p:PublishAot=true \
#          -p:IlcInstructionSet=native -o "$WORK/native"
#      It needs a C toolchain (clang or gcc) and zlib's development files, as Native AOT does on Linux;
#    - the framework-dependent build, ReadyToRun, run with `dotnet` (what `dotnet tool install` users start on
#      platforms without a native tool package, docs/decisions/0072):
#        dotnet publish src/CareCommunity.Cli/CareCommunity.Cli.csproj -c Release -r RID --self-contained false \
#          -p:PublishAot=false -p:PublishReadyToRun=true -o "$WORK/cli"
#      With BUILD=jit it is the measured build and nothing native is built; with BUILD=native its one- and two-thread
#      runs are measured too, each round, as context rows (CONTEXT_JIT=0 skips them).
#    Whole processes include start-up (a 10-line classify: about 16 ms for the native build, 140 ms for ReadyToRun;
#    decisions 0061 and 0071). Then writes COUNT residents (default 2,000,000; seed SEED) with
#    `carecommunity generate population`;
# 2. copies the reference baselines out of SHARED/bench (read-only; default ../shared, i.e. /work/shared from the
#    repository root): builds tokenize-baseline (one Utf8JsonReader pass) and `npm install`s ajv-peer (ajv 8 validating
#    every line against docs/schemas/resident.schema.json);
# 3. runs, REPEATS times each (default 5) and interleaved, under /usr/bin/time -v: the tokenizer,
#    `carecommunity classify FILE --threads 1 --output OUT`, the same with --threads 2, and ajv; takes medians of the
#    wall-clock times (whole processes, start-up included) and of the peak resident memory. Each round also runs two
#    `classify --threads 1` side by side, each over the whole file: the machine's own two-core capacity for this work in
#    that round (context for the speed-up; on virtual machines it varies, docs/performance.md). Before each timed run,
#    whatever tool it is, the previous classify output is removed and `sync` writes earlier runs' pages to disk (both
#    untimed), so that no run pays for another's files;
# 4. FLATNESS=1 (default): classify --threads 1 on FLAT_SMALL (1,000,000) and FLAT_BIG (5,000,000) residents, for
#    peak memory flatness;
# 5. prints Markdown tables: each tool, then the ratios the population-health issue asks for (from the medians), then
#    context rows: the two-core capacity, the same ratios from each process's fastest run, and the framework-dependent
#    build.
# `carecommunity classify` is skipped, with a message, when the CLI does not have it. The work folder (WORK_DIR,
# default a new temporary folder) is deleted at the end unless KEEP_WORK=1.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
SHARED="${SHARED:-../shared}"
COUNT="${COUNT:-2000000}"
SEED="${SEED:-20260401}"
AS_OF="${AS_OF:-2026-04-01}"
REPEATS="${REPEATS:-5}"
BUILD="${BUILD:-native}"
ILC_INSTRUCTION_SET="${ILC_INSTRUCTION_SET:-native}"
CONTEXT_JIT="${CONTEXT_JIT:-1}"
FLATNESS="${FLATNESS:-1}"
FLAT_SMALL="${FLAT_SMALL:-1000000}"
FLAT_BIG="${FLAT_BIG:-5000000}"
SCHEMA="$ROOT/docs/schemas/resident.schema.json"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDTERMINALLOGGER=off

[[ "$BUILD" == native || "$BUILD" == jit ]] || { echo "population-throughput: BUILD is native or jit, not '$BUILD'" >&2; exit 2; }
[[ -d "$SHARED/bench/tokenize-baseline" && -d "$SHARED/bench/ajv-peer" ]] || {
  echo "population-throughput: no baselines under '$SHARED/bench' (set SHARED=/path/to/shared)" >&2; exit 2; }
if [[ ! -x /usr/bin/time ]]; then
  echo "installing GNU time" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
fi
command -v node >/dev/null && command -v npm >/dev/null || { echo "population-throughput: needs node and npm for the ajv peer" >&2; exit 2; }

WORK="${WORK_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/population-throughput.XXXXXX")}"
mkdir -p "$WORK"
cleanup() { if [[ "${KEEP_WORK:-}" == "1" ]]; then echo "work folder kept: $WORK" >&2; else rm -rf "$WORK"; fi; }
trap cleanup EXIT
log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }

# The runtime identifier to publish for: the SDK's own (`dotnet --info`), else the operating system and machine.
rid() {
  local rid
  rid=$(dotnet --info 2>/dev/null | awk '$1 == "RID:" { print $2; exit }')
  if [[ -z "$rid" ]]; then
    local os arch
    case "$(uname -s)" in Linux) os=linux ;; Darwin) os=osx ;; *) echo "population-throughput: unknown system $(uname -s)" >&2; exit 2 ;; esac
    case "$(uname -m)" in x86_64 | amd64) arch=x64 ;; aarch64 | arm64) arch=arm64 ;; *) echo "population-throughput: unknown machine $(uname -m)" >&2; exit 2 ;; esac
    rid="$os-$arch"
  fi
  echo "$rid"
}
RID="$(rid)"
log "publishing the CLI (Release, ReadyToRun, framework-dependent, $RID)"
dotnet publish src/CareCommunity.Cli/CareCommunity.Cli.csproj -c Release -r "$RID" --self-contained false -p:PublishAot=false \
  -p:PublishReadyToRun=true -o "$WORK/cli" -v quiet -nologo >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; exit 1; }
JIT_CLI=(dotnet "$WORK/cli/carecommunity.dll")
if [[ "$BUILD" == native ]]; then
  log "publishing the CLI (Release, Native AOT, $RID, instruction set $ILC_INSTRUCTION_SET)"
  # `default` leaves the instruction set to the compiler's default for the RID, as the tool package is compiled.
  ISA=(-p:IlcInstructionSet="$ILC_INSTRUCTION_SET")
  [[ "$ILC_INSTRUCTION_SET" == default ]] && ISA=()
  dotnet publish src/CareCommunity.Cli/CareCommunity.Cli.csproj -c Release -r "$RID" -p:PublishAot=true \
    "${ISA[@]}" -o "$WORK/native" -v quiet -nologo >"$WORK/native-build.log" 2>&1 || {
    cat "$WORK/native-build.log" >&2
    echo "population-throughput: the native build failed (Native AOT needs clang or gcc and zlib's development files); BUILD=jit measures without it" >&2
    exit 1; }
  CLI=("$WORK/native/carecommunity")
  BUILT="the native build (Native AOT, $RID, instruction set $ILC_INSTRUCTION_SET)"
else
  CLI=("${JIT_CLI[@]}")
  CONTEXT_JIT=0
  BUILT="the framework-dependent build (ReadyToRun, $RID, run with dotnet)"
fi

log "building tokenize-baseline and installing ajv-peer (copies of $SHARED/bench)"
cp -r "$SHARED/bench/tokenize-baseline" "$WORK/tokenize-src"
dotnet build -c Release "$WORK/tokenize-src" -o "$WORK/tokenize" -v quiet -nologo >"$WORK/tokenize-build.log" 2>&1 || { cat "$WORK/tokenize-build.log" >&2; exit 1; }
cp -r "$SHARED/bench/ajv-peer" "$WORK/ajv-peer"
(cd "$WORK/ajv-peer" && npm install --no-audit --no-fund --silent >"$WORK/npm.log" 2>&1) || { cat "$WORK/npm.log" >&2; exit 1; }

HAVE_CLASSIFY=0
# `classify --help` would exit 0 even without the command (help wins over the parse error): look in the command list.
if "${CLI[@]}" --help 2>/dev/null | grep -qE '^[[:space:]]+classify([[:space:]]|$)'; then HAVE_CLASSIFY=1; else
  log "carecommunity classify is not available in this build: its rows and ratios are skipped"
fi

generate() { # count file
  log "generating $1 residents (seed $SEED, as of $AS_OF) into $2"
  "${CLI[@]}" generate population --count "$1" --seed "$SEED" --as-of "$AS_OF" --output "$2" 2>/dev/null
}

# measure LABEL RECORDS -- command...: one run under GNU time; appends "label wall_seconds peak_kib exit" to results.
measure() {
  local label="$1" records="$2"; shift 3
  local rc=0
  # Every timed run starts alike: no earlier output left to remove, no earlier writes waiting to reach the disk.
  rm -f "$WORK/classified.ndjson" "$WORK/classified-b.ndjson"
  sync
  /usr/bin/time -v "$@" >"$WORK/out.txt" 2>"$WORK/time.txt" || rc=$?
  local wall peak
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$WORK/time.txt")
  peak=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$WORK/time.txt")
  printf '%s\t%s\t%s\t%s\t%s\n' "$label" "$records" "$wall" "$peak" "$rc" >>"$WORK/results.tsv"
  printf '%s: %ss, peak %s KiB, exit %s, said: %s\n' "$label" "$wall" "$peak" "$rc" "$(head -c 200 "$WORK/out.txt" | tr '\n' ' ')" >&2
  if [[ "$rc" != 0 ]]; then sed -n '1,5p' "$WORK/time.txt" >&2; fi
}

median() { # label column → median of that column over the label's runs
  awk -F'\t' -v l="$1" -v c="$2" '$1 == l { print $c }' "$WORK/results.tsv" | sort -g |
    awk '{ v[NR] = $1 } END { if (NR == 0) print ""; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

: >"$WORK/results.tsv"
FILE="$WORK/residents-$COUNT.ndjson"
generate "$COUNT" "$FILE"
BYTES=$(stat -c %s "$FILE")

for round in $(seq 1 "$REPEATS"); do
  log "round $round of $REPEATS"
  measure tokenizer "$COUNT" -- dotnet "$WORK/tokenize/tokenize-baseline.dll" "$FILE"
  if [[ "$HAVE_CLASSIFY" == 1 ]]; then
    measure "classify --threads 1" "$COUNT" -- "${CLI[@]}" classify "$FILE" --threads 1 --output "$WORK/classified.ndjson"
    measure "classify --threads 2" "$COUNT" -- "${CLI[@]}" classify "$FILE" --threads 2 --output "$WORK/classified.ndjson"
    # The machine's own two-core capacity, in the same round: two independent one-thread runs side by side, each over
    # the whole file. Twice the one-thread time over this pair's time is what two cores delivered for this work just
    # now (2.0 on two equal, idle cores); the two-thread speed-up cannot exceed it by much.
    measure "two classify --threads 1 side by side" "$((2 * COUNT))" -- bash -c \
      '"$@" --output "$0/classified.ndjson" & a=$!; "$@" --output "$0/classified-b.ndjson"; b=$?; wait "$a" && exit "$b"' \
      "$WORK" "${CLI[@]}" classify "$FILE" --threads 1
    if [[ "$CONTEXT_JIT" == 1 ]]; then
      measure "framework-dependent classify --threads 1" "$COUNT" -- "${JIT_CLI[@]}" classify "$FILE" --threads 1 --output "$WORK/classified.ndjson"
      measure "framework-dependent classify --threads 2" "$COUNT" -- "${JIT_CLI[@]}" classify "$FILE" --threads 2 --output "$WORK/classified.ndjson"
    fi
  fi
  measure ajv "$COUNT" -- node "$WORK/ajv-peer/peer.js" "$SCHEMA" "$FILE"
  # The ajv peer prints "records invalid seconds": every generated resident must conform to the published schema.
  read -r ajv_records ajv_invalid _ <"$WORK/out.txt" || true
  if [[ "$ajv_records" != "$COUNT" || "$ajv_invalid" != 0 ]]; then
    echo "population-throughput: ajv read $ajv_records records, $ajv_invalid invalid (expected $COUNT, 0)" >&2; exit 1
  fi
done
rm -f "$WORK/classified.ndjson" "$WORK/classified-b.ndjson"

if [[ "$FLATNESS" == 1 && "$HAVE_CLASSIFY" == 1 ]]; then
  for n in "$FLAT_SMALL" "$FLAT_BIG"; do
    generate "$n" "$WORK/flat-$n.ndjson"
    for round in $(seq 1 "$REPEATS"); do
      measure "classify --threads 1 ($n)" "$n" -- "${CLI[@]}" classify "$WORK/flat-$n.ndjson" --threads 1 --output "$WORK/classified.ndjson"
      rm -f "$WORK/classified.ndjson"
    done
    rm -f "$WORK/flat-$n.ndjson"
  done
elif [[ "$FLATNESS" == 1 ]]; then
  log "memory flatness needs carecommunity classify: skipped"
fi

fastest() { # label → the shortest wall time of the label's runs
  awk -F'\t' -v l="$1" '$1 == l { print $3 }' "$WORK/results.tsv" | sort -g | head -n 1
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a !~ /^[0-9.]+$/ || b !~ /^[0-9.]+$/ || b == 0) print "n/a"; else printf "%.3f", a / b }'; }
row() { # label
  local wall peak
  wall=$(median "$1" 3); peak=$(median "$1" 4)
  [[ -z "$wall" ]] && return
  local records; records=$(awk -F'\t' -v l="$1" '$1 == l { print $2; exit }' "$WORK/results.tsv")
  printf '| %s | %s | %s | %s | %s |\n' "$1" "$records" "$wall" \
    "$(awk -v r="$records" -v w="$wall" 'BEGIN { printf "%.0f", r / w }')" "$(awk -v k="$peak" 'BEGIN { printf "%.0f", k / 1024 }')"
}

echo
echo "Population throughput, $(date -u +%Y-%m-%d), $(nproc) cores, $COUNT residents ($BYTES bytes, seed $SEED), medians of $REPEATS runs, whole processes (GNU time); classify is $BUILT"
echo
echo "| process | residents | wall time (s) | residents/s | peak RSS (MiB) |"
echo "|---|---|---|---|---|"
row tokenizer
row "classify --threads 1"
row "classify --threads 2"
row "two classify --threads 1 side by side"
row ajv
row "framework-dependent classify --threads 1"
row "framework-dependent classify --threads 2"
row "classify --threads 1 ($FLAT_SMALL)"
row "classify --threads 1 ($FLAT_BIG)"

TOKEN=$(median tokenizer 3); C1=$(median "classify --threads 1" 3); C2=$(median "classify --threads 2" 3); AJV=$(median ajv 3); PAIR=$(median "two classify --threads 1 side by side" 3)
SMALL_RSS=$(median "classify --threads 1 ($FLAT_SMALL)" 4); BIG_RSS=$(median "classify --threads 1 ($FLAT_BIG)" 4)
echo
echo "| ratio | value | target |"
echo "|---|---|---|"
echo "| classify (1 thread) throughput ÷ tokenizer throughput (= tokenizer time ÷ classify time) | $(ratio "$TOKEN" "$C1") | ≥ 0.60 |"
echo "| classify speed-up, 2 threads over 1 | $(ratio "$C1" "$C2") | ≥ 1.7 |"
echo "| classify peak RSS, $FLAT_BIG ÷ $FLAT_SMALL residents | $(ratio "$BIG_RSS" "$SMALL_RSS") | ≤ 1.10 |"
echo "| ajv time ÷ classify (1 thread) time | $(ratio "$AJV" "$C1") | ≥ 4 |"
echo "| ajv time ÷ tokenizer time (context) | $(ratio "$AJV" "$TOKEN") | — |"
CAPACITY=$(awk -v c="$C1" -v p="$PAIR" 'BEGIN { if (c == "" || p == "" || p == 0) print ""; else print 2 * c / p }')
echo "| the machine's two-core capacity: 2 × classify (1 thread) time ÷ two of them side by side (context) | $(ratio "$CAPACITY" 1) | — |"
echo "| classify speed-up ÷ that capacity (context) | $(ratio "$(ratio "$C1" "$C2")" "$CAPACITY") | — |"
# The fastest run of each process, as context: on a machine whose cores change speed from run to run, a median of
# five can land in a slow spell for one process and a fast one for another; the fastest run of each is what each did
# when least disturbed (docs/performance.md, "Noise"). The targets are read from the medians above.
F_TOKEN=$(fastest tokenizer); F_C1=$(fastest "classify --threads 1"); F_C2=$(fastest "classify --threads 2"); F_AJV=$(fastest ajv)
echo "| fastest of $REPEATS runs (context): tokenizer time ÷ classify (1 thread) time | $(ratio "$F_TOKEN" "$F_C1") | — |"
echo "| fastest of $REPEATS runs (context): speed-up, 2 threads over 1 | $(ratio "$F_C1" "$F_C2") | — |"
echo "| fastest of $REPEATS runs (context): ajv time ÷ classify (1 thread) time | $(ratio "$F_AJV" "$F_C1") | — |"
if [[ "$CONTEXT_JIT" == 1 ]]; then
  J1=$(median "framework-dependent classify --threads 1" 3); J2=$(median "framework-dependent classify --threads 2" 3)
  echo "| framework-dependent build (context): tokenizer time ÷ classify (1 thread) time | $(ratio "$TOKEN" "$J1") | — |"
  echo "| framework-dependent build (context): speed-up, 2 threads over 1 | $(ratio "$J1" "$J2") | — |"
  echo "| framework-dependent build (context): ajv time ÷ classify (1 thread) time | $(ratio "$AJV" "$J1") | — |"
fi
if [[ "$HAVE_CLASSIFY" != 1 ]]; then
  echo
  echo "n/a: carecommunity classify is not available in this build (the tokenizer and ajv rows are measured)."
fi
