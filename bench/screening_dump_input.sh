#!/usr/bin/env bash
# Writes the lines the "outputs unchanged" checks of bench/screening_figures.md run on: 20,000
# generated corpus comments, the text of every labelled comment (dev set and every probe round)
# and testdata/probe/innocent.txt (23,945 lines at the end of session 8). For a build before and after
# a change:
#   bench/screening_dump_input.sh /tmp/dumpin.txt
#   build/screening-rel/bench/steward_bench_screening_eval --dump < /tmp/dumpin.txt | md5sum
#   bench/screening_dump_input.sh OUT [BENCH_BINARY]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:?usage: screening_dump_input.sh OUT [BENCH_BINARY]}
bench=${2:-$root/build/screening-rel/bench/steward_bench_screening}
corpus=$(mktemp /tmp/steward_corpus.XXXXXX)
trap 'rm -f "$corpus"' EXIT
"$bench" 20000 --corpus-out "$corpus" >/dev/null 2>&1
{
  cat "$corpus"
  cat "$root"/testdata/dev/comments.jsonl "$root"/testdata/probe/comments.jsonl "$root"/testdata/probe/round*/comments.jsonl |
    python3 -c 'import json, sys
for line in sys.stdin: print(json.loads(line)["text"].replace("\n", " "))'
  cat "$root/testdata/probe/innocent.txt"
} >"$out"
