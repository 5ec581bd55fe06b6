// erlang BIFs on terms: type tests, tuples, lists ('++', '--', length),
// map guards, hashing, funs, and the external term format.

import {
  atom, Atom, Bitstring, Cons, FALSE, Float, Fun, NIL, Pid, Port, Ref, TRUE, UNDEFINED, bool, type Term,
} from '../term/types.js';
import { ErlMap } from '../term/map.js';
import { eqExact } from '../term/compare.js';
import { phash2 } from '../term/phash2.js';
import { phash } from '../term/phash.js';
import { binaryToTerm, getModuleMd5, termToBinary } from '../term/etf.js';
import { binaryFromBytes, bytesOf } from '../term/bits.js';
import { badarg, error } from '../vm/exception.js';
import { currentOrNull } from '../vm/context.js';
import { defineNatives } from './registry.js';
import { encodingToIovec } from './binary_iovec.js';

const A_BADMAP = atom('badmap');
const A_BADKEY = atom('badkey');

// --- type tests ---

export function isAtomBif(t: Term): Atom {
  return bool(t instanceof Atom);
}
export function isIntegerBif(t: Term): Atom {
  return bool(typeof t === 'number' || typeof t === 'bigint');
}
export function isFloatBif(t: Term): Atom {
  return bool(t instanceof Float);
}
export function isNumberBif(t: Term): Atom {
  return bool(typeof t === 'number' || typeof t === 'bigint' || t instanceof Float);
}
export function isListBif(t: Term): Atom {
  return bool(t instanceof Cons || t === NIL);
}
export function isTupleBif(t: Term): Atom {
  return bool(Array.isArray(t));
}
export function isBooleanBif(t: Term): Atom {
  return bool(t === TRUE || t === FALSE);
}
export function isMapBif(t: Term): Atom {
  return bool(t instanceof ErlMap);
}

export function isFunction2(f: Term, a: Term): Atom {
  if (typeof a !== 'number' || a < 0) {
    if (typeof a === 'bigint' && a > 0n) return FALSE;
    return badarg();
  }
  return bool(f instanceof Fun && f.arity === a);
}

export function isRecord2(t: Term, tag: Term): Atom {
  if (!(tag instanceof Atom)) return badarg();
  return bool(Array.isArray(t) && t.length > 0 && t[0] === tag);
}

export function isRecord3(t: Term, tag: Term, size: Term): Atom {
  if (!(tag instanceof Atom) || typeof size !== 'number') return badarg();
  return bool(Array.isArray(t) && t.length === size && size > 0 && t[0] === tag);
}

// --- tuples ---

/** A 1-based tuple index argument, or -1 when it is not a small positive integer. */
function index1(n: Term): number {
  return typeof n === 'number' && n >= 1 ? n : -1;
}

export function element(n: Term, t: Term): Term {
  if (!Array.isArray(t)) return badarg();
  const i = index1(n);
  if (i < 1 || i > t.length) return badarg();
  return t[i - 1];
}

export function setelement(n: Term, t: Term, v: Term): Term {
  if (!Array.isArray(t)) return badarg();
  const i = index1(n);
  if (i < 1 || i > t.length) return badarg();
  const r = t.slice();
  r[i - 1] = v;
  return r;
}

export function tupleSize(t: Term): Term {
  if (!Array.isArray(t)) return badarg();
  return t.length;
}

export function size(t: Term): Term {
  if (Array.isArray(t)) return t.length;
  if (t instanceof Bitstring) return t.bitSize >>> 3;
  return badarg();
}

// The BEAM's largest tuple arity.
const MAX_TUPLE = 16777215;

export function makeTuple2(n: Term, v: Term): Term {
  if (typeof n !== 'number' || n < 0 || n > MAX_TUPLE) return badarg();
  return new Array<Term>(n).fill(v);
}

export function makeTuple3(n: Term, v: Term, init: Term): Term {
  if (typeof n !== 'number' || n < 0 || n > MAX_TUPLE) return badarg();
  const r = new Array<Term>(n).fill(v);
  let l = init;
  while (l instanceof Cons) {
    const p = l.head;
    if (!Array.isArray(p) || p.length !== 2) return badarg();
    const i = index1(p[0]);
    if (i < 1 || i > n) return badarg();
    r[i - 1] = p[1];
    l = l.tail;
  }
  if (l !== NIL) return badarg();
  return r;
}

export function appendElement(t: Term, v: Term): Term {
  if (!Array.isArray(t) || t.length >= MAX_TUPLE) return badarg();
  const r = t.slice();
  r.push(v);
  return r;
}

export function insertElement(n: Term, t: Term, v: Term): Term {
  if (!Array.isArray(t)) return badarg();
  const i = index1(n);
  if (i < 1 || i > t.length + 1) return badarg();
  const r = t.slice();
  r.splice(i - 1, 0, v);
  return r;
}

export function deleteElement(n: Term, t: Term): Term {
  if (!Array.isArray(t)) return badarg();
  const i = index1(n);
  if (i < 1 || i > t.length) return badarg();
  const r = t.slice();
  r.splice(i - 1, 1);
  return r;
}

export function tupleToList(t: Term): Term {
  if (!Array.isArray(t)) return badarg();
  let l: Term = NIL;
  for (let i = t.length - 1; i >= 0; i--) l = new Cons(t[i], l);
  return l;
}

export function listToTuple(l: Term): Term {
  const r: Term[] = [];
  while (l instanceof Cons) {
    r.push(l.head);
    l = l.tail;
  }
  if (l !== NIL || r.length > MAX_TUPLE) return badarg();
  return r;
}

// --- lists ---

export function hd(l: Term): Term {
  return l instanceof Cons ? l.head : badarg();
}

export function tl(l: Term): Term {
  return l instanceof Cons ? l.tail : badarg();
}

export function length(l: Term): Term {
  let n = 0;
  while (l instanceof Cons) {
    n++;
    l = l.tail;
  }
  return l === NIL ? n : badarg();
}

/** '++': copies A (which must be a proper list) in front of B (any term). */
export function append(a: Term, b: Term): Term {
  if (a === NIL) return b;
  if (!(a instanceof Cons)) return badarg();
  const first = new Cons(a.head, NIL);
  let last = first;
  a = a.tail;
  while (a instanceof Cons) {
    const c = new Cons(a.head, NIL);
    last.tail = c;
    last = c;
    a = a.tail;
  }
  if (a !== NIL) return badarg();
  last.tail = b;
  return first;
}

/**
 * '--': removes, for each element of B, its first occurrence (=:=) in A.
 * Counting B's elements in a multiset makes it linear, like the BEAM.
 */
export function subtract(a: Term, b: Term): Term {
  const as: Term[] = [];
  for (let l = a; ; l = (l as Cons).tail) {
    if (l instanceof Cons) as.push(l.head);
    else if (l === NIL) break;
    else return badarg();
  }
  const bs: Term[] = [];
  for (let l = b; ; l = (l as Cons).tail) {
    if (l instanceof Cons) bs.push(l.head);
    else if (l === NIL) break;
    else return badarg();
  }
  if (as.length === 0 || bs.length === 0) return a;
  const keep = new Array<boolean>(as.length).fill(true);
  if (bs.length <= 8) {
    for (const x of bs) {
      for (let i = 0; i < as.length; i++) {
        if (keep[i] && eqExact(as[i], x)) {
          keep[i] = false;
          break;
        }
      }
    }
  } else {
    const bag = new Multiset();
    for (const x of bs) bag.add(x);
    for (let i = 0; i < as.length; i++) if (bag.take(as[i])) keep[i] = false;
  }
  let r: Term = NIL;
  for (let i = as.length - 1; i >= 0; i--) if (keep[i]) r = new Cons(as[i], r);
  return r;
}

/** Counts of terms under exact equality: immediates by identity, others bucketed by phash2. */
class Multiset {
  private simple = new Map<unknown, number>();
  private buckets = new Map<number, { t: Term; n: number }[]>();

  add(t: Term): void {
    if (typeof t === 'number' || t instanceof Atom) {
      this.simple.set(t, (this.simple.get(t) ?? 0) + 1);
      return;
    }
    const h = phash2(t, 2 ** 32);
    let b = this.buckets.get(h);
    if (b === undefined) this.buckets.set(h, (b = []));
    for (const e of b) {
      if (eqExact(e.t, t)) {
        e.n++;
        return;
      }
    }
    b.push({ t, n: 1 });
  }

  /** Decrements the count of t; true when it was present. */
  take(t: Term): boolean {
    if (typeof t === 'number' || t instanceof Atom) {
      const n = this.simple.get(t);
      if (n === undefined || n === 0) return false;
      this.simple.set(t, n - 1);
      return true;
    }
    const b = this.buckets.get(phash2(t, 2 ** 32));
    if (b === undefined) return false;
    for (const e of b) {
      if (e.n > 0 && eqExact(e.t, t)) {
        e.n--;
        return true;
      }
    }
    return false;
  }
}

// --- maps (the erlang guard BIFs) ---

export function mapSize(m: Term): Term {
  if (!(m instanceof ErlMap)) return error([A_BADMAP, m]);
  return m.size;
}

export function isMapKey(k: Term, m: Term): Term {
  if (!(m instanceof ErlMap)) return error([A_BADMAP, m]);
  return bool(m.get(k) !== undefined);
}

export function mapGet(k: Term, m: Term): Term {
  if (!(m instanceof ErlMap)) return error([A_BADMAP, m]);
  const v = m.get(k);
  if (v === undefined) return error([A_BADKEY, k]);
  return v;
}

// --- hashing ---

function phash2_2(t: Term, range: Term): Term {
  if (typeof range !== 'number' || range < 1 || range > 2 ** 32) return badarg();
  return phash2(t, range);
}

function phash_2(t: Term, range: Term): Term {
  if (typeof range !== 'number' || range < 1 || range > 2 ** 32) return badarg();
  return phash(t, range);
}

// --- funs ---

export function makeFun(m: Term, f: Term, a: Term): Term {
  if (!(m instanceof Atom) || !(f instanceof Atom) || typeof a !== 'number' || a < 0 || a > 255) {
    return badarg();
  }
  return new Fun(1, m, f, a, [], -1, 0);
}

const A_PID = atom('pid');
const A_MODULE = atom('module');
const A_NEW_INDEX = atom('new_index');
const A_NEW_UNIQ = atom('new_uniq');
const A_INDEX = atom('index');
const A_UNIQ = atom('uniq');
const A_NAME = atom('name');
const A_ARITY = atom('arity');
const A_ENV = atom('env');
const A_TYPE = atom('type');
const A_LOCAL = atom('local');
const A_EXTERNAL = atom('external');

function list(items: Term[]): Term {
  let l: Term = NIL;
  for (let i = items.length - 1; i >= 0; i--) l = new Cons(items[i], l);
  return l;
}

export function funInfo(f: Term, item: Term): Term {
  if (!(f instanceof Fun) || !(item instanceof Atom)) return badarg();
  const ext = f.kind === 1;
  let v: Term;
  switch (item) {
    case A_MODULE: v = f.module; break;
    case A_NAME: v = f.name; break;
    case A_ARITY: v = f.arity; break;
    case A_ENV: v = list(f.env); break;
    case A_TYPE: v = ext ? A_EXTERNAL : A_LOCAL; break;
    case A_PID:
      // a fun does not record its creator here; the calling process stands in
      v = ext ? UNDEFINED : (currentOrNull()?.pid ?? UNDEFINED);
      break;
    case A_INDEX:
    case A_NEW_INDEX:
      v = ext ? UNDEFINED : f.index;
      break;
    case A_UNIQ:
      v = ext ? UNDEFINED : f.uniq;
      break;
    case A_NEW_UNIQ: {
      if (ext) v = UNDEFINED;
      else {
        const md5 = getModuleMd5(f.module);
        v = md5 ? binaryFromBytes(md5) : UNDEFINED;
      }
      break;
    }
    default:
      return badarg();
  }
  return [item, v];
}

// --- external term format ---

const A_COMPRESSED = atom('compressed');
const A_MINOR_VERSION = atom('minor_version');
const A_DETERMINISTIC = atom('deterministic');
const A_SAFE = atom('safe');
const A_USED = atom('used');

export function termToBinary1(t: Term): Term {
  return binaryFromBytes(termToBinary(t));
}

/** term_to_binary/term_to_iovec options: the zlib level (0 = none) and minor version, or badarg. */
function ttbOptions(opts: Term): { compressed: number; minorVersion: number } {
  let compressed = 0;
  let minorVersion = 1;
  let l = opts;
  while (l instanceof Cons) {
    const o = l.head;
    if (o === A_COMPRESSED) compressed = 6;
    else if (o === A_DETERMINISTIC) {
      // our encoding is already deterministic
    } else if (Array.isArray(o) && o.length === 2 && o[0] === A_COMPRESSED) {
      const n = o[1];
      if (typeof n !== 'number' || n < 0 || n > 9) return badarg();
      compressed = n;
    } else if (Array.isArray(o) && o.length === 2 && o[0] === A_MINOR_VERSION) {
      const n = o[1];
      if (typeof n !== 'number' || n < 0 || n > 2) return badarg();
      minorVersion = n;
    } else return badarg();
    l = l.tail;
  }
  if (l !== NIL) return badarg();
  return { compressed, minorVersion };
}

export function termToBinary2(t: Term, opts: Term): Term {
  return binaryFromBytes(termToBinary(t, ttbOptions(opts)));
}

/** term_to_iovec/1,2: large binaries as their own elements; a bare binary when compressing. */
export function termToIovec(t: Term, opts: Term = NIL): Term {
  const o = ttbOptions(opts);
  return encodingToIovec(termToBinary(t, o), o.compressed > 0);
}

function etfBytes(b: Term): Uint8Array {
  if (!(b instanceof Bitstring) || (b.bitSize & 7) !== 0) return badarg();
  return bytesOf(b);
}

export function binaryToTerm1(b: Term): Term {
  return binaryToTerm(etfBytes(b)) as Term;
}

export function binaryToTerm2(b: Term, opts: Term): Term {
  let safe = false;
  let used = false;
  let l = opts;
  while (l instanceof Cons) {
    if (l.head === A_SAFE) safe = true;
    else if (l.head === A_USED) used = true;
    else return badarg();
    l = l.tail;
  }
  if (l !== NIL) return badarg();
  const bytes = etfBytes(b);
  if (used) {
    const [t, n] = binaryToTerm(bytes, { safe, used: true }) as [Term, number];
    return [t, n];
  }
  return binaryToTerm(bytes, { safe }) as Term;
}

defineNatives('erlang', {
  'is_atom/1': isAtomBif,
  'is_integer/1': isIntegerBif,
  'is_float/1': isFloatBif,
  'is_number/1': isNumberBif,
  'is_list/1': isListBif,
  'is_tuple/1': isTupleBif,
  'is_boolean/1': isBooleanBif,
  'is_map/1': isMapBif,
  'is_function/1': (f) => bool(f instanceof Fun),
  'is_function/2': isFunction2,
  'is_pid/1': (t) => bool(t instanceof Pid),
  'is_port/1': (t) => bool(t instanceof Port),
  'is_reference/1': (t) => bool(t instanceof Ref),
  'is_record/2': isRecord2,
  'is_record/3': isRecord3,
  'element/2': element,
  'setelement/3': setelement,
  'tuple_size/1': tupleSize,
  'size/1': size,
  'make_tuple/2': makeTuple2,
  'make_tuple/3': makeTuple3,
  'append_element/2': appendElement,
  'insert_element/3': insertElement,
  'delete_element/2': deleteElement,
  'tuple_to_list/1': tupleToList,
  'list_to_tuple/1': listToTuple,
  'hd/1': hd,
  'tl/1': tl,
  'length/1': length,
  '++/2': append,
  'append/2': append,
  '--/2': subtract,
  'subtract/2': subtract,
  'map_size/1': mapSize,
  'is_map_key/2': isMapKey,
  'map_get/2': mapGet,
  'phash2/1': (t) => phash2(t),
  'phash2/2': phash2_2,
  'phash/2': phash_2,
  'make_fun/3': makeFun,
  'fun_info/2': funInfo,
  'term_to_binary/1': termToBinary1,
  'term_to_binary/2': termToBinary2,
  'term_to_iovec/1': (t: Term): Term => termToIovec(t),
  'term_to_iovec/2': termToIovec,
  'binary_to_term/1': binaryToTerm1,
  'binary_to_term/2': binaryToTerm2,
});
