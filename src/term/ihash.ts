// The BEAM's internal term hash (make_internal_hash in erts utils.c, OTP 25),
// which decides where a key sits in a large map's HAMT and therefore the
// order maps:to_list/1 and ~p show. Immediates are hashed by their tagged
// 64-bit machine word, so integers match the BEAM exactly; atoms hash by
// atom-table index, which only matches erl when both tables agree.

import { Atom, Bitstring, Cons, Float, Fun, LOCAL_NODE as LOCAL, NIL, Pid, Port, Ref, type Term } from './types.js';
import { ErlMap, HLeaf, HNode } from './map.js';
import { bitstringToBytesPadded } from './bits.js';

export const HCONST = 0x9e3779b9;
const HCONST_7 = 0x5384540f;
const HCONST_8 = 0xf1bbcdc8;
const HCONST_9 = 0x8ff34781;
const HCONST_10 = 0x2e2ac13a;
const HCONST_11 = 0xcc623af3;
const HCONST_12 = 0x6a99b4ac;
const HCONST_13 = 0x08d12e65;
const HCONST_14 = 0xa708a81e;
const HCONST_15 = 0x454021d7;
const HCONST_16 = 0xe3779b90;
const HCONST_17 = 0x81af1549;
const HCONST_18 = 0x1fe68f02;
const HCONST_20 = 0x5c558274;
const HCONST_21 = 0xfa8cfc2d;
const HCONST_4 = 0x78dde6e4;
const HCONST_22 = 0x98c475e6;
const INTERNAL_HASH_SALT = 3432918353;

// Bob Jenkins' lookup2 mix. The block hash needs all three outputs, so the
// final a and b are left in mixA/mixB (module state keeps this allocation-free).
let mixA = 0, mixB = 0;
export function mix(a: number, b: number, c: number): number {
  a = (a - b - c) ^ (c >>> 13);
  b = (b - c - a) ^ (a << 8);
  c = (c - a - b) ^ (b >>> 13);
  a = (a - b - c) ^ (c >>> 12);
  b = (b - c - a) ^ (a << 16);
  c = (c - a - b) ^ (b >>> 5);
  a = (a - b - c) ^ (c >>> 3);
  b = (b - c - a) ^ (a << 10);
  c = (c - a - b) ^ (b >>> 15);
  mixA = a;
  mixB = b;
  return c >>> 0;
}

/** UINT32_HASH_2(x, y, k) applied to hash `h`; returns the new hash. */
export function hash2(x: number, y: number, k: number, h: number): number {
  return mix((k + x) | 0, (k + y) | 0, h | 0);
}

/** Jenkins lookup2 over `len` bytes seeded with `init` (the BEAM's block_hash). */
/** A bitstring's bytes, then its trailing bits, folded into `hash` (both hashes do it alike). */
export function bitstringHash(t: Bitstring, hash: number): number {
  const sz = t.bitSize >>> 3, bits = t.bitSize & 7;
  const con = (HCONST_13 + hash) >>> 0;
  if (t.bitSize === 0) return con;
  const bytes = bitstringToBytesPadded(t);
  let h = blockHash(bytes, sz, con);
  if (bits > 0) h = hash2(bits, bytes[sz] >>> (8 - bits), HCONST_15, h);
  return h;
}

export function blockHash(k: Uint8Array, len: number, init: number): number {
  let a = HCONST | 0, b = HCONST | 0, c = init | 0;
  let i = 0;
  let left = len;
  while (left >= 12) {
    a = (a + (k[i] | (k[i + 1] << 8) | (k[i + 2] << 16) | (k[i + 3] << 24))) | 0;
    b = (b + (k[i + 4] | (k[i + 5] << 8) | (k[i + 6] << 16) | (k[i + 7] << 24))) | 0;
    c = (c + (k[i + 8] | (k[i + 9] << 8) | (k[i + 10] << 16) | (k[i + 11] << 24))) | 0;
    c = mix(a, b, c);
    a = mixA;
    b = mixB;
    i += 12;
    left -= 12;
  }
  c = (c + len) | 0;
  // the tail bytes; the low byte of c is taken by the length
  if (left >= 11) c = (c + (k[i + 10] << 24)) | 0;
  if (left >= 10) c = (c + (k[i + 9] << 16)) | 0;
  if (left >= 9) c = (c + (k[i + 8] << 8)) | 0;
  if (left >= 8) b = (b + (k[i + 7] << 24)) | 0;
  if (left >= 7) b = (b + (k[i + 6] << 16)) | 0;
  if (left >= 6) b = (b + (k[i + 5] << 8)) | 0;
  if (left >= 5) b = (b + k[i + 4]) | 0;
  if (left >= 4) a = (a + (k[i + 3] << 24)) | 0;
  if (left >= 3) a = (a + (k[i + 2] << 16)) | 0;
  if (left >= 2) a = (a + (k[i + 1] << 8)) | 0;
  if (left >= 1) a = (a + k[i]) | 0;
  return mix(a, b, c);
}

const TWO32 = 4294967296;
/** Low and high 32-bit words of a 64-bit two's-complement integer, in wordLo/wordHi. */
let wordLo = 0, wordHi = 0;
function splitInt(n: number): void {
  wordLo = ((n % TWO32) + TWO32) % TWO32;
  wordHi = Math.floor(n / TWO32) >>> 0;
}
/** The tagged word of a small integer: (n << 4) | 0xF, split into wordLo/wordHi. */
function smallWord(n: number): void {
  splitInt(n);
  const lo = wordLo, hi = wordHi;
  wordLo = ((lo << 4) | 0xf) >>> 0;
  wordHi = ((hi << 4) | (lo >>> 28)) >>> 0;
}

const SMALL_MAX = (1n << 59n) - 1n;
const SMALL_MIN = -(1n << 59n);
const M32 = 0xffffffffn;

/** Puts an immediate's tagged word in wordLo/wordHi; false when `t` is boxed. */
function immediateWord(t: Term): boolean {
  if (typeof t === 'number') {
    smallWord(t);
    return true;
  }
  if (t instanceof Atom) {
    wordLo = ((t.index << 6) | 0x0b) >>> 0;
    wordHi = t.index >>> 26;
    return true;
  }
  if (t === NIL) {
    wordLo = 0x3b;
    wordHi = 0;
    return true;
  }
  if (typeof t === 'bigint') {
    if (t >= SMALL_MIN && t <= SMALL_MAX) {
      const w = BigInt.asUintN(64, (t << 4n) | 0xfn);
      wordLo = Number(w & M32);
      wordHi = Number(w >> 32n);
      return true;
    }
    return false;
  }
  if (t instanceof Pid && t.node === LOCAL) {
    // approximation of the local pid word: (serial<<28 | number) << 4 | 3
    smallWord((t.serial * 268435456) + t.id);
    wordLo = (wordLo & ~0xf) | 0x3;
    return true;
  }
  if (t instanceof Port && t.node === LOCAL) {
    smallWord(t.id);
    wordLo = (wordLo & ~0xf) | 0x7;
    return true;
  }
  return false;
}

const HASH_CDR = {}; // stack marker: "a cons tail that is not a list follows"
const rotl17 = (h: number) => ((h << 17) | (h >>> 15)) >>> 0;

/** make_internal_hash(Term, Salt). */
export function internalHash(term: Term, salt: number): number {
  let hash = (salt ^ INTERNAL_HASH_SALT) >>> 0;
  if (immediateWord(term)) return hash2(wordLo, wordHi, HCONST, hash);
  const stack: unknown[] = [];
  let t: unknown = term;
  for (;;) {
    if (t instanceof Cons) {
      // runs of byte-sized integers (strings) are packed four to a word
      let c = 0, sh = 0;
      let cell = t as Cons;
      let rest: Term = cell;
      while (typeof cell.head === 'number' && cell.head >= 0 && cell.head <= 255 && Number.isInteger(cell.head)) {
        sh = ((sh << 8) + cell.head) >>> 0;
        if (c === 3) {
          hash = hash2(sh, 0, HCONST_4, hash);
          c = sh = 0;
        } else c++;
        rest = cell.tail;
        if (!(rest instanceof Cons)) break;
        cell = rest;
      }
      if (c > 0) hash = hash2(sh, c, HCONST_22, hash);
      if (rest instanceof Cons) {
        const tail = rest.tail;
        hash = rotl17((hash ^ HCONST_17) >>> 0);
        stack.push(tail);
        if (!(tail instanceof Cons)) stack.push(HASH_CDR);
        t = rest.head;
        continue;
      }
      t = rest;
      continue;
    }
    if (immediateWord(t as Term)) {
      hash = hash2(wordLo, wordHi, HCONST, hash);
    } else if (Array.isArray(t)) {
      const n = t.length;
      hash = hash2(n, 0, HCONST_9, hash);
      if (n > 0) {
        for (let i = n - 1; i >= 1; i--) stack.push(t[i]);
        t = t[0];
        continue;
      }
    } else if (t instanceof Float) {
      let v = t.value;
      if (v === 0) v = 0;
      f64[0] = v;
      hash = hash2(u32[0], u32[1], HCONST_12, hash);
    } else if (t instanceof Bitstring) {
      hash = bitstringHash(t, hash);
    } else if (typeof t === 'bigint') {
      const neg = t < 0n;
      let m = neg ? -t : t;
      const con = neg ? HCONST_10 : HCONST_11;
      do {
        hash = hash2(Number(m & M32), Number((m >> 32n) & M32), con, hash);
        m >>= 64n;
      } while (m > 0n);
    } else if (t instanceof ErlMap) {
      hash = hash2(t.size, 0, HCONST_16, hash);
      if (t.size > 0) {
        if (t.root === null) {
          const ks = t.fk!, vs = t.fv!;
          for (let i = ks.length - 1; i >= 0; i--) {
            stack.push(vs[i]);
            stack.push(ks[i]);
          }
        } else pushNode(stack, t.root);
      }
    } else if (t instanceof HNode) {
      pushNode(stack, t);
    } else if (t instanceof Ref) {
      const ids = t.ids;
      hash = hash2(ids[0] ?? 0, 0, HCONST_7, hash);
      hash = hash2(ids[1] ?? 0, ids[2] ?? 0, HCONST_8, hash);
      if (ids.length >= 5) hash = hash2(ids[3], ids[4], HCONST_9, hash);
    } else if (t instanceof Fun) {
      if (t.kind === 0) {
        const n = t.env.length;
        hash = hash2(n, ((t.module.index << 6) | 0x0b) >>> 0, HCONST_20, hash);
        hash = hash2(t.index, t.uniq >>> 0, HCONST_21, hash);
        if (n > 0) {
          for (let i = n - 1; i >= 1; i--) stack.push(t.env[i]);
          t = t.env[0];
          continue;
        }
      } else {
        // the BEAM hashes the export entry's address; any stable value will do
        hash = hash2(t.module.index, (t.name.index * 256 + t.arity) >>> 0, HCONST_14, hash);
      }
    } else if (t instanceof Pid || t instanceof Port) {
      hash = hash2(t.id, t.node.index, HCONST_9, hash);
    }
    // pop_next
    for (;;) {
      if (stack.length === 0) return hash >>> 0;
      t = stack.pop();
      if (t === HASH_CDR) {
        hash = rotl17((hash ^ HCONST_18) >>> 0);
        continue;
      }
      break;
    }
  }
}

function pushNode(stack: unknown[], node: HNode): void {
  const ch = node.children;
  for (let i = 0; i < ch.length; i++) {
    const c = ch[i];
    if (c instanceof HLeaf) {
      stack.push(c.val);
      stack.push(c.key);
    } else stack.push(c);
  }
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
