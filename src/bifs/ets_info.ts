// ets:info/1,2. Memory is reported in words as OTP 25 does on a 64-bit
// machine: a fixed table header plus each object's flat size and a small
// per-object overhead (the bucket array growth of hash tables is not modelled).

import { Atom, Bitstring, Cons, FALSE, Float, Fun, NIL, Ref, TRUE, UNDEFINED, atom, type Term } from '../term/types.js';
import { ErlMap } from '../term/map.js';
import { arrayToList } from '../term/list.js';
import { badarg } from '../vm/exception.js';
import { PROT_NAMES, TYPE_NAMES, TType, findTable, type Table } from './ets_table.js';

const A = (s: string): Atom => atom(s);
const ITEMS = [
  'id', 'decentralized_counters', 'read_concurrency', 'write_concurrency', 'compressed', 'memory', 'owner',
  'heir', 'name', 'size', 'node', 'named_table', 'type', 'keypos', 'protection',
].map(A);
const A_FIXED = A('fixed');
const A_SAFE_FIXED = A('safe_fixed');
const A_SAFE_FIXED_MONO = A('safe_fixed_monotonic_time');
const A_STATS = A('stats');
const A_BINARY = A('binary');
const A_NONE = A('none');
const A_NONODE = A('nonode@nohost');

/** Words an Erlang term occupies when copied (erts_debug:flat_size), approximately for bignums and binaries. */
export function flatSize(t: Term): number {
  let n = 0;
  for (;;) {
    if (t instanceof Cons) {
      n += 2 + flatSize(t.head);
      t = t.tail;
      continue;
    }
    if (Array.isArray(t)) {
      n += 1 + t.length;
      for (const e of t) n += flatSize(e);
      return n;
    }
    if (typeof t === 'number') return n + (t >= -(2 ** 59) && t < 2 ** 59 ? 0 : 2);
    if (typeof t === 'bigint') {
      const bits = (t < 0n ? -t : t).toString(2).length;
      return n + (bits < 60 ? 0 : 1 + Math.ceil(bits / 64));
    }
    if (t instanceof Float) return n + 2;
    if (t instanceof Bitstring) {
      const bytes = (t.bitSize + 7) >>> 3;
      return n + (bytes <= 64 ? 2 + Math.ceil(bytes / 8) : 6) + (t.bitOffset !== 0 || (t.bitSize & 7) !== 0 ? 4 : 0);
    }
    if (t instanceof ErlMap) {
      n += t.isFlat ? 3 + 1 + t.size : 2 + 2 * t.size;
      for (const [k, v] of t.entries()) n += flatSize(k) + flatSize(v);
      return n;
    }
    if (t instanceof Ref) return n + 4;
    if (t instanceof Fun) {
      n += t.kind === 1 ? 2 : 5 + t.env.length;
      for (const e of t.env) n += flatSize(e);
      return n;
    }
    return n;
  }
}

function memory(tab: Table): number {
  const hs = tab.hash;
  if (hs !== null) {
    // the table header with its first 256-bucket segment (and the 64 locks
    // of a write_concurrency table), then 2048-bucket segments as it grows
    let words = 305 + (hs.striped ? 1056 : 0) + (hs.lockCounts !== null ? 34 : 0);
    const ext = (hs.nslots - 256) / 2048;
    if (ext > 0) words += ext * 2048 + 262;
    for (let b of hs.buckets) for (; b !== null; b = b.next) if (!b.dead) words += flatSize(b.obj) + 4;
    return words;
  }
  let words = tab.writeConcurrency !== FALSE ? 133 : 139;
  for (const a of tab.ordered!.chunks) for (const o of a) words += flatSize(o) + 5;
  return words;
}

function item(tab: Table, it: Atom): Term | undefined {
  switch (it.name) {
    case 'id': return tab.tid;
    case 'decentralized_counters': return tab.decentralizedCounters ? TRUE : FALSE;
    case 'read_concurrency': return tab.readConcurrency ? TRUE : FALSE;
    case 'write_concurrency': return tab.writeConcurrency;
    case 'compressed': return tab.compressed ? TRUE : FALSE;
    case 'memory': return memory(tab);
    case 'owner': return tab.owner;
    case 'heir': return tab.heir ?? A_NONE;
    case 'name': return tab.name;
    case 'size': return tab.size;
    case 'node': return A_NONODE;
    case 'named_table': return tab.named ? TRUE : FALSE;
    case 'type': return TYPE_NAMES[tab.type];
    case 'keypos': return tab.kp + 1;
    case 'protection': return PROT_NAMES[tab.prot];
  }
  if (it === A_FIXED) return tab.fixed ? TRUE : FALSE;
  if (it === A_SAFE_FIXED || it === A_SAFE_FIXED_MONO) {
    if (tab.fixers === null) return FALSE;
    const who = arrayToList([...tab.fixers.values()].map((f) => [f.pid, f.count]));
    const when = it === A_SAFE_FIXED ? tab.fixedAt! : Math.round(tab.fixedAtMonotonic * 1e6);
    return [when, who];
  }
  if (it === A_STATS) {
    const n = tab.size;
    return tab.type === TType.OrderedSet ? FALSE : [256, n / 256, 0, 0, 0, n > 0 ? 1 : 0, 0, 1];
  }
  if (it === A_BINARY) return NIL;
  return undefined;
}

// tids ever handed out: info on a deleted table is undefined, on any other ref badarg
const knownTids = new Set<string>();
export function noteTid(r: Ref): void {
  knownTids.add(r.ids.join('.'));
}

function resolve(t: Term): Table | null {
  if (!(t instanceof Atom) && !(t instanceof Ref)) return badarg();
  const tab = findTable(t);
  if (tab !== undefined) return tab;
  if (t instanceof Ref && !knownTids.has(t.ids.join('.'))) return badarg();
  return null;
}

export function tableInfo(t: Term): Term {
  const tab = resolve(t);
  if (tab === null) return UNDEFINED;
  return arrayToList(ITEMS.map((it) => [it, item(tab, it)!]));
}

export function tableInfoItem(t: Term, it: Term): Term {
  const tab = resolve(t);
  if (tab === null) return UNDEFINED;
  if (!(it instanceof Atom)) return badarg();
  const r = item(tab, it);
  return r === undefined ? badarg() : r;
}

/** The tids ever handed out, for a boot image (src/snapshot/state.ts). */
export function knownTidsState(): Set<string> {
  return knownTids;
}
export function restoreKnownTids(s: Set<string>): void {
  knownTids.clear();
  for (const k of s) knownTids.add(k);
}
