// erlang:iolist_to_iovec/1 and term_to_iovec/1,2 with the element structure
// erts produces, which programs can observe (length, byte_size of parts).
//
// iolist_to_iovec (erts' iol2v): bytes and binaries under 256 bytes are
// copied into an accumulator; a binary of 256+ bytes is returned as its own
// element when the accumulator is empty or already 256+; otherwise it is
// copied in whole when the two together are under 512 bytes, else the
// accumulator is topped up to 256 bytes from it and its rest is returned as
// a sub-binary. The accumulator grows by doubling and is flushed as an
// element once it would need to grow past 8192 bytes.
//
// term_to_iovec: the external format with every binary of more than 64 bytes
// (the BEAM's off-heap binaries) referenced as its own element between the
// encoded bytes around it; with compression the result is a single binary.

import { Bitstring, Cons, NIL, type Term } from '../term/types.js';
import { binaryFromBytes } from '../term/bits.js';
import { badarg } from '../vm/exception.js';

const SMALL = 256; // IOL2V_SMALL_BIN_LIMIT
const ACC_LIMIT = SMALL * 32; // stop reallocating the accumulator here

/** Builds the result list in order. */
class Iovec {
  private head: Term = NIL;
  private last: Cons | null = null;
  push(t: Term): void {
    const c = new Cons(t, NIL);
    if (this.last === null) this.head = c;
    else this.last.tail = c;
    this.last = c;
  }
  list(): Term {
    return this.head;
  }
}

class Iol2v {
  out = new Iovec();
  acc: Uint8Array | null = null;
  accSize = 0;

  private flush(): void {
    this.out.push(binaryFromBytes(this.acc!.slice(0, this.accSize)));
    this.acc = null;
    this.accSize = 0;
  }

  /** Room for `extra` more bytes, with erts' growth (and flush) policy. */
  private expand(extra: number): void {
    const need = this.accSize + extra;
    if (this.acc === null) {
      this.acc = new Uint8Array(Math.max(need, SMALL));
    } else if (need > this.acc.length) {
      if (this.acc.length >= ACC_LIMIT) {
        this.flush();
        this.expand(extra);
        return;
      }
      const grown = new Uint8Array(Math.max(need, this.acc.length * 2));
      grown.set(this.acc.subarray(0, this.accSize));
      this.acc = grown;
    }
  }

  /** Copies the run of integers starting at `cell` (room is made for the whole run at once, as erts does); returns the cell after it, or null for a non-byte. */
  bytes(cell: Cons): Term | null {
    let n = 0;
    let l: Term = cell;
    while (l instanceof Cons && typeof l.head === 'number') {
      n++;
      l = l.tail;
    }
    this.expand(n);
    const acc = this.acc!;
    let c: Term = cell;
    for (let i = 0; i < n; i++) {
      const h = (c as Cons).head as number;
      if (h < 0 || h > 255) return null;
      acc[this.accSize++] = h;
      c = (c as Cons).tail;
    }
    return l;
  }

  /** Appends a binary; false for a bitstring that is not whole bytes. */
  binary(b: Bitstring): boolean {
    if ((b.bitSize & 7) !== 0) return false;
    const size = b.bitSize >>> 3;
    if (size === 0) return true;
    const accSmall = this.accSize < SMALL;
    const binSmall = size < SMALL;
    if (!binSmall && (this.accSize === 0 || !accSmall)) {
      if (this.accSize !== 0) this.flush();
      this.out.push(b);
    } else if (binSmall || size + this.accSize < SMALL * 2) {
      this.copy(b, 0, size);
    } else {
      const spill = SMALL - this.accSize;
      this.copy(b, 0, spill);
      this.flush();
      this.out.push(new Bitstring(b.data, b.bitOffset + spill * 8, (size - spill) * 8));
    }
    return true;
  }

  private copy(b: Bitstring, from: number, n: number): void {
    this.expand(n);
    const acc = this.acc!;
    if ((b.bitOffset & 7) === 0) {
      const start = (b.bitOffset >>> 3) + from;
      acc.set(b.data.subarray(start, start + n), this.accSize);
    } else {
      const sh = b.bitOffset & 7;
      let p = (b.bitOffset >>> 3) + from;
      for (let i = 0; i < n; i++, p++) {
        acc[this.accSize + i] = ((b.data[p] << sh) | (b.data[p + 1] >>> (8 - sh))) & 0xff;
      }
    }
    this.accSize += n;
  }
}

/** erlang:iolist_to_iovec/1. */
export function iolistToIovec(t: Term): Term {
  if (t === NIL) return NIL;
  if (t instanceof Bitstring) {
    if ((t.bitSize & 7) !== 0) return badarg();
    return t.bitSize === 0 ? NIL : new Cons(t, NIL);
  }
  if (!(t instanceof Cons)) return badarg();
  const st = new Iol2v();
  const tails: Term[] = [];
  let cur: Term = t;
  for (;;) {
    while (cur instanceof Cons) {
      const h: Term = cur.head;
      if (h instanceof Bitstring) {
        if (!st.binary(h)) return badarg();
      } else if (typeof h === 'number') {
        const next = st.bytes(cur);
        if (next === null) return badarg();
        cur = next;
        continue;
      } else if (h instanceof Cons || h === NIL) {
        if (cur.tail !== NIL) tails.push(cur.tail);
        cur = h;
        continue;
      } else return badarg();
      cur = cur.tail;
    }
    if (cur instanceof Bitstring) {
      if (!st.binary(cur)) return badarg();
    } else if (cur !== NIL) return badarg();
    if (tails.length === 0) break;
    cur = tails.pop()!;
  }
  if (st.accSize !== 0) st.out.push(binaryFromBytes(st.acc!.slice(0, st.accSize)));
  return st.out.list();
}

// --- term_to_iovec: find the large binaries in an encoding ---

const OFF_HEAP = 64; // ERL_ONHEAP_BIN_LIMIT

/**
 * Walks one encoded term from `p` and returns where it ends, recording the
 * byte ranges of binaries over 64 bytes in `cuts` as [start, end) pairs.
 * Returns -1 on a tag it does not know (the caller then keeps one chunk).
 */
function skipTerm(b: Uint8Array, p: number, cuts: number[]): number {
  const u16 = (i: number) => (b[i] << 8) | b[i + 1];
  const u32 = (i: number) => ((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0;
  // iterative over a count of terms still to skip
  let pending = 1;
  while (pending > 0) {
    pending--;
    const tag = b[p++];
    switch (tag) {
      case 97: p += 1; break; // SMALL_INTEGER
      case 98: p += 4; break; // INTEGER
      case 70: p += 8; break; // NEW_FLOAT
      case 99: p += 31; break; // FLOAT (old)
      case 100: case 118: p += 2 + u16(p); break; // ATOM, ATOM_UTF8
      case 115: case 119: p += 1 + b[p]; break; // SMALL_ATOM(_UTF8)
      case 106: break; // NIL
      case 107: p += 2 + u16(p); break; // STRING
      case 104: pending += b[p]; p += 1; break; // SMALL_TUPLE
      case 105: pending += u32(p); p += 4; break; // LARGE_TUPLE
      case 108: pending += u32(p) + 1; p += 4; break; // LIST (elements + tail)
      case 116: pending += 2 * u32(p); p += 4; break; // MAP
      case 110: p += 2 + b[p]; break; // SMALL_BIG
      case 111: p += 5 + u32(p); break; // LARGE_BIG
      case 109: { // BINARY
        const n = u32(p);
        p += 4;
        if (n > OFF_HEAP) cuts.push(p, p + n);
        p += n;
        break;
      }
      case 77: { // BIT_BINARY: the whole bytes are referenced, the last partial byte is copied
        const n = u32(p);
        p += 5;
        if (n - 1 > OFF_HEAP) cuts.push(p, p + n - 1);
        p += n;
        break;
      }
      case 88: p = skipNodeThen(b, p, 12); if (p < 0) return -1; break; // NEW_PID
      case 103: p = skipNodeThen(b, p, 9); if (p < 0) return -1; break; // PID
      case 89: p = skipNodeThen(b, p, 8); if (p < 0) return -1; break; // NEW_PORT
      case 120: p = skipNodeThen(b, p, 12); if (p < 0) return -1; break; // V4_PORT
      case 102: p = skipNodeThen(b, p, 5); if (p < 0) return -1; break; // PORT
      case 90: { // NEWER_REFERENCE
        const n = u16(p);
        p = skipNodeThen(b, p + 2, 4 + 4 * n);
        if (p < 0) return -1;
        break;
      }
      case 114: { // NEW_REFERENCE
        const n = u16(p);
        p = skipNodeThen(b, p + 2, 1 + 4 * n);
        if (p < 0) return -1;
        break;
      }
      case 113: pending += 3; break; // EXPORT: module, function, arity
      case 112: { // NEW_FUN: fixed part, then module, old index, old uniq, pid, free variables
        const numFree = u32(p + 4 + 1 + 16 + 4);
        p += 4 + 1 + 16 + 4 + 4;
        pending += 4 + numFree;
        break;
      }
      default:
        return -1;
    }
  }
  return p;
}

/** Skips a node atom and then `fixed` bytes. */
function skipNodeThen(b: Uint8Array, p: number, fixed: number): number {
  const e = skipTerm(b, p, []);
  return e < 0 ? -1 : e + fixed;
}

/** The encoding of a term as erts' term_to_iovec splits it. */
export function encodingToIovec(bytes: Uint8Array, compressed: boolean): Term {
  if (compressed) return binaryFromBytes(bytes);
  const cuts: number[] = [];
  if (bytes[0] !== 131 || skipTerm(bytes, 1, cuts) !== bytes.length || cuts.length === 0) {
    return new Cons(binaryFromBytes(bytes), NIL);
  }
  const out = new Iovec();
  let at = 0;
  for (let i = 0; i < cuts.length; i += 2) {
    const s = cuts[i], e = cuts[i + 1];
    if (s > at) out.push(new Bitstring(bytes, at * 8, (s - at) * 8));
    out.push(new Bitstring(bytes, s * 8, (e - s) * 8));
    at = e;
  }
  if (at < bytes.length) out.push(new Bitstring(bytes, at * 8, (bytes.length - at) * 8));
  return out.list();
}
