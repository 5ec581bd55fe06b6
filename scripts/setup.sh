#!/usr/bin/env bash
# Installs what the project needs and is missing: npm dependencies, and
# Erlang/OTP + Elixir from Debian's packages (the differential-test oracle
# and the source of the standard library .beam files).
set -euo pipefail
cd "$(dirname "$0")/.."

need_pkgs=()
command -v erl >/dev/null 2>&1 || need_pkgs+=(erlang-base)
command -v erlc >/dev/null 2>&1 || need_pkgs+=(erlang-dev)
command -v elixir >/dev/null 2>&1 || need_pkgs+=(elixir)
if [ ${#need_pkgs[@]} -gt 0 ]; then
  # erlang-dev provides erlc on Debian; install the whole set together.
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup: Erlang/OTP and Elixir are missing (need: ${need_pkgs[*]})." >&2
    echo "setup: install them with: sudo apt-get install erlang-base erlang-dev elixir" >&2
    exit 1
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup: Erlang/OTP and Elixir are missing and apt-get is not available; install erlang and elixir by hand." >&2
    exit 1
  fi
  echo "setup: installing erlang-base erlang-dev elixir from Debian's packages..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq erlang-base erlang-dev elixir >/dev/null
fi

# Debian's Chromium, driven headless by the browser tests (playwright-core).
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing chromium from Debian's packages..." >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium >/dev/null
  else
    echo "setup: chromium is missing (the browser tests need it): sudo apt-get install chromium" >&2
  fi
fi

if [ ! -d node_modules ] || [ package.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm dependencies..." >&2
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund >&2; else npm install --no-audit --no-fund >&2; fi
fi
