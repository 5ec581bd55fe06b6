// The external term format (term_to_binary / binary_to_term), byte-identical
// with OTP 25's encoder at its default minor_version 1. Every malformed input
// is an Erlang badarg, never a JS error.

import pako from 'pako';
import {
  Atom, Bitstring, Cons, Float, Fun, NIL, Pid, Port, Ref, type Term,
  atom, existingAtom, normInt,
} from './types.js';
import { ErlMap } from './map.js';
import { bitstringToBytesPadded, bytesOf } from './bits.js';
import { badarg } from '../vm/exception.js';

export const VERSION_MAGIC = 131;
const NEW_FLOAT_EXT = 70;
const BIT_BINARY_EXT = 77;
const COMPRESSED = 80;
const ATOM_CACHE_REF = 82;
const NEW_PID_EXT = 88;
const NEW_PORT_EXT = 89;
const NEWER_REFERENCE_EXT = 90;
const SMALL_INTEGER_EXT = 97;
const INTEGER_EXT = 98;
const FLOAT_EXT = 99;
const ATOM_EXT = 100;
const REFERENCE_EXT = 101;
const PORT_EXT = 102;
const PID_EXT = 103;
const SMALL_TUPLE_EXT = 104;
const LARGE_TUPLE_EXT = 105;
const NIL_EXT = 106;
const STRING_EXT = 107;
const LIST_EXT = 108;
const BINARY_EXT = 109;
const SMALL_BIG_EXT = 110;
const LARGE_BIG_EXT = 111;
const NEW_FUN_EXT = 112;
const EXPORT_EXT = 113;
const NEW_REFERENCE_EXT = 114;
const SMALL_ATOM_EXT = 115;
const MAP_EXT = 116;
const ATOM_UTF8_EXT = 118;
const SMALL_ATOM_UTF8_EXT = 119;
const V4_PORT_EXT = 120;

// --- hooks the VM installs (the term layer knows nothing of loaded code) ---

/** MD5 of each loaded module, which NEW_FUN_EXT carries. Filled by the loader. */
// Registered as a getter: computing a module's MD5 costs a pass over its
// chunks, and only funs serialised or inspected with fun_info need it.
const moduleMd5 = new Map<Atom, () => Uint8Array>();
export function registerModuleMd5(module: Atom, md5: () => Uint8Array): void {
  moduleMd5.set(module, md5);
}
export function getModuleMd5(module: Atom): Uint8Array | undefined {
  return moduleMd5.get(module)?.();
}

/**
 * Builds a local fun decoded from NEW_FUN_EXT. The VM may install one that
 * finds the fun's name and entry in the loaded module; the default returns a
 * Fun whose name is '' and whose entry is null (resolved when called).
 */
export type LocalFunResolver = (module: Atom, index: number, uniq: number, arity: number, env: Term[], md5: Uint8Array) => Fun;
let localFunResolver: LocalFunResolver = (module, index, uniq, arity, env) =>
  new Fun(0, module, atom(''), arity, env, index, uniq);
export function setLocalFunResolver(r: LocalFunResolver): void {
  localFunResolver = r;
}

/** In safe mode an export fun must name an existing function; the VM can tell. */
let exportExists: (m: Atom, f: Atom, a: number) => boolean = () => true;
export function setExportExistsHook(h: (m: Atom, f: Atom, a: number) => boolean): void {
  exportExists = h;
}

// --- decoding ---

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8', { fatal: true });

class Decoder {
  pos: number;
  constructor(
    readonly b: Uint8Array,
    start: number,
    readonly safe: boolean,
  ) {
    this.pos = start;
  }
  need(n: number): void {
    if (n < 0 || this.pos + n > this.b.length) badarg();
  }
  u8(): number {
    if (this.pos >= this.b.length) badarg();
    return this.b[this.pos++];
  }
  u16(): number {
    this.need(2);
    const b = this.b, p = this.pos;
    this.pos = p + 2;
    return (b[p] << 8) | b[p + 1];
  }
  u32(): number {
    this.need(4);
    const b = this.b, p = this.pos;
    this.pos = p + 4;
    return ((b[p] << 24) | (b[p + 1] << 16) | (b[p + 2] << 8) | b[p + 3]) >>> 0;
  }
  bytes(n: number): Uint8Array {
    this.need(n);
    const out = this.b.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  atomNamed(name: string): Atom {
    if (this.safe) {
      const a = existingAtom(name);
      if (a === undefined) badarg();
      return a;
    }
    return atom(name);
  }

  atomText(tag: number): Atom {
    let len: number;
    switch (tag) {
      case ATOM_EXT:
      case ATOM_UTF8_EXT:
        len = this.u16();
        break;
      case SMALL_ATOM_EXT:
      case SMALL_ATOM_UTF8_EXT:
        len = this.u8();
        break;
      default:
        return badarg();
    }
    this.need(len);
    // nearly every atom is ASCII: build the name without a TextDecoder call
    const b = this.b, start = this.pos, end = start + len;
    let ascii = '';
    let i = start;
    for (; i < end; i++) {
      const c = b[i];
      if (c >= 0x80) break;
      ascii += String.fromCharCode(c);
    }
    if (i === end) {
      this.pos = end;
      if (len > 255) badarg();
      return this.atomNamed(ascii);
    }
    const raw = this.bytes(len);
    let name: string;
    if (tag === ATOM_EXT || tag === SMALL_ATOM_EXT) {
      if (len > 255) badarg();
      name = latin1.decode(raw);
    } else {
      try {
        name = utf8.decode(raw);
      } catch {
        return badarg();
      }
      let cps = 0;
      for (const _ of name) cps++;
      if (cps > 255) badarg();
    }
    return this.atomNamed(name);
  }

  /** An atom term (used inside pids, refs, funs). */
  atom(): Atom {
    const t = this.term();
    if (!(t instanceof Atom)) badarg();
    return t;
  }

  integer(): number | bigint {
    const t = this.term();
    if (typeof t !== 'number' && typeof t !== 'bigint') badarg();
    return t;
  }

  big(n: number): number | bigint {
    const sign = this.u8();
    const d = this.bytes(n);
    if (sign > 1) badarg();
    let v = 0n;
    for (let i = n - 1; i >= 0; i--) v = (v << 8n) | BigInt(d[i]);
    return normInt(sign ? -v : v);
  }

  term(): Term {
    const tag = this.u8();
    switch (tag) {
      case SMALL_INTEGER_EXT:
        return this.u8();
      case INTEGER_EXT:
        return this.u32() | 0;
      case SMALL_BIG_EXT:
        return this.big(this.u8());
      case LARGE_BIG_EXT:
        return this.big(this.u32());
      case NEW_FLOAT_EXT: {
        this.need(8);
        const v = new DataView(this.b.buffer, this.b.byteOffset + this.pos, 8).getFloat64(0);
        this.pos += 8;
        if (!Number.isFinite(v)) badarg();
        return new Float(v);
      }
      case FLOAT_EXT: {
        const raw = this.bytes(31);
        let end = raw.indexOf(0);
        if (end < 0) end = 31;
        const s = latin1.decode(raw.subarray(0, end)).trim();
        if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) badarg();
        const v = parseFloat(s);
        if (!Number.isFinite(v)) badarg();
        return new Float(v);
      }
      case ATOM_EXT:
      case SMALL_ATOM_EXT:
      case ATOM_UTF8_EXT:
      case SMALL_ATOM_UTF8_EXT:
        return this.atomText(tag);
      case SMALL_TUPLE_EXT:
        return this.tuple(this.u8());
      case LARGE_TUPLE_EXT:
        return this.tuple(this.u32());
      case NIL_EXT:
        return NIL;
      case STRING_EXT: {
        const d = this.bytes(this.u16());
        let l: Term = NIL;
        for (let i = d.length - 1; i >= 0; i--) l = new Cons(d[i], l);
        return l;
      }
      case LIST_EXT: {
        const n = this.u32();
        this.need(n + 1); // each element, and the tail, take at least one byte
        if (n === 0) return this.term(); // a "list" of no cells is just its tail
        const head = new Cons(this.term(), NIL);
        let last = head;
        for (let i = 1; i < n; i++) {
          const c = new Cons(this.term(), NIL);
          last.tail = c;
          last = c;
        }
        last.tail = this.term();
        return head;
      }
      case BINARY_EXT: {
        const d = this.bytes(this.u32());
        return new Bitstring(d.slice(), 0, d.length * 8);
      }
      case BIT_BINARY_EXT: {
        const len = this.u32();
        const bits = this.u8();
        const d = this.bytes(len);
        if (bits < 1 || bits > 8 || len === 0) badarg();
        const copy = d.slice();
        copy[len - 1] &= (0xff << (8 - bits)) & 0xff;
        return new Bitstring(copy, 0, (len - 1) * 8 + bits);
      }
      case MAP_EXT: {
        const n = this.u32();
        this.need(2 * n);
        const pairs: [Term, Term][] = new Array(n);
        for (let i = 0; i < n; i++) {
          const k = this.term();
          pairs[i] = [k, this.term()];
        }
        const m = ErlMap.fromEntries(pairs);
        if (m.size !== n) badarg(); // duplicate keys
        return m;
      }
      case PID_EXT:
      case NEW_PID_EXT: {
        const node = this.atom();
        const id = this.u32();
        const serial = this.u32();
        const creation = tag === PID_EXT ? this.u8() : this.u32();
        return new Pid(id, serial, node, creation);
      }
      case PORT_EXT:
      case NEW_PORT_EXT:
      case V4_PORT_EXT: {
        const node = this.atom();
        let id: number;
        if (tag === V4_PORT_EXT) {
          const hi = this.u32(), lo = this.u32();
          id = hi * 4294967296 + lo;
          if (!Number.isSafeInteger(id)) badarg();
        } else id = this.u32();
        const creation = tag === PORT_EXT ? this.u8() : this.u32();
        return new Port(id, node, creation);
      }
      case REFERENCE_EXT: {
        const node = this.atom();
        const id = this.u32();
        const creation = this.u8();
        return new Ref([id], node, creation);
      }
      case NEW_REFERENCE_EXT:
      case NEWER_REFERENCE_EXT: {
        const len = this.u16();
        if (len < 1 || len > 5) badarg();
        const node = this.atom();
        const creation = tag === NEW_REFERENCE_EXT ? this.u8() : this.u32();
        const ids: number[] = [];
        for (let i = 0; i < len; i++) ids.push(this.u32());
        return new Ref(ids, node, creation);
      }
      case EXPORT_EXT: {
        const m = this.atom();
        const f = this.atom();
        const a = this.term();
        if (typeof a !== 'number' || a < 0 || a > 255) badarg();
        if (this.safe && !exportExists(m, f, a)) badarg();
        return new Fun(1, m, f, a, [], -1, 0);
      }
      case NEW_FUN_EXT: {
        const start = this.pos;
        const size = this.u32();
        this.need(size - 4);
        const arity = this.u8();
        const md5 = this.bytes(16).slice();
        const index = this.u32();
        const numFree = this.u32();
        const module = this.atom();
        const oldIndex = this.integer();
        const oldUniq = this.integer();
        const pid = this.term();
        if (!(pid instanceof Pid) || arity > 255) badarg();
        if (typeof oldIndex !== 'number' || typeof oldUniq !== 'number') badarg();
        this.need(numFree);
        const env: Term[] = [];
        for (let i = 0; i < numFree; i++) env.push(this.term());
        if (this.pos - start !== size) badarg();
        return localFunResolver(module, index, oldUniq, arity, env, md5);
      }
      case ATOM_CACHE_REF:
      default:
        return badarg();
    }
  }

  tuple(n: number): Term {
    this.need(n);
    const t: Term[] = new Array(n);
    for (let i = 0; i < n; i++) t[i] = this.term();
    return t;
  }
}

/**
 * Decodes one term whose encoding starts with the version byte (131) at
 * `offset`; handles compressed terms. `next` is the offset after it.
 */
export function decodeTerm(bytes: Uint8Array, offset: number, safe = false): { term: Term; next: number } {
  try {
    if (bytes[offset] !== VERSION_MAGIC) badarg();
    if (bytes[offset + 1] === COMPRESSED) {
      const d = new Decoder(bytes, offset + 2, safe);
      const size = d.u32();
      let inflated: Uint8Array;
      const inf = new pako.Inflate();
      inf.push(bytes.subarray(d.pos), true);
      if (inf.err || !(inf.result instanceof Uint8Array)) badarg();
      inflated = inf.result as Uint8Array;
      if (inflated.length !== size) badarg();
      const dec = new Decoder(inflated, 0, safe);
      const term = dec.term();
      if (dec.pos !== size) badarg();
      // where the zlib stream ended: input consumed minus what inflate left over
      const left = (inf as unknown as { strm: { avail_in: number } }).strm.avail_in;
      return { term, next: bytes.length - left };
    }
    const d = new Decoder(bytes, offset + 1, safe);
    const term = d.term();
    return { term, next: d.pos };
  } catch (e) {
    if (e instanceof RangeError || e instanceof TypeError) badarg(); // e.g. nesting too deep
    throw e;
  }
}

/** binary_to_term/1,2. With `used`, returns [Term, BytesUsed]. */
export function binaryToTerm(bytes: Uint8Array, opts?: { safe?: boolean; used?: boolean }): Term | [Term, number] {
  const { term, next } = decodeTerm(bytes, 0, opts?.safe ?? false);
  return opts?.used ? [term, next] : term;
}

// --- encoding ---

class Encoder {
  buf = new Uint8Array(256);
  pos = 0;
  constructor(readonly minor: number) {}
  ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.pos + n) cap *= 2;
    const nb = new Uint8Array(cap);
    nb.set(this.buf.subarray(0, this.pos));
    this.buf = nb;
  }
  u8(v: number): void {
    this.ensure(1);
    this.buf[this.pos++] = v;
  }
  u16(v: number): void {
    this.ensure(2);
    this.buf[this.pos++] = v >>> 8;
    this.buf[this.pos++] = v & 0xff;
  }
  u32(v: number): void {
    this.ensure(4);
    const b = this.buf;
    b[this.pos++] = (v >>> 24) & 0xff;
    b[this.pos++] = (v >>> 16) & 0xff;
    b[this.pos++] = (v >>> 8) & 0xff;
    b[this.pos++] = v & 0xff;
  }
  raw(d: Uint8Array): void {
    this.ensure(d.length);
    this.buf.set(d, this.pos);
    this.pos += d.length;
  }

  atom(a: Atom): void {
    const name = a.name;
    let isLatin1 = this.minor < 2;
    if (isLatin1) {
      for (let i = 0; i < name.length; i++) {
        if (name.charCodeAt(i) > 255) {
          isLatin1 = false;
          break;
        }
      }
    }
    if (isLatin1) {
      // OTP 25 writes ATOM_EXT (2-byte length) for every Latin-1 atom
      this.u8(ATOM_EXT);
      this.u16(name.length);
      this.ensure(name.length);
      for (let i = 0; i < name.length; i++) this.buf[this.pos++] = name.charCodeAt(i);
      return;
    }
    const d = utf8Encoder.encode(name);
    if (d.length < 256) {
      this.u8(SMALL_ATOM_UTF8_EXT);
      this.u8(d.length);
    } else {
      this.u8(ATOM_UTF8_EXT);
      this.u16(d.length);
    }
    this.raw(d);
  }

  int(v: number | bigint): void {
    if (typeof v === 'number') {
      if (v >= 0 && v <= 255) {
        this.u8(SMALL_INTEGER_EXT);
        this.u8(v);
        return;
      }
      if (v >= -2147483648 && v <= 2147483647) {
        this.u8(INTEGER_EXT);
        this.u32(v >>> 0);
        return;
      }
      v = BigInt(v);
    }
    const neg = v < 0n;
    let m = neg ? -v : v;
    const digits: number[] = [];
    while (m > 0n) {
      digits.push(Number(m & 0xffn));
      m >>= 8n;
    }
    if (digits.length < 256) {
      this.u8(SMALL_BIG_EXT);
      this.u8(digits.length);
    } else {
      this.u8(LARGE_BIG_EXT);
      this.u32(digits.length);
    }
    this.u8(neg ? 1 : 0);
    this.ensure(digits.length);
    for (const d of digits) this.buf[this.pos++] = d;
  }

  float(v: number): void {
    if (this.minor === 0) {
      this.u8(FLOAT_EXT);
      const s = cFormatE20(v);
      this.ensure(31);
      for (let i = 0; i < 31; i++) this.buf[this.pos++] = i < s.length ? s.charCodeAt(i) : 0;
      return;
    }
    this.u8(NEW_FLOAT_EXT);
    this.ensure(8);
    new DataView(this.buf.buffer, this.buf.byteOffset + this.pos, 8).setFloat64(0, v);
    this.pos += 8;
  }

  term(t: Term): void {
    for (;;) {
      if (typeof t === 'number' || typeof t === 'bigint') return this.int(t);
      if (t instanceof Atom) return this.atom(t);
      if (t === NIL) return this.u8(NIL_EXT);
      if (Array.isArray(t)) {
        const n = t.length;
        if (n < 256) {
          this.u8(SMALL_TUPLE_EXT);
          this.u8(n);
        } else {
          this.u8(LARGE_TUPLE_EXT);
          this.u32(n);
        }
        if (n === 0) return;
        for (let i = 0; i < n - 1; i++) this.term(t[i]);
        t = t[n - 1];
        continue;
      }
      if (t instanceof Cons) {
        if (this.string(t)) return;
        this.u8(LIST_EXT);
        const lenAt = this.pos;
        this.u32(0);
        let n = 0;
        let c: Term = t;
        while (c instanceof Cons) {
          this.term(c.head);
          n++;
          c = c.tail;
        }
        const b = this.buf;
        b[lenAt] = (n >>> 24) & 0xff;
        b[lenAt + 1] = (n >>> 16) & 0xff;
        b[lenAt + 2] = (n >>> 8) & 0xff;
        b[lenAt + 3] = n & 0xff;
        t = c;
        continue;
      }
      if (t instanceof Float) return this.float(t.value);
      if (t instanceof Bitstring) {
        if ((t.bitSize & 7) === 0) {
          this.u8(BINARY_EXT);
          this.u32(t.bitSize >>> 3);
          this.raw(bytesOf(t));
        } else {
          const d = bitstringToBytesPadded(t);
          this.u8(BIT_BINARY_EXT);
          this.u32(d.length);
          this.u8(t.bitSize & 7);
          this.raw(d);
        }
        return;
      }
      if (t instanceof ErlMap) {
        this.u8(MAP_EXT);
        this.u32(t.size);
        for (const [k, v] of t.entries()) {
          this.term(k);
          this.term(v);
        }
        return;
      }
      if (t instanceof Pid) {
        this.u8(NEW_PID_EXT);
        this.atom(t.node);
        this.u32(t.id);
        this.u32(t.serial);
        this.u32(t.creation);
        return;
      }
      if (t instanceof Port) {
        if (t.id > 0xffffffff) {
          this.u8(V4_PORT_EXT);
          this.atom(t.node);
          this.u32(Math.floor(t.id / 4294967296));
          this.u32(t.id >>> 0);
        } else {
          this.u8(NEW_PORT_EXT);
          this.atom(t.node);
          this.u32(t.id);
        }
        this.u32(t.creation);
        return;
      }
      if (t instanceof Ref) {
        this.u8(NEWER_REFERENCE_EXT);
        this.u16(t.ids.length);
        this.atom(t.node);
        this.u32(t.creation);
        for (const id of t.ids) this.u32(id >>> 0);
        return;
      }
      if (t instanceof Fun) {
        if (t.kind === 1) {
          this.u8(EXPORT_EXT);
          this.atom(t.module);
          this.atom(t.name);
          this.int(t.arity);
          return;
        }
        this.u8(NEW_FUN_EXT);
        const sizeAt = this.pos;
        this.u32(0);
        this.u8(t.arity);
        this.raw(getModuleMd5(t.module) ?? ZERO_MD5);
        this.u32(t.index);
        this.u32(t.env.length);
        this.atom(t.module);
        this.int(t.index);
        this.int(t.uniq);
        this.term(new Pid(0, 0)); // the creator pid is not tracked; <0.0.0> stands in
        for (const v of t.env) this.term(v);
        const size = this.pos - sizeAt;
        const b = this.buf;
        b[sizeAt] = (size >>> 24) & 0xff;
        b[sizeAt + 1] = (size >>> 16) & 0xff;
        b[sizeAt + 2] = (size >>> 8) & 0xff;
        b[sizeAt + 3] = size & 0xff;
        return;
      }
      return badarg();
    }
  }

  /** STRING_EXT for a proper list of bytes shorter than 65536. */
  string(l: Cons): boolean {
    let n = 0;
    let c: Term = l;
    while (c instanceof Cons) {
      const h = c.head;
      if (typeof h !== 'number' || h < 0 || h > 255 || ++n > 65535) return false;
      c = c.tail;
    }
    if (c !== NIL) return false;
    this.u8(STRING_EXT);
    this.u16(n);
    this.ensure(n);
    for (c = l; c instanceof Cons; c = c.tail) this.buf[this.pos++] = c.head as number;
    return true;
  }
}

const utf8Encoder = new TextEncoder();
const ZERO_MD5 = new Uint8Array(16);

/** C's "%.20e": exponent with at least two digits. */
function cFormatE20(v: number): string {
  const s = (Object.is(v, -0) ? '-' : '') + v.toExponential(20);
  const m = /^(-?[\d.]+)e([+-])(\d+)$/.exec(s)!;
  return `${m[1]}e${m[2]}${m[3].length < 2 ? '0' + m[3] : m[3]}`;
}

/**
 * term_to_binary/1,2. `compressed` is the zlib level (0..9); the compressed
 * form is used only when it is smaller, exactly as erts decides.
 */
export function termToBinary(t: Term, opts?: { compressed?: number; minorVersion?: number }): Uint8Array {
  const e = new Encoder(opts?.minorVersion ?? 1);
  e.u8(VERSION_MAGIC);
  e.term(t);
  const level = opts?.compressed ?? 0;
  if (level > 0) {
    // erts gives zlib an output buffer of (encoded size - 5) bytes and keeps
    // the plain encoding if the compressed stream does not fit in it
    const body = e.buf.subarray(1, e.pos);
    const realSize = body.length;
    const z = pako.deflate(body, { level: level as pako.DeflateFunctionOptions['level'] });
    if (realSize >= 5 && z.length <= realSize - 5) {
      const out = new Uint8Array(6 + z.length);
      out[0] = VERSION_MAGIC;
      out[1] = COMPRESSED;
      out[2] = (realSize >>> 24) & 0xff;
      out[3] = (realSize >>> 16) & 0xff;
      out[4] = (realSize >>> 8) & 0xff;
      out[5] = realSize & 0xff;
      out.set(z, 6);
      return out;
    }
  }
  return e.buf.slice(0, e.pos);
}
