// The pure operations behind the bit-syntax opcodes (genop.tab: bs_*).
// The executor owns registers and fail labels; it calls these functions:
// matching getters return null/false on a failed match (never throw),
// construction throws ErlangException (badarg / system_limit) which the
// executor turns into a jump when the instruction has a non-zero fail label.
//
// Field flags are the bitmask beam_asm encodes for bs_get_*/bs_put_*
// (`fieldFlags()` also converts the OTP 25+ literal flag lists of
// bs_create_bin / bs_match into the same mask).

import { Atom, BinExtent, Bitstring, Cons, Float, atom, type Term } from '../term/types.js';
import { CLASS_ERROR, ErlangException, badarg, systemLimit } from './exception.js';
import { ErlMap } from '../term/map.js';
import { copyBits, readFloat, readInt, readSmall, writeFloat, writeInt, writeSmall } from './bitsyntax_bits.js';

export const BSF_ALIGNED = 1;
export const BSF_LITTLE = 2;
export const BSF_SIGNED = 4;
export const BSF_EXACT = 8;
export const BSF_NATIVE = 16;
/** Little-endian in effect: `little`, or `native` on a little-endian host (the BEAM hosts we mirror). */
const LE_MASK = BSF_LITTLE | BSF_NATIVE;

const A_LITTLE = atom('little');
const A_NATIVE = atom('native');
const A_SIGNED = atom('signed');
const A_ALIGNED = atom('aligned');
const A_EXACT = atom('exact');
const A_ALL = atom('all');

/** Flags operand -> bitmask: an integer mask, [] / nil, or a list of flag atoms. */
export function fieldFlags(t: Term): number {
  if (typeof t === 'number') return t;
  let m = 0;
  while (t instanceof Cons) {
    const f = t.head;
    if (f === A_LITTLE) m |= BSF_LITTLE;
    else if (f === A_NATIVE) m |= BSF_NATIVE;
    else if (f === A_SIGNED) m |= BSF_SIGNED;
    else if (f === A_ALIGNED) m |= BSF_ALIGNED;
    else if (f === A_EXACT) m |= BSF_EXACT;
    t = t.tail;
  }
  return m;
}

// Largest field/binary we agree to build: beyond this the BEAM reports
// system_limit on 64-bit hosts; we also cannot allocate it.
const MAX_BITS = 2 ** 35 * 8;

/**
 * Size operand * unit as a bit count, for matching: -1 when the size is not
 * a non-negative integer or is absurdly large (the match fails).
 */
export function matchBits(size: Term, unit: number): number {
  if (typeof size === 'number') {
    if (size < 0) return -1;
    const b = size * unit;
    return b <= MAX_BITS ? b : -1;
  }
  return -1;
}

// ---------------------------------------------------------------- matching

/** A match context. Lives in an x/y register; not a Term. */
export class MatchState {
  /** bs_save2 / bs_restore2 slots (pre-OTP 22 code); created on demand. */
  saved: number[] | null = null;
  constructor(
    public bin: Bitstring,
    /** bit position relative to bin's start (0..bin.bitSize) */
    public pos: number,
  ) {}
}

/** bs_start_match2/3/4: a new context, the same one when given a context, null for a non-bitstring. */
export function startMatch(t: Term | MatchState): MatchState | null {
  if (t instanceof Bitstring) return new MatchState(t, 0);
  if (t instanceof MatchState) return t;
  return null;
}

/** The bits left to match. */
export function remaining(ms: MatchState): number {
  return ms.bin.bitSize - ms.pos;
}

export function getInteger(ms: MatchState, bits: number, flags: number): number | bigint | null {
  const bin = ms.bin;
  if (bits < 0 || bin.bitSize - ms.pos < bits) return null;
  const p = bin.bitOffset + ms.pos;
  ms.pos += bits;
  if (bits === 8 && (flags & BSF_SIGNED) === 0) return readSmall(bin.data, p, 8);
  return readInt(bin.data, p, bits, (flags & LE_MASK) !== 0, (flags & BSF_SIGNED) !== 0);
}

/** 16/32/64-bit floats; NaN and infinities do not match. */
export function getFloat(ms: MatchState, bits: number, flags: number): Float | null {
  if (bits !== 64 && bits !== 32 && bits !== 16) return null;
  const bin = ms.bin;
  if (bin.bitSize - ms.pos < bits) return null;
  const x = readFloat(bin.data, bin.bitOffset + ms.pos, bits, (flags & LE_MASK) !== 0);
  if (!Number.isFinite(x)) return null;
  ms.pos += bits;
  return new Float(x);
}

/** A sub-binary sharing bin's bytes; `bits` = 'all' takes the rest (which must be a multiple of unit). */
export function getBinary(ms: MatchState, bits: number | 'all', unit: number): Bitstring | null {
  const bin = ms.bin;
  const left = bin.bitSize - ms.pos;
  let n: number;
  if (bits === 'all') {
    if (unit > 1 && left % unit !== 0) return null;
    n = left;
  } else {
    if (bits < 0 || bits > left) return null;
    n = bits;
  }
  const sub = new Bitstring(bin.data, bin.bitOffset + ms.pos, n, bin.extent);
  ms.pos += n;
  return sub;
}

/** Size operand form for getBinary/skipBits: 'all' for the atom all, else matchBits. */
export function binBits(size: Term, unit: number): number | 'all' {
  if (size === A_ALL) return 'all';
  return matchBits(size, unit);
}

export function skipBits(ms: MatchState, bits: number | 'all', unit = 1): boolean {
  const left = ms.bin.bitSize - ms.pos;
  if (bits === 'all') {
    if (unit > 1 && left % unit !== 0) return false;
    ms.pos += left;
    return true;
  }
  if (bits < 0 || bits > left) return false;
  ms.pos += bits;
  return true;
}

/** bs_test_tail2: exactly `bits` bits remain. */
export function testTail(ms: MatchState, bits: number): boolean {
  return ms.bin.bitSize - ms.pos === bits;
}

/** bs_test_unit: the remaining bit count is a multiple of unit. */
export function testUnit(ms: MatchState, unit: number): boolean {
  return (ms.bin.bitSize - ms.pos) % unit === 0;
}

/** bs_get_tail: the rest as a sub-binary (the position is left unchanged). */
export function getTail(ms: MatchState): Bitstring {
  const bin = ms.bin;
  if (ms.pos === 0) return bin;
  return new Bitstring(bin.data, bin.bitOffset + ms.pos, bin.bitSize - ms.pos, bin.extent);
}

/** bs_match_string: the next `bits` bits equal those of `bytes` from byteOffset. */
export function matchString(ms: MatchState, bytes: Uint8Array, byteOffset: number, bits: number): boolean {
  const bin = ms.bin;
  if (bin.bitSize - ms.pos < bits) return false;
  const data = bin.data;
  let p = bin.bitOffset + ms.pos;
  let i = byteOffset;
  let left = bits;
  if ((p & 7) === 0) {
    let b = p >>> 3;
    while (left >= 8) {
      if (data[b++] !== bytes[i++]) return false;
      left -= 8;
    }
    p = b * 8;
  } else {
    while (left >= 8) {
      if (readSmall(data, p, 8) !== bytes[i++]) return false;
      p += 8;
      left -= 8;
    }
  }
  if (left > 0 && readSmall(data, p, left) !== bytes[i] >>> (8 - left)) return false;
  ms.pos += bits;
  return true;
}

/** Code point of a UTF-8 sequence (shortest form, no surrogates), or null. */
export function getUtf8(ms: MatchState): number | null {
  const bin = ms.bin;
  const left = bin.bitSize - ms.pos;
  if (left < 8) return null;
  const data = bin.data;
  const p = bin.bitOffset + ms.pos;
  const b0 = readSmall(data, p, 8);
  if (b0 < 0x80) {
    ms.pos += 8;
    return b0;
  }
  let n: number, cp: number, min: number;
  if ((b0 & 0xe0) === 0xc0) { n = 2; cp = b0 & 0x1f; min = 0x80; }
  else if ((b0 & 0xf0) === 0xe0) { n = 3; cp = b0 & 0x0f; min = 0x800; }
  else if ((b0 & 0xf8) === 0xf0) { n = 4; cp = b0 & 0x07; min = 0x10000; }
  else return null;
  if (left < n * 8) return null;
  for (let i = 1; i < n; i++) {
    const b = readSmall(data, p + i * 8, 8);
    if ((b & 0xc0) !== 0x80) return null;
    cp = (cp << 6) | (b & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
  ms.pos += n * 8;
  return cp;
}

export function getUtf16(ms: MatchState, flags: number): number | null {
  const bin = ms.bin;
  const left = bin.bitSize - ms.pos;
  if (left < 16) return null;
  const little = (flags & LE_MASK) !== 0;
  const p = bin.bitOffset + ms.pos;
  const w1 = readInt(bin.data, p, 16, little, false) as number;
  if (w1 < 0xd800 || w1 > 0xdfff) {
    ms.pos += 16;
    return w1;
  }
  if (w1 > 0xdbff || left < 32) return null;
  const w2 = readInt(bin.data, p + 16, 16, little, false) as number;
  if (w2 < 0xdc00 || w2 > 0xdfff) return null;
  ms.pos += 32;
  return 0x10000 + ((w1 - 0xd800) << 10) + (w2 - 0xdc00);
}

export function getUtf32(ms: MatchState, flags: number): number | null {
  const bin = ms.bin;
  if (bin.bitSize - ms.pos < 32) return null;
  const cp = readInt(bin.data, bin.bitOffset + ms.pos, 32, (flags & LE_MASK) !== 0, false) as number;
  if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
  ms.pos += 32;
  return cp;
}

export function skipUtf8(ms: MatchState): boolean {
  return getUtf8(ms) !== null;
}
export function skipUtf16(ms: MatchState, flags: number): boolean {
  return getUtf16(ms, flags) !== null;
}
export function skipUtf32(ms: MatchState, flags: number): boolean {
  return getUtf32(ms, flags) !== null;
}

/** bs_save2 / bs_restore2 (old code): slot 'start' is encoded by callers as -1. */
export function savePos(ms: MatchState, slot: number): void {
  if (ms.saved === null) ms.saved = [];
  ms.saved[slot] = ms.pos;
}
export function restorePos(ms: MatchState, slot: number): void {
  ms.pos = slot < 0 || ms.saved === null ? 0 : ms.saved[slot] ?? 0;
}

// --- OTP 26 bs_match command list: the executor walks the commands, calling these.

/** ensure_at_least Size Unit: at least `bits` remain and the remainder beyond is a multiple of unit. */
export function ensureAtLeast(ms: MatchState, bits: number, unit: number): boolean {
  const left = ms.bin.bitSize - ms.pos;
  return left >= bits && (unit <= 1 || (left - bits) % unit === 0);
}
/** ensure_exactly Size */
export function ensureExactly(ms: MatchState, bits: number): boolean {
  return ms.bin.bitSize - ms.pos === bits;
}
/** '=:=' Live Size Value: the next `bits` bits, as an unsigned integer, equal `value`. */
export function matchEq(ms: MatchState, bits: number, value: number | bigint): boolean {
  const p = ms.pos;
  const v = getInteger(ms, bits, 0);
  if (v === null || v !== value) {
    ms.pos = p;
    return false;
  }
  return true;
}
// integer / binary / skip / get_tail commands: getInteger, getBinary, skipBits, getTail.

// ---------------------------------------------------------------- construction

const T_INTEGER = atom('integer');
const T_BINARY = atom('binary');
const T_FLOAT = atom('float');
const T_STRING = atom('string');
const T_UTF8 = atom('utf8');
const T_UTF16 = atom('utf16');
const T_UTF32 = atom('utf32');
const T_APPEND = atom('append');
const T_PRIVATE_APPEND = atom('private_append');

/**
 * One bs_create_bin segment. `value` for a `string` segment is a Bitstring of
 * the literal bytes (resolve the string-table offset once, at load time);
 * `size` is the size operand's value (integer, the atom all, or undefined).
 * An executor may keep one Segment[] per instruction and refill value/size
 * before each call: createBin keeps no reference to it.
 */
export class Segment {
  /** the source segment's number (1-based), named by error_info's cause */
  seg = 0;
  constructor(
    public type: Atom,
    public unit: number,
    public flags: number,
    public value: Term,
    public size: Term,
  ) {}
}

const A_ERROR_INFO = atom('error_info');
const A_CAUSE = atom('cause');
const A_FUNCTION = atom('function');
const A_MODULE = atom('module');
const A_FORMAT_BS_FAIL = atom('format_bs_fail');
const A_ERTS_ERRORS = atom('erl_erts_errors');
const A_BADARG = atom('badarg');
const A_SYSTEM_LIMIT = atom('system_limit');

/**
 * A failed bs_create_bin segment: badarg (or system_limit) whose error_info
 * cause {Seg, Type, Kind, Value} lets erl_erts_errors explain it.
 */
function segFail(s: Segment, kind: string, value: Term, limit = false): never {
  const e = new ErlangException(CLASS_ERROR, limit ? A_SYSTEM_LIMIT : A_BADARG);
  const type = s.type === T_APPEND || s.type === T_PRIVATE_APPEND ? T_BINARY : s.type; // as written in the source
  const info = ErlMap.EMPTY.put(A_CAUSE, [s.seg, type, atom(kind), value])
    .put(A_FUNCTION, A_FORMAT_BS_FAIL)
    .put(A_MODULE, A_ERTS_ERRORS);
  e.errorInfo = [A_ERROR_INFO, info];
  throw e;
}

/** buildBits for a bs_create_bin segment: failures name the segment. */
function segBits(s: Segment): number {
  const size = s.size;
  if (typeof size === 'number') {
    if (size < 0) segFail(s, 'size', size);
    const b = size * s.unit;
    if (b > MAX_BITS) segFail(s, 'size', size, true);
    return b;
  }
  if (typeof size === 'bigint') segFail(s, 'size', size, size > 0n);
  return segFail(s, 'size', size);
}

function segUtfLen(s: Segment, cp: Term, bits16: boolean): number {
  if (typeof cp !== 'number' || cp < 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return segFail(s, 'type', cp);
  if (bits16) return cp < 0x10000 ? 16 : 32;
  return cp < 0x80 ? 8 : cp < 0x800 ? 16 : cp < 0x10000 ? 24 : 32;
}

/** Construction size in bits: badarg unless a non-negative integer, system_limit when huge. */
function buildBits(size: Term, unit: number): number {
  if (typeof size === 'number') {
    if (size < 0) badarg();
    const b = size * unit;
    if (b > MAX_BITS) systemLimit();
    return b;
  }
  if (typeof size === 'bigint') {
    if (size < 0n) badarg();
    systemLimit();
  }
  return badarg();
}

function utf8Len(cp: Term): number {
  if (typeof cp !== 'number' || cp < 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return badarg();
  return cp < 0x80 ? 8 : cp < 0x800 ? 16 : cp < 0x10000 ? 24 : 32;
}
function utf16Len(cp: Term): number {
  if (typeof cp !== 'number' || cp < 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return badarg();
  return cp < 0x10000 ? 16 : 32;
}

/** Bits a segment will occupy; validates value and size (throws badarg / system_limit). */
function segmentBits(s: Segment): number {
  const t = s.type, v = s.value;
  if (t === T_INTEGER) {
    const n = segBits(s);
    if (typeof v !== 'number' && typeof v !== 'bigint') segFail(s, 'type', v);
    return n;
  }
  if (t === T_BINARY || t === T_APPEND || t === T_PRIVATE_APPEND) {
    if (s.size === A_ALL) {
      if (!(v instanceof Bitstring)) return segFail(s, 'type', v);
      if (s.unit > 1 && v.bitSize % s.unit !== 0) segFail(s, 'unit', v);
      return v.bitSize;
    }
    const n = segBits(s);
    if (!(v instanceof Bitstring)) return segFail(s, 'type', v);
    if (n > v.bitSize) segFail(s, 'short', v);
    return n;
  }
  if (t === T_STRING) return segBits(s);
  if (t === T_FLOAT) {
    const n = segBits(s);
    if (n !== 64 && n !== 32 && n !== 16) segFail(s, 'invalid', s.size);
    if (v instanceof Float) return n;
    if (typeof v === 'number') return n;
    if (typeof v === 'bigint') return Number.isFinite(Number(v)) ? n : segFail(s, 'no_float', v);
    return segFail(s, 'type', v);
  }
  if (t === T_UTF8) return segUtfLen(s, v, false);
  if (t === T_UTF16) return segUtfLen(s, v, true);
  if (t === T_UTF32) {
    segUtfLen(s, v, false);
    return 32;
  }
  return badarg();
}

/** Writes one validated segment of `n` bits at absolute bit position `pos`. */
function writeSegment(data: Uint8Array, pos: number, s: Segment, n: number): void {
  const t = s.type, v = s.value;
  const little = (s.flags & LE_MASK) !== 0;
  if (t === T_INTEGER) writeInt(data, pos, v as number | bigint, n, little);
  else if (t === T_BINARY || t === T_STRING || t === T_APPEND || t === T_PRIVATE_APPEND) {
    const b = v as Bitstring;
    copyBits(data, pos, b.data, b.bitOffset, n);
  } else if (t === T_FLOAT) {
    const x = v instanceof Float ? v.value : Number(v as number | bigint);
    writeFloat(data, pos, x, n, little);
  } else if (t === T_UTF8) writeUtf8(data, pos, v as number);
  else if (t === T_UTF16) writeUtf16(data, pos, v as number, little);
  else writeInt(data, pos, v as number, 32, little);
}

function writeUtf8(data: Uint8Array, pos: number, cp: number): void {
  if (cp < 0x80) writeSmall(data, pos, cp, 8);
  else if (cp < 0x800) {
    writeSmall(data, pos, 0xc0 | (cp >>> 6), 8);
    writeSmall(data, pos + 8, 0x80 | (cp & 0x3f), 8);
  } else if (cp < 0x10000) {
    writeSmall(data, pos, 0xe0 | (cp >>> 12), 8);
    writeSmall(data, pos + 8, 0x80 | ((cp >>> 6) & 0x3f), 8);
    writeSmall(data, pos + 16, 0x80 | (cp & 0x3f), 8);
  } else {
    writeSmall(data, pos, 0xf0 | (cp >>> 18), 8);
    writeSmall(data, pos + 8, 0x80 | ((cp >>> 12) & 0x3f), 8);
    writeSmall(data, pos + 16, 0x80 | ((cp >>> 6) & 0x3f), 8);
    writeSmall(data, pos + 24, 0x80 | (cp & 0x3f), 8);
  }
}

function writeUtf16(data: Uint8Array, pos: number, cp: number, little: boolean): void {
  if (cp < 0x10000) writeInt(data, pos, cp, 16, little);
  else {
    const c = cp - 0x10000;
    writeInt(data, pos, 0xd800 | (c >>> 10), 16, little);
    writeInt(data, pos + 16, 0xdc00 | (c & 0x3ff), 16, little);
  }
}

// Per-call scratch for segment sizes (createBin is not re-entrant into Erlang code).
let sizesScratch: number[] = [];

/**
 * bs_create_bin (OTP 25+). A leading append/private_append segment extends
 * its binary in place when it owns the end of its buffer (amortised O(1)).
 */
export function createBin(segs: readonly Segment[]): Bitstring {
  const count = segs.length;
  if (sizesScratch.length < count) sizesScratch = new Array<number>(count).fill(0);
  const sizes = sizesScratch;
  let total = 0;
  for (let i = 0; i < count; i++) {
    const n = segmentBits(segs[i]);
    sizes[i] = n;
    total += n;
  }
  if (total > MAX_BITS) systemLimit();
  let data: Uint8Array;
  let pos: number;
  let result: Bitstring;
  let first = 0;
  const s0 = count > 0 ? segs[0] : null;
  if (s0 !== null && (s0.type === T_APPEND || s0.type === T_PRIVATE_APPEND)) {
    const acc = s0.value as Bitstring;
    const extra = total - acc.bitSize;
    result = appendSpace(acc, extra);
    data = result.data;
    pos = result.bitOffset + acc.bitSize; // the copy may start at another offset
    first = 1;
  } else {
    data = new Uint8Array((total + 7) >>> 3);
    pos = 0;
    result = new Bitstring(data, 0, total);
  }
  for (let i = first; i < count; i++) {
    const n = sizes[i];
    if (n !== 0) writeSegment(data, pos, segs[i], n);
    pos += n;
  }
  return result;
}

/**
 * A binary of acc's bits followed by `extra` bits of room (to be written by
 * the caller at acc's end). Writes in place when acc ends where its buffer's
 * claimed extent ends and capacity allows; otherwise copies into a buffer
 * with doubled capacity and makes that the new writable extent.
 */
export function appendSpace(acc: Bitstring, extra: number): Bitstring {
  const end = acc.bitOffset + acc.bitSize;
  const ext = acc.extent;
  const need = end + extra;
  if (ext !== null && ext.end === end && need <= acc.data.length * 8) {
    ext.end = need;
    return new Bitstring(acc.data, acc.bitOffset, acc.bitSize + extra, ext);
  }
  const total = acc.bitSize + extra;
  if (total > MAX_BITS) systemLimit();
  const cap = Math.max(((total + 7) >>> 3) * 2, 256);
  const data = new Uint8Array(cap);
  copyBits(data, 0, acc.data, acc.bitOffset, acc.bitSize);
  return new Bitstring(data, 0, total, new BinExtent(total));
}

// ------------------------------------------ legacy construction (OTP < 25 code)
//
// bs_init2 / bs_init_bits / bs_append / bs_private_append start a binary and
// make it "current"; the bs_put_* that follow write into it at its cursor.
// The executor keeps one BinWriter per process (or scheduler) and passes it.

export class BinWriter {
  data: Uint8Array = EMPTY;
  /** absolute bit position of the next put */
  pos = 0;

  /** bs_init2 (bytes) / bs_init_bits (bits): a fresh binary; its bits are filled by later puts. */
  init(sizeBits: number): Bitstring {
    const data = new Uint8Array((sizeBits + 7) >>> 3);
    this.data = data;
    this.pos = 0;
    return new Bitstring(data, 0, sizeBits);
  }

  /** bs_append / bs_private_append: `extraBits` more bits after bin (bin must have a multiple of unit bits). */
  append(bin: Term, extraBits: number, unit: number): Bitstring {
    if (!(bin instanceof Bitstring) || (unit > 1 && bin.bitSize % unit !== 0)) return badarg();
    const r = appendSpace(bin, extraBits);
    this.data = r.data;
    this.pos = r.bitOffset + bin.bitSize;
    return r;
  }

  /** bs_put_integer Fail Size Unit Flags Src */
  putInteger(size: Term, unit: number, flags: number, v: Term): void {
    const n = buildBits(size, unit);
    if (typeof v !== 'number' && typeof v !== 'bigint') badarg();
    writeInt(this.data, this.pos, v, n, (flags & LE_MASK) !== 0);
    this.pos += n;
  }

  /** bs_put_binary Fail Size Unit Flags Src (size may be the atom all) */
  putBinary(size: Term, unit: number, v: Term): void {
    if (!(v instanceof Bitstring)) return badarg();
    let n: number;
    if (size === A_ALL) {
      if (unit > 1 && v.bitSize % unit !== 0) badarg();
      n = v.bitSize;
    } else {
      n = buildBits(size, unit);
      if (n > v.bitSize) badarg();
    }
    copyBits(this.data, this.pos, v.data, v.bitOffset, n);
    this.pos += n;
  }

  /** bs_put_float Fail Size Unit Flags Src */
  putFloat(size: Term, unit: number, flags: number, v: Term): void {
    const n = buildBits(size, unit);
    if (n !== 64 && n !== 32 && n !== 16) badarg();
    let x: number;
    if (v instanceof Float) x = v.value;
    else if (typeof v === 'number') x = v;
    else if (typeof v === 'bigint' && Number.isFinite(Number(v))) x = Number(v);
    else return badarg();
    writeFloat(this.data, this.pos, x, n, (flags & LE_MASK) !== 0);
    this.pos += n;
  }

  /** bs_put_string Len StrBytes: `len` bytes of the string table from `offset`. */
  putString(bytes: Uint8Array, offset: number, len: number): void {
    copyBits(this.data, this.pos, bytes, offset * 8, len * 8);
    this.pos += len * 8;
  }

  putUtf8(v: Term): void {
    const n = utf8Len(v);
    writeUtf8(this.data, this.pos, v as number);
    this.pos += n;
  }
  putUtf16(flags: number, v: Term): void {
    const n = utf16Len(v);
    writeUtf16(this.data, this.pos, v as number, (flags & LE_MASK) !== 0);
    this.pos += n;
  }
  putUtf32(flags: number, v: Term): void {
    utf8Len(v);
    writeInt(this.data, this.pos, v as number, 32, (flags & LE_MASK) !== 0);
    this.pos += 32;
  }
}

const EMPTY = new Uint8Array(0);

/** bs_init2 size operand (bytes) -> bits; badarg / system_limit as the BEAM. */
export function initBytesToBits(size: Term): number {
  return buildBits(size, 8);
}

/** bs_add Src1 Src2 Unit: Src1 + Src2 * Unit, both non-negative integers. */
export function bsAdd(a: Term, b: Term, unit: number): number {
  if (typeof a === 'number' && typeof b === 'number' && a >= 0 && b >= 0) {
    const r = a + b * unit;
    if (r > MAX_BITS) systemLimit();
    return r;
  }
  if ((typeof a === 'bigint' || typeof a === 'number') && (typeof b === 'bigint' || typeof b === 'number')) {
    if (a < 0 || b < 0) badarg();
    systemLimit();
  }
  return badarg();
}

/** bs_utf8_size: bytes needed to encode Src (checked again by the put). */
export function utf8Size(v: Term): number {
  if (typeof v !== 'number') return 4;
  return v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4;
}
/** bs_utf16_size */
export function utf16Size(v: Term): number {
  if (typeof v !== 'number') return 4;
  return v < 0x10000 ? 2 : 4;
}

/** bs_init_writable: an empty binary with room for `size` bytes, writable in place. */
export function initWritable(size: Term): Bitstring {
  const cap = typeof size === 'number' && size > 0 && size < 2 ** 30 ? size : 256;
  return new Bitstring(new Uint8Array(cap), 0, 0, new BinExtent(0));
}
