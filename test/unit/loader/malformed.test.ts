import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { LoadError, loadBeam } from '../../../src/loader/beam.js';
import { beamDirs, beamFiles } from './erl_helpers.js';

const stdlib = beamDirs().find((d) => d.includes('/stdlib-'))!;
const sample = (name: string) => new Uint8Array(readFileSync(beamFiles(stdlib).find((f) => f.endsWith(`/${name}.beam`))!));

function expectOnlyLoadError(bytes: Uint8Array, what: string): void {
  try {
    loadBeam(bytes);
  } catch (e) {
    if (!(e instanceof LoadError)) assert.fail(`${what}: ${(e as Error)?.constructor?.name}: ${(e as Error)?.message}`);
  }
}

test('truncation at many offsets gives only LoadError', () => {
  for (const name of ['lists', 'queue']) {
    const b = sample(name);
    const step = Math.max(1, Math.floor(b.length / 400));
    for (let cut = 0; cut < b.length; cut += step) expectOnlyLoadError(b.subarray(0, cut), `${name} cut at ${cut}`);
  }
});

test('flipped bytes give only LoadError (or a valid module)', () => {
  const b = sample('queue');
  let seed = 12345;
  const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  for (let i = 0; i < 1500; i++) {
    const c = b.slice();
    const n = 1 + Math.floor(rand() * 3);
    for (let k = 0; k < n; k++) c[Math.floor(rand() * c.length)] ^= 1 << Math.floor(rand() * 8);
    expectOnlyLoadError(c, `flip round ${i}`);
  }
});

test('error messages name the module, chunk and problem', () => {
  const b = sample('queue');
  assert.throws(() => loadBeam(new Uint8Array([1, 2, 3])), /not a BEAM file|too short/);
  assert.throws(() => loadBeam(b.subarray(0, 100)), LoadError);
  // an opcode beyond opcode_max in the Code chunk
  const c = b.slice();
  const code = findChunk(c, 'Code');
  const headSize = (c[code] << 24) | (c[code + 1] << 16) | (c[code + 2] << 8) | c[code + 3];
  c[code + 4 + headSize] = 190;
  assert.throws(() => loadBeam(c), /module queue: chunk 'Code': unsupported opcode 190 \(opcode_max \d+\)/);
  // a cut literal table
  const d = b.slice();
  const lit = findChunk(d, 'LitT');
  d[lit + 10] ^= 0xff;
  assert.throws(() => loadBeam(d), /chunk 'LitT'/);
});

function findChunk(b: Uint8Array, id: string): number {
  let p = 12;
  while (p < b.length) {
    const cid = String.fromCharCode(b[p], b[p + 1], b[p + 2], b[p + 3]);
    const size = (b[p + 4] << 24) | (b[p + 5] << 16) | (b[p + 6] << 8) | b[p + 7];
    if (cid === id) return p + 8;
    p += 8 + ((size + 3) & ~3);
  }
  throw new Error(`no chunk ${id}`);
}

test('deeply nested operand lists are rejected, not a stack overflow', () => {
  const b = sample('queue');
  const c = b.slice();
  const code = findChunk(c, 'Code');
  const headSize = (c[code] << 24) | (c[code + 1] << 16) | (c[code + 2] << 8) | c[code + 3];
  // rewrite the code as: select_val x0 f0 {list {list {list ...}}}
  let p = code + 4 + headSize;
  const end = code + ((c[code - 4] << 24) | (c[code - 3] << 16) | (c[code - 2] << 8) | c[code - 1]);
  c[p++] = 59; c[p++] = 0x03; c[p++] = 0x05;
  while (p + 2 < end) { c[p++] = 0x17; c[p++] = 0x10; }
  assert.throws(() => loadBeam(c), /nested operand list/);
});
