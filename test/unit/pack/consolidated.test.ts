// Packing a mix project's consolidated protocols (they replace Elixir's
// own, as the elixir app's modules, kept only when reached; the protocol
// naming every implementation does not keep them all) and literal tables
// stored inflated (LitU).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CodeIndex } from '../../../src/pack/code_index.js';
import { Reachability } from '../../../src/pack/reach.js';
import { scanBeam, stripBeam } from '../../../src/pack/beam_scan.js';
import { buildPack } from '../../../src/pack/pack.js';
import { readChunks } from '../../../src/loader/chunks.js';
import { loadBeam } from '../../../src/loader/beam.js';
import { readAvm } from '../../../src/loader/avm.js';
import { defaultCodePath } from '../../../src/host/node.js';
import { erlc } from '../loader/erl_helpers.js';

const EX = '/usr/lib/elixir/lib/elixir/ebin';
const dir = mkdtempSync(join(tmpdir(), 'pack-cons-'));
const app = join(dir, 'app', 'ebin');
const cons = join(dir, 'consolidated');
mkdirSync(app, { recursive: true });
mkdirSync(cons, { recursive: true });
writeFileSync(join(dir, 'main.erl'), `-module(main).
-export([show/1]).
show(X) -> 'Elixir.String.Chars':to_string(X).`);
erlc(['-o', app, 'main.erl'], dir);
// String.Chars consolidated as mix does it (impl_for/1 names each implementation)
execFileSync('elixir', ['-e', `
impls = Protocol.extract_impls(String.Chars, [String.to_charlist("${EX}")])
{:ok, bin} = Protocol.consolidate(String.Chars, impls)
File.write!("${cons}/Elixir.String.Chars.beam", bin)
File.write!("${cons}/Elixir.Unknown.Proto.beam", bin)
`], { stdio: ['ignore', 'ignore', 'inherit'] });

test('scanBeam: an Elixir implementation names its protocol and type (__impl__)', () => {
  const info = scanBeam(new CodeIndex([EX]).read('Elixir.String.Chars.DateTime'));
  assert.deepEqual(info.protocolImpl, { protocol: 'Elixir.String.Chars', for: 'Elixir.DateTime' });
});

test('CodeIndex: a consolidated module replaces the original and keeps its application', () => {
  const index = new CodeIndex([app, EX], new Map(), [cons]);
  const src = index.modules.get('Elixir.String.Chars')!;
  assert.equal(src.file, join(cons, 'Elixir.String.Chars.beam'));
  assert.equal(src.app.name, 'elixir');
  assert.ok(!index.has('Elixir.Unknown.Proto')); // replaces nothing on the path
});

test('a consolidated protocol keeps the implementations for built-in types, not every one it names', () => {
  const index = new CodeIndex([app, EX], new Map(), [cons]);
  const r = new Reachability(index, (m) => m === 'main');
  r.addRoot('main');
  r.run();
  assert.ok(r.kept.has('Elixir.String.Chars.Integer'));
  assert.ok(r.kept.has('Elixir.String.Chars.BitString'));
  assert.ok(!r.kept.has('Elixir.String.Chars.DateTime'));
  assert.ok(!r.kept.has('Elixir.DateTime'));
});

test('buildPack: consolidated protocols are packed when reached, as the elixir app, with LitU literals and a PcIx index by default', () => {
  const res = buildPack({ ebinDirs: [app], consolidated: [cons], searchPath: defaultCodePath(), elixir: false });
  const chars = res.modules.find((m) => m.module === 'Elixir.String.Chars')!;
  assert.equal(chars.app, 'elixir');
  assert.equal(chars.via, 'main'); // reached, not a root
  const entry = readAvm(res.bytes).find((e) => e.name === 'Elixir.String.Chars.beam')!;
  const ids = readChunks(entry.data).list.map((c) => c.id);
  // stored inflated; module_info(md5) stays erl's through the PcIx chunk (see test/unit/loader/beam_index.test.ts)
  assert.ok(ids.includes('LitU') && !ids.includes('LitT') && ids.includes('PcIx'), ids.join(','));
  // a consolidated dir given among the ebin dirs counts as one too
  const res2 = buildPack({ ebinDirs: [app, cons], searchPath: defaultCodePath(), elixir: false });
  assert.equal(res2.modules.find((m) => m.module === 'Elixir.String.Chars')!.via, 'main');
});

test('stripBeam literalsU: the module loads with the same literals', () => {
  const bytes = new CodeIndex([EX]).read('Elixir.Enum');
  const a = loadBeam(stripBeam(bytes));
  const b = loadBeam(stripBeam(bytes, undefined, true));
  assert.equal(a.literals.length, b.literals.length);
  assert.deepEqual(b.literals, a.literals);
});
