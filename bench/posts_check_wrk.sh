#!/usr/bin/env bash
# Latency of the post check endpoint, POST /api/schools/belgrave/posts/{id}/check, under wrk on
# loopback: `steward serve --demo`, signed in as Belgrave's communications lead, one image post
# tagging 5 pupils and naming 2 of them. Every request runs the whole use case (roster version
# read, one consent query, the check, the check stored with its history and audit event).
# Prints requests/s, p50 and p99.
# Usage: bench/posts_check_wrk.sh [DURATION] [CONNECTIONS]   (default 20s, 8; wrk -t2)
# Uses $STEWARD_BIN, else build/release/src/cli/steward (built RelWithDebInfo if missing).
# Database: $STEWARD_WRK_DATABASE, an empty database's URL (e.g. a new database on the server
# `scripts/postgres.sh start` prints), else a fresh SQLite file.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-20s}
connections=${2:-8}
steward=${STEWARD_BIN:-build/release/src/cli/steward}
if [ ! -x "$steward" ]; then
  cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build build/release --target steward -j "${STEWARD_JOBS:-2}" >/dev/null
fi
work=$(mktemp -d /tmp/steward-posts-wrk.XXXXXX)
pid=""
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

database=${STEWARD_WRK_DATABASE:-sqlite:$work/bench.db}
"$steward" serve --listen 127.0.0.1:0 --database "$database" --demo >"$work/out" 2>&1 &
pid=$!
for _ in $(seq 3000); do grep -q "listening on" "$work/out" && break; sleep 0.1; done
url=$(grep -o 'http://[^ ]*' "$work/out" | head -1)
[ -n "$url" ] || { echo "posts_check_wrk: steward did not start:"; cat "$work/out"; exit 1; }
url=${url%/}

signin=$(curl -s -D "$work/headers" -H 'content-type: application/json' \
  -d '{"username":"communications.lead@belgrave","password":"demo-only-steward-laptop"}' \
  "$url/api/session")
cookie=$(grep -i '^set-cookie:' "$work/headers" | head -1 | sed 's/^[^:]*: //; s/;.*//' | tr -d '\r')
csrf=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["csrf_token"])' <<<"$signin")
auth=(-H "cookie: $cookie" -H "x-csrf-token: $csrf" -H 'content-type: application/json')
account=$(curl -s "${auth[@]}" "$url/api/schools/belgrave/accounts" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["accounts"][0]["id"])')
pupils=$(sed -n '2,6p' data/demo/rosters/belgrave.csv | cut -d, -f1 | python3 -c 'import sys,json; print(json.dumps([l.strip() for l in sys.stdin]))')
names=$(sed -n '2,3p' data/demo/rosters/belgrave.csv | cut -d, -f2 | paste -sd' ')
post=$(curl -s "${auth[@]}" -d "{\"account_id\":\"$account\",\"media_kind\":\"image\",\"caption\":\"Well done $names and the whole team at sports day! Call 01273 000000.\",\"tagged_pupil_ids\":$pupils,\"posting_date\":\"2026-10-05\"}" \
  "$url/api/schools/belgrave/posts" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
target="$url/api/schools/belgrave/posts/$post/check"
first=$(curl -s -o "$work/first.json" -w '%{http_code} %{time_total}' "${auth[@]}" -X POST "$target")
echo "posts_check_wrk: first check (compiles the school's checker): HTTP ${first% *}, ${first#* } s;" \
  "decision $(python3 -c 'import json; d=json.load(open("'"$work/first.json"'")); print(d["decision"], d["reasons"])')"

cat >"$work/check.lua" <<LUA
wrk.method = "POST"
wrk.headers["cookie"] = "$cookie"
wrk.headers["x-csrf-token"] = "$csrf"
wrk.headers["content-type"] = "application/json"
-- Counts answers by status and keeps the first body of each status that is not 200.
statuses = {}
samples = {}
function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  if status ~= 200 and samples[status] == nil then samples[status] = body end
end
threads = {}
function setup(thread) table.insert(threads, thread) end
function done(summary, latency, requests)
  local total, first = {}, {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      total[status] = (total[status] or 0) + count
    end
    for status, body in pairs(thread:get("samples")) do first[status] = first[status] or body end
  end
  for status, count in pairs(total) do
    io.write(string.format("  HTTP %d: %d%s\n", status, count,
                           first[status] and (" e.g. " .. string.sub(first[status], 1, 200)) or ""))
  end
end
LUA
out=$(wrk -t2 -c"$connections" -d"$duration" --latency -s "$work/check.lua" "$target")
echo "posts_check_wrk: wrk -t2 -c$connections -d$duration POST .../posts/{id}/check, $(nproc) cores, loopback, ${database%%:*}"
awk '/Requests\/sec:|^ +50%|^ +99%|Non-2xx|Socket errors|^  HTTP /' <<<"$out"
