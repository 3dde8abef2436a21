#!/usr/bin/env bash
# The one command to try Steward: installs dependencies, builds, and starts `steward serve` on an
# embedded SQLite database seeded with the five demo schools. Stop it with Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh release
mkdir -p data
exec build/release/src/cli/steward serve --listen "${STEWARD_LISTEN:-127.0.0.1:8080}" \
  --database "sqlite:data/steward.db" --demo
