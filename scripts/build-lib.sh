#!/usr/bin/env bash
# Compiles our own Erlang sources in lib/ into build/lib/ebin.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p build/lib/ebin
shopt -s nullglob
srcs=(lib/*.erl)
if [ ${#srcs[@]} -gt 0 ]; then erlc -o build/lib/ebin "${srcs[@]}"; fi
