#!/usr/bin/env bash
# Every test: unit tests, then the differential conformance suite.
set -uo pipefail
cd "$(dirname "$0")/.."
status=0
node --test --test-reporter=spec $(find build/test/unit -name '*.test.js' | sort) || status=1
node build/test/conformance/run.js || status=1
exit $status
