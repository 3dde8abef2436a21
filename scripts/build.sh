#!/usr/bin/env bash
# Configures and builds Steward. Usage: scripts/build.sh [debug|release]
#   debug   -> build/debug   (ASan + UBSan, -Werror): what the tests run on
#   release -> build/release (RelWithDebInfo): what `steward serve` and the benchmarks run on
set -euo pipefail
cd "$(dirname "$0")/.."
kind=${1:-release}
jobs=${STEWARD_JOBS:-$(nproc)}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
case "$kind" in
  debug)
    cmake -S . -B build/debug -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSTEWARD_SANITIZE=ON \
      -DSTEWARD_WERROR=ON -DSTEWARD_BENCH=OFF "${launcher[@]}" >/dev/null
    ;;
  release)
    cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" >/dev/null
    ;;
  *) echo "usage: scripts/build.sh [debug|release]" >&2; exit 2 ;;
esac
cmake --build "build/$kind" -j "$jobs"
# The web front end: web/dist, served by `steward serve` (npm ci is scripts/setup.sh's job).
(cd web && npm run build --silent)
