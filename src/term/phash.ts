// erlang:phash/2: the old portable hash (make_hash in erts). Every step is
// H = H*P + X mod 2^32 with P one of fourteen primes just above 2^28. It is
// still what OTP 25's sets, dict and friends bucket by, so it must match erl
// bit for bit. Maps are the exception: they mix in make_hash2 of the map.

import { Atom, Bitstring, Cons, Float, Fun, NIL, Pid, Port, Ref, type Term } from './types.js';
import { ErlMap } from './map.js';
import { atomHash, makeHash2 } from './phash2.js';

const FN1 = 268440163;
const FN2 = 268439161;
const FN3 = 268435459;
const FN4 = 268436141;
const FN5 = 268438633;
const FN6 = 268437017;
const FN8 = 268437511;
const FN9 = 268439627;
const FN10 = 268440479;
const FN11 = 268440577;
const FN12 = 268440581;
const FN13 = 268440593;
const FN14 = 268440611;

const TWO32 = 4294967296;

/** One multiply-add step modulo 2^32. */
function step(h: number, p: number, x: number): number {
  return (Math.imul(h, p) + x) >>> 0;
}

/** A 32-bit word hashed byte by byte, least significant first. */
function wordStep(h: number, w: number, p: number): number {
  h = step(h, p, w & 0xff);
  h = step(h, p, (w >>> 8) & 0xff);
  h = step(h, p, (w >>> 16) & 0xff);
  return step(h, p, w >>> 24);
}

/** Integers: |N| as little-endian 32-bit words, then the sign's prime. */
function intHash(h: number, n: number | bigint): number {
  if (typeof n === 'number') {
    const m = n < 0 ? -n : n;
    const lo = m % TWO32;
    const hi = Math.floor(m / TWO32);
    h = wordStep(h, lo, FN2);
    if (hi !== 0) h = wordStep(h, hi, FN2);
    return Math.imul(h, n < 0 ? FN4 : FN3) >>> 0;
  }
  let m = n < 0n ? -n : n;
  do {
    h = wordStep(h, Number(m & 0xffffffffn), FN2);
    m >>= 32n;
  } while (m > 0n);
  return Math.imul(h, n < 0n ? FN4 : FN3) >>> 0;
}

/** A bitstring's bytes, then its trailing bits (with their count), then its byte size. */
function binHash(h: number, b: Bitstring): number {
  const bytes = b.bitSize >>> 3;
  const tail = b.bitSize & 7;
  const data = b.data;
  const off = b.bitOffset;
  const sh = off & 7;
  let p = off >>> 3;
  const byteAt = sh === 0
    ? (i: number) => data[i]
    : (i: number) => ((data[i] << sh) & 0xff) | ((i + 1 < data.length ? data[i + 1] : 0) >>> (8 - sh));
  for (let i = 0; i < bytes; i++, p++) h = step(h, FN1, byteAt(p));
  if (tail > 0) {
    const last = byteAt(p) >>> (8 - tail);
    h = step(step(h, FN1, last), FN12, tail);
  }
  return step(h, FN4, bytes);
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

// Work-stack markers: a list's tail still to hash, a finished list, a finished tuple.
const CDR_PRE = {};
const CDR_POST = {};
const TUPLE_END = {};

/** make_hash(Term): the full 32-bit value behind erlang:phash/2. */
export function makeHash(term: Term): number {
  const stack: unknown[] = [];
  let h = 0;
  let t: unknown = term;
  for (;;) {
    if (t instanceof Cons) {
      // bytes (string characters) take a cheap step; anything else is hashed in
      // full before the rest of the list; the tail closes the list
      let cell: Cons = t;
      for (;;) {
        const x = cell.head;
        if (typeof x === 'number' && x >= 0 && x <= 255) {
          h = step(h, FN2, x);
          const rest = cell.tail;
          if (rest instanceof Cons) {
            cell = rest;
            continue;
          }
          stack.push(CDR_POST);
          t = rest;
          break;
        }
        stack.push(cell.tail, CDR_PRE);
        t = x;
        break;
      }
      continue;
    }
    if (Array.isArray(t)) {
      const n = t.length;
      if (n > 0) {
        stack.push(n, TUPLE_END);
        for (let i = n - 1; i >= 1; i--) stack.push(t[i]);
        t = t[0];
        continue;
      }
      h = step(h, FN9, 0);
    } else if (typeof t === 'number' || typeof t === 'bigint') h = intHash(h, t);
    else if (t instanceof Atom) h = step(h, FN1, atomHash(t));
    else if (t === NIL) h = step(h, FN3, 1);
    else if (t instanceof Bitstring) h = binHash(h, t);
    else if (t instanceof Float) {
      f64[0] = t.value === 0 ? 0 : t.value;
      h = step(h, FN6, (u32[0] ^ u32[1]) >>> 0);
    } else if (t instanceof ErlMap) h = (Math.imul(h, FN13) + FN14 + makeHash2(t)) >>> 0;
    else if (t instanceof Fun) {
      if (t.kind === 0) {
        const n = t.env.length;
        h = step(h, FN10, n);
        h = step(h, FN1, atomHash(t.module));
        h = step(h, FN2, t.index);
        h = step(h, FN2, t.uniq >>> 0);
        if (n > 0) {
          for (let i = n - 1; i >= 1; i--) stack.push(t.env[i]);
          t = t.env[0];
          continue;
        }
      } else {
        h = step(h, FN11, t.arity);
        h = step(h, FN1, atomHash(t.module));
        h = step(h, FN1, atomHash(t.name));
      }
    } else if (t instanceof Pid) h = Math.imul(wordStep(h, t.id >>> 0, FN5), FN6) >>> 0;
    else if (t instanceof Port) {
      const hi = Math.floor(t.id / TWO32);
      if (hi !== 0) h = wordStep(h, hi, FN11);
      h = Math.imul(wordStep(h, t.id % TWO32, FN9), FN10) >>> 0;
    } else if (t instanceof Ref) h = Math.imul(wordStep(h, t.ids[0] >>> 0, FN9), FN10) >>> 0;
    // pop: close finished lists and tuples, or take the next term to hash
    for (;;) {
      if (stack.length === 0) return h;
      const op = stack.pop();
      if (op === CDR_POST) h = Math.imul(h, FN8) >>> 0;
      else if (op === TUPLE_END) h = step(h, FN9, stack.pop() as number);
      else if (op === CDR_PRE) {
        const tail = stack.pop();
        if (!(tail instanceof Cons)) stack.push(CDR_POST);
        t = tail;
        break;
      } else {
        t = op;
        break;
      }
    }
  }
}

/** erlang:phash/2: 1 + hash rem Range, for 1 ≤ Range ≤ 2^32 (callers check the range). */
export function phash(t: Term, range: number): number {
  const h = makeHash(t);
  if (range >= TWO32) return h === 0xffffffff ? h : h + 1;
  return (h % range) + 1;
}
