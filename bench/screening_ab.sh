#!/usr/bin/env bash
# Interleaved A/B of two steward_bench_screening binaries on the same machine at the same time
# (the machine is shared and noisy: only interleaved rounds compare). Each round runs
# `BIN MESSAGES --profile` (three ScreenComment timings) for A, then for B; prints the load
# before and after, and the median, min and max of the thread-CPU MB/s of each side.
#
#   bench/screening_ab.sh A_BINARY B_BINARY [ROUNDS=5] [MESSAGES=100000]
#   STEWARD_COMMENT_MODEL=off bench/screening_ab.sh ...    # rules alone, both sides
set -euo pipefail
a=${1:?usage: screening_ab.sh A_BINARY B_BINARY [ROUNDS] [MESSAGES]}
b=${2:?usage: screening_ab.sh A_BINARY B_BINARY [ROUNDS] [MESSAGES]}
rounds=${3:-5}
messages=${4:-100000}
cd "$(dirname "$0")/.."  # the binaries read data/lexicons from the repository root
out=$(mktemp /tmp/steward_ab.XXXXXX)
trap 'rm -f "$out"' EXIT
echo "load before: $(uptime)"
for _ in $(seq 1 "$rounds"); do
  "$a" "$messages" --profile 2>&1 | awk '/^ScreenComment/ {print "A", $6}' >>"$out"
  "$b" "$messages" --profile 2>&1 | awk '/^ScreenComment/ {print "B", $6}' >>"$out"
done
echo "load after:  $(uptime)"
for side in A B; do
  grep "^$side " "$out" | awk '{print $2}' | sort -n | awk -v s="$side" '{v[NR] = $1}
    END {m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
         printf "%s: n=%d median %.1f min %.1f max %.1f MB/s (thread CPU)\n", s, NR, m, v[1], v[NR]}'
done
