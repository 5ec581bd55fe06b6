// Tree shaking on small modules compiled with the real erlc: calls, funs,
// module names handed on as values (apply/spawn), MFA literals, function
// names that are never values, cold modules, and what a pack keeps.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CodeIndex } from '../../../src/pack/code_index.js';
import { Reachability } from '../../../src/pack/reach.js';
import { scanBeam } from '../../../src/pack/beam_scan.js';
import { buildPack } from '../../../src/pack/pack.js';
import { coldReason, ERLANG_BOOT_ROOTS } from '../../../src/pack/roots.js';
import { readAvm } from '../../../src/loader/avm.js';
import { erlc } from '../loader/erl_helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'pack-reach-'));
const app = join(dir, 'app', 'ebin');
const lib = join(dir, 'lib', 'ebin');
mkdirSync(app, { recursive: true });
mkdirSync(lib, { recursive: true });
mkdirSync(join(dir, 'lib', 'priv'), { recursive: true });
writeFileSync(join(dir, 'lib', 'priv', 'data.txt'), 'priv data');
writeFileSync(join(lib, 'lib.app'), '{application, lib, [{vsn, "1"}, {modules, []}]}.\n');
const sources: Record<string, [string, string]> = {
  main: [app, `-module(main).
-export([start/0]).
start() -> b:f(), F = fun c:g/0, F(), (persistent_term:get(k, dyn)):run(), spawn(spawned, loop, []),
  lists:foreach(fun(X) -> X end, [1]), {ok, {mfa_mod, go, 1}}.`],
  b: [lib, `-module(b).
-export([f/0, unused/0]).
f() -> ok.
unused() -> d:h().`],
  c: [lib, '-module(c).\n-export([g/0]).\ng() -> ok.'],
  d: [lib, '-module(d).\n-export([h/0]).\nh() -> ok.'],
  dyn: [lib, `-module(dyn).
-export([run/0, other/0]).
run() -> ok.
other() -> never_named:x().`],
  never_named: [lib, '-module(never_named).\n-export([x/0]).\nx() -> ok.'],
  spawned: [lib, '-module(spawned).\n-export([loop/0]).\nloop() -> ok.'],
  mfa_mod: [lib, `-module(mfa_mod).
-export([go/1, stop/0]).
go(_) -> e:e().
stop() -> d:h().`],
  e: [lib, '-module(e).\n-export([e/0]).\ne() -> ok.'],
  matcher: [lib, `-module(matcher).
-export([is_b/1]).
is_b(b) -> true; is_b(d) -> true; is_b(_) -> false.`],
};
for (const [mod, [out, src]] of Object.entries(sources)) {
  writeFileSync(join(dir, mod + '.erl'), src);
  erlc(['-o', out, mod + '.erl'], dir);
}

test('scanBeam: calls, export funs, values; atoms only matched on are not values', () => {
  const index = new CodeIndex([app, lib]);
  const start = index.scan('main').functions.find((f) => f.name === 'start/0')!;
  const calls = start.calls.map(([m, fa]) => `${m}:${fa}`);
  assert.ok(calls.includes('b:f/0'));
  assert.ok(calls.includes('c:g/0')); // fun c:g/0
  assert.ok(calls.includes('mfa_mod:go/1')); // {M, F, A} literal
  assert.ok(start.values.includes('dyn') && start.values.includes('spawned'), JSON.stringify(start));
  assert.ok(start.names.includes('run') && start.names.includes('loop'));
  assert.equal(start.locals.length, 1); // the fun
  const m = scanBeam(index.read('matcher'));
  assert.ok(!m.functions.some((f) => f.values.includes('b') || f.values.includes('d')));
});

test('the walk follows reached functions only', () => {
  const index = new CodeIndex([app, lib]);
  const r = new Reachability(index, (m) => m === 'main');
  r.addRoot('main');
  r.run();
  const kept = [...r.kept.keys()].sort();
  // d: only from b:unused/0 and mfa_mod:stop/0, never reached; never_named: from dyn:other/0,
  // a function whose name is no value anywhere; matcher: nothing names it
  assert.deepEqual(kept, ['b', 'c', 'dyn', 'e', 'main', 'mfa_mod', 'spawned']);
  assert.deepEqual(r.chain('e'), ['main', 'mfa_mod', 'e']);
  // function by function: main:start/0 names {mfa_mod, go, 1}, whose go/1 calls e:e/0
  assert.deepEqual(r.why('e'), ['main:start/0 (a root)', 'calls mfa_mod:go/1', 'calls e:e/0']);
  assert.deepEqual(r.why('dyn'), ['main:start/0 (a root)', 'names the module of dyn:run/0']);
});

test('an application callback module is entered through its callbacks only', () => {
  const index = new CodeIndex([app, lib]);
  const r = new Reachability(index, () => false);
  r.addCallbackModule('b', ['f/0']);
  r.run();
  assert.ok(!r.kept.has('d')); // b:unused/0 is no callback
  assert.deepEqual(r.why('b'), ['b:f/0 (an application callback)']);
  const all = new Reachability(index, () => false);
  all.addRoot('b');
  all.run();
  assert.ok(all.kept.has('d'));
});

test('cold modules come in only from the program', () => {
  const index = new CodeIndex([app, lib]);
  const cold = (m: string) => m === 'e' || m === 'c';
  const r = new Reachability(index, (m) => m === 'main', cold);
  r.addRoot('main');
  r.run();
  assert.ok(r.kept.has('c')); // main names c itself
  assert.ok(!r.kept.has('e')); // only mfa_mod (not the program) names e
  assert.equal(r.cut.get('e'), 'mfa_mod');
  const why = new Reachability(index, (m) => m === 'main', (m) => (m === 'e' ? 'e needs a socket' : false));
  why.addRoot('main');
  why.run();
  assert.ok(!why.kept.has('e'));
  assert.equal(why.coldReason('e'), 'e needs a socket');
});

test('roots.ts: modules that cannot work in a browser are cold, with the reason', () => {
  const none = new Set<string>();
  assert.match(String(coldReason('net_kernel', 'kernel', none)), /no distribution/);
  assert.match(String(coldReason('gen_tcp', 'kernel', none)), /no sockets/);
  assert.match(String(coldReason('raw_file_io', 'kernel', none)), /no file system/);
  assert.match(String(coldReason('erl_lint', 'stdlib', none)), /compiling/);
  assert.match(String(coldReason('cover', 'tools', none)), /tools/);
  assert.equal(coldReason('lists', 'stdlib', none), false);
  assert.equal(coldReason('file_io_server', 'kernel', none), false); // file_server needs it to answer {error, _}
  assert.equal(coldReason('net_kernel', 'kernel', new Set(['kernel'])), false); // the program's own app
  for (const m of ERLANG_BOOT_ROOTS) assert.equal(coldReason(m, 'kernel', none), false, m);
});

test('buildPack: program modules, reached modules, .app and priv files', () => {
  const res = buildPack({ ebinDirs: [app], searchPath: [lib], start: 'main', elixir: false });
  const names = readAvm(res.bytes).map((e) => e.name);
  assert.equal(names[0], 'main.beam'); // the start module first
  for (const m of ['b', 'c', 'dyn', 'e', 'mfa_mod', 'spawned']) assert.ok(names.includes(m + '.beam'), m);
  for (const m of ['d', 'never_named', 'matcher']) assert.ok(!names.includes(m + '.beam'), m);
  assert.ok(names.includes('lib/ebin/lib.app'));
  assert.ok(names.includes('lib/priv/data.txt'));
  // the boot's modules are not on this path: reported, not fatal
  assert.ok(res.missing.includes('gen_server'));
  const noShake = buildPack({ ebinDirs: [app], searchPath: [lib], start: 'main', elixir: false, shake: false });
  assert.ok(noShake.modules.some((m) => m.module === 'never_named'));
});

test('a gateway the program calls lets what it reaches enter cold modules, through runtime modules', () => {
  // io:read/1 is a gateway (roots.ts COLD_GATEWAYS); io:fmt/0 is not
  const gw = join(dir, 'gw');
  mkdirSync(gw, { recursive: true });
  const mods: Record<string, string> = {
    gwmain: '-module(gwmain).\n-export([start/0]).\nstart() -> io:read(x), io:fmt().',
    io: '-module(io).\n-export([read/1, fmt/0]).\nread(_) -> mid:parse().\nfmt() -> mid:err().',
    mid: '-module(mid).\n-export([parse/0, err/0]).\nparse() -> coldp:p().\nerr() -> colde:e().',
    coldp: '-module(coldp).\n-export([p/0]).\np() -> ok.',
    colde: '-module(colde).\n-export([e/0]).\ne() -> ok.',
  };
  for (const [mod, src] of Object.entries(mods)) {
    writeFileSync(join(gw, mod + '.erl'), src);
    erlc(['-o', gw, mod + '.erl'], gw);
  }
  const r = new Reachability(new CodeIndex([gw]), (m) => m === 'gwmain', (m) => m === 'coldp' || m === 'colde');
  r.addRoot('gwmain');
  r.run();
  assert.ok(r.kept.has('coldp')); // gwmain -> io:read/1 (gateway) -> mid:parse/0 -> coldp
  assert.ok(!r.kept.has('colde')); // io:fmt/0 is no gateway: mid:err/0 stays cut
  assert.equal(r.cut.get('colde'), 'mid');
});
