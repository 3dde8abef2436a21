#!/usr/bin/env bash
# Instructions per message of Screener::ScreenComment, counted by callgrind: a figure that does
# not move with the machine's load (rates here swing 2x between runs on the shared machine), so a
# change's effect can be read from one run of each binary. Only the timed rounds of
# `steward_bench_screening MESSAGES --profile` are counted (the screener's compile and the model's
# first load are not). Prints, per binary, the instructions per message and the functions with
# the largest inclusive share. Instructions are not time (a cache miss costs no instruction):
# report them beside the rates, not instead of them.
#
#   bench/screening_instructions.sh [BENCH_BINARY ...]   (default: build/screening-rel's)
#   MESSAGES=3000 TOP=15 bench/screening_instructions.sh OLD_BINARY NEW_BINARY
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
messages=${MESSAGES:-3000}
top=${TOP:-15}
command -v valgrind >/dev/null || { echo "valgrind is not installed (apt-get install valgrind)" >&2; exit 1; }
[ $# -gt 0 ] || set -- "$root/build/screening-rel/bench/steward_bench_screening"
out=$(mktemp -d /tmp/steward_callgrind.XXXXXX)
trap 'rm -rf "$out"' EXIT
cd "$root"
for bench in "$@"; do
    [ -x "$bench" ] || { echo "not an executable: $bench" >&2; exit 1; }
    file="$out/callgrind.out"
    valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file="$file" \
        "$bench" "$messages" --profile >"$out/log" 2>&1 || { cat "$out/log" >&2; exit 1; }
    total=$(callgrind_annotate "$file" 2>/dev/null | awk '/PROGRAM TOTALS/ && !t {gsub(",", "", $1); t = $1} END {print t}')
    if ! [[ "$total" =~ ^[1-9][0-9]*$ ]]; then
        echo "$bench: no instructions counted: it was built without <valgrind/callgrind.h> (apt-get install valgrind, then rebuild)" >&2
        exit 1
    fi
    rounds=$(grep -c '^ScreenComment (everything)' "$out/log")  # the bench's timed rounds
    per=$((total / (rounds * messages)))
    echo "$bench: $per instructions per message ($total over $rounds x $messages messages)"
    callgrind_annotate --inclusive=yes "$file" 2>/dev/null |
        awk -v top="$top" -v total="$total" '
            /^-+$/ { rules++; next }
            !done && rules >= 4 && NF >= 3 && $1 ~ /^[0-9,]+$/ {
                n = $1; gsub(",", "", n);
                name = $0; sub(/^[ 0-9,]+\([ 0-9.%]+\) +/, "", name); sub(/ \[.*$/, "", name);
                sub(/^[^:]*:/, "", name); sub(/\(.*$/, "", name);
                if (name in seen || n == total) next; seen[name] = 1;
                printf "  %5.1f%%  %s\n", 100 * n / total, substr(name, 1, 100);
                if (++shown >= top) done = 1
            }'
done
