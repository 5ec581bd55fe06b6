// The storage of set, bag and duplicate_bag tables: a linear hash table laid
// out as OTP 25's erl_db_hash.c lays it out, so that every traversal
// (first/next, tab2list, select, slot/2) visits objects in the BEAM's order.
//
// Facts this mirrors: a key hashes to make_internal_hash(Key, 0) (an atom
// key to its atom-table hash); the table starts with 256 buckets and gains
// one (splitting bucket `n & szm/2` in link order) whenever it holds more
// objects than buckets, and only once it has two 2048-bucket extension
// segments does it give buckets back (when under half full); a new key is
// appended to its bucket's chain, a new object of an existing bag key goes
// in front of the objects with that key. Tables with write_concurrency visit
// their buckets striped by the 64 lock slots. While a table is fixed,
// deleted objects stay in their chain as pseudo-deleted nodes (so next/2 can
// continue from a deleted key) and the table neither grows nor shrinks.

import { Atom, Cons, NIL, type Term } from '../term/types.js';
import { eqExact } from '../term/compare.js';
import { HCONST, hash2, internalHash } from '../term/ihash.js';
import { atomHash } from '../term/phash2.js';

const FIRST_SEGSZ = 256;
const EXT_SEGSZ = 2048;
const LOCK_CNT = 64;
const RESIZE_LOOP = 5;

export class HNode {
  constructor(
    public key: Term,
    public obj: Term[],
    readonly hv: number,
    public next: HNode | null,
    /** pseudo-deleted (only while the table is fixed) */
    public dead: boolean,
  ) {}
}

const INTERNAL_HASH_SALT = 3432918353;

/** The hash value erl_db_hash.c's MAKE_HASH gives a key. */
export function makeHash(k: Term): number {
  if (typeof k === 'number' && (k | 0) === k) {
    // make_internal_hash of a 32-bit small: its tagged word (k << 4 | 0xF) split in halves
    const lo = ((k << 4) | 0xf) >>> 0;
    const hi = k < 0 ? (0xfffffff0 | ((k >>> 0) >>> 28)) >>> 0 : k >>> 28;
    return hash2(lo, hi, HCONST, INTERNAL_HASH_SALT);
  }
  return k instanceof Atom ? atomHash(k) : internalHash(k, 0);
}

function sameKey(a: Term, b: Term): boolean {
  return a === b || (typeof a !== 'number' && eqExact(a, b));
}

export class HashStore {
  buckets: (HNode | null)[] = new Array<HNode | null>(FIRST_SEGSZ).fill(null);
  nactive = FIRST_SEGSZ;
  szm = FIRST_SEGSZ - 1;
  /** live objects */
  count = 0;
  fixed = false;
  /** some node is pseudo-deleted */
  hasDead = false;
  /** buckets allocated (the first segment plus 2048-bucket extensions) */
  nslots = FIRST_SEGSZ;
  shrinkLimit = 0;
  /** per-lock item counts of a table with decentralized counters: it sizes itself by estimates */
  lockCounts: Int32Array | null = null;

  constructor(
    /** 0-based key position */
    readonly kp: number,
    readonly bag: boolean,
    readonly dup: boolean,
    /** visit buckets striped by lock slot (write_concurrency tables) */
    public striped: boolean,
    decentralized: boolean,
  ) {
    if (decentralized) this.lockCounts = new Int32Array(LOCK_CNT);
  }

  /** The item count the BEAM sizes by after touching hash `hv`. */
  private estimate(hv: number): number {
    const lc = this.lockCounts;
    if (lc === null) return this.count;
    const n = lc[hv & (LOCK_CNT - 1)];
    return LOCK_CNT * (n <= 0 ? 1 : n);
  }

  private addCount(hv: number, d: number): void {
    this.count += d;
    if (this.lockCounts !== null) this.lockCounts[hv & (LOCK_CNT - 1)] += d;
  }

  private calcShrinkLimit(): void {
    const enough = this.lockCounts === null || this.nslots >= 100 * LOCK_CNT;
    this.shrinkLimit = enough && this.nslots >= FIRST_SEGSZ + 2 * EXT_SEGSZ ? (this.nslots - EXT_SEGSZ) >> 1 : 0;
  }

  get size(): number {
    return this.count;
  }

  ix(hv: number): number {
    let i = hv & this.szm;
    if (i >= this.nactive) i &= this.szm >>> 1;
    return i;
  }

  /** The bucket after `i` in traversal order, or 0 at the end. */
  nextSlot(i: number): number {
    if (!this.striped) return i + 1 < this.nactive ? i + 1 : 0;
    i += LOCK_CNT;
    if (i < this.nactive) return i;
    return (i + 1) & (LOCK_CNT - 1);
  }

  /** The first live node with `key`, or null. */
  find(key: Term): HNode | null {
    const hv = makeHash(key);
    let b = this.buckets[this.ix(hv)];
    while (b !== null) {
      if (b.hv === hv && !b.dead && sameKey(b.key, key)) return b;
      b = b.next;
    }
    return null;
  }

  member(key: Term): boolean {
    return this.find(key) !== null;
  }

  /** The objects with `key` as an Erlang list, oldest first (the BEAM conses the chain). */
  lookupList(key: Term): Term {
    const b = this.find(key);
    if (b === null) return NIL;
    if (!this.bag) return new Cons(b.obj, NIL);
    let out: Term = NIL;
    for (let q: HNode | null = b; q !== null && q.hv === b.hv && sameKey(q.key, key); q = q.next) {
      if (!q.dead) out = new Cons(q.obj, out);
    }
    return out;
  }

  /** Live objects with `key`, oldest first. */
  lookup(key: Term): Term[] {
    const b = this.find(key);
    if (b === null) return [];
    if (!this.bag) return [b.obj];
    const out: Term[] = [];
    for (let q: HNode | null = b; q !== null && q.hv === b.hv && sameKey(q.key, key); q = q.next) {
      if (!q.dead) out.push(q.obj);
    }
    return out.reverse();
  }

  /** db_put_hash: insert, or with `failOnClash` refuse a live key (insert_new). */
  put(obj: Term[], failOnClash: boolean): boolean {
    const key = obj[this.kp];
    const hv = makeHash(key);
    const ix = this.ix(hv);
    let prev: HNode | null = null;
    let b = this.buckets[ix];
    while (b !== null && !((b.hv === hv || b.dead) && sameKey(b.key, key))) {
      prev = b;
      b = b.next;
    }
    if (b !== null) {
      if (!this.bag) {
        if (!b.dead) {
          if (failOnClash) return false;
        } else {
          b.dead = false;
          this.addCount(hv, 1);
        }
        b.obj = obj;
        return true;
      }
      if (failOnClash) {
        for (let q: HNode | null = b; q !== null && sameKey(q.key, key); q = q.next) if (!q.dead) return false;
      } else if (!this.dup) {
        let qp: HNode | null = prev;
        for (let q: HNode | null = b; q !== null && sameKey(q.key, key); qp = q, q = q.next) {
          if (eqExact(q.obj, obj)) {
            if (q.dead) {
              q.dead = false;
              this.addCount(hv, 1);
              if (q !== b) {
                qp!.next = q.next;
                q.next = b;
                if (prev === null) this.buckets[ix] = q;
                else prev.next = q;
              }
            }
            return true;
          }
        }
      }
    }
    // a new node: at the chain's end for a new key, else before its key's objects
    const q = new HNode(key, obj, hv, b, false);
    if (prev === null) this.buckets[ix] = q;
    else prev.next = q;
    this.addCount(hv, 1);
    const n = this.estimate(hv);
    if (n > this.nactive && !this.fixed) this.grow(n);
    return true;
  }

  insert(obj: Term[]): void {
    this.put(obj, false);
  }

  insertNew(obj: Term[]): boolean {
    return this.put(obj, true);
  }

  /** Unlink `b` (whose predecessor is `prev`) or, while fixed, pseudo-delete it. */
  private drop(ix: number, prev: HNode | null, b: HNode, pseudo: boolean): HNode | null {
    if (pseudo) {
      b.dead = true;
      this.hasDead = true;
      return b;
    }
    if (prev === null) this.buckets[ix] = b.next;
    else prev.next = b.next;
    return prev;
  }

  /** db_erase_hash / take: remove every object with `key`; returns them oldest first. */
  deleteKey(key: Term): Term[] {
    const hv = makeHash(key);
    const ix = this.ix(hv);
    const out: Term[] = [];
    let prev: HNode | null = null;
    let b = this.buckets[ix];
    while (b !== null) {
      const next = b.next;
      if (!b.dead && b.hv === hv && sameKey(b.key, key)) {
        out.push(b.obj);
        prev = this.drop(ix, prev, b, this.fixed && out.length === 1);
      } else {
        if (out.length > 0 && !b.dead) break;
        prev = b;
      }
      b = next;
    }
    if (out.length > 0) {
      this.addCount(hv, -out.length);
      this.tryShrink(this.estimate(hv));
    }
    return out.reverse();
  }

  /** db_erase_object_hash: remove objects =:= `obj` (all copies in a duplicate_bag). */
  deleteObject(obj: Term[]): void {
    const key = obj[this.kp];
    const hv = makeHash(key);
    const ix = this.ix(hv);
    let removed = 0, nkeys = 0;
    let prev: HNode | null = null;
    let b = this.buckets[ix];
    while (b !== null) {
      const next = b.next;
      if (!b.dead && b.hv === hv && sameKey(b.key, key)) {
        nkeys++;
        if (eqExact(b.obj, obj)) {
          removed++;
          prev = this.drop(ix, prev, b, this.fixed && nkeys === 1);
          b = next;
          if (this.dup) continue;
          break;
        }
      } else if (removed > 0 && !b.dead) {
        break;
      }
      prev = b;
      b = next;
    }
    if (removed > 0) {
      this.addCount(hv, -removed);
      this.tryShrink(this.estimate(hv));
    }
  }

  /** Remove one node found by a traversal (select_delete). */
  removeNode(n: HNode): void {
    const ix = this.ix(n.hv);
    let prev: HNode | null = null;
    let b = this.buckets[ix];
    while (b !== null && b !== n) {
      prev = b;
      b = b.next;
    }
    if (b === null || b.dead) return;
    this.drop(ix, prev, b, this.fixed);
    this.addCount(n.hv, -1);
  }

  tryShrink(nitems: number = this.count): void {
    if (nitems < this.shrinkLimit && !this.fixed) this.shrink(nitems);
  }

  private grow(nitems: number): void {
    const bk = this.buckets;
    let loops = RESIZE_LOOP;
    do {
      let szm = this.szm;
      let from: number;
      if (this.nactive <= szm) from = this.nactive & (szm >>> 1);
      else {
        from = 0;
        szm = (szm << 1) | 1;
        this.szm = szm;
      }
      if (this.nactive === this.nslots) {
        this.nslots += EXT_SEGSZ;
        this.calcShrinkLimit();
      }
      const to = this.nactive++;
      // split `from`, keeping link order in both chains
      let keepHead: HNode | null = null, keepTail: HNode | null = null;
      let moveHead: HNode | null = null, moveTail: HNode | null = null;
      for (let p = bk[from] ?? null; p !== null; p = p.next) {
        if ((p.hv & szm) !== from) {
          if (moveTail === null) moveHead = p;
          else moveTail.next = p;
          moveTail = p;
        } else {
          if (keepTail === null) keepHead = p;
          else keepTail.next = p;
          keepTail = p;
        }
      }
      if (keepTail !== null) keepTail.next = null;
      if (moveTail !== null) moveTail.next = null;
      bk[from] = keepHead;
      bk[to] = moveHead;
    } while (--loops > 0 && nitems > this.nactive);
  }

  private shrink(nitems: number): void {
    const bk = this.buckets;
    let loops = RESIZE_LOOP;
    do {
      const src = this.nactive - 1;
      const low = this.szm >>> 1;
      const dst = src & low;
      // the source chain (pseudo-deleted nodes purged) goes in front of the destination's
      let head: HNode | null = null, tail: HNode | null = null;
      for (let p = bk[src]; p !== null; p = p.next) {
        if (p.dead) continue;
        if (tail === null) head = p;
        else tail.next = p;
        tail = p;
      }
      if (tail !== null) {
        tail.next = bk[dst];
        bk[dst] = head;
      }
      bk.length = src;
      this.nactive = src;
      if (dst === 0) this.szm = low;
      if (this.nslots - src >= EXT_SEGSZ) {
        this.nslots -= EXT_SEGSZ;
        this.calcShrinkLimit();
      }
    } while (--loops > 0 && nitems < this.shrinkLimit);
  }

  /** delete_all_objects: a fresh table, or every node pseudo-deleted while fixed. */
  clear(): number {
    const n = this.count;
    if (this.fixed) {
      for (let b of this.buckets) for (; b !== null; b = b.next) b.dead = true;
      this.hasDead = true;
    } else {
      this.buckets = new Array<HNode | null>(FIRST_SEGSZ).fill(null);
      this.nactive = FIRST_SEGSZ;
      this.szm = FIRST_SEGSZ - 1;
      this.nslots = FIRST_SEGSZ;
      this.shrinkLimit = 0;
    }
    this.count = 0;
    if (this.lockCounts !== null) this.lockCounts.fill(0);
    return n;
  }

  /** The table was unfixed: purge the pseudo-deleted nodes. */
  unfix(): void {
    this.fixed = false;
    if (!this.hasDead) return;
    this.hasDead = false;
    const bk = this.buckets;
    for (let i = 0; i < this.nactive; i++) {
      let prev: HNode | null = null;
      for (let b = bk[i]; b !== null; b = b.next) {
        if (!b.dead) prev = b;
        else if (prev === null) bk[i] = b.next;
        else prev.next = b.next;
      }
    }
  }

  /** The first live node in traversal order at or after bucket `i` (or after node `n` in it); sets this.at. */
  liveFrom(i: number, n: HNode | null): HNode | null {
    for (n = n === null ? this.buckets[i] : n.next; ; ) {
      for (; n !== null; n = n.next) {
        if (!n.dead) {
          this.at = i;
          return n;
        }
      }
      i = this.nextSlot(i);
      if (i === 0) return null;
      n = this.buckets[i];
    }
  }
  /** bucket of the node liveFrom last returned */
  at = 0;

  firstNode(): HNode | null {
    return this.liveFrom(0, null);
  }

  /** The node after `key`'s objects; undefined when the key is not in the table (badarg). */
  nextNode(key: Term): HNode | null | undefined {
    const hv = makeHash(key);
    const ix = this.ix(hv);
    let b = this.buckets[ix];
    while (b !== null && !((b.hv === hv || b.dead) && sameKey(b.key, key))) b = b.next;
    if (b === null) return undefined;
    let n = this.liveFrom(ix, b);
    if (this.bag) while (n !== null && n.hv === hv && sameKey(n.key, key)) n = this.liveFrom(this.at, n);
    return n;
  }

  /** slot/2: bucket `i`'s objects (consed, so last-linked first). */
  slotList(i: number): Term {
    let out: Term = NIL;
    for (let b = this.buckets[i]; b !== null; b = b.next) if (!b.dead) out = new Cons(b.obj, out);
    return out;
  }

  /** Buckets holding the given keys, in the order the keys come, each once. */
  bucketsOf(keys: Term[]): number[] {
    const out: number[] = [];
    for (const k of keys) {
      const i = this.ix(makeHash(k));
      if (!out.includes(i)) out.push(i);
    }
    return out;
  }
}
