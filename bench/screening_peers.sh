#!/usr/bin/env bash
# Runs the npm peers a school might use instead of Steward's screener over the same corpus that
# steward_bench_screening writes (--corpus-out), one message per call, single-threaded, and prints
# messages/s and MB/s per peer. Installs the peers into bench/peers/node_modules (gitignored).
#
#   build/<dir>/bench/steward_bench_screening 100000 --corpus-out /tmp/corpus.txt
#   bench/screening_peers.sh /tmp/corpus.txt
set -euo pipefail
corpus=${1:?usage: screening_peers.sh CORPUS.txt}
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/peers"
if [ ! -d node_modules ]; then
  npm init -y >/dev/null
  npm install --no-audit --no-fund obscenity bad-words @2toad/profanity leo-profanity redact-pii @redactpii/node >/dev/null
fi
node "$here/peers/run_peers.js" "$corpus"
