#!/usr/bin/env bash
# Packs every package of the repository into one folder feed, the command-line tool included:
#
#   bash tools/pack.sh                                    # ./feed, version 0.1.0
#   bash tools/pack.sh --output /tmp/feed --version 0.1.1-local.1
#   bash tools/pack.sh --no-native                        # the tool without its native package (see below)
#   bash tools/pack.sh --install-toolchain                # as root on Debian: apt-get what the native package needs
#
# 1. dotnet pack CareCommunity.Domain.sln: the five library packages, and the tool's top-level package
#    (CareCommunity.Cli), which holds no program but names one package per runtime identifier (docs/decisions/0072);
# 2. dotnet pack src/CareCommunity.Cli -r any -p:PublishAot=false: CareCommunity.Cli.any, the framework-dependent
#    tool that every platform without a native package of its own installs (it needs the .NET 10 runtime);
# 3. on Linux x64, dotnet pack src/CareCommunity.Cli -r linux-x64: CareCommunity.Cli.linux-x64, the tool compiled
#    ahead of time into one native program (Native AOT, docs/decisions/0071). Native AOT links with clang or gcc and
#    needs zlib's development files (Debian: apt-get install clang zlib1g-dev, which --install-toolchain does when
#    either is missing); without them this step stops with a message. On any other machine, or with --no-native, the top-level package names `any` alone, so that the feed
#    never names a package it does not hold.
#
# `dotnet tool install --add-source FEED CareCommunity.Cli` then installs the native program on Linux x64 and the
# framework-dependent one elsewhere. NuGet caches a package by id and version: pack a changed tree at a new version.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUTPUT="./feed"
VERSION="0.1.0"
NATIVE=1
INSTALL_TOOLCHAIN=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --output) [[ $# -ge 2 ]] || { echo "pack: --output needs a folder" >&2; exit 2; }; OUTPUT="$2"; shift 2 ;;
    --version) [[ $# -ge 2 ]] || { echo "pack: --version needs a version" >&2; exit 2; }; VERSION="$2"; shift 2 ;;
    --no-native) NATIVE=0; shift ;;
    --install-toolchain) INSTALL_TOOLCHAIN=1; shift ;;
    -h | --help) sed -n '2,20p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "pack: unknown argument '$1' (try --help)" >&2; exit 2 ;;
  esac
done
mkdir -p "$OUTPUT"
OUTPUT="$(cd "$OUTPUT" && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

RID="$(dotnet --info 2>/dev/null | awk '$1 == "RID:" { print $2; exit }')"
if [[ "$NATIVE" == 1 && "$RID" != linux-x64 ]]; then
  echo "pack: this machine is ${RID:-of an unknown runtime identifier}, not linux-x64: the tool is packed without its native package" >&2
  NATIVE=0
fi
# What Native AOT on Linux links with and is missing here, as Debian package names.
missing_toolchain() {
  missing=()
  command -v clang >/dev/null 2>&1 || command -v gcc >/dev/null 2>&1 || missing+=(clang)
  compgen -G '/usr/lib/*/libz.so' >/dev/null || compgen -G '/usr/lib/*/libz.a' >/dev/null || compgen -G '/usr/lib/libz.so' >/dev/null \
    || missing+=(zlib1g-dev)
}
if [[ "$NATIVE" == 1 ]]; then
  missing_toolchain
  if [[ ${#missing[@]} -gt 0 && "$INSTALL_TOOLCHAIN" == 1 ]]; then
    echo "pack: installing ${missing[*]} for Native AOT" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null \
      || { echo "pack: installing ${missing[*]} failed" >&2; exit 2; }
    missing_toolchain
  fi
  if [[ ${#missing[@]} -gt 0 ]]; then
    echo "pack: the native tool package needs clang (or gcc) and zlib's development files; missing: ${missing[*]}" >&2
    echo "      install them (Debian: apt-get install clang zlib1g-dev, or --install-toolchain as root)," >&2
    echo "      or pack without it: bash tools/pack.sh --no-native" >&2
    exit 2
  fi
fi

# Without the native package, the top-level package must not name it.
TOOL_RIDS=()
[[ "$NATIVE" == 1 ]] || TOOL_RIDS=(-p:ToolPackageRuntimeIdentifiers=any)

echo "packing $VERSION into $OUTPUT"
dotnet pack "$ROOT/CareCommunity.Domain.sln" -c Release -o "$OUTPUT" -p:Version="$VERSION" "${TOOL_RIDS[@]}"
dotnet pack "$ROOT/src/CareCommunity.Cli/CareCommunity.Cli.csproj" -c Release -r any -p:PublishAot=false -o "$OUTPUT" \
  -p:Version="$VERSION" "${TOOL_RIDS[@]}"
if [[ "$NATIVE" == 1 ]]; then
  dotnet pack "$ROOT/src/CareCommunity.Cli/CareCommunity.Cli.csproj" -c Release -r linux-x64 -o "$OUTPUT" -p:Version="$VERSION"
fi
echo "packed into $OUTPUT:"
ls -1 "$OUTPUT" | grep -F ".$VERSION." || true
