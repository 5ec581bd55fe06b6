// The "PcIx" chunk: where each function of a module's Code chunk begins,
// found when `popcorn pack` checks the module and stored beside it, so
// that loading a packed module skips the scan (code_scan.ts). It also
// keeps the module's MD5 as erlc wrote it: pack stores the literal table
// inflated (LitU), which changes the bytes the MD5 is computed from.
//
// Layout (numbers are unsigned LEB128 unless said otherwise):
//   version (byte, 1)  flags (byte; bit 0: an MD5 follows)  [md5: 16 bytes]
//   code size (the Code chunk's byte length)  label count  instruction count
//   function count, then per function: its first instruction (the labels
//     and lines before its func_info) and that instruction's byte offset
//     in the chunk, each as the difference from the previous function's
//   on_load count, then each on_load instruction's index
// Kept small (a bundle carries it for every module): what a function's
// head says (its name, arity, entry, the labels there) is read from the
// code at load; the labels inside a body are placed when the body is
// decoded (lazy_code.ts). Trusted only as far as cheap checks go: the
// numbers must fit the Code chunk and each function head must be one
// (otherwise a LoadError, and the loader scans instead); the decode checks
// that each function ends where the next begins.

import { CompactReader, TAG_A, TAG_U } from './compact.js';
import { LoadError } from './cursor.js';
import type { ScannedCode } from './code_scan.js';
import type { FunctionInfo } from './ir.js';
import { Op } from './opcodes.js';
import type { Atom } from '../term/types.js';

export const INDEX_CHUNK = 'PcIx';
const VERSION = 1;
const HAS_MD5 = 1;

/** The chunk's data for a scanned Code chunk of `codeSize` bytes. */
export function encodeCodeIndex(s: ScannedCode, labelCount: number, codeSize: number, md5: Uint8Array | null): Uint8Array {
  const out: number[] = [VERSION, md5 !== null ? HAS_MD5 : 0];
  if (md5 !== null) for (let i = 0; i < 16; i++) out.push(md5[i]);
  const u = (v: number) => {
    if (v < 0 || !Number.isSafeInteger(v)) throw new RangeError(`code index: ${v} is not a natural number`);
    while (v >= 0x80) {
      out.push((v & 0x7f) | 0x80);
      v = Math.floor(v / 128);
    }
    out.push(v);
  };
  u(codeSize);
  u(labelCount);
  u(s.count);
  const nf = s.functions.length;
  u(nf);
  let prevStart = 0, prevByte = 0;
  for (let k = 0; k < nf; k++) {
    u(s.starts[k] - prevStart);
    u(s.startBytes[k] - prevByte);
    prevStart = s.starts[k];
    prevByte = s.startBytes[k];
  }
  u(s.onLoad.length);
  for (const i of s.onLoad) u(i);
  return Uint8Array.from(out);
}

export interface CodeIndex {
  /** the module's MD5 as compiled (null: none stored) */
  md5: Uint8Array | null;
  /**
   * The scan's result, but for the labels inside function bodies (-1
   * until their function is decoded); null when the index does not fit
   * the code, with the reason in `problem`.
   */
  scanned: ScannedCode | null;
  problem: string;
}

/**
 * Read a PcIx chunk against the Code chunk it claims to describe (`r`:
 * positioned at the first instruction), the label count of its header and
 * the module's atoms. Never throws: a malformed MD5 part gives md5 null, a
 * code part that does not fit gives scanned null and the reason.
 */
export function readCodeIndex(data: Uint8Array, r: CompactReader, labelCount: number, atoms: Atom[]): CodeIndex {
  const res: CodeIndex = { md5: null, scanned: null, problem: '' };
  if (data.length < 2 || data[0] !== VERSION) {
    res.problem = `unknown code index version ${data.length > 0 ? data[0] : '(empty)'}`;
    return res;
  }
  let pos = 2;
  if ((data[1] & HAS_MD5) !== 0) {
    if (data.length < 18) {
      res.problem = 'code index truncated';
      return res;
    }
    res.md5 = data.slice(2, 18);
    pos = 18;
  }
  try {
    res.scanned = readCode(data, pos, r, labelCount, atoms);
  } catch (e) {
    if (!(e instanceof LoadError)) throw e;
    res.problem = e.message;
  }
  return res;
}

function fail(what: string): never {
  throw new LoadError(`code index does not fit the code: ${what}`);
}

function readCode(data: Uint8Array, pos: number, code: CompactReader, labelCount: number, atoms: Atom[]): ScannedCode {
  const end = data.length;
  const u = (): number => {
    let v = 0, mul = 1;
    for (;;) {
      if (pos >= end) fail('truncated');
      const b = data[pos++];
      v += (b & 0x7f) * mul;
      if (b < 0x80) return v;
      mul *= 128;
      if (mul > 2 ** 35) fail('number too large');
    }
  };
  const codeStart = code.pos;
  const codeSize = code.end;
  if (u() !== codeSize) fail('Code chunk size differs');
  if (u() !== labelCount) fail('label count differs');
  const count = u();
  // every instruction takes at least a byte
  if (count > codeSize - codeStart) fail(`${count} instructions`);
  const nf = u();
  if (nf > count) fail(`${nf} functions`);
  const starts = new Int32Array(nf);
  const startBytes = new Int32Array(nf);
  let prevStart = 0, prevByte = 0;
  for (let k = 0; k < nf; k++) {
    const ds = u(), db = u();
    if (k > 0 && (ds === 0 || db === 0)) fail(`function ${k} is empty`);
    starts[k] = prevStart += ds;
    startBytes[k] = prevByte += db;
  }
  if (nf > 0 && (starts[nf - 1] >= count || startBytes[0] < codeStart || prevByte >= codeSize)) fail('functions beyond the code');
  const nl = u();
  if (nl > nf + 1) fail(`${nl} on_load instructions`);
  const onLoad: number[] = [];
  for (let i = 0; i < nl; i++) {
    const at = u();
    if (at >= count) fail(`on_load at ${at}`);
    onLoad.push(at);
  }
  if (pos !== end) fail(`${end - pos} bytes left over`);

  const labels = new Int32Array(labelCount).fill(-1);
  const functions: FunctionInfo[] = new Array(nf);
  for (let k = 0; k < nf; k++) {
    const limit = k + 1 < nf ? startBytes[k + 1] : codeSize;
    const nextIndex = k + 1 < nf ? starts[k + 1] : count;
    functions[k] = readHead(code, startBytes[k], limit, starts[k], nextIndex, labels, atoms);
  }
  return { count, labels, functions, starts, startBytes, onLoad };
}

/**
 * A function's head, from its first instruction (at byte `at`, index
 * `index`): labels and lines, func_info, lines, its entry label. Places
 * those labels. Everything must lie before the next function's start.
 */
function readHead(r: CompactReader, at: number, limit: number, index: number, nextIndex: number, labels: Int32Array, atoms: Atom[]): FunctionInfo {
  const buf = r.buf;
  r.pos = at;
  let fi: FunctionInfo | null = null;
  for (;;) {
    if (r.pos >= limit || index >= nextIndex) fail(`function at byte ${at} has no entry`);
    const op = buf[r.pos++];
    if (op === Op.label) {
      if (r.readTagged() !== TAG_U || r.big !== null) fail(`bad label at byte ${at}`);
      const n = r.val;
      if (n === 0 || n >= labels.length || labels[n] !== -1) fail(`label ${n} at byte ${at}`);
      labels[n] = index;
      if (fi !== null) {
        fi.entry = index;
        if (r.pos > limit) fail(`function at byte ${at} overlaps the next`);
        return fi;
      }
    } else if (op === Op.line) {
      if (r.readTagged() !== TAG_U) fail(`bad line at byte ${at}`);
    } else if (op === Op.func_info && fi === null) {
      const mt = r.readTagged(), m = r.val;
      const nt = r.readTagged(), n = r.val;
      const at3 = r.readTagged(), a = r.val;
      if (mt !== TAG_A || m !== 1 || nt !== TAG_A || n === 0 || n >= atoms.length || at3 !== TAG_U || a > 255) fail(`bad func_info at byte ${at}`);
      fi = { name: atoms[n], arity: a, entry: -1, funcInfo: index };
    } else {
      fail(`function at byte ${at} starts with opcode ${op}`);
    }
    index++;
  }
}
