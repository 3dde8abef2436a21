#!/usr/bin/env bash
# Refreshes docs/screenshots/*.png: builds the web front end, starts `steward serve --demo` on a
# free loopback port with a fresh database and photographs the main screens in headless Chromium.
# Usage: scripts/screenshots.sh [path/to/steward]   (default: build/release, then build/debug)
set -euo pipefail
cd "$(dirname "$0")/.."
(cd web && npm run build --silent)
args=()
[ $# -gt 0 ] && args=(--steward "$1")
node tests/e2e/screenshots.mjs "${args[@]}"
