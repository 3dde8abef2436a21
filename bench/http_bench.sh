#!/usr/bin/env bash
# HTTP throughput and tail latency of `steward serve` against nginx on the same machine, both on
# loopback, both answering a small static JSON body: requests/s, p99, and steward/nginx ratios;
# plus an authenticated JSON read (GET /api/schools/belgrave/pupils with a demo session cookie:
# session lookup, permission check and a SQLite read) in the same run.
# Usage: bench/http_bench.sh [DURATION]   (default 20s; wrk -t2 -c64)
# Builds build/release (RelWithDebInfo, target steward only), needs nginx-light and wrk.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-20s}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
build_log=$(mktemp /tmp/steward-http-bench-build.XXXXXX)
if ! { cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" &&
       cmake --build build/release --target steward -j "${STEWARD_JOBS:-2}"; } >"$build_log" 2>&1; then
  echo "http_bench: the release build failed:" >&2
  tail -30 "$build_log" >&2
  exit 1
fi
rm -f "$build_log"

work=$(mktemp -d /tmp/steward-http-bench.XXXXXX)
steward_pid=""
nginx_pid=""
cleanup() {
  [ -n "$steward_pid" ] && kill "$steward_pid" 2>/dev/null && wait "$steward_pid" 2>/dev/null
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

# steward on a free loopback port (port 0: it prints the port it got).
build/release/src/cli/steward serve --listen 127.0.0.1:0 --database "sqlite:$work/bench.db" --demo \
  >"$work/steward.out" 2>&1 &
steward_pid=$!
for _ in $(seq 600); do grep -q "listening on" "$work/steward.out" && break; sleep 0.1; done
steward_url=$(grep -o 'http://[^ ]*' "$work/steward.out" | head -1)
[ -n "$steward_url" ] || { echo "http_bench: steward did not start:"; cat "$work/steward.out"; exit 1; }

# nginx with the same body and as many workers as steward has I/O threads (2).
nginx_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cat >"$work/nginx.conf" <<NGINX
worker_processes 2;
daemon off;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/body;
  proxy_temp_path $work/proxy;
  fastcgi_temp_path $work/fastcgi;
  uwsgi_temp_path $work/uwsgi;
  scgi_temp_path $work/scgi;
  server {
    listen 127.0.0.1:$nginx_port;
    location = /healthz { default_type application/json; return 200 '{"status":"ok"}'; }
  }
}
NGINX
nginx -c "$work/nginx.conf" -p "$work" &
nginx_pid=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$nginx_port/healthz" >/dev/null 2>&1 && break; sleep 0.1; done

run() {  # run NAME URL [HEADER] -> prints "NAME rps p99_ms"
  local out header=()
  [ $# -ge 3 ] && header=(-H "$3")
  out=$(wrk -t2 -c64 -d"$duration" --latency "${header[@]}" "$2")
  local rps p99
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub(/us$/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v*=1000}; print v}' <<<"$out")
  local errors
  errors=$(awk '/Non-2xx|Socket errors/' <<<"$out")
  echo "$1 $rps $p99"
  [ -z "$errors" ] || echo "  ($1: $errors)" >&2
}

echo "http_bench: wrk -t2 -c64 -d$duration, GET /healthz, $(nproc) cores, loopback"
read -r _ s_rps s_p99 < <(run steward "${steward_url}healthz")
read -r _ n_rps n_p99 < <(run nginx "http://127.0.0.1:$nginx_port/healthz")
# A demo sign-in (the laptop-only demo password the server prints) for the authenticated read.
demo_password=$(grep -o 'demo password [^ ]*' "$work/steward.out" | awk '{print $3}')
cookie=$(curl -sf -D - -o /dev/null -H 'content-type: application/json' \
  -d "{\"username\":\"dsl@belgrave\",\"password\":\"$demo_password\"}" "${steward_url}api/session" |
  tr -d '\r' | awk -F'[:;] *' 'tolower($1) == "set-cookie" {print $2}')
[ -n "$cookie" ] || { echo "http_bench: demo sign-in failed"; exit 1; }
read -r _ a_rps a_p99 < <(run steward-auth "${steward_url}api/schools/belgrave/pupils" "Cookie: $cookie")
printf '%-13s %12s %10s\n' server requests/s p99_ms
printf '%-13s %12.0f %10.2f\n' steward "$s_rps" "$s_p99" nginx "$n_rps" "$n_p99" \
  "steward-auth" "$a_rps" "$a_p99"
awk -v a="$s_rps" -v b="$n_rps" -v c="$s_p99" -v d="$n_p99" \
  'BEGIN { printf "ratio    steward/nginx requests/s %.2f, p99 %.2f\n", a / b, c / d }'
awk -v a="$a_rps" -v b="$n_rps" -v c="$a_p99" -v d="$n_p99" \
  'BEGIN { printf "ratio    authenticated pupils read/nginx requests/s %.2f, p99 %.2f\n", a / b, c / d }'
