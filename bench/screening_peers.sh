#!/usr/bin/env bash
# Steward's screener and the npm peers a school might use instead, on the same corpus, one
# message per call, single-threaded: messages/s, MB/s and each peer's ratio to Steward.
# Installs the peers into bench/peers/node_modules (gitignored) on first use.
#
#   bench/screening_peers.sh [BENCH_BINARY [MESSAGES]]
#     BENCH_BINARY default: build/screening-rel/bench/steward_bench_screening
#     (cmake -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTEWARD_BENCH=ON; ninja steward_bench_screening)
#   bench/screening_peers.sh --corpus CORPUS.txt    (peers only, on an existing corpus)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
install_peers() {
  cd "$here/peers"
  if [ ! -d node_modules ]; then
    npm init -y >/dev/null
    npm install --no-audit --no-fund obscenity bad-words @2toad/profanity leo-profanity redact-pii @redactpii/node >/dev/null
  fi
  cd - >/dev/null
}
if [ "${1:-}" = "--corpus" ]; then
  install_peers
  exec node "$here/peers/run_peers.js" "${2:?usage: screening_peers.sh --corpus CORPUS.txt}"
fi
bench=${1:-$root/build/screening-rel/bench/steward_bench_screening}
messages=${2:-100000}
corpus=$(mktemp /tmp/steward_corpus.XXXXXX)
trap 'rm -f "$corpus"' EXIT
install_peers
echo "== Steward ($bench $messages)"
out=$("$bench" "$messages" --corpus-out "$corpus")
echo "$out" | grep -v '_CPU='
# STEWARD_CPU=.. STEWARD_WALL=.. RAW_CPU=.. RAW_WALL=.. BATCH_CPU=.. BATCH_WALL=.. lines become
# environment variables.
eval "$(echo "$out" | grep '_CPU=' | tr ' ' '\n' | sed 's/^/export /')"
echo "== npm peers (node $(node --version)), ratio = Steward ScreenComment MB/s / peer MB/s (wall and cpu), then the same for ScreenComments batched"
node "$here/peers/run_peers.js" "$corpus"
