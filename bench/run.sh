#!/usr/bin/env bash
# The performance benchmark: builds in Release and prints throughput (against curl), peak memory,
# bytes read per file and parallel scaling, for the native and the portable build of the CLI, each a median of several runs with its spread.
# Usage: bash bench/run.sh [runs] [sections, e.g. 1,2]   (needs curl, openssl and /usr/bin/time; about 6 minutes and 6 GB of disk)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
for tool in curl openssl /usr/bin/time split; do
  command -v "$tool" >/dev/null || { echo "bench needs $tool (apt-get install curl openssl time coreutils)" >&2; exit 1; }
done
for project in src/MirrorAce.Sandbox src/MirrorAce.Cli bench/MirrorAce.Bench; do
  dotnet build "$project" -c Release -v quiet -nologo >/dev/null
done
# The build linux-x64 users install from the tool package: Native AOT.
dotnet publish src/MirrorAce.Cli -c Release -r linux-x64 -o artifacts/bench/native -v quiet -nologo >/dev/null
dotnet bench/MirrorAce.Bench/bin/Release/net10.0/MirrorAce.Bench.dll "$PWD" "${1:-3}" "${2:-1,2,3,4,5}"
