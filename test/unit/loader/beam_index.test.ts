// The PcIx chunk (src/loader/beam_index.ts): pack's stored code scan and
// MD5. A packed module (literals inflated, index added) loads to the same
// code as the .beam file, reports erl's module_info(md5), and an index that
// does not fit its code is refused (a scan instead) or a LoadError.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBeam, LoadError } from '../../../src/loader/beam.js';
import { readChunks } from '../../../src/loader/chunks.js';
import { INDEX_CHUNK } from '../../../src/loader/beam_index.js';
import { KEPT_CHUNKS, stripBeam } from '../../../src/pack/beam_scan.js';
import type { Module } from '../../../src/loader/ir.js';
import { buildBeam, erlc, erlEval } from './erl_helpers.js';

const POPCORN = fileURLToPath(new URL('../../../../bin/popcorn', import.meta.url));
const STDLIB = erlEval('io:format("~s", [code:lib_dir(stdlib, ebin)])');
const EX = '/usr/lib/elixir/lib/elixir/ebin';
const packed = (bytes: Uint8Array) => stripBeam(bytes, KEPT_CHUNKS, true, true);

/** Every instruction, decoded, as comparable data. */
function codeOf(m: Module): unknown[] {
  m.lazy?.decodeAll();
  return m.code.map((i) => [i.op, JSON.stringify(i.args, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v))]);
}

test('a packed module loads to the same code, functions and md5 as its .beam, without a scan', () => {
  for (const file of [join(STDLIB, 'lists.beam'), join(STDLIB, 'io_lib_format.beam'), join(STDLIB, 'gen_server.beam'), join(EX, 'Elixir.Enum.beam')]) {
    const bytes = readFileSync(file);
    const p = packed(bytes);
    const ids = readChunks(p).list.map((c) => c.id);
    assert.ok(ids.includes(INDEX_CHUNK) && ids.includes('LitU') && !ids.includes('LitT'), ids.join(','));
    const warnings: string[] = [];
    const a = loadBeam(p, { lazy: true, warn: (w) => warnings.push(w) });
    assert.deepEqual(warnings, []);
    const b = loadBeam(bytes, { lazy: true });
    // the index leaves body labels to the decode: fewer placed at load than the scan's
    assert.ok(a.labels.filter((x) => x !== -1).length < b.labels.filter((x) => x !== -1).length, file);
    assert.deepEqual(Array.from(a.lazy!.functionStarts), Array.from(b.lazy!.functionStarts));
    assert.deepEqual(a.functions.map((f) => [f.name.name, f.arity, f.funcInfo, f.entry]), b.functions.map((f) => [f.name.name, f.arity, f.funcInfo, f.entry]));
    assert.deepEqual(Buffer.from(a.md5).toString('hex'), Buffer.from(b.md5).toString('hex'), file);
    assert.deepEqual(codeOf(a), codeOf(b), file);
    assert.deepEqual(Array.from(a.labels), Array.from(b.labels));
  }
});

test('module_info(md5) of a module run from a pack equals erl\'s', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pcix-'));
  const ebin = join(dir, 'ebin');
  mkdirSync(ebin);
  writeFileSync(join(dir, 'md5_pack.erl'), `-module(md5_pack).
-export([main/0]).
main() -> io:format("~s~n", [binary:encode_hex(?MODULE:module_info(md5))]), {big, [1, 2.5, <<"lit">>], #{k => v}}.
`);
  erlc(['-o', ebin, 'md5_pack.erl'], dir);
  const want = erlEval('md5_pack:main()', ebin);
  const avm = join(dir, 'p.avm');
  const p = spawnSync(POPCORN, ['pack', ebin, '-o', avm, '--start', 'md5_pack'], { encoding: 'utf8' });
  assert.equal(p.status, 0, p.stderr);
  const r = spawnSync(POPCORN, ['run', '--bundle', avm, '--entry', 'md5_pack:main'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.match(want, /^[0-9A-F]{32}\n$/);
  assert.equal(r.stdout, want);
});

// --- indexes that do not fit ---

function uleb(data: Uint8Array, from: number): number[] {
  const out: number[] = [];
  for (let p = from, v = 0, mul = 1; p < data.length; p++) {
    v += (data[p] & 0x7f) * mul;
    mul *= 128;
    if (data[p] < 0x80) out.push(v), (v = 0), (mul = 1);
  }
  return out;
}

function withIndex(bytes: Uint8Array, edit: (nums: number[]) => void): Uint8Array {
  const chunks = readChunks(bytes).list.map((c): [string, Uint8Array] => [c.id, c.data]);
  const at = chunks.findIndex(([id]) => id === INDEX_CHUNK);
  const data = chunks[at][1];
  const nums = uleb(data, 18);
  edit(nums);
  const out = [...data.subarray(0, 18)];
  for (let v of nums) {
    while (v >= 0x80) out.push((v & 0x7f) | 0x80), (v = Math.floor(v / 128));
    out.push(v);
  }
  chunks[at] = [INDEX_CHUNK, Uint8Array.from(out)];
  return buildBeam(chunks);
}

test('an index that does not fit the code is refused at load; the module is scanned instead', () => {
  const bytes = packed(readFileSync(join(STDLIB, 'lists.beam')));
  const ref = codeOf(loadBeam(bytes, { lazy: true }));
  const nf = uleb(readChunks(bytes).byId.get(INDEX_CHUNK)!.data, 18)[3];
  const cases: Array<[string, (n: number[]) => void, RegExp]> = [
    ['code size', (n) => (n[0] += 4), /Code chunk size differs/],
    ['label count', (n) => (n[1] -= 1), /label count differs/],
    ['instruction count', (n) => (n[2] = 1e7), /instructions/],
    // function 5 starts a byte late: not a function head
    ['start byte', (n) => (n[4 + 2 * 5 + 1] += 1), /function at byte|starts with opcode|bad label|label/],
    ['truncated', (n) => n.pop(), /truncated|left over|on_load/],
    ['function beyond the code', (n) => (n[4 + 2 * (nf - 1) + 1] += 1e6), /beyond the code/],
  ];
  for (const [what, edit, re] of cases) {
    const warnings: string[] = [];
    const m = loadBeam(withIndex(bytes, edit), { lazy: true, warn: (w) => warnings.push(w) });
    assert.equal(warnings.length, 1, what);
    assert.match(warnings[0], /^module lists: chunk 'PcIx': code index does not fit the code: .*; scanning the code instead$/, what);
    assert.match(warnings[0], re, what);
    assert.deepEqual(codeOf(m), ref, what);
  }
});

test('an index whose function sizes are wrong is a LoadError when the function is decoded', () => {
  const bytes = packed(readFileSync(join(STDLIB, 'lists.beam')));
  // one instruction moved from function 3 to function 4: the heads still read
  // right, the positions after them do not
  const m = loadBeam(withIndex(bytes, (n) => { n[4 + 2 * 4] += 1; n[4 + 2 * 5] -= 1; }), { lazy: true });
  assert.throws(() => m.lazy!.decodeAll(), (e: unknown) => e instanceof LoadError && /module lists: chunk 'Code': .*(code index does not fit the code|defined twice)/.test(e.message));
});
