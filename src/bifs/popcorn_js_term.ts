// Terms <-> JSON-compatible JS values at the Worker's edge, with the rules
// Popcorn's Jason-based serialization has: maps become objects (atom,
// binary and number keys as strings), lists and tuples arrays, binaries
// strings, true/false booleans, nil null, other atoms strings. Coming
// back, objects become maps with binary keys, integers stay integers and
// other numbers become floats. A Popcorn.TrackedObject (or a tracked
// reference itself) travels as a { [TRACKED_KEY]: key } marker.

import { Atom, Bitstring, Cons, FALSE, Float, NIL, Ref, TRUE, atom, type Term } from '../term/types.js';
import { ErlMap } from '../term/map.js';
import { binaryFromString, utf8Decode } from '../term/bits.js';
import { arrayToList } from '../term/list.js';
import { error } from '../vm/exception.js';
import { TRACKED_KEY } from '../browser/protocol.js';
import { trackedKey } from './popcorn_js_tracked.js';

const A_NIL = atom('nil');
const A_STRUCT = atom('__struct__');
const A_REF = atom('ref');
const A_TRACKED_OBJECT = atom('Elixir.Popcorn.TrackedObject');
const A_UNSERIALIZABLE = atom('unserializable');

function fail(t: Term): never {
  error([A_UNSERIALIZABLE, t]);
}

export function termToJs(t: Term): unknown {
  if (typeof t === 'number') return t;
  if (typeof t === 'bigint') return Number(t);
  if (t instanceof Float) return t.value;
  if (t instanceof Atom) {
    if (t === TRUE) return true;
    if (t === FALSE) return false;
    if (t === A_NIL) return null;
    return t.name;
  }
  if (t instanceof Bitstring) {
    const s = (t.bitSize & 7) === 0 ? utf8Decode(t) : null;
    if (s === null) fail(t);
    return s;
  }
  if (t === NIL) return [];
  if (t instanceof Cons) {
    const out: unknown[] = [];
    let c: Term = t;
    while (c instanceof Cons) {
      out.push(termToJs(c.head));
      c = c.tail;
    }
    if (c !== NIL) fail(t);
    return out;
  }
  if (Array.isArray(t)) return t.map(termToJs);
  if (t instanceof ErlMap) {
    if (t.get(A_STRUCT) === A_TRACKED_OBJECT) return trackedMarker(t.get(A_REF) ?? NIL);
    const out: Record<string, unknown> = {};
    for (const [k, v] of t.entries()) {
      if (k === A_STRUCT) continue;
      out[keyString(k)] = termToJs(v);
    }
    return out;
  }
  if (t instanceof Ref) return trackedMarker(t);
  return fail(t);
}

function trackedMarker(ref: Term): unknown {
  const key = ref instanceof Ref ? trackedKey(ref) : undefined;
  if (key === undefined) fail(ref);
  return { [TRACKED_KEY]: key };
}

function keyString(k: Term): string {
  if (k instanceof Atom) return k.name;
  if (k instanceof Bitstring) {
    const s = utf8Decode(k);
    if (s !== null) return s;
  }
  if (typeof k === 'number' || typeof k === 'bigint') return String(k);
  if (k instanceof Float) return String(k.value);
  return fail(k);
}

export function jsToTerm(v: unknown): Term {
  switch (typeof v) {
    case 'number':
      return Number.isSafeInteger(v) ? v : new Float(v);
    case 'string':
      return binaryFromString(v);
    case 'boolean':
      return v ? TRUE : FALSE;
    case 'bigint':
      return v;
    case 'undefined':
      return A_NIL;
    case 'object': {
      if (v === null) return A_NIL;
      if (Array.isArray(v)) return arrayToList(v.map(jsToTerm));
      const pairs: [Term, Term][] = [];
      for (const [k, x] of Object.entries(v)) pairs.push([binaryFromString(k), jsToTerm(x)]);
      return ErlMap.fromEntries(pairs);
    }
    default:
      return A_NIL;
  }
}
