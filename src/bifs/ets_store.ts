// The two ETS storage engines.
//
// HashStore (set, bag, duplicate_bag): a Map from the key's =:= hash key to
// an entry, plus a dense slot array that gives traversal order (insertion
// order) and positions for first/next, slot/2 and select continuations.
// Deleted entries leave holes, compacted only while the table is not fixed,
// so a safe_fixtable'd traversal never sees positions move.
//
// OrderedStore (ordered_set): objects sorted by key in term order (==, so 1
// and 1.0 are one key), kept in chunks of bounded size so that inserting in
// the middle of a large table moves at most one chunk.

import { type Term } from '../term/types.js';
import { compare, eqExact } from '../term/compare.js';
import { hashKey, type HKey } from './ets_keys.js';

export class HEntry {
  constructor(
    public key: Term,
    /** the object (set tables) */
    public obj: Term,
    /** the objects in insertion order (bag tables) */
    public objs: Term[] | null,
    public idx: number,
  ) {}
}

export class HashStore {
  readonly map = new Map<HKey, HEntry>();
  slots: (HEntry | null)[] = [];
  holes = 0;
  /** lowest slot index that may be live */
  lo = 0;
  /** number of objects */
  count = 0;
  /** set while the table is fixed: positions must not move */
  fixed = false;
  /** keys deleted while fixed, with the slot they had: next/2 may continue from them */
  ghosts: Map<HKey, number> | null = null;

  constructor(
    /** 0-based key position */
    readonly kp: number,
    readonly bag: boolean,
    readonly dup: boolean,
  ) {}

  get size(): number {
    return this.count;
  }

  entry(key: Term): HEntry | undefined {
    return this.map.get(hashKey(key));
  }

  /** Objects with `key` (a fresh array). */
  lookup(key: Term): Term[] {
    const e = this.map.get(hashKey(key));
    if (e === undefined) return [];
    return e.objs === null ? [e.obj] : e.objs.slice();
  }

  member(key: Term): boolean {
    return this.map.has(hashKey(key));
  }

  insert(obj: Term[]): void {
    const key = obj[this.kp];
    const hk = hashKey(key);
    const e = this.map.get(hk);
    if (e === undefined) {
      this.add(hk, key, obj);
      return;
    }
    if (!this.bag) {
      e.obj = obj;
      return;
    }
    const objs = e.objs!;
    if (!this.dup) {
      for (let i = 0; i < objs.length; i++) if (eqExact(objs[i], obj)) return;
    }
    objs.push(obj);
    this.count++;
  }

  /** insert_new for one object: false when the key exists. */
  insertNew(obj: Term[]): boolean {
    const key = obj[this.kp];
    const hk = hashKey(key);
    if (this.map.has(hk)) return false;
    this.add(hk, key, obj);
    return true;
  }

  private add(hk: HKey, key: Term, obj: Term): void {
    const e = new HEntry(key, obj, this.bag ? [obj] : null, this.slots.length);
    this.slots.push(e);
    this.map.set(hk, e);
    this.count++;
  }

  /** Remove every object with `key`; returns them. */
  deleteKey(key: Term): Term[] {
    const hk = hashKey(key);
    const e = this.map.get(hk);
    if (e === undefined) return [];
    this.unlink(hk, e);
    if (e.objs === null) {
      this.count--;
      return [e.obj];
    }
    this.count -= e.objs.length;
    return e.objs;
  }

  /** Remove objects =:= `obj` (all duplicates in a duplicate_bag). */
  deleteObject(obj: Term[]): void {
    const hk = hashKey(obj[this.kp]);
    const e = this.map.get(hk);
    if (e === undefined) return;
    if (e.objs === null) {
      if (eqExact(e.obj, obj)) {
        this.unlink(hk, e);
        this.count--;
      }
      return;
    }
    const kept = e.objs.filter((o) => !eqExact(o, obj));
    this.count -= e.objs.length - kept.length;
    if (kept.length === 0) this.unlink(hk, e);
    else e.objs = kept;
  }

  /** Replace one object by another with the same key (select_replace, update_*). */
  replace(e: HEntry, old: Term, obj: Term): void {
    if (e.objs === null) {
      e.obj = obj;
      return;
    }
    const i = e.objs.indexOf(old);
    if (i >= 0) e.objs[i] = obj;
  }

  /** Remove one object of entry `e` (select_delete). */
  removeObj(e: HEntry, old: Term): void {
    if (e.objs === null) {
      const hk = hashKey(e.key);
      if (this.map.get(hk) === e) {
        this.unlink(hk, e);
        this.count--;
      }
      return;
    }
    const i = e.objs.indexOf(old);
    if (i < 0) return;
    e.objs.splice(i, 1);
    this.count--;
    if (e.objs.length === 0) this.unlink(hashKey(e.key), e);
  }

  private unlink(hk: HKey, e: HEntry): void {
    this.map.delete(hk);
    this.slots[e.idx] = null;
    this.holes++;
    if (this.fixed) {
      (this.ghosts ??= new Map()).set(hk, e.idx);
    } else if (this.holes > 32 && this.holes * 2 > this.slots.length) {
      this.compact();
    }
  }

  compact(): void {
    const live: HEntry[] = [];
    for (const e of this.slots) if (e !== null) live.push(e);
    for (let i = 0; i < live.length; i++) live[i].idx = i;
    this.slots = live;
    this.holes = 0;
    this.lo = 0;
  }

  /** The table was unfixed: forget deleted positions, compact if worthwhile. */
  unfix(): void {
    this.fixed = false;
    this.ghosts = null;
    if (this.holes > 32 && this.holes * 2 > this.slots.length) this.compact();
  }

  clear(): number {
    const n = this.count;
    if (this.fixed) {
      for (const [hk, e] of this.map) (this.ghosts ??= new Map()).set(hk, e.idx);
      this.holes = this.slots.length;
      this.slots = this.slots.map(() => null);
    } else {
      this.slots = [];
      this.holes = 0;
      this.lo = 0;
    }
    this.map.clear();
    this.count = 0;
    return n;
  }

  /** The first live slot at or after `i`, or -1. */
  liveFrom(i: number): number {
    const s = this.slots;
    while (i < s.length && s[i] === null) i++;
    return i < s.length ? i : -1;
  }

  firstIdx(): number {
    const i = this.liveFrom(this.lo);
    if (i >= 0) this.lo = i;
    else this.lo = this.slots.length;
    return i;
  }

  /** Slot index after `key`; -2 when the key is unknown (badarg), -1 at the end. */
  nextIdx(key: Term): number {
    const hk = hashKey(key);
    const e = this.map.get(hk);
    if (e !== undefined) return this.liveFrom(e.idx + 1);
    const g = this.ghosts?.get(hk);
    if (g !== undefined) return this.liveFrom(g + 1);
    return -2;
  }
}

const CHUNK = 256;

/** Term order of two keys, with the small-integer case inline. */
function cmpKey(a: Term, b: Term): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  return compare(a, b);
}

export class OrderedStore {
  chunks: Term[][] = [];
  count = 0;
  // lowerBound results (module state: no allocation per lookup)
  c = 0;
  i = 0;

  constructor(readonly kp: number) {}

  get size(): number {
    return this.count;
  }

  /** Position of the first object whose key is >= `key` into (this.c, this.i); true if equal. */
  lowerBound(key: Term): boolean {
    const ch = this.chunks, kp = this.kp;
    let lo = 0, hi = ch.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const last = ch[mid][ch[mid].length - 1] as Term[];
      if (cmpKey(last[kp], key) < 0) lo = mid + 1;
      else hi = mid;
    }
    this.c = lo;
    if (lo === ch.length) {
      this.i = 0;
      return false;
    }
    const a = ch[lo];
    let l = 0, h = a.length;
    while (l < h) {
      const mid = (l + h) >>> 1;
      if (cmpKey((a[mid] as Term[])[kp], key) < 0) l = mid + 1;
      else h = mid;
    }
    this.i = l;
    return cmpKey((a[l] as Term[])[kp], key) === 0;
  }

  get(key: Term): Term | undefined {
    return this.lowerBound(key) ? this.chunks[this.c][this.i] : undefined;
  }

  lookup(key: Term): Term[] {
    return this.lowerBound(key) ? [this.chunks[this.c][this.i]] : [];
  }

  member(key: Term): boolean {
    return this.lowerBound(key);
  }

  insert(obj: Term[]): void {
    if (this.lowerBound(obj[this.kp])) {
      this.chunks[this.c][this.i] = obj;
      return;
    }
    this.insertAt(obj);
  }

  insertNew(obj: Term[]): boolean {
    if (this.lowerBound(obj[this.kp])) return false;
    this.insertAt(obj);
    return true;
  }

  private insertAt(obj: Term): void {
    const ch = this.chunks;
    let c = this.c, i = this.i;
    if (c === ch.length) {
      if (c === 0 || ch[c - 1].length >= CHUNK) {
        ch.push([obj]);
        this.count++;
        return;
      }
      c--;
      i = ch[c].length;
    }
    const a = ch[c];
    if (i === a.length) a.push(obj);
    else a.splice(i, 0, obj);
    if (a.length > CHUNK) ch.splice(c + 1, 0, a.splice(CHUNK >>> 1));
    this.count++;
  }

  deleteKey(key: Term): Term[] {
    if (!this.lowerBound(key)) return [];
    return [this.removeAt(this.c, this.i)];
  }

  deleteObject(obj: Term[]): void {
    if (this.lowerBound(obj[this.kp]) && eqExact(this.chunks[this.c][this.i], obj)) this.removeAt(this.c, this.i);
  }

  removeAt(c: number, i: number): Term {
    const a = this.chunks[c];
    const o = a.splice(i, 1)[0];
    if (a.length === 0) this.chunks.splice(c, 1);
    this.count--;
    return o;
  }

  clear(): number {
    const n = this.count;
    this.chunks = [];
    this.count = 0;
    return n;
  }

  firstObj(): Term | undefined {
    return this.chunks.length === 0 ? undefined : this.chunks[0][0];
  }

  lastObj(): Term | undefined {
    const ch = this.chunks;
    if (ch.length === 0) return undefined;
    const a = ch[ch.length - 1];
    return a[a.length - 1];
  }

  /** The first object with key > `key`. */
  nextObj(key: Term): Term | undefined {
    const eq = this.lowerBound(key);
    let c = this.c, i = this.i;
    if (c === this.chunks.length) return undefined;
    if (eq && ++i === this.chunks[c].length) {
      c++;
      i = 0;
    }
    return c < this.chunks.length ? this.chunks[c][i] : undefined;
  }

  /** The last object with key < `key`. */
  prevObj(key: Term): Term | undefined {
    this.lowerBound(key);
    let c = this.c, i = this.i - 1;
    if (i < 0) {
      if (--c < 0) return undefined;
      i = this.chunks[c].length - 1;
    }
    return this.chunks[c][i];
  }

  /** The object at position `n` in key order, or undefined. */
  at(n: number): Term | undefined {
    for (const a of this.chunks) {
      if (n < a.length) return a[n];
      n -= a.length;
    }
    return undefined;
  }
}
