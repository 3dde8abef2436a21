#!/usr/bin/env bash
# Interleaved A/B of two steward_bench_screening binaries on the same machine at the same time
# (the machine is shared and noisy: only interleaved rounds compare). Each round runs
# `BIN MESSAGES --profile` (three ScreenComment timings) for A, then for B; prints the load
# before and after, and the median, min and max of the thread-CPU MB/s of each side.
#
#   bench/screening_ab.sh A_BINARY B_BINARY [ROUNDS=5] [MESSAGES=100000]
#   STEWARD_COMMENT_MODEL=off bench/screening_ab.sh ...    # rules alone, both sides
#   A_LEXICONS=DIR bench/screening_ab.sh ...    # A reads its lexicons from DIR (B: the repository's)
#
# A base binary from an older commit C (the figures in screening_figures.md name theirs so):
#   git worktree add /tmp/base C && cmake -S /tmp/base -B /tmp/base/build -G Ninja \
#     -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTEWARD_BENCH=ON && ninja -C /tmp/base/build steward_bench_screening
#   mkdir -p /tmp/base_lex && git archive C data/lexicons | tar -x -C /tmp/base_lex
#   A_LEXICONS=/tmp/base_lex/data/lexicons bench/screening_ab.sh /tmp/base/build/bench/steward_bench_screening \
#     build/release/bench/steward_bench_screening 5
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
  env ${A_LEXICONS:+STEWARD_LEXICONS="$A_LEXICONS"} "$a" "$messages" --profile 2>&1 |
    awk '/^ScreenComment/ {print "A", $6}' >>"$out"
  "$b" "$messages" --profile 2>&1 | awk '/^ScreenComment/ {print "B", $6}' >>"$out"
done
echo "load after:  $(uptime)"
for side in A B; do
  grep "^$side " "$out" | awk '{print $2}' | sort -n | awk -v s="$side" '{v[NR] = $1}
    END {m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
         printf "%s: n=%d median %.1f min %.1f max %.1f MB/s (thread CPU)\n", s, NR, m, v[1], v[NR]}'
done
