// The atom table of a boot image, compactly. Restoring must reproduce every
// atom's index (map and ETS hashing use them), so the image lists the
// table in index order; but most atoms were interned while the boot loaded
// modules, each module adding the names of its atom chunk (AtU8) that were
// new, in chunk order, and those names are in the bundle already. So the
// table is written as: how many atoms at its start are this runtime's own
// (those its modules intern as they load: a page has them before it
// restores) with a fingerprint of their names, then a list of items for
// the others, in index order:
//   a string          one atom by name (our TypeScript's own atoms, atoms
//                     made at run time);
//   numbers n, m, s   the next n atoms are the names of module mods[m]'s
//                     atom chunk from position s on, in chunk order, with
//                     the names that already exist at that point skipped.
// Restoring checks every atom's index, and the page's own atoms against
// the fingerprint: an image made by another runtime is refused.

import { Atom, atom, atomAt, atomCount, existingAtom } from '../term/types.js';
import { maybeGunzip } from '../loader/chunks.js';
import { NON_ASCII, byteText, decodeLatin1 } from '../loader/cursor.js';
import { SnapshotError } from './graph.js';

/** The atoms this runtime's modules interned as they loaded (this module comes after nearly all). */
const OWN_ATOMS = atomCount();

export interface AtomTableCode {
  /** the table's first `own` atoms are the runtime's own... */
  own: number;
  /** ...with this fingerprint of their names */
  ownHash: [number, number];
  /** the modules runs read their names from */
  mods: string[];
  items: (string | number)[];
}

/** A run must cover this many atoms to be worth its three numbers... */
const MIN_RUN = 2;
/** ...and this many to be worth reading one more module's atom chunk at restore. */
const MIN_FIRST_RUN = 4;

/** `names` (the atom table in index order) as items, with runs over `modules`' atom chunks. */
export function encodeAtomTable(names: readonly string[], modules: ReadonlyMap<string, Uint8Array>): AtomTableCode {
  const index = new Map<string, number>();
  names.forEach((s, i) => index.set(s, i));
  // where each name of the table occurs in some atom chunk
  const chunks: string[][] = [];
  const modNames: string[] = [];
  const where = new Map<string, number[]>(); // name -> [chunk, position, chunk, position...]
  for (const [m, beam] of modules) {
    let list: string[];
    try {
      list = atomChunkNames(beam);
    } catch {
      continue; // not a module restore could read either
    }
    const c = chunks.length;
    chunks.push(list);
    modNames.push(m);
    for (let q = 0; q < list.length; q++) {
      if (!index.has(list[q])) continue;
      const w = where.get(list[q]);
      if (w === undefined) where.set(list[q], [c, q]);
      else w.push(c, q);
    }
  }
  const mods: string[] = [];
  const modIx = new Map<number, number>();
  const used = modIx;
  const items: (string | number)[] = [];
  const own = Math.min(OWN_ATOMS, names.length);
  for (let i = own; i < names.length; ) {
    let bestN = 0;
    let bestC = -1;
    let bestQ = 0;
    const w = where.get(names[i]);
    if (w !== undefined) {
      for (let k = 0; k < w.length; k += 2) {
        const list = chunks[w[k]];
        let j = i;
        for (let q = w[k + 1]; q < list.length && j < names.length; q++) {
          const at = index.get(list[q]);
          if (at !== undefined && at < j) continue; // existed already: loading skipped it
          if (list[q] !== names[j]) break;
          j++;
        }
        if (j - i > bestN && (j - i >= MIN_FIRST_RUN || used.has(w[k]))) {
          bestN = j - i;
          bestC = w[k];
          bestQ = w[k + 1];
        }
      }
    }
    if (bestN >= MIN_RUN) {
      let m = modIx.get(bestC);
      if (m === undefined) {
        m = mods.length;
        modIx.set(bestC, m);
        mods.push(modNames[bestC]);
      }
      items.push(bestN, m, bestQ);
      i += bestN;
    } else items.push(names[i++]);
  }
  return { own, ownHash: namesHash((i) => names[i], own), mods, items };
}

/** A 64-bit fingerprint of the first `n` names. */
function namesHash(nameAt: (i: number) => string, n: number): [number, number] {
  let h1 = 0x811c9dc5 | 0;
  let h2 = 0x9747b28c | 0;
  for (let i = 0; i < n; i++) {
    const s = nameAt(i);
    for (let k = 0; k < s.length; k++) {
      const c = s.charCodeAt(k);
      h1 = Math.imul(h1 ^ c, 16777619);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 13);
    }
    // the length ends each name: ["ab", "c"] and ["a", "bc"] differ
    h1 = Math.imul(h1 ^ (s.length | 0x10000), 16777619);
    h2 = Math.imul(h2 ^ (s.length | 0x10000), 0x5bd1e995) ^ (h2 >>> 13);
  }
  return [h1 >>> 0, h2 >>> 0];
}

/**
 * Intern the table `code` describes, in its order, reading the runs' names
 * from `modules`; the atoms by index, or null when this runtime's atoms
 * and the image's differ where both have atoms (or a run does not fit).
 */
export function restoreAtomTable(code: AtomTableCode, modules: ReadonlyMap<string, Uint8Array>): Atom[] | null {
  const own = code.own;
  if (!(own <= atomCount())) return null;
  const out: Atom[] = [];
  for (let i = 0; i < own; i++) out.push(atomAt(i)!);
  const h = namesHash((i) => out[i].name, own);
  if (h[0] !== code.ownHash[0] || h[1] !== code.ownHash[1]) return null;
  const read: (AtomChunk | undefined)[] = new Array(code.mods.length);
  const items = code.items;
  let i = own;
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (typeof it === 'string') {
      const a = existingAtom(it) ?? atom(it);
      if (a.index !== i) return null;
      out.push(a);
      i++;
      continue;
    }
    const m = items[k + 1] as number;
    let q = items[k + 2] as number;
    k += 2;
    let chunk = read[m];
    if (chunk === undefined) {
      const name = code.mods[m];
      const beam = name === undefined ? undefined : modules.get(name);
      if (beam === undefined) return null;
      chunk = read[m] = new AtomChunk(beam);
    }
    for (let left = it; left > 0; ) {
      if (q >= chunk.count) return null;
      const s = chunk.name(q++);
      let a = existingAtom(s);
      if (a !== undefined && a.index < i) continue; // loading found it already there
      a ??= atom(s);
      if (a.index !== i) return null;
      out.push(a);
      i++;
      left--;
    }
  }
  return out;
}

/**
 * The names of a .beam's atom chunk (AtU8, or the latin1 'Atom' of old
 * compilers), without loading the module; SnapshotError when it has none
 * or it is malformed.
 */
export function atomChunkNames(beam: Uint8Array): string[] {
  const c = new AtomChunk(beam);
  const out: string[] = new Array<string>(c.count);
  for (let i = 0; i < c.count; i++) out[i] = c.name(i);
  return out;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A module's atom chunk, its names cut out one by one on demand: a restore
 * reads only the stretches its runs cover.
 */
class AtomChunk {
  readonly count: number;
  private readonly d: Uint8Array;
  private readonly isUtf8: boolean;
  /** the chunk as one character per byte (exact for ASCII) */
  private readonly text: string;
  private readonly ascii: boolean;
  /** name i is d[start[i], end[i]) */
  private readonly start: Uint32Array;
  private readonly end: Uint32Array;

  constructor(beam: Uint8Array) {
    const b = maybeGunzip(beam);
    const u32 = (p: number): number => ((b[p] << 24) | (b[p + 1] << 16) | (b[p + 2] << 8) | b[p + 3]) >>> 0;
    if (b.length < 12 || b[0] !== 0x46 || b[1] !== 0x4f || b[2] !== 0x52 || b[3] !== 0x31) throw new SnapshotError('not a BEAM file');
    const end = Math.min(b.length, 8 + u32(4));
    let d: Uint8Array | null = null;
    let isUtf8 = true;
    for (let p = 12; p + 8 <= end; ) {
      const size = u32(p + 4);
      const at = p + 8;
      if (at + size > end) break;
      const id = String.fromCharCode(b[p], b[p + 1], b[p + 2], b[p + 3]);
      if (id === 'AtU8' || id === 'Atom') {
        d = b.subarray(at, at + size);
        isUtf8 = id === 'AtU8';
        break;
      }
      p = at + ((size + 3) & ~3);
    }
    if (d === null) throw new SnapshotError('no atom chunk');
    this.isUtf8 = isUtf8;
    this.d = d;
    const bad = (): never => {
      throw new SnapshotError('malformed atom chunk');
    };
    if (d.length < 4) bad();
    let n = ((d[0] << 24) | (d[1] << 16) | (d[2] << 8) | d[3]) | 0;
    // a negative count: lengths are compact-encoded terms (OTP 28)
    const compact = n < 0;
    if (compact) n = -n;
    if (n > d.length) bad();
    this.count = n;
    this.start = new Uint32Array(n);
    this.end = new Uint32Array(n);
    let p = 4;
    for (let i = 0; i < n; i++) {
      if (p >= d.length) bad();
      let len: number;
      const t = d[p++];
      if (!compact) len = t;
      else if ((t & 7) !== 0) len = bad(); // not tag u
      else if ((t & 8) === 0) len = t >> 4;
      else if ((t & 16) === 0 && p < d.length) len = ((t >> 5) << 8) | d[p++];
      else len = bad(); // longer than 2047 bytes: not an atom
      if (p + len > d.length) bad();
      this.start[i] = p;
      this.end[i] = p += len;
    }
    // one native call for the whole chunk; non-ASCII names are decoded apart
    this.text = byteText(d);
    this.ascii = !NON_ASCII.test(this.text);
  }

  name(i: number): string {
    const s = this.text.substring(this.start[i], this.end[i]);
    if (this.ascii || !NON_ASCII.test(s)) return s;
    const raw = this.d.subarray(this.start[i], this.end[i]);
    return this.isUtf8 ? utf8.decode(raw) : decodeLatin1(raw);
  }
}
