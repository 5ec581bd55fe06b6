import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile, run, erlRun } from './harness.js';

const dir = compile({
  usebad: `
-module(usebad).
-export([call/0]).
call() -> try broken:f(1) catch error:R:S -> {R, hd(S)} end.
`,
  broken: `
-module(broken).
-export([f/1]).
f(X) -> X.
`,
});
// Cut the compiled module short: the file stays on the code path but cannot load.
const file = join(dir, 'broken.beam');
writeFileSync(file, readFileSync(file).subarray(0, 60));

test('a .beam that cannot load is reported, and calling it raises undef as on the BEAM', async () => {
  const r = await run(dir, 'usebad', 'call');
  // erl's logger also prints its load report on stdout, racing its halt: keep the last line
  const erlValue = erlRun(dir, 'usebad', 'call').trim().split('\n').pop();
  assert.equal(r.value, erlValue);
  assert.match(r.host.err, /Loading of broken\.beam failed: badfile\n.*truncated|Loading of broken\.beam failed: badfile\n/);
});
