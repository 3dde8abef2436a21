#!/usr/bin/env bash
# Where ScreenComment's time goes: perf with DWARF call graphs over `steward_bench_screening
# MESSAGES --profile`, keeping only the samples whose stack holds Screener::ScreenComment (the
# screener's compile, which dominates a short run, is left out). Prints the top functions by
# self time and by inclusive time, as shares of those samples (bench/README.md "What is left").
#
#   bench/screening_profile.sh [BENCH_BINARY [MESSAGES=100000]]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bench=${1:-$root/build/screening-rel/bench/steward_bench_screening}
messages=${2:-100000}
data=$(mktemp /tmp/steward_perf.XXXXXX)
trap 'rm -f "$data" "$data.txt"' EXIT
cd "$root"
perf record -q --call-graph dwarf,8192 -F 1000 -o "$data" "$bench" "$messages" --profile >/dev/null
perf script -i "$data" -F ip,sym,dso >"$data.txt" 2>/dev/null
python3 - "$data.txt" <<'PY'
import collections, sys
self_time, inclusive, n = collections.Counter(), collections.Counter(), 0
name = lambda line: (line.split(' ', 1) + [line])[1][:100]
for stack in open(sys.argv[1]).read().split('\n\n'):
    frames = [l.strip() for l in stack.strip().split('\n') if l.strip()]
    if not any('ScreenComment' in f for f in frames):
        continue
    n += 1
    self_time[name(frames[0])] += 1
    seen = set()
    for f in frames:
        if 'ScreenComment' in f:
            break
        if name(f) not in seen:
            seen.add(name(f))
            inclusive[name(f)] += 1
print(f"samples under ScreenComment: {n}")
for title, counts in (("self", self_time), ("inclusive", inclusive)):
    print(f"--- {title}")
    for k, v in counts.most_common(25):
        print(f"{100 * v / max(n, 1):5.1f}% {k}")
PY
