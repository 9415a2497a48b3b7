#!/usr/bin/env bash
# podman as this repository's container tests run it: as root, with no container daemon, on
# cgroup v1 without systemd. Hence runc, cgroupfs, events in a file (no journald), and the
# host's very high open-file limit brought down to values runc accepts for the container.
# The images live in a storage root of their own so that nothing here depends on, or
# disturbs, how podman's default storage was set up on the machine.
set -euo pipefail

runtime=${MIRRORACE_OCI_RUNTIME:-/usr/sbin/runc}
root=${MIRRORACE_CONTAINER_STORAGE:-/var/lib/mirrorace-containers}
global=(
  --runtime "$runtime"
  --cgroup-manager cgroupfs
  --events-backend file
  --root "$root/storage"
  --runroot "/run/mirrorace-containers"
  --storage-driver "${MIRRORACE_STORAGE_DRIVER:-overlay}"
)

command=${1:-}
case $command in
  build | run | create)
    shift
    exec podman "${global[@]}" "$command" --ulimit nofile=1024:1024 --ulimit nproc=1000:1000 "$@"
    ;;
  *)
    exec podman "${global[@]}" "$@"
    ;;
esac
