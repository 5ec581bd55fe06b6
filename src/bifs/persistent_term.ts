// persistent_term: a node-global key-value store. Keys compare with =:=.
// get/1 is the hot path: literal keys (the same JS object on every call)
// hit an identity cache that is invalidated whenever the store changes.

import { ErlMap } from '../term/map.js';
import { Cons, FALSE, NIL, OK, TRUE, atom, type Term } from '../term/types.js';
import { badarg } from '../vm/exception.js';
import { defineNatives } from './registry.js';
import { hashKey, type HKey } from './ets_keys.js';
import { flatSize } from './ets_info.js';

const store = new Map<HKey, [Term, Term]>();
let generation = 0;
let cache = new WeakMap<object, Term>();

function find(key: Term): Term | undefined {
  if (typeof key === 'object' && key !== null) {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const e = store.get(hashKey(key));
    if (e === undefined) return undefined;
    cache.set(key, e[1]);
    return e[1];
  }
  const e = store.get(hashKey(key));
  return e === undefined ? undefined : e[1];
}

function changed(): void {
  generation++;
  cache = new WeakMap();
}

defineNatives('persistent_term', {
  'put/2': (key, value) => {
    store.set(hashKey(key), [key, value]);
    changed();
    return OK;
  },
  'get/1': (key) => {
    const v = find(key);
    return v === undefined ? badarg() : v;
  },
  'get/2': (key, dflt) => find(key) ?? dflt,
  'get/0': () => {
    let l: Term = NIL;
    for (const [k, v] of store.values()) l = new Cons([k, v], l);
    return l;
  },
  'erase/1': (key) => {
    const hk = hashKey(key);
    if (!store.has(hk)) return FALSE;
    store.delete(hk);
    changed();
    return TRUE;
  },
  'info/0': () => {
    let words = 0;
    for (const [k, v] of store.values()) words += flatSize(k) + flatSize(v) + 3;
    return ErlMap.fromEntries([
      [atom('count'), store.size],
      [atom('memory'), words * 8],
    ]);
  },
});

/** Number of store changes so far (tests). */
export function persistentTermGeneration(): number {
  return generation;
}

/** The store, for a boot image (src/snapshot/state.ts). */
export function persistentTermState(): { store: Map<HKey, [Term, Term]>; generation: number } {
  return { store, generation };
}
export function restorePersistentTerms(s: ReturnType<typeof persistentTermState>): void {
  store.clear();
  for (const [k, v] of s.store) store.set(k, v);
  generation = s.generation;
  cache = new WeakMap();
}
