#!/usr/bin/env bash
# Builds local stand-ins for mcr.microsoft.com/dotnet/sdk:10.0 and .../runtime:10.0, which CI
# cannot pull (no registry but Debian's, NuGet and npm is reachable). Both are a Debian
# bookworm minbase root file system from debootstrap plus this machine's own .NET: the SDK
# image gets all of it, the runtime image only the host and Microsoft.NETCore.App, as
# Microsoft's runtime image does. The container test builds the repository's Dockerfile
# on top of them with --build-arg SDK_IMAGE=... --build-arg RUNTIME_IMAGE=....
#
# Idempotent: an image whose label matches the inputs (suite, SDK and runtime versions) is
# kept, and the debootstrap tree is cached, so a second run takes a second.
#
# Needs root and the Debian packages podman, runc, debootstrap, uidmap, slirp4netns,
# fuse-overlayfs; with --install-packages it installs those that are missing (apt-get), which a
# fresh CI machine needs.
#
# Environment: MIRRORACE_CONTAINER_CACHE (default /var/cache/mirrorace-container),
# DEBIAN_MIRROR (default http://deb.debian.org/debian), DOTNET_ROOT (default: where `dotnet`
# on PATH lives). Prints the image names it produced on its last two lines.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
podman=("$here/podman.sh")
cache=${MIRRORACE_CONTAINER_CACHE:-/var/cache/mirrorace-container}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
suite=bookworm
sdk_image=localhost/mirrorace-dotnet-sdk:10
runtime_image=localhost/mirrorace-dotnet-runtime:10

say() { printf '[build-base-images] %s\n' "$*" >&2; }
seconds_since() { echo $(($(date +%s) - $1)); }

packages=(podman runc debootstrap uidmap slirp4netns fuse-overlayfs)

if [[ $(id -u) != 0 ]]; then
  say "must run as root (debootstrap and rootful podman)"
  exit 1
fi
if [[ ${1:-} == --install-packages ]]; then
  missing=()
  for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
  done
  if ((${#missing[@]} > 0)); then
    say "installing ${missing[*]}"
    apt-get update -q >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >&2
  else
    say "packages present: ${packages[*]}"
  fi
elif [[ -n ${1:-} ]]; then
  say "usage: $0 [--install-packages]"
  exit 2
fi
for tool in podman debootstrap tar; do
  command -v "$tool" >/dev/null || { say "missing $tool: run with --install-packages, or apt-get install -y ${packages[*]}"; exit 1; }
done

dotnet_root=${DOTNET_ROOT:-$(dirname "$(readlink -f "$(command -v dotnet)")")}
[[ -x $dotnet_root/dotnet ]] || { say "no dotnet under $dotnet_root; set DOTNET_ROOT"; exit 1; }
sdk_version=$(ls "$dotnet_root/sdk" | sort -V | tail -n 1)
runtime_version=$(ls "$dotnet_root/shared/Microsoft.NETCore.App" | sort -V | tail -n 1)
key="$suite-sdk$sdk_version-runtime$runtime_version-v1"
say "dotnet from $dotnet_root: SDK $sdk_version, runtime $runtime_version"

label_of() {
  "${podman[@]}" image inspect --format '{{ index .Config.Labels "io.mirrorace.base-key" }}' "$1" 2>/dev/null || true
}

if [[ $(label_of "$sdk_image") == "$key" && $(label_of "$runtime_image") == "$key" ]]; then
  say "$sdk_image and $runtime_image are up to date ($key); nothing to do"
  echo "$sdk_image"
  echo "$runtime_image"
  exit 0
fi

# debootstrap leaves a half-made tree when interrupted: only a tree with the marker is reused.
rootfs="$cache/rootfs-$suite"
if [[ -f $rootfs/.mirrorace-complete ]]; then
  say "reusing the debootstrap tree $rootfs"
else
  started=$(date +%s)
  say "debootstrap $suite (minbase) from $mirror into $rootfs"
  rm -rf "$rootfs"
  mkdir -p "$cache"
  # What .NET needs at run time (ICU, OpenSSL, CA certificates), as Microsoft's images have it.
  debootstrap --variant=minbase --include=ca-certificates,libicu72,libssl3,tzdata \
    "$suite" "$rootfs" "$mirror" >"$cache/debootstrap.log" 2>&1 ||
    { say "debootstrap failed; see $cache/debootstrap.log"; tail -n 20 "$cache/debootstrap.log" >&2; exit 1; }
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* "$rootfs"/tmp/*
  ln -sfn ../share/dotnet/dotnet "$rootfs/usr/bin/dotnet"
  touch "$rootfs/.mirrorace-complete"
  say "debootstrap took $(seconds_since "$started") s"
fi

# One tar stream: the root file system, then the .NET folder renamed to /usr/share/dotnet.
# Root file system entries start with "./", so the rename touches only the .NET entries.
import_image() {
  local image=$1 kind=$2
  shift 2
  local started
  started=$(date +%s)
  say "importing $image ($kind)"
  "${podman[@]}" image rm --force "$image" >/dev/null 2>&1 || true
  tar -C "$rootfs" --exclude=./.mirrorace-complete -cf - . \
    -C "$(dirname "$dotnet_root")" --transform "s,^$(basename "$dotnet_root"),./usr/share/dotnet,S" \
    "$@" "$(basename "$dotnet_root")" |
    "${podman[@]}" import \
      --change "ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
      --change "ENV DOTNET_ROOT=/usr/share/dotnet" \
      --change "ENV DOTNET_RUNNING_IN_CONTAINER=true" \
      --change "ENV DOTNET_NOLOGO=1" \
      --change "ENV DOTNET_CLI_TELEMETRY_OPTOUT=1" \
      --change "LABEL io.mirrorace.base-key=$key" \
      --change "LABEL io.mirrorace.kind=$kind" \
      --message "mirrorace local $kind base image ($key)" \
      - "$image" >/dev/null
  say "$image imported in $(seconds_since "$started") s"
}

dotnet_name=$(basename "$dotnet_root")
import_image "$sdk_image" sdk
import_image "$runtime_image" runtime \
  --exclude="$dotnet_name/sdk" --exclude="$dotnet_name/sdk-manifests" --exclude="$dotnet_name/packs" \
  --exclude="$dotnet_name/templates" --exclude="$dotnet_name/metadata" --exclude="$dotnet_name/dnx" \
  --exclude="$dotnet_name/shared/Microsoft.AspNetCore.App"

"${podman[@]}" image ls --filter "label=io.mirrorace.base-key=$key" >&2
echo "$sdk_image"
echo "$runtime_image"
