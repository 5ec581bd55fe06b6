// The maps BIFs of OTP 25 and erts_internal:map_next/3, which maps:next/1,
// maps:to_list/1 and friends use to walk a map.

import { atom, Cons, ERROR, NIL, OK, bool, type Term } from '../term/types.js';
import { ErlMap } from '../term/map.js';
import { badarg, error } from '../vm/exception.js';
import { defineNatives } from './registry.js';

const A_BADMAP = atom('badmap');
const A_BADKEY = atom('badkey');
const A_ITERATOR = atom('iterator');
const NONE = atom('none');

function mapArg(m: Term): ErlMap {
  if (!(m instanceof ErlMap)) return error([A_BADMAP, m]);
  return m;
}

export function get2(k: Term, m: Term): Term {
  const v = mapArg(m).get(k);
  return v === undefined ? error([A_BADKEY, k]) : v;
}

export function find(k: Term, m: Term): Term {
  const v = mapArg(m).get(k);
  return v === undefined ? ERROR : [OK, v];
}

export function isKey(k: Term, m: Term): Term {
  return bool(mapArg(m).get(k) !== undefined);
}

export function put(k: Term, v: Term, m: Term): Term {
  return mapArg(m).put(k, v);
}

export function update(k: Term, v: Term, m: Term): Term {
  const r = mapArg(m).update(k, v);
  return r === undefined ? error([A_BADKEY, k]) : r;
}

export function remove(k: Term, m: Term): Term {
  return mapArg(m).remove(k);
}

export function take(k: Term, m: Term): Term {
  const map = mapArg(m);
  const v = map.get(k);
  if (v === undefined) return ERROR;
  return [v, map.remove(k)];
}

function listItems(l: Term): Term[] {
  const out: Term[] = [];
  while (l instanceof Cons) {
    out.push(l.head);
    l = l.tail;
  }
  if (l !== NIL) return badarg();
  return out;
}

export function fromList(l: Term): Term {
  const pairs: [Term, Term][] = [];
  for (const p of listItems(l)) {
    if (!Array.isArray(p) || p.length !== 2) return badarg();
    pairs.push([p[0], p[1]]);
  }
  return ErlMap.fromEntries(pairs);
}

export function fromKeys(l: Term, v: Term): Term {
  const pairs: [Term, Term][] = [];
  for (const k of listItems(l)) pairs.push([k, v]);
  return ErlMap.fromEntries(pairs);
}

function toList(items: Term[]): Term {
  let r: Term = NIL;
  for (let i = items.length - 1; i >= 0; i--) r = new Cons(items[i], r);
  return r;
}

export function keys(m: Term): Term {
  return toList(mapArg(m).keys());
}

export function values(m: Term): Term {
  return toList(mapArg(m).values());
}

export function merge(a: Term, b: Term): Term {
  const x = mapArg(a), y = mapArg(b);
  if (x.size === 0) return y;
  if (y.size === 0) return x;
  let r = x;
  for (const [k, v] of y.iterEntries()) r = r.put(k, v);
  return r;
}

// --- erts_internal:map_next/3 ---
// An iterator is [Path | Map]; our Path is the index of the next pair in the
// map's iteration order (0 = start). Like the BEAM, a hashmap yields at most
// 32 pairs per call; a flatmap yields all of them at once.

const CHUNK = 32;
let cacheMap: ErlMap | null = null;
let cacheIter: [Term, Term][] = [];

function iterOrder(m: ErlMap): [Term, Term][] {
  if (cacheMap !== m) {
    cacheMap = m;
    cacheIter = m.iterEntries();
  }
  return cacheIter;
}

export function mapNext(path: Term, m: Term, acc: Term): Term {
  if (typeof path !== 'number' || path < 0 || !(m instanceof ErlMap)) return badarg();
  const items = iterOrder(m);
  const n = items.length;
  const end = m.isFlat ? n : Math.min(n, path + CHUNK);
  if (acc === A_ITERATOR) {
    if (path >= n) return NONE;
    let r: Term = end >= n ? NONE : new Cons(end, m);
    for (let i = end - 1; i >= path; i--) r = [items[i][0], items[i][1], r];
    return r;
  }
  if (!(acc instanceof Cons) && acc !== NIL) return badarg();
  // list form: pairs prepended to the accumulator so the result is in to_list order
  let r = acc;
  if (m.isFlat) {
    for (let i = n - 1; i >= path; i--) r = new Cons([items[i][0], items[i][1]], r);
    return r;
  }
  for (let i = path; i < end; i++) r = new Cons([items[i][0], items[i][1]], r);
  return end >= n ? r : new Cons(end, new Cons(m, r));
}

defineNatives('maps', {
  'get/2': get2,
  'find/2': find,
  'is_key/2': isKey,
  'put/3': put,
  'update/3': update,
  'remove/2': remove,
  'take/2': take,
  'from_list/1': fromList,
  'from_keys/2': fromKeys,
  'keys/1': keys,
  'values/1': values,
  'merge/2': merge,
});

defineNatives('erts_internal', {
  'map_next/3': mapNext,
});
