// counters with the write_concurrency option: counters.erl (Erlang) calls
// erts_internal:counters_* for them (the default {atomics, Ref} counters go
// through atomics.ts). One signed 64-bit cell per counter, wrapping.

import { ErlMap } from '../term/map.js';
import { OK, Ref, atom, normInt, type Term } from '../term/types.js';
import { badarg } from '../vm/exception.js';
import { defineNatives } from './registry.js';
import { magicRefIds } from './atomics.js';

const MAX_SIZE = 2 ** 27;

export class CountersRef extends Ref {
  constructor(
    ids: number[],
    readonly arr: BigInt64Array,
  ) {
    super(ids);
  }
}

function slotOf(ref: Term, ix: Term): number {
  if (!(ref instanceof CountersRef) || typeof ix !== 'number' || ix < 1 || ix > ref.arr.length) return badarg();
  return ix - 1;
}

function int64(v: Term): bigint {
  if (typeof v !== 'number' && typeof v !== 'bigint') return badarg();
  const b = BigInt(v);
  if (b < -(2n ** 63n) || b >= 2n ** 63n) return badarg();
  return b;
}

defineNatives('erts_internal', {
  'counters_new/1': (size) => {
    if (typeof size !== 'number' || size < 1 || size > MAX_SIZE) return badarg();
    return new CountersRef(magicRefIds(), new BigInt64Array(size));
  },
  'counters_get/2': (ref, ix) => {
    const i = slotOf(ref, ix);
    return normInt((ref as CountersRef).arr[i]);
  },
  'counters_add/3': (ref, ix, v) => {
    const i = slotOf(ref, ix);
    const a = (ref as CountersRef).arr;
    a[i] = BigInt.asIntN(64, a[i] + int64(v));
    return OK;
  },
  'counters_put/3': (ref, ix, v) => {
    const i = slotOf(ref, ix);
    (ref as CountersRef).arr[i] = int64(v);
    return OK;
  },
  'counters_info/1': (ref) => {
    if (!(ref instanceof CountersRef)) return badarg();
    const n = ref.arr.length;
    return ErlMap.fromEntries([
      [atom('size'), n],
      [atom('memory'), 40 + 8 * n],
    ]);
  },
});
