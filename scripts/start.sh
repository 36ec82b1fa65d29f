#!/usr/bin/env bash
# The README's start command: installs what is missing, then starts the portal
# (frontend on :3000, backend on :7007) with the development config.
source "$(dirname "${BASH_SOURCE[0]}")/lib/toolchain.sh"

ensure_node
ensure_dependencies
cd "$PORTAL_ROOT"
log "starting the portal: http://localhost:3000 (backend http://localhost:7007)"
exec node "$PORTAL_YARN" start "$@"
