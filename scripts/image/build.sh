#!/usr/bin/env bash
# Builds what the production image ships, in the repository (the Dockerfile's
# builder stage runs this after `yarn install --immutable`):
#   packages/app/dist                        the frontend, served by app-backend
#   packages/backend/dist/bundle.tar.gz      the backend and every workspace
#                                            package it uses, built (with
#                                            dist/instrumentation.cjs.js)
#   packages/backend/dist/skeleton.tar.gz    their package.json files, for the
#                                            production install
# Usage: scripts/image/build.sh [--skip-tsc]
source "$(dirname "${BASH_SOURCE[0]}")/../lib/toolchain.sh"

ensure_node
cd "$PORTAL_ROOT"

if [ "${1:-}" != "--skip-tsc" ]; then
  log "image build: type checking (yarn tsc)"
  yarn tsc
fi
# The backend build builds every workspace package the backend uses, the
# frontend (packages/app, a bundled package) included, then packs them.
log "image build: frontend and backend bundle (packages/app/dist, packages/backend/dist)"
yarn build:backend
for artifact in bundle.tar.gz skeleton.tar.gz; do
  [ -s "packages/backend/dist/$artifact" ] || die "the backend build left no packages/backend/dist/$artifact"
done
