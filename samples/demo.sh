#!/usr/bin/env bash
# The main job end to end, on the bundled local sandbox: no account needed.
# Starts the MirrorAce sandbox on 127.0.0.1, uploads sample files with the `mirrorace` CLI
# (one of them large enough to go in several chunks), prints the links, stops the sandbox.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
echo "Building the sandbox and the CLI…"
dotnet build src/MirrorAce.Sandbox -c Release -v quiet -nologo >/dev/null
dotnet build src/MirrorAce.Cli -c Release -v quiet -nologo >/dev/null

work=artifacts/demo
mkdir -p "$work"
# A fresh sandbox knows none of an earlier demo's uploads: start without their links.
rm -rf "$work/links.json" "$work/links.md" "$work/cache"
head -c 25000000 /dev/urandom > "$work/release-bundle.bin"

log="$work/sandbox.log"
dotnet src/MirrorAce.Sandbox/bin/Release/net10.0/MirrorAce.Sandbox.dll --port 0 >"$log" 2>&1 &
sandbox=$!
trap 'kill $sandbox 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  grep -q "MirrorAce sandbox API:" "$log" && break
  sleep 0.1
done
api=$(grep -o 'http://127.0.0.1:[0-9]*/api/v1/' "$log" | head -n 1)
[ -n "$api" ] || { cat "$log"; echo "The sandbox did not start." >&2; exit 1; }
echo "Sandbox listening at $api"

# The sandbox's credentials are fixed and not secret; real ones come from your CI's secrets.
export MIRRORACE_API_KEY=sandbox-api-key MIRRORACE_API_TOKEN=sandbox-api-token
# The demo's sandbox goes away with it: its uploads are remembered in a cache of its own, not in your ~/.cache/mirrorace.
export XDG_CACHE_HOME="$PWD/$work/cache"
dotnet src/MirrorAce.Cli/bin/Release/net10.0/mirrorace.dll upload \
  samples/files/hello-mirrorace.txt "$work/release-bundle.bin" \
  --api-url "$api" --chunk-size 10000000 \
  --links-json "$work/links.json" --links-markdown "$work/links.md"

echo
echo "Links JSON ($work/links.json):"
cat "$work/links.json"
