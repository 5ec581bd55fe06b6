// Conversions between Erlang lists (Cons chains) and JS arrays/strings.
// All walks are iterative: lists of millions of cells must not grow the JS stack.

import { Cons, NIL, type Term } from './types.js';

/** The elements of a proper list, or null when `t` is not a proper list. */
export function listToArray(t: Term): Term[] | null {
  const out: Term[] = [];
  while (t instanceof Cons) {
    out.push(t.head);
    t = t.tail;
  }
  return t === NIL ? out : null;
}

/** Builds [items... | tail] (tail defaults to []). */
export function arrayToList(items: readonly Term[], tail: Term = NIL): Term {
  let l = tail;
  for (let i = items.length - 1; i >= 0; i--) l = new Cons(items[i], l);
  return l;
}

/** Length of a proper list; -1 when `t` is not a proper list. */
export function listLength(t: Term): number {
  let n = 0;
  while (t instanceof Cons) {
    n++;
    t = t.tail;
  }
  return t === NIL ? n : -1;
}

export function isProperList(t: Term): boolean {
  while (t instanceof Cons) t = t.tail;
  return t === NIL;
}

/** A JS string as a list of Unicode code points (Erlang's string representation). */
export function stringToList(s: string): Term {
  const cps: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    cps.push(c);
    if (c > 0xffff) i++;
  }
  let l: Term = NIL;
  for (let i = cps.length - 1; i >= 0; i--) l = new Cons(cps[i], l);
  return l;
}

/**
 * A proper list of valid Unicode code points (0..0x10FFFF, no surrogates) as
 * a JS string; null for anything else.
 */
export function listToString(t: Term): string | null {
  let s = '';
  let chunk: number[] = [];
  while (t instanceof Cons) {
    const c = t.head;
    if (typeof c !== 'number' || !isCodePoint(c)) return null;
    chunk.push(c);
    if (chunk.length === 4096) {
      s += String.fromCodePoint(...chunk);
      chunk = [];
    }
    t = t.tail;
  }
  if (t !== NIL) return null;
  if (chunk.length > 0) s += String.fromCodePoint(...chunk);
  return s;
}

function isCodePoint(c: number): boolean {
  return Number.isInteger(c) && c >= 0 && c <= 0x10ffff && (c < 0xd800 || c > 0xdfff);
}
