#!/usr/bin/env bash
# Runs the analysts' notebooks (samples/notebooks/*.ipynb) on the real .NET Interactive kernel under Jupyter.
#
#   tools/notebooks.sh refresh [--feed DIR --version V] [NOTEBOOK...]   run every cell, store the outputs
#   tools/notebooks.sh check   [--feed DIR --version V] [NOTEBOOK...]   exit 1 when a cell fails or an output is stale
#   tools/notebooks.sh install-kernel                                   install Jupyter and the C# kernel only
#
# Without --feed/--version the packages are packed first (dotnet pack CareCommunity.Domain.sln) into a temporary
# folder feed at a version unique to this run: the kernel caches `#r "nuget: …"` by package version, so a reused
# version could be served a stale copy. A notebook's first code cell pins the published version, e.g.
# `#r "nuget: CareCommunity.Domain, 0.1.0"`; before executing, a temporary copy (beside the notebook, so relative
# paths work: the kernel's working directory is the notebook's folder) gets `#i "nuget: <feed>"` and the run's
# version instead. The outputs are normalised (no timings or execution metadata, no kernel script blocks, no
# `warning CS1701`, the run's version and feed replaced by the stored ones) and mapped back onto the stored cells.
#
# Kernel installation (also used by .ci/run, by sourcing this file): Debian's Jupyter packages when /usr/bin/jupyter
# is missing, the Microsoft.dotnet-interactive tool into a folder, and its kernel specs in a Jupyter data folder,
# patched to serve on loopback only (--http-local-only). The folder is $NOTEBOOKS_KERNEL_DIR, by default
# ~/.cache/carecommunity-notebooks; it is reused when present.
set -euo pipefail

NOTEBOOKS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DOTNET_INTERACTIVE_VERSION="1.0.712001"

# Installs Jupyter (Debian's packages) and the .NET Interactive kernel into $1, and exports PATH and JUPYTER_DATA_DIR
# so that `/usr/bin/jupyter nbconvert` finds the kernel. Safe to call again: each step is skipped when done.
notebooks_install_kernel() {
  local dir="$1"
  mkdir -p "$dir"
  dir="$(cd "$dir" && pwd)"
  if [[ ! -x /usr/bin/jupyter ]] || ! /usr/bin/jupyter nbconvert --version >/dev/null 2>&1; then
    echo "installing Jupyter from Debian's packages"
    apt-get update -qq || return 1
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      jupyter-nbconvert jupyter-client python3-nbclient jupyter-core >/dev/null || return 1
  fi
  export DOTNET_ROOT="${DOTNET_ROOT:-$(dirname "$(readlink -f "$(command -v dotnet)")")}"
  export DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
  if [[ ! -x "$dir/tools/dotnet-interactive" ]]; then
    dotnet tool install --tool-path "$dir/tools" Microsoft.dotnet-interactive --version "$DOTNET_INTERACTIVE_VERSION" || return 1
  fi
  # The kernel spec runs `dotnet interactive …`, which finds the tool on PATH.
  export PATH="$dir/tools:$PATH" JUPYTER_DATA_DIR="$dir/jupyter"
  local spec="$JUPYTER_DATA_DIR/kernels/.net-csharp/kernel.json"
  if [[ ! -f "$spec" ]]; then
    dotnet-interactive jupyter install >/dev/null || return 1
  fi
  # By default the kernel serves HTTP on every interface: keep it on loopback.
  /usr/bin/python3 - "$JUPYTER_DATA_DIR"/kernels/.net-*/kernel.json <<'EOF'
import json, sys
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        spec = json.load(f)
    if "--http-local-only" not in spec["argv"]:
        spec["argv"].insert(spec["argv"].index("jupyter") + 1, "--http-local-only")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(spec, f, indent=2)
EOF
  [[ $? -eq 0 ]] || return 1
  grep -q -- '--http-local-only' "$spec" || { echo "kernel spec $spec lacks --http-local-only" >&2; return 1; }
  echo "kernel: dotnet-interactive $(dotnet-interactive --version | cut -d+ -f1) in $dir, spec $spec (loopback only)"
}

# Sourced (by .ci/run): define the function only.
[[ "${BASH_SOURCE[0]}" != "$0" ]] && return 0

usage() { sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

MODE="${1:-}"; shift || true
FEED="" VERSION="" NOTEBOOKS=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --feed) FEED="$(cd "$2" && pwd)"; shift 2 ;;
    --version) VERSION="$2"; shift 2 ;;
    -h|--help) usage ;;
    *) NOTEBOOKS+=("$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"); shift ;;
  esac
done
[[ "$MODE" == refresh || "$MODE" == check || "$MODE" == install-kernel ]] || usage
[[ -z "$FEED" && -z "$VERSION" ]] || [[ -n "$FEED" && -n "$VERSION" ]] || { echo "--feed and --version go together" >&2; exit 2; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_CLI_UI_LANGUAGE=en MSBUILDTERMINALLOGGER=off
notebooks_install_kernel "${NOTEBOOKS_KERNEL_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/carecommunity-notebooks}"
[[ "$MODE" == install-kernel ]] && exit 0

WORK="$(mktemp -d "${TMPDIR:-/tmp}/carecommunity-notebooks.XXXXXX")"
RUN_COPIES=()
cleanup() { rm -f "${RUN_COPIES[@]}"; rm -rf "$WORK"; }
trap cleanup EXIT

if [[ -z "$FEED" ]]; then
  FEED="$WORK/feed" VERSION="0.1.0-notebooks.$(date -u +%Y%m%d%H%M%S).$$"
  echo "packing CareCommunity.Domain.sln at $VERSION into $FEED"
  dotnet pack "$NOTEBOOKS_ROOT/CareCommunity.Domain.sln" -c Release -o "$FEED" -p:Version="$VERSION" -v quiet -nologo >"$WORK/pack.log" 2>&1 \
    || { cat "$WORK/pack.log" >&2; echo "dotnet pack failed" >&2; exit 1; }
fi
[[ ${#NOTEBOOKS[@]} -gt 0 ]] || NOTEBOOKS=("$NOTEBOOKS_ROOT"/samples/notebooks/*.ipynb)

PY="$NOTEBOOKS_ROOT/tools/notebook_outputs.py"
STATUS=0
for notebook in "${NOTEBOOKS[@]}"; do
  name="$(basename "$notebook" .ipynb)"
  # The copy that runs sits beside the notebook (a dot file), so the kernel's working directory is the notebook's.
  run_copy="$(dirname "$notebook")/.$name.run-$$.ipynb"
  RUN_COPIES+=("$run_copy")
  /usr/bin/python3 "$PY" prepare "$notebook" "$run_copy" --feed "$FEED" --version "$VERSION"
  started=$SECONDS
  if ! /usr/bin/jupyter nbconvert --to notebook --execute "$run_copy" --output-dir "$WORK" --output "$name.executed.ipynb" \
      --ExecutePreprocessor.timeout=600 --ExecutePreprocessor.kernel_name=.net-csharp >"$WORK/$name.log" 2>&1; then
    # nbconvert prints the failing cell and the kernel's error (CellExecutionError); show it without Jupyter's noise.
    error="$(sed -n '/^[a-z.]*CellExecutionError:/,$p' "$WORK/$name.log" | grep -v '^info: \|^      ' | tail -n 60)"
    echo "${error:-$(tail -n 40 "$WORK/$name.log")}" >&2
    # For a compilation error the kernel writes the compiler's diagnostics to the cell's stderr, which nbconvert's
    # message leaves out. Only to show them, run the copy once more letting errors through; this run has failed
    # whatever that one does.
    if grep -q '^Error: compilation error' "$WORK/$name.log" && /usr/bin/jupyter nbconvert --to notebook --execute "$run_copy" --output-dir "$WORK" --output "$name.diagnostics.ipynb" \
        --ExecutePreprocessor.timeout=600 --ExecutePreprocessor.kernel_name=.net-csharp --allow-errors >/dev/null 2>&1; then
      echo "-- the compiler's diagnostics:" >&2
      /usr/bin/python3 "$PY" errors "$WORK/$name.diagnostics.ipynb" >&2 || true
    fi
    echo "FAILED: $notebook: a cell failed (above); stored outputs left as they were" >&2
    STATUS=1
    continue
  fi
  echo "ran $notebook in $((SECONDS - started))s"
  /usr/bin/python3 "$PY" "$MODE" "$notebook" "$WORK/$name.executed.ipynb" --feed "$FEED" --version "$VERSION" || STATUS=1
done
exit "$STATUS"
