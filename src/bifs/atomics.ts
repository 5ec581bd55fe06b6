// atomics: arrays of 64-bit integers behind a magic reference. atomics:new/2
// is Erlang (atomics.beam) calling erts_internal:atomics_new(Arity, Opts),
// where Opts bit 0 means signed. Arithmetic wraps around as on the BEAM.

import { ErlMap } from '../term/map.js';
import { OK, Ref, atom, normInt, type Term } from '../term/types.js';
import { currentOrNull } from '../vm/context.js';
import { badarg } from '../vm/exception.js';
import { defineNatives } from './registry.js';

const MAX_ARITY = 2 ** 27;

export class AtomicsRef extends Ref {
  constructor(
    ids: number[],
    /** signed: BigInt64Array; unsigned: BigUint64Array */
    readonly arr: BigInt64Array | BigUint64Array,
    readonly signed: boolean,
  ) {
    super(ids);
  }
}

let counter = 0;
export function magicRefIds(): number[] {
  const p = currentOrNull();
  if (p !== null && typeof p.vm?.makeRef === 'function') return p.vm.makeRef().ids;
  const n = ++counter;
  return [n % 0x40000, Math.floor(n / 0x40000) >>> 0, 0x7ffe0000];
}

export function newAtomics(arity: Term, signed: boolean): AtomicsRef {
  if (typeof arity !== 'number' || arity < 1 || arity > MAX_ARITY) return badarg();
  const arr = signed ? new BigInt64Array(arity) : new BigUint64Array(arity);
  return new AtomicsRef(magicRefIds(), arr, signed);
}

function slotOf(ref: Term, ix: Term): number {
  if (!(ref instanceof AtomicsRef) || typeof ix !== 'number' || ix < 1 || ix > ref.arr.length) return badarg();
  return ix - 1;
}

const I64_MIN = -(2n ** 63n), I64_MAX = 2n ** 63n - 1n, U64_MAX = 2n ** 64n - 1n;

/** A value to store: must fit the array's range. */
function value(ref: AtomicsRef, v: Term): bigint {
  if (typeof v !== 'number' && typeof v !== 'bigint') return badarg();
  const b = BigInt(v);
  if (ref.signed ? b < I64_MIN || b > I64_MAX : b < 0n || b > U64_MAX) return badarg();
  return b;
}

/** An increment: any 64-bit value, signed or unsigned (added modulo 2^64). */
function incr(v: Term): bigint {
  if (typeof v !== 'number' && typeof v !== 'bigint') return badarg();
  const b = BigInt(v);
  if (b < I64_MIN || b > U64_MAX) return badarg();
  return b;
}

function out(ref: AtomicsRef, b: bigint): Term {
  return normInt(ref.signed ? BigInt.asIntN(64, b) : BigInt.asUintN(64, b));
}

function add(ref: Term, ix: Term, v: Term): bigint {
  const i = slotOf(ref, ix);
  const r = ref as AtomicsRef;
  const n = r.arr[i] + incr(v);
  r.arr[i] = r.signed ? BigInt.asIntN(64, n) : BigInt.asUintN(64, n);
  return r.arr[i];
}

defineNatives('erts_internal', {
  'atomics_new/2': (arity, opts) => newAtomics(arity, typeof opts === 'number' && (opts & 1) === 1),
});

defineNatives('atomics', {
  'get/2': (ref, ix) => {
    const i = slotOf(ref, ix);
    return out(ref as AtomicsRef, (ref as AtomicsRef).arr[i]);
  },
  'put/3': (ref, ix, v) => {
    const i = slotOf(ref, ix);
    (ref as AtomicsRef).arr[i] = value(ref as AtomicsRef, v);
    return OK;
  },
  'add/3': (ref, ix, v) => {
    add(ref, ix, v);
    return OK;
  },
  'add_get/3': (ref, ix, v) => out(ref as AtomicsRef, add(ref, ix, v)),
  'exchange/3': (ref, ix, v) => {
    const i = slotOf(ref, ix);
    const r = ref as AtomicsRef;
    const nv = value(r, v);
    const old = r.arr[i];
    r.arr[i] = nv;
    return out(r, old);
  },
  'compare_exchange/4': (ref, ix, expected, desired) => {
    const i = slotOf(ref, ix);
    const r = ref as AtomicsRef;
    const e = value(r, expected), d = value(r, desired);
    const cur = r.arr[i];
    if (cur === e) {
      r.arr[i] = d;
      return OK;
    }
    return out(r, cur);
  },
  'info/1': (ref) => {
    if (!(ref instanceof AtomicsRef)) return badarg();
    const n = ref.arr.length;
    return ErlMap.fromEntries([
      [atom('size'), n],
      [atom('max'), normInt(ref.signed ? I64_MAX : U64_MAX)],
      [atom('min'), normInt(ref.signed ? I64_MIN : 0n)],
      [atom('memory'), 40 + 8 * n],
    ]);
  },
});

/** The host-side magic ref counter, for a boot image (src/snapshot/state.ts). */
export function atomicsCounter(): number {
  return counter;
}
export function restoreAtomicsCounter(n: number): void {
  counter = n;
}
