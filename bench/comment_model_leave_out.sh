#!/usr/bin/env bash
# Chooses comment-model settings on rounds nobody tuned them on: for each probe round given, trains
# the model without that round (`steward_train_comment_model --leave-out /roundN`, plus the flags
# given here) and measures macro F1 / exact-set / action accuracy on the round's holdout with that
# model (`STEWARD_COMMENT_MODEL=FILE steward_bench_screening_eval`). The session-10 grid in
# testdata/probe/RESULTS.md was made this way, rounds 9 10 11.
#
#   bench/comment_model_leave_out.sh [TRAINER FLAGS...]              # the committed settings
#   bench/comment_model_leave_out.sh --innocent-slack 5
#   ROUNDS="9 10 11" bench/comment_model_leave_out.sh --keep-names 1
#   BUILD=build/screening-rel (default): a RelWithDebInfo tree with -DSTEWARD_BENCH=ON
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD:-build/screening-rel}
rounds=${ROUNDS:-9 10 11 12}
model=$(mktemp /tmp/steward_leave_out.XXXXXX)
trap 'rm -f "$model"' EXIT
line="[$*]"
for r in $rounds; do
  "$build/bench/steward_train_comment_model" --leave-out "/round$r" --out "$model" "$@" >/dev/null
  figures=$(STEWARD_COMMENT_MODEL="$model" "$build/bench/steward_bench_screening_eval" \
    "testdata/probe/round$r/holdout.jsonl" testdata/probe/round6/roster.csv testdata/probe/round6/school.json |
    awk '/macro_f1/ {print $4, $6, $8}')
  line="$line  r$r: $figures"
done
echo "$line"
