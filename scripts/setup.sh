#!/usr/bin/env bash
# Installs everything Steward needs on Debian 12 (bookworm), as root: compilers, build tools,
# libraries, PostgreSQL (for the tests), and the web toolchain. Safe to run again: packages that
# are already installed are not fetched a second time.
set -euo pipefail

packages=(
  # compilers and build tools
  build-essential cmake ninja-build pkg-config git ca-certificates ccache clang libclang-rt-14-dev
  python3
  # libraries (DESIGN.md "Chosen dependencies")
  libboost1.81-dev libboost-json1.81-dev libboost-url1.81-dev
  libtomlplusplus-dev libspdlog-dev libcli11-dev libutf8proc-dev libhyperscan-dev libsodium-dev
  libsqlite3-dev sqlite3 libpq-dev libcurl4-openssl-dev
  libopencv-dev opencv-data libdlib-dev libtesseract-dev libleptonica-dev tesseract-ocr-eng tesseract-ocr-cym fonts-dejavu-core libheif-dev
  # tests and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev postgresql-15 nginx-light wrk
  # web front end (web/) and its browser tests; npm itself is checked for below
  nodejs chromium
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup.sh: these packages are missing and installing them needs root: ${missing[*]}" >&2
    exit 1
  fi
  echo "setup.sh: installing ${#missing[@]} Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  # The PostgreSQL package must not start a system-wide server: the tests start their own.
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  apt-get install -y -q --no-install-recommends "${missing[@]}"
else
  echo "setup.sh: all ${#packages[@]} Debian packages are already installed"
fi

# The web front end's npm packages (web/package-lock.json). Debian's nodejs (18) ships without
# npm (NodeSource's bundles it and conflicts with Debian's), so Debian's npm (9.2) is added only
# when the command is missing; web/ builds with either (web/README.md).
if ! command -v npm >/dev/null; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup.sh: npm is missing and installing it (Debian package npm) needs root" >&2
    exit 1
  fi
  echo "setup.sh: installing npm"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends npm
fi
web_dir="$(dirname "$0")/../web"
stamp="$web_dir/node_modules/.steward-lock-sha256"
lock_hash=$(sha256sum "$web_dir/package-lock.json" | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$lock_hash" ]; then
  echo "setup.sh: web/node_modules matches web/package-lock.json"
else
  echo "setup.sh: npm ci in web/"
  (cd "$web_dir" && npm ci --no-audit --no-fund)
  echo "$lock_hash" > "$stamp"
fi
