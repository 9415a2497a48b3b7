#!/usr/bin/env bash
# Prints the body of one version's section of CHANGELOG.md (without its heading, up to the next section or
# the link definitions at the end): the notes of that version's GitHub release.
#
# usage: eng/changelog-section.sh VERSION [CHANGELOG]
set -euo pipefail

version=${1:?usage: eng/changelog-section.sh VERSION [CHANGELOG]}
changelog=${2:-$(dirname "${BASH_SOURCE[0]}")/../CHANGELOG.md}

awk -v heading="## [$version]" '
  index($0, heading) == 1 { found = 1; inside = 1; next }
  inside && (/^## / || /^\[[^]]+\]: /) { inside = 0 }
  inside { lines[++n] = $0 }
  END {
    if (!found) { print "eng/changelog-section.sh: no section " heading " in the changelog" > "/dev/stderr"; exit 1 }
    first = 1; while (first <= n && lines[first] ~ /^[[:space:]]*$/) first++
    last = n; while (last >= first && lines[last] ~ /^[[:space:]]*$/) last--
    for (i = first; i <= last; i++) print lines[i]
  }' "$changelog"
