// The natives of the `binary` module (those OTP 25's binary.erl leaves as
// nif_error stubs; bin_to_list, replace, encode_hex, decode_hex run from
// binary.beam) and the bitstring BIFs of `erlang`.

import { Bitstring, Cons, NIL, atom, bool, type Term, type Tuple } from '../term/types.js';
import { badarg } from '../vm/exception.js';
import { iolistToIovec } from './binary_iovec.js';
import { defineNatives } from './registry.js';
import { readInt, writeInt } from '../vm/bitsyntax_bits.js';
import { MatchState, remaining } from '../vm/bitsyntax.js';
import { ioSizeBits, ioFill, ioToBitstring } from './binary_iolist.js';

const A_NOMATCH = atom('nomatch');
const A_SCOPE = atom('scope');
const A_GLOBAL = atom('global');
const A_TRIM = atom('trim');
const A_TRIM_ALL = atom('trim_all');
const A_BIG = atom('big');
const A_LITTLE = atom('little');
const A_BM = atom('bm');
const A_AC = atom('ac');

function isInt(t: Term): t is number {
  return typeof t === 'number';
}

/** A binary (whole bytes) or badarg. */
function binArg(t: Term): Bitstring {
  if (t instanceof Bitstring && (t.bitSize & 7) === 0) return t;
  return badarg();
}

/** The subject's bytes as a view (copied only when not byte-aligned). */
function bytes(b: Bitstring): Uint8Array {
  if ((b.bitOffset & 7) === 0) {
    const s = b.bitOffset >>> 3;
    return b.data.subarray(s, s + (b.bitSize >>> 3));
  }
  const n = b.bitSize >>> 3;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = readInt(b.data, b.bitOffset + i * 8, 8, false, false) as number;
  return out;
}

/** A sub-binary of `b` sharing its memory: bytes [start, start+len). */
function sub(b: Bitstring, start: number, len: number): Bitstring {
  return new Bitstring(b.data, b.bitOffset + start * 8, len * 8, b.extent);
}

/** {Pos, Len} normalised to [start, end) within size bytes, or badarg. Len may be negative. */
function range(size: number, pos: Term, len: Term): [number, number] {
  if (!isInt(pos) || !isInt(len)) return badarg();
  const start = len < 0 ? pos + len : pos;
  const end = len < 0 ? pos : pos + len;
  if (start < 0 || end > size || start > size) return badarg();
  return [start, end];
}

function part(b: Term, pos: Term, len: Term): Bitstring {
  if (!(b instanceof Bitstring)) return badarg();
  const [s, e] = range(b.bitSize >>> 3, pos, len);
  return sub(b, s, e - s);
}

function posLen(t: Term): [Term, Term] {
  if (Array.isArray(t) && t.length === 2) return [t[0], t[1]];
  return badarg();
}

// ------------------------------------------------------------ patterns

class Pattern {
  /** first-byte filter: firstSet[b] is true when some pattern starts with b */
  readonly firstSet = new Uint8Array(256);
  constructor(readonly pats: Uint8Array[]) {
    for (const p of pats) this.firstSet[p[0]] = 1;
  }
}

const compiled = new WeakMap<Tuple, Pattern>();

function parsePattern(t: Term): Pattern {
  if (Array.isArray(t)) {
    const p = compiled.get(t);
    if (p !== undefined) return p;
    if (t.length === 2 && (t[0] === A_BM || t[0] === A_AC)) {
      const q = parsePattern(t[1]);
      compiled.set(t, q);
      return q;
    }
    return badarg();
  }
  if (t instanceof Bitstring) {
    const b = binArg(t);
    if (b.bitSize === 0) badarg();
    return new Pattern([bytes(b).slice()]);
  }
  if (t instanceof Cons) {
    const pats: Uint8Array[] = [];
    let l: Term = t;
    while (l instanceof Cons) {
      const h = l.head;
      if (!(h instanceof Bitstring) || (h.bitSize & 7) !== 0 || h.bitSize === 0) return badarg();
      pats.push(bytes(h).slice());
      l = l.tail;
    }
    if (l !== NIL) badarg();
    return new Pattern(pats);
  }
  return badarg();
}

/**
 * Leftmost match in hay[from, to), longest pattern among those starting
 * there. Writes the result to `found` and returns true when there is one.
 */
const found = { pos: 0, len: 0 };
function search(hay: Uint8Array, from: number, to: number, pat: Pattern): boolean {
  const pats = pat.pats;
  if (pats.length === 1) {
    const p = pats[0];
    const m = p.length;
    const first = p[0];
    const last = to - m;
    let i = from;
    while (i <= last) {
      i = hay.indexOf(first, i);
      if (i < 0 || i > last) return false;
      let k = 1;
      while (k < m && hay[i + k] === p[k]) k++;
      if (k === m) {
        found.pos = i;
        found.len = m;
        return true;
      }
      i++;
    }
    return false;
  }
  const set = pat.firstSet;
  for (let i = from; i < to; i++) {
    if (set[hay[i]] === 0) continue;
    let best = -1;
    for (const p of pats) {
      const m = p.length;
      if (m <= best || i + m > to) continue;
      let k = 0;
      while (k < m && hay[i + k] === p[k]) k++;
      if (k === m) best = m;
    }
    if (best > 0) {
      found.pos = i;
      found.len = best;
      return true;
    }
  }
  return false;
}

interface Opts {
  start: number;
  end: number;
  global: boolean;
  trim: boolean;
  trimAll: boolean;
}

function parseOpts(t: Term, size: number, splitOpts: boolean): Opts {
  const o: Opts = { start: 0, end: size, global: false, trim: false, trimAll: false };
  while (t instanceof Cons) {
    const h = t.head;
    if (Array.isArray(h) && h.length === 2 && h[0] === A_SCOPE) {
      const [s, e] = range(size, ...posLen(h[1]));
      o.start = s;
      o.end = e;
    } else if (splitOpts && h === A_GLOBAL) o.global = true;
    else if (splitOpts && h === A_TRIM) o.trim = true;
    else if (splitOpts && h === A_TRIM_ALL) o.trimAll = true;
    else badarg();
    t = t.tail;
  }
  if (t !== NIL) badarg();
  return o;
}

function match(subject: Term, pattern: Term, opts: Term): Term {
  const b = binArg(subject);
  const pat = parsePattern(pattern);
  const hay = bytes(b);
  const o = parseOpts(opts, hay.length, false);
  if (!search(hay, o.start, o.end, pat)) return A_NOMATCH;
  return [found.pos, found.len];
}

function matches(subject: Term, pattern: Term, opts: Term): Term {
  const b = binArg(subject);
  const pat = parsePattern(pattern);
  const hay = bytes(b);
  const o = parseOpts(opts, hay.length, false);
  const out: Term[] = [];
  let i = o.start;
  while (i < o.end && search(hay, i, o.end, pat)) {
    out.push([found.pos, found.len]);
    i = found.pos + found.len;
  }
  let l: Term = NIL;
  for (let k = out.length - 1; k >= 0; k--) l = new Cons(out[k], l);
  return l;
}

function split(subject: Term, pattern: Term, opts: Term): Term {
  const b = binArg(subject);
  const pat = parsePattern(pattern);
  const hay = bytes(b);
  const o = parseOpts(opts, hay.length, true);
  const parts: Bitstring[] = [];
  let last = 0;
  let i = o.start;
  while (i < o.end && search(hay, i, o.end, pat)) {
    parts.push(sub(b, last, found.pos - last));
    last = found.pos + found.len;
    i = last;
    if (!o.global) break;
  }
  parts.push(sub(b, last, hay.length - last));
  let l: Term = NIL;
  let k = parts.length - 1;
  if (o.trim || o.trimAll) while (k >= 0 && parts[k].bitSize === 0) k--;
  for (; k >= 0; k--) {
    if (o.trimAll && parts[k].bitSize === 0) continue;
    l = new Cons(parts[k], l);
  }
  return l;
}

// ------------------------------------------------------------ the rest of binary

function endianness(t: Term): boolean {
  if (t === A_BIG) return false;
  if (t === A_LITTLE) return true;
  return badarg();
}

function decodeUnsigned(t: Term, end: Term): Term {
  const little = endianness(end);
  const b = binArg(t);
  return readInt(b.data, b.bitOffset, b.bitSize, little, false);
}

function encodeUnsigned(t: Term, end: Term): Term {
  const little = endianness(end);
  let n: number;
  if (typeof t === 'number') {
    if (t < 0) badarg();
    n = 1;
    while (t >= 2 ** (8 * n)) n++;
  } else if (typeof t === 'bigint') {
    if (t < 0n) badarg();
    n = (t.toString(16).length + 1) >>> 1;
  } else return badarg();
  const out = new Uint8Array(n);
  writeInt(out, 0, t, n * 8, little);
  return new Bitstring(out, 0, n * 8);
}

function copy(t: Term, times: Term): Term {
  const b = binArg(t);
  if (!isInt(times) || times < 0) return badarg();
  const src = bytes(b);
  const out = new Uint8Array(src.length * times);
  for (let i = 0; i < times; i++) out.set(src, i * src.length);
  return new Bitstring(out, 0, out.length * 8);
}

function binaryList(t: Term): Uint8Array[] {
  const out: Uint8Array[] = [];
  while (t instanceof Cons) {
    out.push(bytes(binArg(t.head)));
    t = t.tail;
  }
  if (t !== NIL || out.length === 0) badarg();
  return out;
}

function longestCommonPrefix(t: Term): Term {
  const bs = binaryList(t);
  let n = bs[0].length;
  for (let j = 1; j < bs.length; j++) {
    const b = bs[j];
    let k = 0;
    const m = Math.min(n, b.length);
    while (k < m && b[k] === bs[0][k]) k++;
    n = k;
  }
  return n;
}

function longestCommonSuffix(t: Term): Term {
  const bs = binaryList(t);
  const a = bs[0];
  let n = a.length;
  for (let j = 1; j < bs.length; j++) {
    const b = bs[j];
    let k = 0;
    const m = Math.min(n, b.length);
    while (k < m && b[b.length - 1 - k] === a[a.length - 1 - k]) k++;
    n = k;
  }
  return n;
}

function at(t: Term, pos: Term): Term {
  const b = binArg(t);
  if (!isInt(pos) || pos < 0 || pos >= b.bitSize >>> 3) return badarg();
  return readInt(b.data, b.bitOffset + pos * 8, 8, false, false);
}

function listToBinary(t: Term): Term {
  if (!(t instanceof Cons) && t !== NIL) return badarg();
  return ioToBitstring(t, false) ?? badarg();
}

function compilePattern(t: Term): Term {
  const p = parsePattern(t);
  const tag = p.pats.length === 1 ? A_BM : A_AC;
  const cp: Tuple = [tag, t];
  compiled.set(cp, p);
  return cp;
}

defineNatives('binary', {
  'at/2': at,
  'compile_pattern/1': compilePattern,
  'copy/1': (b) => copy(b, 1),
  'copy/2': copy,
  'decode_unsigned/1': (b) => decodeUnsigned(b, A_BIG),
  'decode_unsigned/2': decodeUnsigned,
  'encode_unsigned/1': (i) => encodeUnsigned(i, A_BIG),
  'encode_unsigned/2': encodeUnsigned,
  'first/1': (b) => at(b, 0),
  'last/1': (t) => {
    const b = binArg(t);
    return at(b, (b.bitSize >>> 3) - 1);
  },
  'list_to_bin/1': listToBinary,
  'longest_common_prefix/1': longestCommonPrefix,
  'longest_common_suffix/1': longestCommonSuffix,
  'match/2': (s, p) => match(s, p, NIL),
  'match/3': match,
  'matches/2': (s, p) => matches(s, p, NIL),
  'matches/3': matches,
  'part/2': (b, pl) => part(b, ...posLen(pl)),
  'part/3': part,
  'referenced_byte_size/1': (t) => {
    if (!(t instanceof Bitstring)) return badarg();
    // Buffers up to 64 bytes are heap binaries on the BEAM: parts of them are copies.
    return t.data.length <= 64 ? (t.bitSize + 7) >>> 3 : t.data.length;
  },
  'split/2': (s, p) => split(s, p, NIL),
  'split/3': split,
});

// ------------------------------------------------------------ erlang bitstring BIFs

function bytesToList(b: Bitstring, from: number, to: number, tail: Term): Term {
  let l = tail;
  const d = b.data;
  if ((b.bitOffset & 7) === 0) {
    const o = b.bitOffset >>> 3;
    for (let i = to - 1; i >= from; i--) l = new Cons(d[o + i], l);
  } else {
    for (let i = to - 1; i >= from; i--) l = new Cons(readInt(d, b.bitOffset + i * 8, 8, false, false), l);
  }
  return l;
}

defineNatives('erlang', {
  // OTP 26+ compilers may pass a match context (it stands for the binary
  // still to match, so its size is what remains from the current position).
  'byte_size/1': (t) => {
    if (!(t instanceof Bitstring)) return t instanceof MatchState ? (remaining(t) + 7) >>> 3 : badarg();
    return (t.bitSize + 7) >>> 3;
  },
  'bit_size/1': (t) => {
    if (!(t instanceof Bitstring)) return t instanceof MatchState ? remaining(t) : badarg();
    return t.bitSize;
  },
  'is_binary/1': (t) => bool(t instanceof Bitstring && (t.bitSize & 7) === 0),
  'is_bitstring/1': (t) => bool(t instanceof Bitstring),
  'binary_part/2': (b, pl) => part(b, ...posLen(pl)),
  'binary_part/3': part,
  'split_binary/2': (t, pos) => {
    if (!(t instanceof Bitstring) || !isInt(pos) || pos < 0 || pos * 8 > t.bitSize) return badarg();
    return [
      new Bitstring(t.data, t.bitOffset, pos * 8, t.extent),
      new Bitstring(t.data, t.bitOffset + pos * 8, t.bitSize - pos * 8, t.extent),
    ];
  },
  'list_to_binary/1': listToBinary,
  'iolist_to_binary/1': (t) => {
    if (t instanceof Bitstring) return (t.bitSize & 7) === 0 ? t : badarg();
    return listToBinary(t);
  },
  'iolist_size/1': (t) => {
    const n = ioSizeBits(t, false);
    if (n < 0 || !(t instanceof Cons || t === NIL || t instanceof Bitstring)) return badarg();
    return n / 8;
  },
  'list_to_bitstring/1': (t) => {
    if (!(t instanceof Cons) && t !== NIL) return badarg();
    return ioToBitstring(t, true) ?? badarg();
  },
  'binary_to_list/1': (t) => {
    const b = binArg(t);
    return bytesToList(b, 0, b.bitSize >>> 3, NIL);
  },
  'binary_to_list/3': (t, start, stop) => {
    const b = binArg(t);
    if (!isInt(start) || !isInt(stop) || start < 1 || stop < start || stop > b.bitSize >>> 3) return badarg();
    return bytesToList(b, start - 1, stop, NIL);
  },
  'bitstring_to_list/1': (t) => {
    if (!(t instanceof Bitstring)) return badarg();
    const whole = t.bitSize >>> 3;
    const rem = t.bitSize & 7;
    const tail: Term = rem === 0 ? NIL : new Cons(new Bitstring(t.data, t.bitOffset + whole * 8, rem), NIL);
    return bytesToList(t, 0, whole, tail);
  },
  'iolist_to_iovec/1': iolistToIovec,
});

// Re-exported for other natives (unicode, io, ...) that flatten iolists.
export { ioSizeBits, ioFill, ioToBitstring };
