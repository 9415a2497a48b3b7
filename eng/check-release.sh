#!/usr/bin/env bash
# Checks that a tag may be released and prints its version: the tag is v + a SemVer 2.0 version, equal to
# <Version> in Directory.Build.props, and CHANGELOG.md has a dated section for it (## [1.2.3] - 2026-12-01).
#
# usage: eng/check-release.sh TAG   (e.g. v1.2.3 or v2.0.0-rc.1)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tag=${1:-}
fail() { echo "eng/check-release.sh: $*" >&2; exit 1; }

semver='(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?'
# No +build metadata: an image tag cannot hold a '+', and the NuGet, image and tag versions must be one.
[[ $tag =~ ^v$semver$ ]] || fail "tag '$tag' is not v<major>.<minor>.<patch>[-prerelease] (SemVer 2.0, without +build metadata)"
version=${tag#v}

props=$(sed -n 's|.*<Version>\(.*\)</Version>.*|\1|p' "$root/Directory.Build.props" | head -n 1)
[[ $props == "$version" ]] ||
  fail "Directory.Build.props says <Version>$props</Version>, the tag says $version: set <Version>$version</Version> in the commit you tag"

heading=$(grep -E "^## \[$(printf '%s' "$version" | sed 's/[.+]/\\&/g')\]" "$root/CHANGELOG.md" | head -n 1 || true)
[[ -n $heading ]] || fail "CHANGELOG.md has no section '## [$version] - YYYY-MM-DD'"
[[ $heading =~ ^##\ \[[^]]+\]\ -\ [0-9]{4}-[0-9]{2}-[0-9]{2}$ ]] ||
  fail "CHANGELOG.md's section '$heading' has no release date: write '## [$version] - YYYY-MM-DD'"

echo "$version"
