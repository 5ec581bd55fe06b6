// Erlang maps: persistent, key equality =:=.
// Up to 32 keys a "flatmap": keys sorted in exact term order beside their values.
// Beyond, a HAMT laid out like the BEAM's hashmap: 16-way nodes indexed by the
// key's internal hash, 4 bits per level from the least significant end, a leaf
// as shallow as its hash prefix is unique. maps:next walks that trie in index
// order; maps:to_list (and printing) yields the reverse.

import { Atom, type Term } from './types.js';
import { compareExact, eqExact } from './compare.js';
import { internalHash } from './ihash.js';

const FLAT_LIMIT = 32;

export class HLeaf {
  constructor(
    readonly hash: number,
    readonly key: Term,
    readonly val: Term,
  ) {}
}

export class HNode {
  constructor(
    readonly bitmap: number,
    readonly children: (HLeaf | HNode)[],
  ) {}
}

export class ErlMap {
  /** Use the static constructors; fk/fv are set for flatmaps, root for hashmaps. */
  constructor(
    readonly size: number,
    readonly fk: Term[] | null,
    readonly fv: Term[] | null,
    readonly root: HNode | null,
  ) {}

  static readonly EMPTY: ErlMap = new ErlMap(0, [], [], null);

  /** True for a flatmap (≤ 32 keys, sorted). */
  get isFlat(): boolean {
    return this.root === null;
  }

  get(k: Term): Term | undefined {
    if (this.root === null) {
      const i = flatIndex(this.fk!, k);
      return i < 0 ? undefined : this.fv![i];
    }
    const leaf = hFind(this.root, k, internalHash(k, 0));
    return leaf === null ? undefined : leaf.val;
  }

  has(k: Term): boolean {
    return this.get(k) !== undefined;
  }

  put(k: Term, v: Term): ErlMap {
    if (this.root === null) {
      const ks = this.fk!, vs = this.fv!;
      const i = flatIndex(ks, k);
      if (i >= 0) {
        if (vs[i] === v) return this;
        const nv = vs.slice();
        nv[i] = v;
        return new ErlMap(this.size, ks, nv, null);
      }
      if (ks.length < FLAT_LIMIT) {
        const at = insertionPoint(ks, k);
        const nk = ks.slice(), nv = vs.slice();
        nk.splice(at, 0, k);
        nv.splice(at, 0, v);
        return new ErlMap(ks.length + 1, nk, nv, null);
      }
      let root = new HNode(0, []);
      for (let j = 0; j < ks.length; j++) root = hInsert(root, new HLeaf(internalHash(ks[j], 0), ks[j], vs[j]), 0);
      root = hInsert(root, new HLeaf(internalHash(k, 0), k, v), 0);
      return new ErlMap(ks.length + 1, null, null, root);
    }
    grew = false;
    const root = hInsert(this.root, new HLeaf(internalHash(k, 0), k, v), 0);
    if (root === this.root) return this;
    return new ErlMap(grew ? this.size + 1 : this.size, null, null, root);
  }

  /** The map with k's value replaced; undefined when k is absent (=> badkey). */
  update(k: Term, v: Term): ErlMap | undefined {
    if (this.root === null) {
      const i = flatIndex(this.fk!, k);
      if (i < 0) return undefined;
      if (this.fv![i] === v) return this;
      const nv = this.fv!.slice();
      nv[i] = v;
      return new ErlMap(this.size, this.fk, nv, null);
    }
    const root = hUpdate(this.root, k, internalHash(k, 0), v, 0);
    if (root === null) return undefined;
    return root === this.root ? this : new ErlMap(this.size, null, null, root);
  }

  /**
   * put_map_exact of n keys at once: one copy of a flatmap's values for all
   * of them. The map, or the index in ks of the first key it lacks.
   */
  updateAll(ks: readonly Term[], vs: readonly Term[], n: number): ErlMap | number {
    if (this.root !== null) {
      let m: ErlMap = this;
      for (let i = 0; i < n; i++) {
        const r = m.update(ks[i], vs[i]);
        if (r === undefined) return i;
        m = r;
      }
      return m;
    }
    const fk = this.fk!, fv = this.fv!;
    let nv: Term[] | null = null;
    for (let i = 0; i < n; i++) {
      const j = flatIndex(fk, ks[i]);
      if (j < 0) return i;
      if ((nv ?? fv)[j] !== vs[i]) {
        if (nv === null) nv = fv.slice();
        nv[j] = vs[i];
      }
    }
    return nv === null ? this : new ErlMap(this.size, fk, nv, null);
  }

  remove(k: Term): ErlMap {
    if (this.root === null) {
      const i = flatIndex(this.fk!, k);
      if (i < 0) return this;
      const nk = this.fk!.slice(), nv = this.fv!.slice();
      nk.splice(i, 1);
      nv.splice(i, 1);
      return new ErlMap(this.size - 1, nk, nv, null);
    }
    const r = hRemove(this.root, k, internalHash(k, 0), 0);
    if (r === this.root) return this;
    const size = this.size - 1;
    const root = r === null ? new HNode(0, []) : r instanceof HLeaf ? new HNode(0, []) : r;
    const m = new ErlMap(size, null, null, root);
    // a hashmap that shrinks to the flatmap limit becomes a flatmap again, as on the BEAM
    return size <= FLAT_LIMIT ? flatten(m.iterEntries()) : m;
  }

  /** Keys in the BEAM's maps:keys/1 order. */
  keys(): Term[] {
    if (this.root === null) return this.fk!.slice();
    const out: Term[] = [];
    walk(this.root, (l) => out.push(l.key));
    return out.reverse();
  }

  /** Values in the BEAM's maps:values/1 order. */
  values(): Term[] {
    if (this.root === null) return this.fv!.slice();
    const out: Term[] = [];
    walk(this.root, (l) => out.push(l.val));
    return out.reverse();
  }

  /** Pairs in the BEAM's maps:to_list/1 order (the order ~p prints). */
  entries(): [Term, Term][] {
    return this.root === null ? this.iterEntries() : this.iterEntries().reverse();
  }

  /** Pairs in the order maps:iterator/maps:next visit them (erts_internal:map_next). */
  iterEntries(): [Term, Term][] {
    const out: [Term, Term][] = [];
    if (this.root === null) {
      const ks = this.fk!, vs = this.fv!;
      for (let i = 0; i < ks.length; i++) out.push([ks[i], vs[i]]);
    } else walk(this.root, (l) => out.push([l.key, l.val]));
    return out;
  }

  /** Keys in exact term order (for the term order of maps). */
  sortedKeys(): Term[] {
    if (this.root === null) return this.fk!;
    return this.keys().sort(compareExact);
  }

  /** Builds a map; when a key repeats, the later pair wins. */
  static fromEntries(pairs: Iterable<readonly [Term, Term]>): ErlMap {
    const arr = Array.isArray(pairs) ? (pairs as (readonly [Term, Term])[]) : [...pairs];
    if (arr.length <= FLAT_LIMIT) return flatten(arr);
    let m: ErlMap = ErlMap.EMPTY;
    for (const [k, v] of arr) m = m.put(k, v);
    return m.size <= FLAT_LIMIT && m.root !== null ? flatten(m.iterEntries()) : m;
  }

  /** Two parallel arrays (keys, values); later duplicates win. */
  static fromKeysValues(ks: readonly Term[], vs: readonly Term[]): ErlMap {
    const pairs: [Term, Term][] = [];
    for (let i = 0; i < ks.length; i++) pairs.push([ks[i], vs[i]]);
    return ErlMap.fromEntries(pairs);
  }
}

// --- flatmap helpers ---

function flatIndex(ks: Term[], k: Term): number {
  const n = ks.length;
  for (let i = 0; i < n; i++) if (ks[i] === k) return i;
  // atoms are interned and JS compares numbers/bigints by value, so identity was exact
  if (k instanceof Atom || typeof k === 'number' || typeof k === 'bigint') return -1;
  for (let i = 0; i < n; i++) if (eqExact(ks[i], k)) return i;
  return -1;
}

function insertionPoint(ks: Term[], k: Term): number {
  let lo = 0, hi = ks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareExact(ks[mid], k) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A flatmap from pairs (≤ 32 distinct keys); the last of equal keys wins. */
function flatten(pairs: readonly (readonly [Term, Term])[]): ErlMap {
  if (pairs.length === 0) return ErlMap.EMPTY;
  const idx = pairs.map((_, i) => i);
  // stable sort by key, so equal keys keep their input order and the last wins
  idx.sort((a, b) => compareExact(pairs[a][0], pairs[b][0]) || a - b);
  const ks: Term[] = [], vs: Term[] = [];
  for (const i of idx) {
    const [k, v] = pairs[i];
    const n = ks.length;
    if (n > 0 && compareExact(ks[n - 1], k) === 0) vs[n - 1] = v;
    else {
      ks.push(k);
      vs.push(v);
    }
  }
  if (ks.length > FLAT_LIMIT) return ErlMap.fromEntries(ks.map((k, i) => [k, vs[i]] as [Term, Term]));
  return new ErlMap(ks.length, ks, vs, null);
}

// --- HAMT helpers ---

let grew = false;

/** The 4-bit child index of a key at a level; past 32 bits the BEAM rehashes with a new salt. */
function nib(h: number, key: Term, lvl: number): number {
  if (lvl < 8) return (h >>> (lvl << 2)) & 15;
  return (internalHash(key, lvl >>> 3) >>> ((lvl & 7) << 2)) & 15;
}

function popcount(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function hFind(node: HNode, k: Term, h: number): HLeaf | null {
  for (let lvl = 0; ; lvl++) {
    const bit = 1 << nib(h, k, lvl);
    if ((node.bitmap & bit) === 0) return null;
    const c = node.children[popcount(node.bitmap & (bit - 1))];
    if (c instanceof HLeaf) return c.hash === h && (c.key === k || eqExact(c.key, k)) ? c : null;
    node = c;
  }
}

function hInsert(node: HNode, leaf: HLeaf, lvl: number): HNode {
  const bit = 1 << nib(leaf.hash, leaf.key, lvl);
  const pos = popcount(node.bitmap & (bit - 1));
  const ch = node.children;
  if ((node.bitmap & bit) === 0) {
    grew = true;
    const n = ch.length;
    const nc: (HLeaf | HNode)[] = [];
    for (let i = 0; i < pos; i++) nc.push(ch[i]);
    nc.push(leaf);
    for (let i = pos; i < n; i++) nc.push(ch[i]);
    return new HNode(node.bitmap | bit, nc);
  }
  const child = ch[pos];
  let repl: HLeaf | HNode;
  if (child instanceof HLeaf) {
    if (child.hash === leaf.hash && (child.key === leaf.key || eqExact(child.key, leaf.key))) {
      if (child.val === leaf.val) return node;
      repl = new HLeaf(child.hash, child.key, leaf.val);
    } else {
      grew = true;
      repl = mergeLeaves(child, leaf, lvl + 1);
    }
  } else {
    repl = hInsert(child, leaf, lvl + 1);
    if (repl === child) return node;
  }
  const nc = ch.slice();
  nc[pos] = repl;
  return new HNode(node.bitmap, nc);
}

/** k's value replaced by v along one path; null when k is absent. */
function hUpdate(node: HNode, k: Term, h: number, v: Term, lvl: number): HNode | null {
  const bit = 1 << nib(h, k, lvl);
  if ((node.bitmap & bit) === 0) return null;
  const pos = popcount(node.bitmap & (bit - 1));
  const ch = node.children;
  const child = ch[pos];
  let repl: HLeaf | HNode;
  if (child instanceof HLeaf) {
    if (child.hash !== h || !(child.key === k || eqExact(child.key, k))) return null;
    if (child.val === v) return node;
    repl = new HLeaf(h, child.key, v);
  } else {
    const r = hUpdate(child, k, h, v, lvl + 1);
    if (r === null || r === child) return r === null ? null : node;
    repl = r;
  }
  const nc = ch.slice();
  nc[pos] = repl;
  return new HNode(node.bitmap, nc);
}

function mergeLeaves(a: HLeaf, b: HLeaf, lvl: number): HNode {
  const ia = nib(a.hash, a.key, lvl), ib = nib(b.hash, b.key, lvl);
  if (ia === ib) return new HNode(1 << ia, [mergeLeaves(a, b, lvl + 1)]);
  return new HNode((1 << ia) | (1 << ib), ia < ib ? [a, b] : [b, a]);
}

/** Returns the node unchanged when k is absent; a lone leaf when a sub-node collapses. */
function hRemove(node: HNode, k: Term, h: number, lvl: number): HNode | HLeaf | null {
  const bit = 1 << nib(h, k, lvl);
  if ((node.bitmap & bit) === 0) return node;
  const pos = popcount(node.bitmap & (bit - 1));
  const ch = node.children;
  const child = ch[pos];
  if (child instanceof HLeaf) {
    if (!(child.hash === h && (child.key === k || eqExact(child.key, k)))) return node;
    const bm = node.bitmap & ~bit;
    if (bm === 0) return null;
    if (lvl > 0 && ch.length === 2) {
      const other = ch[1 - pos];
      if (other instanceof HLeaf) return other;
    }
    const nc = ch.slice();
    nc.splice(pos, 1);
    return new HNode(bm, nc);
  }
  const r = hRemove(child, k, h, lvl + 1);
  if (r === child) return node;
  if (r instanceof HLeaf && lvl > 0 && ch.length === 1) return r;
  const nc = ch.slice();
  nc[pos] = r!;
  return new HNode(node.bitmap, nc);
}

/** Depth-first, children in index order: the order of maps:next. */
function walk(root: HNode, f: (l: HLeaf) => void): void {
  const stack: HNode[] = [root];
  const at: number[] = [0];
  while (stack.length > 0) {
    const top = stack.length - 1;
    const node = stack[top];
    const i = at[top];
    if (i >= node.children.length) {
      stack.pop();
      at.pop();
      continue;
    }
    at[top] = i + 1;
    const c = node.children[i];
    if (c instanceof HLeaf) f(c);
    else {
      stack.push(c);
      at.push(0);
    }
  }
}
