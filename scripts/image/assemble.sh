#!/usr/bin/env bash
# Lays the built backend and what the production configuration reads
# relative to the working directory into <dir> (the image's /app):
#   the bundle (packages/*/dist and package.json, the frontend in packages/app/dist)
#   app-config.yaml, app-config.production.yaml
#   catalog-info.yaml and what its entities point at: catalog/, templates/,
#   docs/ and mkdocs.yml (the platform's TechDocs and decision records),
#   portal-docs/ (the portal's own TechDocs)
#   compliance/ (the controls as code)
#   deploy/ (the portal's own overlays, which the compliance manifest check renders)
# Usage: scripts/image/assemble.sh <dir>
source "$(dirname "${BASH_SOURCE[0]}")/../lib/toolchain.sh"

target="${1:?usage: assemble.sh <dir>}"
bundle="$PORTAL_ROOT/packages/backend/dist/bundle.tar.gz"
[ -s "$bundle" ] || die "no $bundle: run scripts/image/build.sh first"
[ -s "$PORTAL_ROOT/packages/app/dist/index.html" ] || die "no packages/app/dist: the frontend is not built"

mkdir -p "$target"
log "image: backend bundle and content into $target"
tar xzf "$bundle" -C "$target"
[ -s "$target/packages/backend/dist/instrumentation.cjs.js" ] \
  || die "the bundle has no packages/backend/dist/instrumentation.cjs.js"
[ -s "$target/packages/app/dist/index.html" ] \
  || die "the bundle has no packages/app/dist: build the frontend before the backend"
cd "$PORTAL_ROOT"
cp app-config.yaml app-config.production.yaml catalog-info.yaml mkdocs.yml "$target/"
for folder in catalog compliance templates docs portal-docs deploy; do
  rm -rf "${target:?}/$folder"
  cp -R "$folder" "$target/$folder"
done
