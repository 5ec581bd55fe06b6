// Equality and the Erlang total term order:
//   number < atom < reference < fun < port < pid < tuple < map < [] < list < bitstring
// Numbers compare by value (1 == 1.0) except in the "exact" order used for
// map keys, where every integer sorts before every float.
// Tail positions (list tails, last tuple elements) are iterated, so long lists
// never grow the JS stack; only nesting in head positions recurses.

import { Atom, Bitstring, Cons, Float, Fun, NIL, Pid, Port, Ref, type Term } from './types.js';
import { ErlMap } from './map.js';
import { bitstringCompare, bitstringEq } from './bits.js';

/** Rank of a term's type in the total order. */
export function typeRank(t: Term): number {
  if (typeof t === 'number' || typeof t === 'bigint') return 0;
  if (t instanceof Atom) return 1;
  if (Array.isArray(t)) return 6;
  if (t instanceof Cons) return 9;
  if (t === NIL) return 8;
  if (t instanceof Bitstring) return 10;
  if (t instanceof Float) return 0;
  if (t instanceof ErlMap) return 7;
  if (t instanceof Ref) return 2;
  if (t instanceof Fun) return 3;
  if (t instanceof Port) return 4;
  if (t instanceof Pid) return 5;
  return 11;
}

/** =:= */
export function eqExact(a: Term, b: Term): boolean {
  return equal(a, b, true);
}

/** == (numbers by value, so 1 == 1.0; map keys are still matched exactly) */
export function eqArith(a: Term, b: Term): boolean {
  return equal(a, b, false);
}

function equal(a: Term, b: Term, exact: boolean): boolean {
  for (;;) {
    if (a === b) return true;
    if (typeof a === 'number') {
      if (typeof b === 'number') return false; // a === b handled above
      if (!exact && b instanceof Float) return a === b.value;
      return false;
    }
    if (a instanceof Cons) {
      if (!(b instanceof Cons)) return false;
      if (!equal(a.head, b.head, exact)) return false;
      a = a.tail;
      b = b.tail;
      continue;
    }
    if (Array.isArray(a)) {
      if (!Array.isArray(b) || a.length !== b.length) return false;
      const n = a.length;
      if (n === 0) return true;
      for (let i = 0; i < n - 1; i++) if (!equal(a[i], b[i], exact)) return false;
      a = a[n - 1];
      b = b[n - 1];
      continue;
    }
    if (a instanceof Float) {
      if (b instanceof Float) return a.value === b.value;
      if (exact) return false;
      return (typeof b === 'number' || typeof b === 'bigint') && compareNumbers(a, b) === 0;
    }
    if (typeof a === 'bigint') {
      if (typeof b === 'bigint') return a === b;
      if (!exact && b instanceof Float) return compareNumbers(a, b) === 0;
      return false;
    }
    if (a instanceof Bitstring) return b instanceof Bitstring && bitstringEq(a, b);
    if (a instanceof ErlMap) return b instanceof ErlMap && mapEqual(a, b, exact);
    if (a instanceof Fun) {
      if (!(b instanceof Fun) || a.kind !== b.kind || a.module !== b.module || a.name !== b.name || a.arity !== b.arity) return false;
      if (a.kind === 1) return true;
      if (a.index !== b.index || a.uniq !== b.uniq || a.env.length !== b.env.length) return false;
      for (let i = 0; i < a.env.length; i++) if (!equal(a.env[i], b.env[i], exact)) return false;
      return true;
    }
    if (a instanceof Pid) return b instanceof Pid && a.id === b.id && a.serial === b.serial && a.node === b.node && a.creation === b.creation;
    if (a instanceof Ref) {
      if (!(b instanceof Ref) || a.node !== b.node || a.creation !== b.creation || a.ids.length !== b.ids.length) return false;
      for (let i = 0; i < a.ids.length; i++) if (a.ids[i] !== b.ids[i]) return false;
      return true;
    }
    if (a instanceof Port) return b instanceof Port && a.id === b.id && a.node === b.node && a.creation === b.creation;
    return false; // atoms and [] are identical or different
  }
}

function mapEqual(a: ErlMap, b: ErlMap, exact: boolean): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a.entries()) {
    const w = b.get(k);
    if (w === undefined || !equal(v, w, exact)) return false;
  }
  return true;
}

/** Term order (numbers by value): -1, 0 or 1. */
export function compare(a: Term, b: Term): number {
  return cmp(a, b, false);
}

/** Exact term order (integers before floats): the order of map keys. */
export function compareExact(a: Term, b: Term): number {
  return cmp(a, b, true);
}

/** Compares two numbers by value, exactly (no precision loss for big integers). */
export function compareNumbers(a: number | bigint | Float, b: number | bigint | Float): number {
  if (typeof a === 'number') {
    if (typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
    if (b instanceof Float) return a < b.value ? -1 : a > b.value ? 1 : 0;
    return b > 0n ? -1 : 1; // a bigint is outside the safe range
  }
  if (typeof a === 'bigint') {
    if (typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
    if (typeof b === 'number') return a > 0n ? 1 : -1;
    const r = cmpFloatBig(b.value, a);
    return r === 0 ? 0 : -r;
  }
  const x = a.value;
  if (b instanceof Float) return x < b.value ? -1 : x > b.value ? 1 : 0;
  if (typeof b === 'number') return x < b ? -1 : x > b ? 1 : 0;
  return cmpFloatBig(x, b);
}

/** Float vs bigint, exact: compare against floor(f), then the fraction decides. */
function cmpFloatBig(f: number, i: bigint): number {
  const fl = Math.floor(f);
  const bf = BigInt(fl);
  if (bf < i) return -1;
  if (bf > i) return 1;
  return f > fl ? 1 : 0;
}

function cmp(a: Term, b: Term, exact: boolean): number {
  for (;;) {
    if (a === b) return 0;
    if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : 1;
    const ra = typeRank(a), rb = typeRank(b);
    if (ra !== rb) return ra < rb ? -1 : 1;
    switch (ra) {
      case 0: {
        const na = a as number | bigint | Float, nb = b as number | bigint | Float;
        if (exact) {
          const fa = na instanceof Float, fb = nb instanceof Float;
          if (fa !== fb) return fa ? 1 : -1;
        }
        return compareNumbers(na, nb);
      }
      case 1:
        return compareStrings((a as Atom).name, (b as Atom).name);
      case 9: {
        const ca = a as Cons, cb = b as Cons;
        const c = cmp(ca.head, cb.head, exact);
        if (c !== 0) return c;
        a = ca.tail;
        b = cb.tail;
        continue;
      }
      case 6: {
        const ta = a as Term[], tb = b as Term[];
        if (ta.length !== tb.length) return ta.length < tb.length ? -1 : 1;
        const n = ta.length;
        if (n === 0) return 0;
        for (let i = 0; i < n - 1; i++) {
          const c = cmp(ta[i], tb[i], exact);
          if (c !== 0) return c;
        }
        a = ta[n - 1];
        b = tb[n - 1];
        continue;
      }
      case 10:
        return bitstringCompare(a as Bitstring, b as Bitstring);
      case 7:
        return mapCompare(a as ErlMap, b as ErlMap, exact);
      case 8:
        return 0;
      case 2:
        return refCompare(a as Ref, b as Ref);
      case 3:
        return funCompare(a as Fun, b as Fun, exact);
      case 4: {
        const pa = a as Port, pb = b as Port;
        if (pa.node !== pb.node) return compareStrings(pa.node.name, pb.node.name);
        if (pa.id !== pb.id) return pa.id < pb.id ? -1 : 1;
        return pa.creation === pb.creation ? 0 : pa.creation < pb.creation ? -1 : 1;
      }
      case 5: {
        const pa = a as Pid, pb = b as Pid;
        // local pids order by serial, then number (as the BEAM's pid word does)
        if (pa.node !== pb.node) return compareStrings(pa.node.name, pb.node.name);
        if (pa.serial !== pb.serial) return pa.serial < pb.serial ? -1 : 1;
        if (pa.id !== pb.id) return pa.id < pb.id ? -1 : 1;
        return pa.creation === pb.creation ? 0 : pa.creation < pb.creation ? -1 : 1;
      }
      default:
        return 0;
    }
  }
}

/** Code-point order of two JS strings (UTF-16 order differs above the BMP). */
export function compareStrings(x: string, y: string): number {
  if (x === y) return 0;
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const cx = x.charCodeAt(i), cy = y.charCodeAt(i);
    if (cx !== cy) {
      if ((cx >= 0xd800 && cx <= 0xdfff) || (cy >= 0xd800 && cy <= 0xdfff)) {
        const px = x.codePointAt(i)!, py = y.codePointAt(i)!;
        return px < py ? -1 : 1;
      }
      return cx < cy ? -1 : 1;
    }
  }
  return x.length < y.length ? -1 : x.length > y.length ? 1 : 0;
}

// References compare by node, then the id words from the most significant.
function refCompare(a: Ref, b: Ref): number {
  if (a.node !== b.node) return compareStrings(a.node.name, b.node.name);
  const la = a.ids.length, lb = b.ids.length;
  if (la !== lb) return la < lb ? -1 : 1;
  for (let i = la - 1; i >= 0; i--) {
    const x = a.ids[i] >>> 0, y = b.ids[i] >>> 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.creation === b.creation ? 0 : a.creation < b.creation ? -1 : 1;
}

// Funs: export funs compare by module, name, arity; local funs by module,
// index, uniq, then the captured environment.
function funCompare(a: Fun, b: Fun, exact: boolean): number {
  if (a.kind !== b.kind) return a.kind === 1 ? 1 : -1; // local funs sort before export funs (OTP 25)
  let c = compareStrings(a.module.name, b.module.name);
  if (c !== 0) return c;
  if (a.kind === 1) {
    c = compareStrings(a.name.name, b.name.name);
    if (c !== 0) return c;
    return a.arity === b.arity ? 0 : a.arity < b.arity ? -1 : 1;
  }
  if (a.index !== b.index) return a.index < b.index ? -1 : 1;
  if (a.uniq !== b.uniq) return a.uniq < b.uniq ? -1 : 1;
  if (a.env.length !== b.env.length) return a.env.length < b.env.length ? -1 : 1;
  for (let i = 0; i < a.env.length; i++) {
    c = cmp(a.env[i], b.env[i], exact);
    if (c !== 0) return c;
  }
  return 0;
}

// Maps: by size, then keys in exact ascending order, then values in key order.
function mapCompare(a: ErlMap, b: ErlMap, exact: boolean): number {
  if (a.size !== b.size) return a.size < b.size ? -1 : 1;
  const ka = a.sortedKeys(), kb = b.sortedKeys();
  for (let i = 0; i < ka.length; i++) {
    const c = cmp(ka[i], kb[i], true);
    if (c !== 0) return c;
  }
  for (let i = 0; i < ka.length; i++) {
    const c = cmp(a.get(ka[i])!, b.get(kb[i])!, exact);
    if (c !== 0) return c;
  }
  return 0;
}
