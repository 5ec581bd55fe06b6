// erlang:phash2/1,2: the portable hash (make_hash2 in erts utils.c). Unlike
// the internal hash it depends only on the term's value, so it matches erl
// for every term whose parts are representable here (local pids/refs hash by
// their numbers as the BEAM's do).

import { Atom, Bitstring, Cons, Float, Fun, NIL, Pid, Port, Ref, type Term } from './types.js';
import { ErlMap } from './map.js';
import { HCONST, bitstringHash, hash2 } from './ihash.js';

const HCONST_2 = 0x3c6ef372;
const HCONST_3 = 0xdaa66d2b;
const HCONST_4 = 0x78dde6e4;
const HCONST_5 = 0x1715609d;
const HCONST_6 = 0xb54cda56;
const HCONST_7 = 0x5384540f;
const HCONST_9 = 0x8ff34781;
const HCONST_10 = 0x2e2ac13a;
const HCONST_11 = 0xcc623af3;
const HCONST_12 = 0x6a99b4ac;
const HCONST_14 = 0xa708a81e;
const HCONST_16 = 0xe3779b90;
const HCONST_19 = 0xbe1e08bb;
const NIL_DEF = 2; // the type code erts gives [] (tag_val_def), not its machine word

const encoder = new TextEncoder();
const atomHashes = new Map<Atom, number>();

/** The atom table's hash of a name: hashpjw over its UTF-8, with Latin-1 pairs folded to one byte. */
export function atomHash(a: Atom): number {
  let h = atomHashes.get(a);
  if (h !== undefined) return h;
  const p = encoder.encode(a.name);
  h = 0;
  for (let i = 0; i < p.length; i++) {
    let v = p[i];
    if (i + 1 < p.length && (v & 0xfe) === 0xc2 && (p[i + 1] & 0xc0) === 0x80) {
      v = ((v << 6) | (p[i + 1] & 0x3f)) & 0xff;
      i++;
    }
    h = ((h << 4) + v) >>> 0;
    const g: number = h & 0xf0000000;
    if (g !== 0) {
      h = (h ^ (g >>> 24)) >>> 0;
      h = (h ^ g) >>> 0;
    }
  }
  atomHashes.set(a, h);
  return h;
}

const TWO32 = 4294967296;

/** Integer hash: 28-bit values as a signed 32-bit word, larger ones by 64-bit digits of the magnitude. */
function intHash(n: number | bigint, hash: number): number {
  if (typeof n === 'number') {
    if (n >= -134217728 && n <= 134217727) {
      if (n < 0) hash = hash2(-n, 0, HCONST, hash);
      return hash2(n >>> 0, 0, HCONST, hash);
    }
    const con = n < 0 ? HCONST_10 : HCONST_11;
    const m = Math.abs(n);
    return hash2(m % TWO32, Math.floor(m / TWO32), con, hash);
  }
  const con = n < 0n ? HCONST_10 : HCONST_11;
  let m = n < 0n ? -n : n;
  do {
    hash = hash2(Number(m & 0xffffffffn), Number((m >> 32n) & 0xffffffffn), con, hash);
    m >>= 64n;
  } while (m > 0n);
  return hash;
}

const MAP_TAIL = {}; // stack markers
const MAP_PAIR = {};
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** make_hash2(Term): the full 32-bit portable hash. */
export function makeHash2(term: Term): number {
  if (term instanceof Atom) return atomHash(term);
  if (typeof term === 'number') return intHash(term, 0) >>> 0;
  let hash = 0;
  let xorPairs = 0;
  const stack: unknown[] = [];
  let t: unknown = term;
  for (;;) {
    if (t instanceof Cons) {
      // runs of bytes (strings) are packed four to a word
      let c = 0, sh = 0;
      let cell: Cons = t;
      let rest: Term = t;
      while (typeof cell.head === 'number' && cell.head >= 0 && cell.head <= 255) {
        sh = ((sh << 8) + cell.head) >>> 0;
        if (c === 3) {
          hash = hash2(sh, 0, HCONST_4, hash);
          c = sh = 0;
        } else c++;
        rest = cell.tail;
        if (!(rest instanceof Cons)) break;
        cell = rest;
      }
      if (c > 0) hash = hash2(sh, 0, HCONST_4, hash);
      if (rest instanceof Cons) {
        stack.push(rest.tail);
        t = rest.head;
      } else t = rest;
      continue;
    }
    if (typeof t === 'number' || typeof t === 'bigint') hash = intHash(t, hash);
    else if (t instanceof Atom) hash = hash === 0 ? atomHash(t) : hash2(atomHash(t), 0, HCONST_3, hash);
    else if (t === NIL) hash = hash === 0 ? 3468870702 : hash2(NIL_DEF, 0, HCONST_2, hash);
    else if (Array.isArray(t)) {
      const n = t.length;
      hash = hash2(n, 0, HCONST_9, hash);
      if (n > 0) {
        for (let i = n - 1; i >= 1; i--) stack.push(t[i]);
        t = t[0];
        continue;
      }
    } else if (t instanceof Float) {
      f64[0] = t.value === 0 ? 0 : t.value;
      hash = hash2(u32[1], u32[0], HCONST_12, hash);
    } else if (t instanceof Bitstring) {
      hash = bitstringHash(t, hash);
    } else if (t instanceof ErlMap) {
      // pairs are hashed independently and xor-ed, so iteration order does not matter
      hash = hash2(t.size, 0, HCONST_16, hash);
      if (t.size > 0) {
        stack.push(xorPairs, hash, MAP_TAIL);
        hash = 0;
        xorPairs = 0;
        const es = t.iterEntries();
        for (let i = es.length - 1; i >= 0; i--) stack.push(MAP_PAIR, es[i][1], es[i][0]);
      }
    } else if (t instanceof Fun) {
      if (t.kind === 0) {
        const n = t.env.length;
        hash = hash2(n, atomHash(t.module), HCONST, hash);
        hash = hash2(t.index, t.uniq >>> 0, HCONST, hash);
        if (n > 0) {
          for (let i = n - 1; i >= 1; i--) stack.push(t.env[i]);
          t = t.env[0];
          continue;
        }
      } else {
        hash = hash2(t.arity, atomHash(t.module), HCONST, hash);
        hash = hash2(atomHash(t.name), 0, HCONST_14, hash);
      }
    } else if (t instanceof Ref) hash = hash2(t.ids[0] >>> 0, 0, HCONST_7, hash);
    else if (t instanceof Pid) hash = hash2(t.id >>> 0, 0, HCONST_5, hash);
    else if (t instanceof Port) hash = hash2(t.id % TWO32, Math.floor(t.id / TWO32), HCONST_6, hash);
    // hash2_common: pop the next term, closing map pairs and maps on the way
    for (;;) {
      if (stack.length === 0) return hash >>> 0;
      t = stack.pop();
      if (t === MAP_TAIL) {
        const saved = stack.pop() as number;
        hash = hash2(xorPairs, 0, HCONST_19, saved);
        xorPairs = stack.pop() as number;
      } else if (t === MAP_PAIR) {
        xorPairs = (xorPairs ^ hash) >>> 0;
        hash = 0;
      } else break;
    }
  }
}

/** erlang:phash2/1 (range 2^27) and phash2/2 (1 ≤ range ≤ 2^32; callers check the range). */
export function phash2(t: Term, range?: number): number {
  const h = makeHash2(t);
  if (range === undefined) return h & 0x7ffffff;
  if (range >= TWO32) return h;
  if ((range & (range - 1)) === 0) return (h & (range - 1)) >>> 0;
  return h % range;
}
