// Table traversals driven by a compiled match spec: select (whole table or
// in chunks with continuations), select_count, select_delete and
// select_replace. Heads whose key is fully bound are answered by lookups.
//
// Continuations follow OTP 25's shapes: hash tables
//   {Tab, NextSlot, Limit, CompiledMs, Rest, RestSize}
// and ordered_set
//   {Tab, LastKey, [], Limit, CompiledMs, [], Reverse (0|1), 0}.

import { Atom, Cons, NIL, TRUE, atom, type Term } from '../term/types.js';
import { compare, eqExact } from '../term/compare.js';
import { arrayToList } from '../term/list.js';
import { badarg } from '../vm/exception.js';
import { varNumber, type MatchSpec } from './ets_matchspec.js';
import type { HNode } from './ets_hash.js';
import { TType, type Table } from './ets_table.js';

export const END_OF_TABLE = atom('$end_of_table');
const A_UNDERSCORE = atom('_');

function isGround(t: Term): boolean {
  for (;;) {
    if (t instanceof Atom) return t !== A_UNDERSCORE && varNumber(t) < 0;
    if (Array.isArray(t)) {
      for (const e of t) if (!isGround(e)) return false;
      return true;
    }
    if (t instanceof Cons) {
      if (!isGround(t.head)) return false;
      t = t.tail;
      continue;
    }
    if (t !== null && typeof t === 'object' && 'size' in t && 'fk' in t) {
      // a map pattern matches maps with more keys: never a literal key
      return false;
    }
    return true;
  }
}

/** The keys to look up when every clause binds the key fully; null means scan. */
function boundKeys(tab: Table, ms: MatchSpec): Term[] | null {
  const kp = tab.kp;
  const keys: Term[] = [];
  for (const c of ms.clauses) {
    const h = c.headTerm;
    if (!Array.isArray(h) || h.length <= kp || !isGround(h[kp])) return null;
    const k = h[kp];
    if (!keys.some((x) => eqExact(x, k))) keys.push(k);
  }
  return keys;
}

/** Calls visit(obj, node) for each object in table order (reverse for ordered_set if asked). */
function forEachObject(tab: Table, ms: MatchSpec, reverse: boolean, visit: (obj: Term, n: HNode | null) => void): void {
  const keys = boundKeys(tab, ms);
  const hs = tab.hash;
  if (hs !== null) {
    if (keys !== null) {
      for (const i of hs.bucketsOf(keys)) {
        for (let n = hs.buckets[i]; n !== null; n = n.next) if (!n.dead) visit(n.obj, n);
      }
      return;
    }
    let i = 0;
    do {
      for (let n = hs.buckets[i]; n !== null; n = n.next) if (!n.dead) visit(n.obj, n);
      i = hs.nextSlot(i);
    } while (i !== 0);
    return;
  }
  const os = tab.ordered!;
  if (keys !== null) {
    if (reverse) keys.sort((a, b) => compare(b, a));
    else keys.sort(compare);
    for (const k of keys) {
      const o = os.get(k);
      if (o !== undefined) visit(o, null);
    }
    return;
  }
  const ch = os.chunks;
  if (!reverse) {
    for (let c = 0; c < ch.length; c++) {
      const a = ch[c];
      for (let i = 0; i < a.length; i++) visit(a[i], null);
    }
  } else {
    for (let c = ch.length - 1; c >= 0; c--) {
      const a = ch[c];
      for (let i = a.length - 1; i >= 0; i--) visit(a[i], null);
    }
  }
}

/** select/2 and select_reverse/2: every result, as a list. */
export function selectAll(tab: Table, ms: MatchSpec, reverse: boolean): Term {
  if (tab.hash !== null) {
    // the BEAM conses each result onto the list as it walks the buckets
    let list: Term = NIL;
    forEachObject(tab, ms, false, (obj) => {
      const r = ms.run(obj);
      if (r !== undefined) list = new Cons(r, list);
    });
    return list;
  }
  const out: Term[] = [];
  forEachObject(tab, ms, reverse, (obj) => {
    const r = ms.run(obj);
    if (r !== undefined) out.push(r);
  });
  return arrayToList(out);
}

export function selectCount(tab: Table, ms: MatchSpec): number {
  let n = 0;
  forEachObject(tab, ms, false, (obj) => {
    if (ms.run(obj) === TRUE) n++;
  });
  return n;
}

export function selectDelete(tab: Table, ms: MatchSpec): number {
  const victims: Term[] = [];
  const entries: (HNode | null)[] = [];
  forEachObject(tab, ms, false, (obj, e) => {
    if (ms.run(obj) === TRUE) {
      victims.push(obj);
      entries.push(e);
    }
  });
  const hs = tab.hash;
  for (let i = 0; i < victims.length; i++) {
    if (hs !== null) hs.removeNode(entries[i]!);
    else tab.ordered!.deleteKey((victims[i] as Term[])[tab.kp]);
  }
  if (hs !== null && victims.length > 0) hs.tryShrink();
  return victims.length;
}

export function selectReplace(tab: Table, ms: MatchSpec): number {
  if (tab.type === TType.Bag || tab.type === TType.DuplicateBag) badarg();
  const kp = tab.kp;
  const olds: Term[] = [];
  const news: Term[] = [];
  const entries: (HNode | null)[] = [];
  const ordered = tab.ordered !== null;
  forEachObject(tab, ms, false, (obj, e) => {
    const r = ms.run(obj);
    if (r === undefined) return;
    const k = (obj as Term[])[kp];
    if (!Array.isArray(r) || r.length <= kp || !(ordered ? compare(r[kp], k) === 0 : eqExact(r[kp], k))) badarg();
    olds.push(obj);
    news.push(r);
    entries.push(e);
  });
  for (let i = 0; i < olds.length; i++) {
    if (tab.hash !== null) entries[i]!.obj = news[i] as Term[];
    else tab.ordered!.insert(news[i] as Term[]);
  }
  return olds.length;
}

/**
 * select/3 and select/1: up to `limit` results from the position `from`
 * (a slot index for hash tables; for ordered_set the last key returned, or
 * undefined to start at the beginning). Returns {Results, Cont} or
 * '$end_of_table'.
 */
export function selectChunk(tab: Table, ms: MatchSpec, msRef: Term, limit: number, reverse: boolean, from: Term | undefined): Term {
  const out: Term[] = [];
  const os = tab.ordered!;
  const ch = os.chunks;
  let c: number, i: number;
  if (!reverse) {
    if (from === undefined) {
      c = 0;
      i = 0;
    } else {
      const eq = os.lowerBound(from);
      c = os.c;
      i = os.i + (eq ? 1 : 0);
    }
  } else if (from === undefined) {
    c = ch.length - 1;
    i = c >= 0 ? ch[c].length - 1 : 0;
  } else {
    os.lowerBound(from);
    c = os.c;
    i = os.i - 1;
  }
  let lastKey: Term = NIL;
  let done = true;
  if (!reverse) {
    outer: for (; c < ch.length; c++, i = 0) {
      const a = ch[c];
      for (; i < a.length; i++) {
        const o = a[i];
        const r = ms.run(o);
        if (r !== undefined) {
          out.push(r);
          if (out.length >= limit) {
            lastKey = (o as Term[])[tab.kp];
            done = false;
            break outer;
          }
        }
      }
    }
  } else {
    while (c >= 0) {
      if (i < 0) {
        c--;
        if (c >= 0) i = ch[c].length - 1;
        continue;
      }
      const o = ch[c][i--];
      const r = ms.run(o);
      if (r !== undefined) {
        out.push(r);
        if (out.length >= limit) {
          lastKey = (o as Term[])[tab.kp];
          done = false;
          break;
        }
      }
    }
  }
  if (done) return out.length === 0 ? END_OF_TABLE : [arrayToList(out), END_OF_TABLE];
  return [arrayToList(out), [tab.ident, lastKey, NIL, limit, msRef, NIL, reverse ? 1 : 0, 0]];
}

/** Where a hash-table select/3 continues: {Tab, Slot, Limit, Ms, Rest, RestSize}. */
export interface HashCont {
  slot: number;
  rest: Term;
  restSize: number;
}

const CHUNK_ITERATIONS = 1000;

/**
 * select/3 (cont null) and select/1 on a set/bag table, as erl_db_hash.c
 * does it: whole buckets are matched until `limit` results are in, results
 * are consed (so each chunk comes newest-first), and the surplus of the last
 * bucket is carried in the continuation. A traversal that would have trapped
 * (every 1000 objects) carries its surplus reversed, as the BEAM's does.
 */
export function selectChunkHash(tab: Table, tabArg: Term, ms: MatchSpec, msRef: Term, limit: number, cont: HashCont | null): Term {
  const hs = tab.hash!;
  let list: Term = cont === null ? NIL : cont.rest;
  let got = cont === null ? 0 : cont.restSize;
  let iters = CHUNK_ITERATIONS;
  let trapped = cont !== null;
  let slot: number;
  // Matches the live objects of bucket i, consing the results onto `list`.
  const matchBucket = (i: number): void => {
    for (let n = hs.buckets[i]; n !== null; n = n.next) {
      if (n.dead) continue;
      iters--;
      const r = ms.run(n.obj);
      if (r !== undefined) {
        list = new Cons(r, list);
        got++;
      }
    }
  };
  const keys = cont === null ? boundKeys(tab, ms) : null;
  if (keys !== null) {
    for (const i of hs.bucketsOf(keys)) matchBucket(i);
    slot = -1;
  } else if (cont !== null && (cont.slot < 0 || got >= limit)) {
    slot = cont.slot;
  } else {
    let i = cont === null ? 0 : cont.slot;
    if (i >= hs.nactive) return badarg();
    for (;;) {
      matchBucket(i);
      i = hs.nextSlot(i);
      if (i === 0) {
        slot = -1;
        break;
      }
      if (got >= limit) {
        slot = i;
        break;
      }
      if (iters <= 0) {
        trapped = true;
        iters = CHUNK_ITERATIONS;
      }
    }
  }
  if (!trapped && iters === CHUNK_ITERATIONS) return END_OF_TABLE;
  let rest: Term = NIL;
  let restSize = 0;
  if (got > limit) {
    restSize = got - limit;
    const surplus: Term[] = [];
    for (let k = 0; k < restSize; k++) {
      const c = list as Cons;
      surplus.push(c.head);
      list = c.tail;
    }
    rest = trapped ? arrayToList(surplus.reverse()) : arrayToList(surplus);
  }
  if (rest !== NIL || slot >= 0) return [list, [tabArg, slot, limit, msRef, rest, restSize]];
  return list === NIL ? END_OF_TABLE : [list, END_OF_TABLE];
}
