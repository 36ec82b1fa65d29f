#!/usr/bin/env bash
# Installs the production dependencies of the built backend into <dir>: the
# workspace skeleton (every bundled package's package.json), the lockfile and
# the committed yarn release, then `yarn workspaces focus --all --production`.
# The Dockerfile's production-deps stage runs this into /app; the replica
# test's staging runs it into a folder of its own. Both reuse yarn's global
# cache, so nothing is downloaded twice.
# Usage: scripts/image/production-deps.sh <dir>
source "$(dirname "${BASH_SOURCE[0]}")/../lib/toolchain.sh"

target="${1:?usage: production-deps.sh <dir>}"
ensure_node
skeleton="$PORTAL_ROOT/packages/backend/dist/skeleton.tar.gz"
[ -s "$skeleton" ] || die "no $skeleton: run scripts/image/build.sh first"

mkdir -p "$target/.yarn"
cp "$PORTAL_ROOT/yarn.lock" "$PORTAL_ROOT/package.json" "$PORTAL_ROOT/.yarnrc.yml" \
  "$PORTAL_ROOT/backstage.json" "$target/"
# The patches too: the lockfile resolves patched dependencies through them.
cp -R "$PORTAL_ROOT/.yarn/releases" "$PORTAL_ROOT/.yarn/patches" "$target/.yarn/"
tar xzf "$skeleton" -C "$target"

# Install scripts the backend does not need are skipped: keytar (desktop
# keychains; it cannot build without libsecret and is optional), cpu-features
# and ssh2's optional native crypto (both fall back to JavaScript), and the
# core-js and protobufjs postinstall notices. better-sqlite3 and buf are built.
node -e '
  const fs = require("fs");
  const file = process.argv[1];
  const manifest = JSON.parse(fs.readFileSync(file, "utf8"));
  manifest.dependenciesMeta = Object.fromEntries(
    ["keytar", "cpu-features", "ssh2", "core-js", "protobufjs"].map(name => [name, { built: false }]),
  );
  fs.writeFileSync(file, JSON.stringify(manifest, null, 2) + "\n");
' "$target/package.json"

log "image: production dependencies into $target"
# The focused install resolves fewer packages than yarn.lock lists; CI's
# immutable default would refuse that, and nothing here is written back.
(cd "$target" && YARN_ENABLE_IMMUTABLE_INSTALLS=false NODE_ENV=production \
  node .yarn/releases/yarn-4.13.0.cjs workspaces focus --all --production)
