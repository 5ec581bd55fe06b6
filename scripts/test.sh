#!/usr/bin/env bash
# Every test: unit tests, then the differential conformance suite twice:
# as it runs by default (interpreter, compiling hot functions), then with
# every function compiled to JavaScript on first entry, so both execution
# tiers are held to erl's output. erl's side is cached after the first pass.
set -uo pipefail
cd "$(dirname "$0")/.."
status=0
node --test --test-reporter=spec $(find build/test/unit -name '*.test.js' | sort) || status=1
echo "== conformance, compiled tier only (POPCORN_JIT_HEAT=0)"
POPCORN_JIT_HEAT=0 node build/test/conformance/run.js || status=1
echo "== conformance, default tiers"
node build/test/conformance/run.js || status=1
echo "== conformance, Elixir programs"
node build/test/conformance/run_elixir.js || status=1
echo "== conformance, Elixir programs from tree-shaken bundles (the browser's module set)"
node build/test/conformance/run_bundle.js || status=1
echo "== browser runtime (Chromium, playwright-core)"
node --test --test-reporter=spec build/test/browser/runtime.test.js || status=1
echo "== browser examples (built with popcorn build; screenshots in build/screenshots/)"
node --test --test-reporter=spec build/test/browser/examples.test.js || status=1
exit $status
