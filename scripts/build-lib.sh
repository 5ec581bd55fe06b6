#!/usr/bin/env bash
# Compiles our own Erlang and Elixir sources in lib/ into build/lib/ebin.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p build/lib/ebin
shopt -s nullglob
srcs=(lib/*.erl)
if [ ${#srcs[@]} -gt 0 ]; then erlc -o build/lib/ebin "${srcs[@]}"; fi
# Elixir sources (Popcorn.Wasm): only when one changed since the last build.
exs=(lib/*.ex)
if [ ${#exs[@]} -gt 0 ]; then
  stamp=build/lib/ebin/.elixir_stamp
  if [ ! -f "$stamp" ] || [ -n "$(find "${exs[@]}" -newer "$stamp")" ]; then
    elixirc --ignore-module-conflict -o build/lib/ebin "${exs[@]}" >/dev/null
    touch "$stamp"
  fi
fi
