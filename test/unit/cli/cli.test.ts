// The `popcorn run` contract: exit 0 on a normal return, 1 when the entry
// crashes, 2 on usage errors; --print; string arguments as one list.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const POPCORN = fileURLToPath(new URL('../../../../bin/popcorn', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'cli-'));
const src = join(dir, 'clitest.erl');
writeFileSync(
  src,
  `-module(clitest).
-export([main/0, main/1, crash/0, hello/0]).
main() -> {ok, [1, 2.5, "str", <<"bin">>]}.
main(Args) -> Args.
crash() -> erlang:error(boom).
hello() -> io:format("hello~n").
`,
);

function popcorn(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(POPCORN, args, { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('run FILE.erl --print prints the result as ~p and exits 0', () => {
  const r = popcorn('run', src, '--print');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '{ok,[1,2.5,"str",<<"bin">>]}\n');
});

test('--entry without --print prints only what the program prints', () => {
  const r = popcorn('run', src, '--entry', 'clitest:hello');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, 'hello\n');
});

test('string arguments arrive as one list of strings, as erl -run passes them', () => {
  const r = popcorn('run', src, '--entry', 'clitest:main', '--print', 'a', 'bc');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '["a","bc"]\n');
});

test('a crashing entry exits 1 with the error report on stderr', () => {
  const r = popcorn('run', src, '--entry', 'clitest:crash');
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /Error in process <0\.\d+\.0> with exit value:\n\{boom,\[\{clitest,crash,0,/);
});

test('usage errors exit 2', () => {
  assert.equal(popcorn('run').status, 2);
  assert.equal(popcorn('run', '--entry', 'nocolon').status, 2);
  assert.equal(popcorn('frobnicate').status, 2);
  assert.equal(popcorn('run', '--bogus').status, 2);
});

test('an entry module that does not exist exits 1 with undef', () => {
  const r = popcorn('run', '--entry', 'no_such_module_xyz:main');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /undef/);
});
