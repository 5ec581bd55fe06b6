#!/usr/bin/env bash
# Until the browser demo exists: a small Erlang program run on our VM under Node.
set -euo pipefail
cd "$(dirname "$0")/.."
exec ./bin/popcorn run examples/demo/demo.erl --entry demo:main
