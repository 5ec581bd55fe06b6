// What the loader decodes on first use (Line, Type, Attr, CInf) and the
// injectable inflate of the literal table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { LoadError, loadBeam } from '../../../src/loader/beam.js';
import { setInflate } from '../../../src/loader/inflate.js';
import { formatTerm } from '../../../src/term/print.js';
import { beamDirs, beamFiles, erlEval } from './erl_helpers.js';

const stdlib = beamDirs().find((d) => d.includes('/stdlib-'))!;
const pathOf = (name: string) => beamFiles(stdlib).find((f) => f.endsWith(`/${name}.beam`))!;
const sample = (name: string) => new Uint8Array(readFileSync(pathOf(name)));

function findChunk(b: Uint8Array, id: string): { data: number; size: number } {
  let p = 12;
  while (p < b.length) {
    const cid = String.fromCharCode(b[p], b[p + 1], b[p + 2], b[p + 3]);
    const size = ((b[p + 4] << 24) | (b[p + 5] << 16) | (b[p + 6] << 8) | b[p + 7]) >>> 0;
    if (cid === id) return { data: p + 8, size };
    p += 8 + ((size + 3) & ~3);
  }
  throw new Error(`no chunk ${id}`);
}

test('lazily decoded attributes and compile info equal module_info', () => {
  const out = erlEval('io:format("~w~n~w~n", [queue:module_info(attributes), queue:module_info(compile)])');
  const [attrs, compile] = out.trim().split('\n');
  const m = loadBeam(sample('queue'));
  assert.equal(formatTerm(m.attributes), attrs);
  assert.equal(formatTerm(m.compileInfo), compile);
  // decoded once: the same term on every use
  assert.equal(m.attributes, m.attributes);
});

test('Line table and types decode on first use', () => {
  const m = loadBeam(sample('lists'));
  assert.deepEqual(m.lines[0], { file: '', line: 0 });
  assert.ok(m.lines.length > 100);
  assert.ok(m.lines.slice(1).every((l) => l.file === 'lists.erl' && l.line > 0));
  assert.equal(m.lines, m.lines);
  assert.ok(m.types.length > 0);
});

test('a malformed Attr chunk is a LoadError on first use', () => {
  const b = sample('queue');
  const { data } = findChunk(b, 'Attr');
  b[data] = 0; // not the external-term version byte
  const m = loadBeam(b);
  assert.throws(() => m.attributes, (e: unknown) => e instanceof LoadError && /module queue: chunk 'Attr'/.test(e.message));
  assert.ok(Array.isArray(m.code) && m.code.length > 0);
});

test('a malformed Line table means no line information, not an error', () => {
  const b = sample('queue');
  const { data } = findChunk(b, 'Line');
  b[data + 20] = 0xff; // the first line item: an illegal tag
  const m = loadBeam(b);
  assert.deepEqual(m.lines, [{ file: '', line: 0 }]);
});

test('an injected inflate decodes the literal table; a wrong size is a LoadError', () => {
  const b = sample('io_lib_format');
  const reference = loadBeam(b).literals.map(formatTerm);
  let calls = 0;
  try {
    setInflate((data, size) => {
      calls++;
      return inflateSync(data, { maxOutputLength: size + 64 });
    });
    assert.deepEqual(loadBeam(b).literals.map(formatTerm), reference);
    assert.ok(calls > 0);
    setInflate((data) => inflateSync(data).subarray(1));
    assert.throws(() => loadBeam(b), /chunk 'LitT': literals inflate to \d+ bytes, \d+ declared/);
    setInflate(() => {
      throw new RangeError('corrupt');
    });
    assert.throws(() => loadBeam(b), /chunk 'LitT': corrupt zlib data/);
  } finally {
    setInflate((data) => inflateSync(data));
  }
});

test('a Node Buffer and a plain Uint8Array load alike', () => {
  const buf = readFileSync(pathOf('lists'));
  const a = loadBeam(buf);
  const b = loadBeam(new Uint8Array(buf));
  assert.equal(a.code.length, b.code.length);
  assert.deepEqual(a.code.map((i) => i.op), b.code.map((i) => i.op));
});
