#!/usr/bin/env bash
# Runs every test: installs what is missing, builds the debug (ASan + UBSan, -Werror) tree,
# starts a throwaway PostgreSQL on loopback, and runs CTest (unit, contract, CLI, API, fuzz corpora).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh debug

export PGTMP_FILE
PGTMP_FILE=$(mktemp /tmp/steward-test-pg.XXXXXX)
trap 'scripts/postgres.sh stop' EXIT
STEWARD_TEST_POSTGRES_URL=$(scripts/postgres.sh start)
export STEWARD_TEST_POSTGRES_URL
echo "test.sh: PostgreSQL for the contract tests at $STEWARD_TEST_POSTGRES_URL"

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir build/debug --output-on-failure -j "$(nproc)" "$@"
