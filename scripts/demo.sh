#!/usr/bin/env bash
# `npm start`: builds the examples (examples/hello, counter, game-of-life)
# with `popcorn build` into build/gallery/<name>/, adds the gallery page
# (examples/index.html) and serves it all with `popcorn serve`.
# PORT=N picks the port (default 8080).
set -euo pipefail
cd "$(dirname "$0")/.."
out=build/gallery
rm -rf "$out"
mkdir -p "$out"
for name in hello counter game-of-life; do
  echo "== building examples/$name"
  ./bin/popcorn build "examples/$name" -o "$out/$name"
done
cp examples/index.html "$out/index.html"
echo "== gallery: open the URL below (Ctrl-C stops the server)"
exec ./bin/popcorn serve "$out" --port "${PORT:-8080}"
