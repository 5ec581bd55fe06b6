import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compile, run, erlRun } from './harness.js';

const dir = compile({
  ol_ok: `
-module(ol_ok).
-export([f/0]).
-on_load(init/0).
init() -> put(ran, true), persistent_term:put(ol_ok_runs, persistent_term:get(ol_ok_runs, 0) + 1), ok.
f() -> persistent_term:get(ol_ok_runs).
`,
  ol_fail: `
-module(ol_fail).
-export([f/0]).
-on_load(init/0).
init() -> {error, refused}.
f() -> reached.
`,
  ol_main: `
-module(ol_main).
-export([ok/0, fail/0]).
ok() -> {ol_ok:f(), ol_ok:f(), get(ran)}.
fail() -> [catch ol_fail:f(), catch ol_fail:f()].
`,
});

test('an on_load function runs once, in another process, before the first call', async () => {
  const r = await run(dir, 'ol_main', 'ok');
  assert.equal(r.value, erlRun(dir, 'ol_main', 'ok'));
  assert.equal(r.value, '{ok,{1,1,undefined}}');
});

test('a module whose on_load function fails is not loaded: calls raise undef', async () => {
  const r = await run(dir, 'ol_main', 'fail');
  // erl's logger prints its on_load report on stdout too: the value is the last line
  assert.equal(r.value, erlRun(dir, 'ol_main', 'fail').trim().split('\n').pop());
});
