// What the packer needs to know about one .beam: for each function, the
// functions it calls (local and external), the funs it makes and the atoms
// it builds or passes as values (any of which may name a module handed to
// apply/spawn/a behaviour); the module's exports; whether it is an Elixir
// protocol or a protocol implementation. Also the chunk stripper that
// drops what the VM never reads (debug info, docs) before packing.

import { readChunks } from '../loader/chunks.js';
import { zlibInflate } from '../loader/inflate.js';
import { codeIndexChunk, loadBeam } from '../loader/beam.js';
import { INDEX_CHUNK } from '../loader/beam_index.js';
import { ExtList, FunEntry, Import, Label, Lit, type Operand } from '../loader/ir.js';
import { OPCODES } from '../loader/opcodes.js';
import { Atom, Cons, Fun, NIL, atom, type Term } from '../term/types.js';
import { ErlMap } from '../term/map.js';

/** What one function of a module references. */
export interface FunctionRefs {
  /** "name/arity" */
  name: string;
  /** an Elixir macro (or a fun inside one): runs only at compile time */
  macro: boolean;
  /** functions of this module it calls or makes funs of (indices into BeamInfo.functions) */
  locals: number[];
  /** external functions it calls or makes export funs of, as [module, "name/arity"] */
  calls: Array<[string, string]>;
  /** atoms it builds or passes as values that may name a module (handed to apply/spawn/behaviours) */
  values: string[];
  /** every atom it builds or passes as a value (function names for apply M:F among them) */
  names: string[];
}

export interface BeamInfo {
  module: string;
  /** every function, in code order */
  functions: FunctionRefs[];
  /** "name/arity" -> index into functions, for the exported ones */
  exports: Map<string, number>;
  /** an Elixir protocol: exports __protocol__/1 */
  isProtocol: boolean;
  /** an Elixir protocol implementation: the protocol and the type it is for */
  protocolImpl: { protocol: string; for: string } | null;
  /** atoms of the Attr chunk (-behaviour modules among them) */
  attributeAtoms: string[];
}

/**
 * Instructions whose atom operands are only compared with, never produced:
 * a function that matches on a module name does not produce that name.
 */
const TEST_OPS: ReadonlySet<number> = new Set(
  ['func_info', 'is_lt', 'is_ge', 'is_eq', 'is_ne', 'is_eq_exact', 'is_ne_exact', 'select_val',
    'is_tagged_tuple', 'has_map_fields', 'line', 'executable_line', 'debug_line']
    .map(opNumber).filter((i) => i > 0),
);
const LOCAL_CALLS: ReadonlySet<number> = new Set(['call', 'call_last', 'call_only'].map(opNumber));
const OP_FUNC_INFO = opNumber('func_info');

function opNumber(name: string): number {
  return OPCODES.findIndex((o) => o?.name === name);
}

/** Scan a .beam file's code and tables, function by function; a malformed file throws LoadError. */
export function scanBeam(bytes: Uint8Array): BeamInfo {
  const mod = loadBeam(bytes);
  // function k spans code [funcInfo_k, funcInfo_k+1): find it by binary search
  const starts = mod.functions.map((f) => f.funcInfo);
  const fnAt = (codeIndex: number): number => {
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= codeIndex) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const functions: FunctionRefs[] = mod.functions.map((f) => ({
    name: `${f.name.name}/${f.arity}`,
    macro: f.name.name.includes('MACRO-'),
    locals: [],
    calls: [],
    values: [],
    names: [],
  }));
  const exports = new Map<string, number>();
  mod.functions.forEach((f, i) => {
    if (mod.exports.get(`${f.name.name}/${f.arity}`) === f) exports.set(`${f.name.name}/${f.arity}`, i);
  });
  let cur: FunctionRefs | null = null;
  let values = new Set<string>();
  let names = new Set<string>();
  const flush = () => {
    if (cur !== null) {
      cur.values = [...values];
      cur.names = [...names];
    }
    values = new Set();
    names = new Set();
  };
  const operand = (o: Operand): void => {
    if (o instanceof Lit) {
      if (typeof o.value === 'number') return;
      collectValueAtoms(o.value, values, cur!.calls);
      collectAtoms(o.value, names);
    }
    else if (o instanceof ExtList) for (const i of o.items) operand(i);
    else if (o instanceof Import) cur!.calls.push([o.module.name, `${o.name.name}/${o.arity}`]);
    else if (o instanceof FunEntry) cur!.locals.push(fnAt(o.label));
  };
  for (let i = 0; i < mod.code.length; i++) {
    const ins = mod.code[i];
    if (ins.op === OP_FUNC_INFO) {
      flush();
      cur = functions[fnAt(i)];
      continue;
    }
    if (cur === null || TEST_OPS.has(ins.op)) continue;
    if (LOCAL_CALLS.has(ins.op)) {
      const target = ins.args[1];
      if (target instanceof Label && target.index >= 0) cur.locals.push(fnAt(target.index));
      continue;
    }
    for (const o of ins.args) operand(o);
  }
  flush();

  let protocolImpl: BeamInfo['protocolImpl'] = null;
  const attrAtoms = new Set<string>();
  const attrs = mod.attributes;
  collectAtoms(attrs, attrAtoms);
  for (let l = attrs; l instanceof Cons; l = l.tail) {
    const kv = l.head;
    if (!Array.isArray(kv) || kv.length !== 2 || !(kv[0] instanceof Atom)) continue;
    if (kv[0].name === '__impl__') {
      // Elixir's defimpl: -'__impl__'([{protocol, P}, {for, T}])
      let protocol: string | null = null, forType: string | null = null;
      for (let p = kv[1]; p instanceof Cons; p = p.tail) {
        const e = p.head;
        if (Array.isArray(e) && e.length === 2 && e[0] instanceof Atom && e[1] instanceof Atom) {
          if (e[0].name === 'protocol') protocol = e[1].name;
          else if (e[0].name === 'for') forType = e[1].name;
        }
      }
      if (protocol !== null && forType !== null) protocolImpl = { protocol, for: forType };
    }
  }
  return {
    module: mod.name.name,
    functions,
    exports,
    isProtocol: exports.has('__protocol__/1'),
    protocolImpl,
    attributeAtoms: [...attrAtoms],
  };
}

/** Every module name a scan mentions, any way (for tests and reports). */
export function mentionedModules(info: BeamInfo): Set<string> {
  const out = new Set<string>(info.attributeAtoms);
  for (const f of info.functions) {
    for (const v of f.values) out.add(v);
    for (const [m] of f.calls) out.add(m);
  }
  return out;
}

/** Every atom inside a term (for an export fun, its module). */
export function collectAtoms(t: Term, into: Set<string>): void {
  const stack: Term[] = [t];
  while (stack.length > 0) {
    const x = stack.pop()!;
    if (x instanceof Atom) into.add(x.name);
    else if (Array.isArray(x)) for (const e of x) stack.push(e);
    else if (x instanceof Cons) {
      let l: Term = x;
      for (; l instanceof Cons; l = l.tail) stack.push(l.head);
      stack.push(l);
    } else if (x instanceof ErlMap) {
      for (const [k, v] of x.entries()) stack.push(k, v);
    } else if (x instanceof Fun) {
      into.add(x.module.name);
      for (const e of x.env) stack.push(e);
    }
  }
}

const A_STRUCT = atom('__struct__');
const A_MACRO_ENV = atom('Elixir.Macro.Env');

/**
 * The atoms of a value the code builds or passes that could name a module.
 * Left out, as they name functions: the F of an {F, Arity} pair (export
 * lists); an {M, F, Arity | Args} triple (MFAs, child specs) and an export
 * fun count as calls of M:F/Arity. And the inside of an
 * Elixir Macro.Env (__ENV__): its requires/functions/macros lists name
 * what the compiler had in scope, used only by macro expansion, which
 * reaches the compiler through calls of its own.
 */
export function collectValueAtoms(t: Term, into: Set<string>, calls: Array<[string, string]>): void {
  const stack: Term[] = [t];
  while (stack.length > 0) {
    const x = stack.pop()!;
    if (x instanceof Atom) into.add(x.name);
    else if (Array.isArray(x)) {
      const n = x.length;
      if (n === 2 && x[0] instanceof Atom && typeof x[1] === 'number') continue;
      if (n === 3 && x[0] instanceof Atom && x[1] instanceof Atom && (typeof x[2] === 'number' || x[2] instanceof Cons || x[2] === NIL)) {
        // an MFA or {M, F, Args} (child specs, callbacks): a call of M:F
        let arity = 0;
        if (typeof x[2] === 'number') arity = x[2];
        else for (let l: Term = x[2]; l instanceof Cons; l = l.tail) arity++;
        calls.push([x[0].name, `${x[1].name}/${arity}`]);
        stack.push(x[2]);
        continue;
      }
      for (const e of x) stack.push(e);
    } else if (x instanceof Cons) {
      let l: Term = x;
      for (; l instanceof Cons; l = l.tail) stack.push(l.head);
      stack.push(l);
    } else if (x instanceof ErlMap) {
      if (x.get(A_STRUCT) === A_MACRO_ENV) {
        into.add(A_MACRO_ENV.name);
        continue;
      }
      for (const [k, v] of x.entries()) stack.push(k, v);
    } else if (x instanceof Fun) {
      if (x.kind === 1) calls.push([x.module.name, `${x.name.name}/${x.arity}`]);
      else into.add(x.module.name);
      for (const e of x.env) stack.push(e);
    }
  }
}

/**
 * The chunks a packed module keeps: what the loader reads (code, tables,
 * literals, types) plus Line (file:line in stack traces), Attr and CInf
 * (module_info/1), Meta (part of the module's MD5). Dropped: Dbgi, Abst,
 * Docs, ExCk, ExDp, and LocT (local functions: only beam_lib reads it, from
 * files) — anything the runtime never reads.
 */
export const KEPT_CHUNKS: ReadonlySet<string> = new Set([
  'AtU8', 'Atom', 'Code', 'StrT', 'ImpT', 'ExpT', 'FunT', 'LitT', 'LitU',
  'Line', 'Attr', 'CInf', 'Type', 'Meta',
]);

/**
 * The .beam rebuilt with only the chunks in `keep` (in their original
 * order). `literalsU`: LitT stored inflated as LitU (packbeam's form), so
 * the gzip of the whole pack compresses literals with the rest and the
 * loader skips the inflate. `index`: a PcIx chunk added (beam_index.ts):
 * the code scan the loader would do, done now, and the module's MD5 as
 * compiled (which module_info(md5) reports whatever form LitT takes).
 */
export function stripBeam(bytes: Uint8Array, keep: ReadonlySet<string> = KEPT_CHUNKS, literalsU = false, index = false): Uint8Array {
  const file = readChunks(bytes);
  const kept: Array<{ id: string; data: Uint8Array }> = file.list.filter((c) => keep.has(c.id));
  if (literalsU) {
    const at = kept.findIndex((c) => c.id === 'LitT');
    if (at >= 0) kept[at] = { id: 'LitU', data: inflateLitT(kept[at].data) };
  }
  if (index) kept.push({ id: INDEX_CHUNK, data: codeIndexChunk(file.bytes) });
  let size = 4; // 'BEAM'
  for (const c of kept) size += 8 + ((c.data.length + 3) & ~3);
  const out = new Uint8Array(8 + size);
  const dv = new DataView(out.buffer);
  const ascii = (s: string, at: number) => {
    for (let i = 0; i < 4; i++) out[at + i] = s.charCodeAt(i);
  };
  ascii('FOR1', 0);
  dv.setUint32(4, size);
  ascii('BEAM', 8);
  let p = 12;
  for (const c of kept) {
    ascii(c.id, p);
    dv.setUint32(p + 4, c.data.length);
    out.set(c.data, p + 8);
    p += 8 + ((c.data.length + 3) & ~3);
  }
  return out;
}

/** A LitT chunk's table inflated: <u32 size> <zlib data> -> the table. */
function inflateLitT(data: Uint8Array): Uint8Array {
  const size = new DataView(data.buffer, data.byteOffset, data.byteLength).getUint32(0);
  // OTP 28+ writes the table uncompressed, declaring 0
  if (size === 0) return data.subarray(4);
  const out = zlibInflate(data.subarray(4), size);
  if (out.length !== size) throw new Error(`literals inflate to ${out.length} bytes, ${size} declared`);
  return out;
}
