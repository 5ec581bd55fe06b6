// prim_buffer: the byte queue behind prim_file's read-ahead and read_line
// (erts/preloaded/src/prim_buffer.erl). A buffer is a resource: a magic
// reference holding a queue of bytes.

import { Bitstring, Cons, NIL, OK, Ref, atom, type Term } from '../term/types.js';
import { binaryFromBytes, bytesOf } from '../term/bits.js';
import { badarg } from '../vm/exception.js';
import { magicRefIds } from './atomics.js';
import { defineNatives } from './registry.js';

const A_NOT_FOUND = atom('not_found');
const A_ACQUIRED = atom('acquired');
const A_BUSY = atom('busy');

export class PrimBuffer extends Ref {
  /** the queued bytes are data[head..tail) */
  data = EMPTY;
  head = 0;
  tail = 0;
  /** find_byte_index found no `noByte` in the first `noByteUpTo` bytes: read_line resumes there */
  noByte = -1;
  noByteUpTo = 0;
  locked = false;
  get size(): number {
    return this.tail - this.head;
  }
}

const EMPTY = new Uint8Array(0);

function buf(t: Term): PrimBuffer {
  return t instanceof PrimBuffer ? t : badarg();
}

function count(t: Term, b: PrimBuffer): number {
  if (typeof t !== 'number' || t < 0 || t > b.size) return badarg();
  return t;
}

/** Drop `n` bytes from the front. */
function skip(b: PrimBuffer, n: number): void {
  b.head += n;
  b.noByteUpTo = Math.max(0, b.noByteUpTo - n);
  if (b.head === b.tail) {
    // empty: start over on fresh memory (the old bytes may be shared by binaries)
    b.data = EMPTY;
    b.head = b.tail = 0;
  }
}

/**
 * Bytes handed out (peek_head, copying_read) are views of `data`, so bytes
 * once written are never overwritten: appending writes past `tail` only, and
 * a buffer that is full moves to new memory.
 */
function append(b: PrimBuffer, bytes: Uint8Array): void {
  if (b.tail + bytes.length > b.data.length) {
    const live = b.tail - b.head;
    const next = new Uint8Array(Math.max(live + bytes.length, live * 2, 256));
    next.set(b.data.subarray(b.head, b.tail));
    b.data = next;
    b.head = 0;
    b.tail = live;
  }
  b.data.set(bytes, b.tail);
  b.tail += bytes.length;
}

/** The first `n` bytes, which are then dropped. */
function read(b: PrimBuffer, n: number): Uint8Array {
  const out = b.data.subarray(b.head, b.head + n);
  skip(b, n);
  return out;
}

function findByte(b: PrimBuffer, byte: number): Term {
  const from = byte === b.noByte ? b.noByteUpTo : 0;
  const at = b.data.subarray(b.head, b.tail).indexOf(byte, from);
  if (at >= 0) return [OK, at];
  b.noByte = byte;
  b.noByteUpTo = b.size;
  return A_NOT_FOUND;
}

function write(b: PrimBuffer, iovec: Term): Term {
  const parts: Uint8Array[] = [];
  let l = iovec;
  for (; l instanceof Cons; l = l.tail) {
    const h = l.head;
    if (!(h instanceof Bitstring) || (h.bitSize & 7) !== 0) return badarg();
    parts.push(bytesOf(h));
  }
  if (l !== NIL) return badarg();
  for (const p of parts) append(b, p);
  return OK;
}

defineNatives('prim_buffer', {
  'new/0': () => new PrimBuffer(magicRefIds()),
  'size/1': (t) => buf(t).size,
  'peek_head/1': (t) => {
    const b = buf(t);
    if (b.size === 0) return badarg();
    return binaryFromBytes(b.data.subarray(b.head, b.tail));
  },
  'copying_read/2': (t, n) => {
    const b = buf(t);
    return binaryFromBytes(read(b, count(n, b)));
  },
  'write/2': (t, iovec) => write(buf(t), iovec),
  'skip/2': (t, n) => {
    const b = buf(t);
    skip(b, count(n, b));
    return OK;
  },
  'find_byte_index/2': (t, byte) => {
    const b = buf(t);
    if (typeof byte !== 'number' || byte < 0 || byte > 255) return badarg();
    return findByte(b, byte);
  },
  'try_lock/1': (t) => {
    const b = buf(t);
    if (b.locked) return A_BUSY;
    b.locked = true;
    return A_ACQUIRED;
  },
  'unlock/1': (t) => {
    buf(t).locked = false;
    return OK;
  },
});
