// The ordered_set storage (set and bag tables are in ets_hash.ts).
//
// OrderedStore (ordered_set): objects sorted by key in term order (==, so 1
// and 1.0 are one key), kept in chunks of bounded size so that inserting in
// the middle of a large table moves at most one chunk.

import { type Term } from '../term/types.js';
import { compare, eqExact } from '../term/compare.js';

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
