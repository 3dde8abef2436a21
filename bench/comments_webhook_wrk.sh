#!/usr/bin/env bash
# Sustained Meta webhook ingest under wrk on loopback: `steward serve --demo` (SQLite or
# PostgreSQL via scripts/postgres.sh), POST /webhooks/meta with pre-signed Facebook Page feed
# deliveries (X-Hub-Signature-256 over each body, one new comment each, distinct comment ids,
# texts cycled from testdata/dev/comments.jsonl). Every request verifies the signature, parses,
# screens with Kenn's cached screener, stores the comment, its deadline, arrival actions, case
# and audit event. Prints comments/s stored, p50 and p99, and checks the stored count.
# Usage: bench/comments_webhook_wrk.sh [sqlite|postgres] [DURATION] [CONNECTIONS]
#        (default sqlite 20s 8; wrk -t2). Uses $STEWARD_BIN, else build/comments-release.
set -euo pipefail
cd "$(dirname "$0")/.."
engine=${1:-sqlite}
duration=${2:-20s}
connections=${3:-8}
steward=${STEWARD_BIN:-build/comments-release/src/cli/steward}
if [ ! -x "$steward" ]; then
  cmake -S . -B build/comments-release -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build build/comments-release --target steward -j "${STEWARD_JOBS:-2}" >/dev/null
fi
work=$(mktemp -d /tmp/steward-comments-wrk.XXXXXX)
pid=""
pg=""
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  [ -n "$pg" ] && PGTMP_FILE="$work/pg.state" scripts/postgres.sh stop >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT

if [ "$engine" = postgres ]; then
  database=$(PGTMP_FILE="$work/pg.state" scripts/postgres.sh start)
  pg=1
else
  database="sqlite:$work/bench.db"
fi
secret=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
printf 'app_secret = %s\nverify_token = bench\n' "$secret" >"$work/meta.conf"
"$steward" serve --listen 127.0.0.1:0 --database "$database" --demo \
  --meta-webhooks "$work/meta.conf" >"$work/out" 2>&1 &
pid=$!
for _ in $(seq 1200); do grep -q "listening on" "$work/out" && break; sleep 0.1; done
url=$(grep -o 'http://[^ ]*' "$work/out" | head -1)
[ -n "$url" ] || { echo "comments_webhook_wrk: steward did not start:"; cat "$work/out"; exit 1; }
url=${url%/}

# Pre-signed deliveries: "signature<TAB>body" per line.
python3 - "$secret" "$work/bodies.tsv" <<'PY'
import hashlib, hmac, json, sys, time
secret, out = sys.argv[1].encode(), sys.argv[2]
texts = [json.loads(l)["text"] for l in open("testdata/dev/comments.jsonl") if l.strip()]
now = int(time.time())
with open(out, "w") as f:
    for i in range(200_000):
        value = {"from": {"id": str(900000 + i % 5000), "name": "Bench Parent"},
                 "message": texts[i % len(texts)], "post_id": "demo-facebook-kenn_1",
                 "comment_id": "1_%d" % i, "created_time": now, "item": "comment", "verb": "add"}
        body = json.dumps({"object": "page", "entry": [{"id": "demo-facebook-kenn", "time": now,
                           "changes": [{"field": "feed", "value": value}]}]}, separators=(",", ":"))
        sig = hmac.new(secret, body.encode(), hashlib.sha256).hexdigest()
        f.write("sha256=%s\t%s\n" % (sig, body))
PY
# Warm-up outside the measurement: the first delivery compiles Kenn's screener.
head -1 "$work/bodies.tsv" >"$work/warm.tsv"
first=$(cut -f2 "$work/warm.tsv")
warm=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -H 'content-type: application/json' \
  -H "x-hub-signature-256: $(cut -f1 "$work/warm.tsv")" --data-binary "$first" "$url/webhooks/meta")
echo "comments_webhook_wrk: warm-up delivery HTTP ${warm% *} in ${warm#* } s (screener compile)"
tail -n +2 "$work/bodies.tsv" >"$work/run.tsv"

cat >"$work/signed.lua" <<LUA
local threads = {}
local counter = 0
function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end
function init(args)
  requests = {}
  local index = 0
  for line in io.lines("$work/run.tsv") do
    if index % 2 == id then
      local tab = line:find("\t", 1, true)
      requests[#requests + 1] = wrk.format("POST", "/webhooks/meta",
        {["content-type"] = "application/json", ["x-hub-signature-256"] = line:sub(1, tab - 1)},
        line:sub(tab + 1))
    end
    index = index + 1
  end
  next_request = 0
end
function request()
  next_request = next_request + 1
  if next_request > #requests then next_request = 1 end
  return requests[next_request]
end
LUA
out=$(wrk -t2 -c"$connections" -d"$duration" --latency -s "$work/signed.lua" "$url/webhooks/meta")
echo "comments_webhook_wrk: $engine, wrk -t2 -c$connections -d$duration POST /webhooks/meta (1 comment per delivery), $(nproc) cores, loopback"
awk '/Requests\/sec:|^ +50%|^ +99%|Non-2xx|Socket errors|requests in/' <<<"$out"

signin=$(curl -s -D "$work/headers" -H 'content-type: application/json' \
  -d '{"username":"account.moderator@kenn-kenton","password":"demo-only-steward-laptop"}' \
  "$url/api/session")
cookie=$(grep -i '^set-cookie:' "$work/headers" | head -1 | sed 's/^[^:]*: //; s/;.*//' | tr -d '\r')
stored=$(curl -s -H "cookie: $cookie" "$url/api/schools/kenn/comments?state=all&limit=1" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
echo "comments_webhook_wrk: comments stored in Kenn's queue: $stored"
