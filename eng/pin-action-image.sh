#!/usr/bin/env bash
# Rewrites action.yml so that the action runs a prebuilt image instead of building the Dockerfile:
# `image: Dockerfile` becomes `image: docker://IMAGE`. The release workflow runs it for the release's
# commit (docs/releasing.md); main keeps the Dockerfile for forks and the container test.
# IMAGE is pinned by digest, e.g. ghcr.io/mirrorace/mirrorace-buildtasks:1.2.3@sha256:<64 hex digits>.
#
# usage: eng/pin-action-image.sh IMAGE [ACTION_YML]   (default: action.yml at the repository root)
set -euo pipefail

image=${1:-}
action=${2:-$(dirname "${BASH_SOURCE[0]}")/../action.yml}
if [[ ! $image =~ ^[a-z0-9.-]+(:[0-9]+)?/[a-z0-9._/-]+:[A-Za-z0-9._-]+@sha256:[0-9a-f]{64}$ ]]; then
  echo "eng/pin-action-image.sh: '$image' is not REGISTRY/NAME:TAG@sha256:DIGEST (lower-case name, 64 hex digits)" >&2
  exit 2
fi
count=$(grep -c '^  image: Dockerfile$' "$action" || true)
if [[ $count != 1 ]]; then
  echo "eng/pin-action-image.sh: $action must have exactly one line '  image: Dockerfile' under runs (found $count)" >&2
  exit 1
fi
# Quoted: the digest's ':' and '@' are plain text to YAML this way.
sed -i "s|^  image: Dockerfile\$|  image: 'docker://$image'|" "$action"
