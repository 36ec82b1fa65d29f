#!/usr/bin/env bash
# Runs the image recipe outside Docker: <dir> ends up as the final stage's
# /app (production node_modules, the bundle, the configuration and content),
# to be started from <dir> with the image's command. The replica test
# (packages/replica-tests) runs the backend from such a folder.
#
# Usage: scripts/image/stage.sh <dir> [--skip-build] [--skip-tsc]
#   --skip-build  reuse packages/backend/dist from an earlier build
#   --skip-tsc    build without type checking first (the test command has
#                 type checked already)
source "$(dirname "${BASH_SOURCE[0]}")/../lib/toolchain.sh"

target="${1:?usage: stage.sh <dir> [--skip-build] [--skip-tsc]}"
shift
build=true
build_flags=()
for flag in "$@"; do
  case "$flag" in
    --skip-build) build=false ;;
    --skip-tsc) build_flags+=(--skip-tsc) ;;
    *) die "unknown flag $flag" ;;
  esac
done
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mkdir -p "$target"
target="$(cd "$target" && pwd)"

timed() { # timed <label> <command...>: runs it and logs how long it took
  local label="$1" started=$SECONDS
  shift
  "$@" || die "$label failed"
  log "image staging: $label took $((SECONDS - started)) s"
}

if [ "$build" = true ]; then
  timed "build" bash "$here/build.sh" "${build_flags[@]}"
fi
# A fresh folder each time, as the image's stages start from nothing.
find "$target" -mindepth 1 -maxdepth 1 -exec rm -rf {} +
# The production install depends only on the skeleton, the lockfile, the
# Node version and the install script: a staging with the same inputs copies
# the previous result (kept in .cache/, the newest one only) instead of
# linking some 2,000 packages and compiling native modules again.
deps_key="$(
  {
    tar xzf "$PORTAL_ROOT/packages/backend/dist/skeleton.tar.gz" -O
    cat "$PORTAL_ROOT/yarn.lock" "$here/production-deps.sh"
    node --version
  } | sha256sum | cut -c1-16
)"
deps_cache_root="${PORTAL_IMAGE_CACHE_DIR:-$PORTAL_ROOT/.cache/image-production-deps}"
deps_cache="$deps_cache_root/$deps_key"
if [ -f "$deps_cache/.complete" ]; then
  timed "production dependencies (cached $deps_key)" cp -a "$deps_cache/." "$target/"
  rm -f "$target/.complete"
else
  timed "production dependencies" bash "$here/production-deps.sh" "$target"
  rm -rf "$deps_cache_root"
  mkdir -p "$deps_cache"
  cp -a "$target/." "$deps_cache/" && touch "$deps_cache/.complete"
fi
timed "assembly" bash "$here/assemble.sh" "$target"
# As in the image: root's files, readable by the unprivileged user, writable by none.
chmod -R a+rX,go-w "$target"
log "image staged in $target; start it there with:"
log "  node --max-semi-space-size=64 --require ./packages/backend/dist/instrumentation.cjs.js packages/backend --config app-config.yaml --config app-config.production.yaml"
