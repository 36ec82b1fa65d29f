#!/usr/bin/env bash
# The README's start command: installs what is missing, then starts the portal
# (frontend on :3000, backend on :7007) with the development config.
source "$(dirname "${BASH_SOURCE[0]}")/lib/toolchain.sh"

ensure_node
ensure_dependencies
# The golden-path template renders manifests with kubectl and commits with git;
# TechDocs builds every Docs tab locally with Debian's mkdocs and its material
# theme (PyPI, and so mkdocs-techdocs-core, is out of reach here).
ensure_debian_packages kubectl:kubernetes-client git:git mkdocs:mkdocs || exit 1
ensure_debian_packages_present mkdocs-material python3-pymdownx || exit 1
cd "$PORTAL_ROOT"
# Services created from templates in development live in local bare
# repositories under .devdata/; like the in-memory catalog that lists them,
# they start afresh with every run.
rm -rf "$PORTAL_ROOT/.devdata/scaffolded"
# The dev stack serves the Kubernetes and Argo CD APIs the portal reads
# (simulated clusters and applications, development only), a real
# Prometheus with 30 days of synthetic traffic for the SLO pages, a real
# Alertmanager that posts its alerts to the portal as on-call pages, and a
# simulated PagerDuty API (the Viridial team's rotation). Prometheus and
# Alertmanager are optional: without them the portal starts all the same,
# with no SLO data and no pages.
( ensure_debian_packages prometheus:prometheus ) \
  || log "Prometheus could not be installed; the dev stack starts without it"
( ensure_debian_packages prometheus-alertmanager:prometheus-alertmanager ) \
  || log "Alertmanager could not be installed; the dev stack starts without it"
log "starting the dev stack (Kubernetes API :7701, Argo CD API :7702, Prometheus :7703, PagerDuty API :7705)"
node "$PORTAL_YARN" workspace @localplus/devstack start &
devstack_pid=$!
trap 'kill "$devstack_pid" 2>/dev/null' EXIT INT TERM
log "starting the portal: http://localhost:3000 (backend http://localhost:7007)"
node "$PORTAL_YARN" start "$@"
