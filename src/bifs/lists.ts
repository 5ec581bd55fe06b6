// The lists BIFs (OTP 25 keeps these five in C). All walks are iterative.

import { Cons, FALSE, NIL, TRUE, type Term } from '../term/types.js';
import { eqArith, eqExact } from '../term/compare.js';
import { badarg } from '../vm/exception.js';
import { atom } from '../term/types.js';
import { defineNatives } from './registry.js';

const A_VALUE = atom('value');

export function reverse2(l: Term, tail: Term): Term {
  let r = tail;
  let t = l;
  while (t instanceof Cons) {
    r = new Cons(t.head, r);
    t = t.tail;
  }
  if (t !== NIL) return badarg();
  return r;
}

/** lists:member/2: exact (=:=) match; stops at the first hit, badarg on an improper tail reached. */
export function member(x: Term, l: Term): Term {
  let t = l;
  if (typeof x === 'number' || !(typeof x === 'object') || x === null) {
    while (t instanceof Cons) {
      if (t.head === x) return TRUE;
      t = t.tail;
    }
  } else {
    while (t instanceof Cons) {
      if (t.head === x || eqExact(t.head, x)) return TRUE;
      t = t.tail;
    }
  }
  return t === NIL ? FALSE : badarg();
}

/** The first tuple in `l` whose N-th element compares equal (==) to key, or null. */
function keyfindTuple(key: Term, n: Term, l: Term): Term[] | null {
  if (typeof n !== 'number' || n < 1) return badarg();
  const i = n - 1;
  let t = l;
  while (t instanceof Cons) {
    const e = t.head;
    if (Array.isArray(e) && e.length > i) {
      const v = e[i];
      if (v === key || eqArith(v, key)) return e;
    }
    t = t.tail;
  }
  if (t !== NIL) return badarg();
  return null;
}

export function keyfind(key: Term, n: Term, l: Term): Term {
  return keyfindTuple(key, n, l) ?? FALSE;
}

export function keymember(key: Term, n: Term, l: Term): Term {
  return keyfindTuple(key, n, l) === null ? FALSE : TRUE;
}

export function keysearch(key: Term, n: Term, l: Term): Term {
  const t = keyfindTuple(key, n, l);
  return t === null ? FALSE : [A_VALUE, t];
}

defineNatives('lists', {
  'reverse/2': reverse2,
  'member/2': member,
  'keyfind/3': keyfind,
  'keymember/3': keymember,
  'keysearch/3': keysearch,
});
