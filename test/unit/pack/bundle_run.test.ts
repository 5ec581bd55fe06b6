// End to end: `popcorn pack` a hello world, `popcorn run --bundle` it with
// every module loaded from the pack, and compare with `popcorn run` from
// the file system. The Elixir hello's pack: the target is under
// 1 MB gzipped (the examples/hello site's bundle is ~0.93 MiB); this one
// also keeps popcorn_elixir (Kernel.CLI) for `run --elixir`, so it guards
// against growth beyond 1.25 MiB. `run --bundle` boots as the browser
// does (-mode minimal, no erl_prim_loader).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readAvm } from '../../../src/loader/avm.js';

const POPCORN = fileURLToPath(new URL('../../../../bin/popcorn', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'pack-e2e-'));

function popcorn(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(POPCORN, args, { encoding: 'utf8', env: { ...process.env, POPCORN_TRACE_LOADS: '' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('an Erlang program runs from its bundle as from the file system', () => {
  const ebin = join(dir, 'erl');
  mkdirSync(ebin);
  writeFileSync(join(dir, 'hello_pack.erl'), `-module(hello_pack).
-export([main/0]).
main() -> io:format("~p ~ts~n", [#{a => [1, 2.5]}, <<"h\\x{e9}llo"/utf8>>]), lists:sum([1, 2, 3]).
`);
  const c = spawnSync('erlc', ['-o', ebin, join(dir, 'hello_pack.erl')]);
  assert.equal(c.status, 0);
  const avm = join(dir, 'erl.avm');
  const p = popcorn('pack', ebin, '-o', avm, '--start', 'hello_pack');
  assert.equal(p.status, 0, p.stderr);
  assert.match(p.stdout, /modules/);
  const names = readAvm(readFileSync(avm)).map((e) => e.name);
  assert.equal(names[0], 'hello_pack.beam');
  assert.ok(names.includes('kernel/ebin/kernel.app') && names.includes('stdlib/ebin/stdlib.app'));
  assert.ok(!names.some((n) => n.startsWith('Elixir.')), 'an Erlang program needs no Elixir');
  const fromFs = popcorn('run', '--path', ebin, '--entry', 'hello_pack:main', '--print');
  const fromPack = popcorn('run', '--bundle', avm, '--entry', 'hello_pack:main', '--print');
  assert.equal(fromFs.status, 0, fromFs.stderr);
  assert.deepEqual(fromPack, fromFs);
});

test('an Elixir hello world runs from its bundle; the bundle stays under 1.25 MiB gzipped', () => {
  const ebin = join(dir, 'ex');
  mkdirSync(ebin);
  writeFileSync(join(dir, 'hello.ex'), `defmodule HelloPack do
  def main do
    IO.puts("Hello, " <> String.upcase("world") <> "!")
    IO.inspect(Enum.map([1, 2, 3], &(&1 * 2)))
  end
end
`);
  const c = spawnSync('elixirc', ['-o', ebin, join(dir, 'hello.ex')], { encoding: 'utf8' });
  assert.equal(c.status, 0, c.stderr);
  const avm = join(dir, 'ex.avm');
  // popcorn_elixir: `popcorn run --elixir`'s entry (Kernel.CLI), which a browser bundle has no use for
  const p = popcorn('pack', ebin, '-o', avm, '--start', 'Elixir.HelloPack', '--keep', 'popcorn_elixir', '--why', 'net_kernel');
  assert.equal(p.status, 0, p.stderr);
  const bytes = readFileSync(avm);
  const gz = gzipSync(bytes, { level: 9 }).length;
  assert.ok(gz < 1.25 * 1024 * 1024, `hello bundle is ${gz} bytes gzipped`);
  const names = readAvm(bytes).map((e) => e.name);
  for (const app of ['kernel', 'stdlib', 'compiler', 'elixir', 'logger']) assert.ok(names.includes(`${app}/ebin/${app}.app`), app);
  assert.ok(!names.includes('elixir_compiler.beam') && !names.includes('compile.beam'), 'no compiler');
  // nothing that needs distribution, sockets or a file system to work (roots.ts BROWSER_UNAVAILABLE)
  for (const m of ['net_kernel', 'global', 'inet_db', 'erl_distribution', 'gen_tcp', 'erl_prim_loader', 'rpc', 'user']) {
    assert.ok(!names.includes(`${m}.beam`), m);
  }
  assert.match(p.stdout, /why net_kernel: not kept; \S+ names it, but the browser has no distribution/);
  const fromFs = popcorn('run', '--path', ebin, '--entry', 'Elixir.HelloPack:main', '--elixir');
  const fromPack = popcorn('run', '--bundle', avm, '--entry', 'Elixir.HelloPack:main', '--elixir');
  assert.equal(fromFs.status, 0, fromFs.stderr);
  assert.equal(fromFs.stdout, 'Hello, WORLD!\n[2, 4, 6]\n');
  assert.deepEqual(fromPack, fromFs);
});
