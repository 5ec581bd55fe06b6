// Lazily loaded code (loadBeam's lazy option): the scan checks what the
// full decode checks, and each function decoded on demand equals the same
// function decoded with the whole module.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { LoadError, loadBeam } from '../../../src/loader/beam.js';
import { AllocList, ExtList, FunEntry, Import, Label, Lit, OP_UNDECODED, Reg, type Module, type Operand } from '../../../src/loader/ir.js';
import { formatTerm } from '../../../src/term/print.js';
import { readChunks } from '../../../src/loader/chunks.js';
import { beamDirs, beamFiles, buildBeam } from './erl_helpers.js';

const dirs = beamDirs();
const stdlib = dirs.find((d) => d.includes('/stdlib-'))!;
const elixir = dirs.find((d) => d.endsWith('/elixir/ebin'));
const pathIn = (dir: string, name: string) => beamFiles(dir).find((f) => f.endsWith(`/${name}.beam`))!;
const read = (p: string) => new Uint8Array(readFileSync(p));

function operandText(a: Operand): string {
  if (typeof a === 'number') return String(a);
  if (a instanceof Reg) return `r${a.k}:${a.n}:${a.type}`;
  if (a instanceof Lit) return `'${formatTerm(a.value)}`;
  if (a instanceof Label) return `L${a.index}`;
  if (a instanceof ExtList) return `[${a.items.map(operandText).join(',')}]`;
  if (a instanceof AllocList) return `{${a.words},${a.floats},${a.funs}}`;
  if (a instanceof Import) return `${a.module.name}:${a.name.name}/${a.arity}`;
  if (a instanceof FunEntry) return `fun${a.index}@${a.label}`;
  return '?';
}

function codeText(m: Module): string[] {
  return m.code.map((ins) => `${ins.op} ${ins.args.map(operandText).join(' ')}`);
}

function assertSameModule(path: string): void {
  const bytes = read(path);
  const eager = loadBeam(bytes);
  const lazy = loadBeam(bytes, { lazy: true });
  assert.ok(lazy.lazy !== undefined);
  assert.equal(lazy.code.length, eager.code.length, path);
  assert.deepEqual([...lazy.labels], [...eager.labels], path);
  assert.deepEqual(lazy.functions, eager.functions, path);
  assert.deepEqual([...lazy.exports.keys()], [...eager.exports.keys()], path);
  // decode in an order other than the code's, as calls would
  const fs = lazy.functions;
  for (let i = fs.length - 1; i >= 0; i -= 2) lazy.lazy!.decodeAt(fs[i].entry);
  lazy.lazy!.decodeAll();
  assert.ok(lazy.code.every((ins) => ins.op !== OP_UNDECODED), path);
  assert.deepEqual(codeText(lazy), codeText(eager), path);
  assert.deepEqual(lazy.literals.map(formatTerm), eager.literals.map(formatTerm), path);
}

test('lazily decoded code equals the whole-module decode', () => {
  const names = ['lists', 'gen_server', 'io_lib_format', 'maps', 'proplists', 'unicode_util', 'binary', 'string'];
  for (const n of names) assertSameModule(pathIn(stdlib, n));
  if (elixir !== undefined) {
    for (const n of ['Elixir.Enum', 'Elixir.Kernel', 'Elixir.String', 'Elixir.Kernel.CLI', 'elixir_erl_pass']) assertSameModule(pathIn(elixir, n));
  }
});

test('functions start where the VM expects them, and nothing is decoded at load', () => {
  const m = loadBeam(read(pathIn(stdlib, 'lists')), { lazy: true });
  assert.ok(m.code.every((ins) => ins.op === OP_UNDECODED));
  const starts = m.lazy!.functionStarts;
  assert.equal(starts.length, m.functions.length);
  m.lazy!.decodeAll();
  m.functions.forEach((f, i) => {
    let s = f.funcInfo;
    while (s > 0 && (m.code[s - 1].op === 1 || m.code[s - 1].op === 153)) s--;
    assert.equal(starts[i], s);
  });
});

test('lazy and whole-module loads reject the same damaged files, with LoadError only', () => {
  const b = read(pathIn(stdlib, 'queue'));
  let seed = 4242;
  const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const outcome = (f: () => unknown): string => {
    try {
      f();
      return 'ok';
    } catch (e) {
      if (!(e instanceof LoadError)) assert.fail(`${(e as Error)?.constructor?.name}: ${(e as Error)?.message}`);
      return 'LoadError';
    }
  };
  let failures = 0;
  for (let i = 0; i < 1200; i++) {
    const c = b.slice();
    const n = 1 + Math.floor(rand() * 3);
    for (let k = 0; k < n; k++) c[Math.floor(rand() * c.length)] ^= 1 << Math.floor(rand() * 8);
    const eager = outcome(() => loadBeam(c));
    let lazyMod: Module | null = null;
    const lazyLoad = outcome(() => (lazyMod = loadBeam(c, { lazy: true })));
    // a damaged literal term is found only when decoded
    const later = lazyMod === null ? lazyLoad : outcome(() => {
      lazyMod!.lazy!.decodeAll();
      return lazyMod!.literals;
    });
    assert.equal(later, eager, `flip round ${i}`);
    if (eager !== 'ok') failures++;
  }
  assert.ok(failures > 100);
});

test('a damaged literal term is a LoadError naming it when its function is first decoded', () => {
  const { list } = readChunks(read(pathIn(stdlib, 'io_lib_format')));
  const chunks: [string, Uint8Array][] = list.map((c) => {
    if (c.id !== 'LitT') return [c.id, c.data];
    // as LitU (uncompressed), the first literal's version byte spoilt
    const table = new Uint8Array(inflateSync(c.data.subarray(4)));
    table[8] = 0;
    return ['LitU', table];
  });
  const bytes = buildBeam(chunks);
  assert.throws(() => loadBeam(bytes), /module io_lib_format: chunk 'LitU': literal 0: malformed external term/);
  const m = loadBeam(bytes, { lazy: true });
  assert.throws(() => m.lazy!.decodeAll(), /module io_lib_format: chunk 'LitU': literal 0: malformed external term/);
});
