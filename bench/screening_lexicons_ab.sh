#!/usr/bin/env bash
# The screening rate with the lexicons of an older commit against today's, same binary, run in
# turn (thread CPU MB/s of ScreenComment, three rounds each): what lexicon growth costs.
#   bench/screening_lexicons_ab.sh REV [PAIRS=3] [BENCH_BINARY]
#     e.g. bench/screening_lexicons_ab.sh fd70edb   (session 4's lexicons)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
rev=${1:?usage: screening_lexicons_ab.sh REV [PAIRS] [BENCH_BINARY]}
pairs=${2:-3}
bench=${3:-$root/build/screening-rel/bench/steward_bench_screening}
old=$(mktemp -d /tmp/steward_lexicons.XXXXXX)
trap 'rm -rf "$old"' EXIT
git -C "$root" archive "$rev" data/lexicons | tar -x -C "$old"
rates() { "$bench" 100000 --profile 2>&1 | awk '/ScreenComment/ {print $6}' | sort -n | tr '\n' ' '; }
for _ in $(seq "$pairs"); do
  echo "lexicons of $rev: $(STEWARD_LEXICONS="$old/data/lexicons" rates)  today's: $(rates)"
done
