#!/usr/bin/env bash
# The queue page's response time with 100,000 comments in one account: `steward serve --demo` on
# SQLite (or PostgreSQL via scripts/postgres.sh), 100,000 screened comments of Kenn's Facebook
# account written straight into the comments table (spread over a year, a quarter still open
# and overdue), then wrk on GET /api/schools/kenn/comments?account_id=… (first page of 100, most
# urgent first, with the total), the overdue view and the response-time report.
# Usage: bench/comments_queue_wrk.sh [sqlite|postgres] [DURATION] [COUNT]
#        (default sqlite 10s 100000; wrk -t2 -c4). Uses $STEWARD_BIN, else build/comments-release.
set -euo pipefail
cd "$(dirname "$0")/.."
engine=${1:-sqlite}
duration=${2:-10s}
count=${3:-100000}
steward=${STEWARD_BIN:-build/comments-release/src/cli/steward}
if [ ! -x "$steward" ]; then
  cmake -S . -B build/comments-release -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build build/comments-release --target steward -j "${STEWARD_JOBS:-2}" >/dev/null
fi
work=$(mktemp -d /tmp/steward-comments-queue.XXXXXX)
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
"$steward" serve --listen 127.0.0.1:0 --database "$database" --demo >"$work/out" 2>&1 &
pid=$!
for _ in $(seq 1200); do grep -q "listening on" "$work/out" && break; sleep 0.1; done
url=$(grep -o 'http://[^ ]*' "$work/out" | head -1)
[ -n "$url" ] || { echo "comments_queue_wrk: steward did not start:"; cat "$work/out"; exit 1; }
url=${url%/}
signin=$(curl -s -D "$work/headers" -H 'content-type: application/json' \
  -d '{"username":"account.moderator@kenn-kenton","password":"demo-only-steward-laptop"}' \
  "$url/api/session")
cookie=$(grep -i '^set-cookie:' "$work/headers" | head -1 | sed 's/^[^:]*: //; s/;.*//' | tr -d '\r')
account=$(curl -s -H "cookie: $cookie" "$url/api/schools/kenn/accounts" |
  python3 -c 'import json,sys; a=[x for x in json.load(sys.stdin)["accounts"] if x["platform"]=="facebook"]; print(a[0]["id"])')

# Rows as the intake writes them (screening verdicts copied from a few typical comments).
python3 - "$account" "$count" "$work/comments.csv" <<'PY'
import csv, sys, time
account, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
now = int(time.time())
kinds = [("question", "reply_within_24h"), ("ok", "none"), ("complaint", "complaints"),
         ("insult,profanity", "none")]
with open(out, "w", newline="") as f:
    w = csv.writer(f, quoting=csv.QUOTE_NONNUMERIC)
    for i in range(count):
        received = now - (i * 317) % (365 * 86400)
        cats, action = kinds[i % len(kinds)]
        answered = i % 4 != 0
        w.writerow(["bench-%d" % i, "kenn", account, "facebook", "bench-%d" % i, "", "", "@p%d" % (i % 997),
                    "Bench Parent", "Comment number %d about the school fair" % i, "", "api", received,
                    cats, action, "[]", received + 86400, received + 72000,
                    "open" if not answered else "handled", "visible",
                    received + 3600 + i % 7200 if answered else None, "", 0, received])
PY
# The columns of migration 0005; later migrations' columns keep their defaults (never warned).
columns="id, school_id, account_id, platform, platform_comment_id, platform_post_id,
  author_platform_id, author_handle, author_name, text, link, source, received_at, categories,
  action, findings, due_at, warn_at, state, visibility, first_response_at, case_id, urgent,
  created_at"
if [ "$engine" = postgres ]; then
  psql -q "$database" -c "\\copy comments ($(tr -d '\n' <<<"$columns")) FROM '$work/comments.csv' WITH (FORMAT csv, FORCE_NULL (first_response_at))"
  # VACUUM as well as ANALYZE: autovacuum does it within a minute of a bulk insert on a real
  # server; without it the visibility map is empty, the total's COUNT cannot use an index-only
  # scan and PostgreSQL reads the whole table (40 ms a page instead of 10).
  psql -q "$database" -c "VACUUM ANALYZE comments"
else
  sqlite3 "$work/bench.db" <<SQL
.mode csv
CREATE TEMP TABLE staging AS SELECT $columns FROM comments WHERE 0;
.import $work/comments.csv staging
INSERT INTO comments ($columns) SELECT id, school_id, account_id, platform, platform_comment_id,
  platform_post_id, author_platform_id, author_handle, author_name, text, link, source,
  CAST(received_at AS INTEGER), categories, action, findings, CAST(due_at AS INTEGER),
  CAST(warn_at AS INTEGER), state, visibility, NULLIF(first_response_at, ''), case_id,
  CAST(urgent AS INTEGER), CAST(created_at AS INTEGER) FROM staging;
ANALYZE;
SQL
fi
echo "comments_queue_wrk: $engine, $count comments in account $account; wrk -t2 -c4 -d$duration, $(nproc) cores, loopback"
for target in "comments?account_id=$account" "comments?account_id=$account&due=overdue" \
              "comments/response-times?account_id=$account"; do
  cat >"$work/get.lua" <<LUA
wrk.headers["cookie"] = "$cookie"
LUA
  body=$(curl -s -H "cookie: $cookie" "$url/api/schools/kenn/$target")
  total=$(python3 -c 'import json,sys; d=json.loads(sys.argv[1]); print(d.get("total", len(d.get("months", []))))' "$body")
  out=$(wrk -t2 -c4 -d"$duration" --latency -s "$work/get.lua" "$url/api/schools/kenn/$target")
  echo "GET .../$target (total/months: $total)"
  awk '/Requests\/sec:|^ +50%|^ +99%|Non-2xx/' <<<"$out"
done
