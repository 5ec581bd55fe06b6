// erts_debug: same/2 and the heap-size estimates (flat_size, size_shared)
// in words of a 64-bit BEAM, computed from the term's shape.

import { Atom, Bitstring, Cons, Float, Fun, NIL, Pid, Port, Ref, bool, type Term } from '../term/types.js';
import { ErlMap } from '../term/map.js';
import { defineNatives } from './registry.js';

const FIXNUM_MIN = -(2 ** 59);
const FIXNUM_LIMIT = 2 ** 59; // exclusive (2 ** 59 - 1 is not exact as a double)

function bignumWords(v: number | bigint): number {
  let b = typeof v === 'bigint' ? v : BigInt(v);
  if (b < 0n) b = -b;
  return 1 + Math.ceil(b.toString(2).length / 64);
}

function binaryWords(b: Bitstring): number {
  const bytes = (b.bitSize + 7) >>> 3;
  const whole = (b.bitSize & 7) === 0 && (b.bitOffset & 7) === 0;
  const base = bytes <= 64 ? 2 + Math.ceil(bytes / 8) : 6; // heap binary, else ProcBin
  return whole ? base : 5 + base; // a sub-binary points at its original
}

/** Words a term occupies on the heap; `seen` (size_shared) counts shared subterms once. */
function heapWords(root: Term, seen: Set<object> | null): number {
  let words = 0;
  const stack: Term[] = [root];
  while (stack.length > 0) {
    let t = stack.pop()!;
    for (;;) {
      if (typeof t === 'number') {
        if (!Number.isInteger(t) || t < FIXNUM_MIN || t >= FIXNUM_LIMIT) words += bignumWords(t);
        break;
      }
      if (typeof t === 'bigint') {
        words += bignumWords(t);
        break;
      }
      if (t instanceof Atom || t === NIL || t instanceof Pid || t instanceof Port) break;
      if (seen !== null) {
        if (seen.has(t as object)) break;
        seen.add(t as object);
      }
      if (t instanceof Cons) {
        words += 2;
        stack.push(t.head);
        t = t.tail;
        continue;
      }
      if (Array.isArray(t)) {
        if (t.length > 0) words += 1 + t.length;
        for (const e of t) stack.push(e);
      } else if (t instanceof Float) words += 2;
      else if (t instanceof Bitstring) words += binaryWords(t);
      else if (t instanceof ErlMap) {
        const n = t.size;
        if (n <= 32) words += 3 + (n > 0 ? 1 + n : 0) + n;
        else words += 2 + Math.ceil(n * 1.2) + n * 2; // HAMT nodes and leaf cons cells: an estimate
        for (const [k, v] of t.iterEntries()) stack.push(k, v);
      } else if (t instanceof Ref) words += t.ids.length === 3 ? 3 : 1 + t.ids.length;
      else if (t instanceof Fun) {
        words += t.kind === 1 ? 5 : 5 + t.env.length;
        for (const e of t.env) stack.push(e);
      }
      break;
    }
  }
  return words;
}

/** erts_debug:same/2: the same object, not just equal. */
function same(a: Term, b: Term): boolean {
  if (a === b) return true;
  return typeof a === 'number' && typeof b === 'number' && Object.is(a, b);
}

defineNatives('erts_debug', {
  'same/2': (a, b) => bool(same(a, b)),
  'flat_size/1': (t) => heapWords(t, null),
  'size_shared/1': (t) => heapWords(t, new Set()),
});
