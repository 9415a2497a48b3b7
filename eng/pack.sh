#!/usr/bin/env bash
# Packs every package a release publishes into one folder: MirrorAce.BuildTasks, the tool's pointer package
# MirrorAce.Cli and its builds MirrorAce.Cli.any (portable) and MirrorAce.Cli.linux-x64 (Native AOT, which
# cannot cross operating systems: run this on linux-x64, with clang or gcc).
# Any warning fails the pack (-warnaserror), NuGet's included: a release ships no package that warned.
#
# usage: eng/pack.sh VERSION OUTPUT_FOLDER [MSBuild arguments...]
# e.g.   eng/pack.sh 1.2.3 artifacts/packages -p:ContinuousIntegrationBuild=true
set -euo pipefail

if (($# < 2)); then
  echo "usage: $0 VERSION OUTPUT_FOLDER [MSBuild arguments...]" >&2
  exit 2
fi
version=$1 output=$2
shift 2
if [[ $(uname -sm) != "Linux x86_64" ]]; then
  echo "eng/pack.sh: MirrorAce.Cli.linux-x64 is a Native AOT build and packs on linux-x64 only (this is $(uname -sm))" >&2
  exit 1
fi

cd "$(dirname "${BASH_SOURCE[0]}")/.."
common=(-c Release -o "$output" "-p:Version=$version" -warnaserror -nologo "$@")

dotnet pack src/MirrorAce.BuildTasks "${common[@]}"
dotnet pack src/MirrorAce.Cli "${common[@]}"
dotnet pack src/MirrorAce.Cli -r any "${common[@]}"
dotnet pack src/MirrorAce.Cli -r linux-x64 "${common[@]}"

ls -l "$output"/*."$version".nupkg
