// iolist / bitstring-list flattening shared by erlang:list_to_binary,
// iolist_to_binary, iolist_size, list_to_bitstring and binary:list_to_bin.
// Walks are iterative (an explicit stack of pending tails), so deep and long
// iolists never grow the JS stack.

import { Bitstring, Cons, NIL, type Term } from '../term/types.js';
import { copyBits } from '../vm/bitsyntax_bits.js';

const stack: Term[] = [];

/**
 * Total size in bits of an iolist (bytes, binaries, nested lists, binary
 * tails), or -1 if `t` is not one. `bits` admits non-byte bitstrings.
 */
export function ioSizeBits(t: Term, bits: boolean): number {
  let total = 0;
  const base = stack.length;
  let cur = t;
  for (;;) {
    while (cur instanceof Cons) {
      const h = cur.head;
      if (typeof h === 'number') {
        if (h < 0 || h > 255) return fail(base);
        total += 8;
      } else if (h instanceof Bitstring) {
        if (!bits && (h.bitSize & 7) !== 0) return fail(base);
        total += h.bitSize;
      } else if (h instanceof Cons) {
        stack.push(cur.tail);
        cur = h;
        continue;
      } else if (h !== NIL) return fail(base);
      cur = cur.tail;
    }
    if (cur instanceof Bitstring) {
      if (!bits && (cur.bitSize & 7) !== 0) return fail(base);
      total += cur.bitSize;
    } else if (cur !== NIL) return fail(base);
    if (stack.length === base) return total;
    cur = stack.pop()!;
  }
}

function fail(base: number): number {
  stack.length = base;
  return -1;
}

/** Writes a validated iolist's bits into `out` from bit `pos`; returns the end position. */
export function ioFill(t: Term, out: Uint8Array, pos: number): number {
  const base = stack.length;
  let cur = t;
  for (;;) {
    while (cur instanceof Cons) {
      const h = cur.head;
      if (typeof h === 'number') {
        if ((pos & 7) === 0) out[pos >>> 3] = h;
        else copyBits(out, pos, BYTE.fill(h), 0, 8);
        pos += 8;
      } else if (h instanceof Bitstring) {
        copyBits(out, pos, h.data, h.bitOffset, h.bitSize);
        pos += h.bitSize;
      } else if (h instanceof Cons) {
        stack.push(cur.tail);
        cur = h;
        continue;
      }
      cur = cur.tail;
    }
    if (cur instanceof Bitstring) {
      copyBits(out, pos, cur.data, cur.bitOffset, cur.bitSize);
      pos += cur.bitSize;
    }
    if (stack.length === base) return pos;
    cur = stack.pop()!;
  }
}

const BYTE = new Uint8Array(1);

/** Flattens an iolist to a fresh bitstring, or null if it is not one. */
export function ioToBitstring(t: Term, bits: boolean): Bitstring | null {
  const n = ioSizeBits(t, bits);
  if (n < 0) return null;
  const out = new Uint8Array((n + 7) >>> 3);
  ioFill(t, out, 0);
  return new Bitstring(out, 0, n);
}
