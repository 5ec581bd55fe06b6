// io_lib:format("~p", [T]): io_lib_pretty's layout (latin-1 mode, no depth
// or character limit, no records). Like io_lib_pretty it works in two
// passes: measure every subterm once (the "intermediate" tree with the
// one-line text length of each node), then lay the tree out, writing a node
// on one line whenever it fits and breaking lists, tuples and maps otherwise.

import { Atom, Bitstring, Cons, NIL, type Term } from './types.js';
import { ErlMap } from './map.js';
import { bitstringToBytesPadded } from './bits.js';
import { escapeChar, formatAtom, formatTerm } from './print.js';

const enum K { Leaf, Bin, List, Tuple, Map, Pair }

/** A measured subterm. `len` is its length written on one line. */
class Node {
  text: string | null = null;
  constructor(
    readonly kind: K,
    public len: number,
    /** leaf / bin: the text; else null until written */
    text: string | null,
    readonly items: Node[] = [],
    /** improper list tail */
    readonly tail: Node | null = null,
    readonly tagged = false,
    /** bin: the pieces io_lib:write_binary produces between << and >> */
    readonly binParts: string[] | null = null,
  ) {
    this.text = text;
  }
  /** Leaves are what io_lib_pretty keeps as plain character lists (is_list). */
  get leaf(): boolean {
    return this.kind === K.Leaf;
  }
}

// ------------------------------------------------------------ measuring

function isPrintableLatin1(c: number): boolean {
  return (c >= 32 && c <= 126) || (c >= 160 && c <= 255) || (c >= 8 && c <= 13) || c === 27;
}

/** The characters of a printable latin-1 list, or null. */
function printableList(t: Cons): number[] | null {
  const cs: number[] = [];
  let c: Term = t;
  while (c instanceof Cons) {
    const h = c.head;
    if (typeof h !== 'number' || !isPrintableLatin1(h)) return null;
    cs.push(h);
    c = c.tail;
  }
  return c === NIL ? cs : null;
}

function quoted(cs: ArrayLike<number>): string {
  let s = '"';
  for (let i = 0; i < cs.length; i++) s += escapeChar(cs[i], 34);
  return s + '"';
}

function leaf(s: string): Node {
  return new Node(K.Leaf, s.length, s);
}

function listLength(items: Node[], tail: Node | null, base: number): number {
  let len = base;
  for (let i = 0; i < items.length; i++) len += items[i].len + (i > 0 ? 1 : 0);
  if (tail !== null) len += 1 + tail.len;
  return len;
}

function measure(t: Term): Node {
  if (t instanceof Atom) return leaf(formatAtom(t));
  if (t === NIL) return leaf('[]');
  if (t instanceof Cons) {
    const cs = printableList(t);
    if (cs !== null) return leaf(quoted(cs));
    const items: Node[] = [];
    let c: Term = t;
    while (c instanceof Cons) {
      items.push(measure(c.head));
      c = c.tail;
    }
    const tail = c === NIL ? null : measure(c);
    return new Node(K.List, listLength(items, tail, 2), null, items, tail);
  }
  if (Array.isArray(t)) {
    if (t.length === 0) return leaf('{}');
    const items = t.map(measure);
    return new Node(K.Tuple, listLength(items, null, 2), null, items, null, t[0] instanceof Atom && t.length > 1);
  }
  if (t instanceof ErlMap) {
    if (t.size === 0) return leaf('#{}');
    const pairs: Node[] = [];
    for (const [k, v] of t.iterEntries()) {
      const kn = measure(k);
      const vn = measure(v);
      pairs.push(new Node(K.Pair, kn.len + 4 + vn.len, null, [kn, vn]));
    }
    return new Node(K.Map, listLength(pairs, null, 3), null, pairs);
  }
  if (t instanceof Bitstring) return measureBits(t);
  return leaf(formatTerm(t));
}

function measureBits(b: Bitstring): Node {
  if (b.bitSize === 0) return leaf('<<>>');
  const bytes = bitstringToBytesPadded(b);
  const whole = b.bitSize >>> 3;
  const rem = b.bitSize & 7;
  if (rem === 0) {
    let printable = true;
    for (let i = 0; i < whole; i++) {
      if (!isPrintableLatin1(bytes[i])) {
        printable = false;
        break;
      }
    }
    if (printable) {
      const s = '<<' + quoted(bytes.subarray(0, whole)) + '>>';
      return leaf(s);
    }
  }
  const parts: string[] = [];
  for (let i = 0; i < whole; i++) parts.push(String(bytes[i]));
  if (rem !== 0) parts.push(`${bytes[whole] >>> (8 - rem)}:${rem}`);
  const text = '<<' + parts.join(',') + '>>';
  return new Node(K.Bin, text.length, text, [], null, false, parts);
}

// ------------------------------------------------------------ one-line text

function write(n: Node): string {
  if (n.text !== null) return n.text;
  let s: string;
  switch (n.kind) {
    case K.List:
      s = '[' + n.items.map(write).join(',') + (n.tail !== null ? '|' + write(n.tail) : '') + ']';
      break;
    case K.Tuple:
      s = '{' + n.items.map(write).join(',') + '}';
      break;
    case K.Map:
      s = '#{' + n.items.map(write).join(',') + '}';
      break;
    default: // K.Pair
      s = write(n.items[0]) + ' => ' + write(n.items[1]);
  }
  n.text = s;
  return s;
}

function pairLeaf(p: Node): boolean {
  return p.items[0].leaf && p.items[1].leaf;
}

/** The depth of closing brackets after an element: 0 when more elements follow. */
function lastDepth(more: boolean, ld: number): number {
  return more ? 0 : ld + 1;
}

/** Does an element (with its comma) fit on the current line? */
function tailFits(eLen: number, ld1: number, col: number, ll: number, m: number, w: number): boolean {
  return ld1 === 0 ? eLen + 1 < ll - col && w + eLen + 1 <= m : eLen < ll - col - ld1 && w + eLen + ld1 <= m;
}

function fits(n: Node, col: number, ll: number, m: number, ld: number, w: number): boolean {
  return n.len < ll - col - ld && n.len + w + ld <= m;
}

// ------------------------------------------------------------ choosing the tag indentation

class NoGood {}
const NO_GOOD = new NoGood();

function cind(n: Node, col: number, ll: number, m: number, ind: number, ld: number, w: number): void {
  if (fits(n, col, ll, m, ld, w)) return;
  switch (n.kind) {
    case K.List:
      cindList(n.items, 0, n.tail, col + 1, ll, m, ind, ld, w + 1);
      return;
    case K.Tuple:
      if (n.tagged) cindTagTuple(n.items, col, ll, m, ind, ld, w + 1);
      else cindList(n.items, 0, null, col + 1, ll, m, ind, ld, w + 1);
      return;
    case K.Map:
      cindMap(n.items, col + 2, ll, m, ind, ld, w + 2);
      return;
  }
}

function cindTagTuple(items: Node[], col: number, ll: number, m: number, ind: number, ld: number, w: number): void {
  const tlen = items[0].len;
  const tagInd = tlen + 2;
  const tcol = col + tagInd;
  const half = Math.floor(ll / 2);
  if (ind > 0 && tagInd > ind) {
    const col1 = col + ind;
    if (m + col1 <= ll || col1 <= half) cindTail(items, 1, null, col1, tcol, ll, m, ind, ld, w + tlen);
    else throw NO_GOOD;
  } else if (m + tcol < ll || tcol < half) cindList(items, 1, null, tcol, ll, m, ind, ld, w + tlen + 1);
  else throw NO_GOOD;
}

function cindList(items: Node[], from: number, tail: Node | null, col0: number, ll: number, m: number, ind: number, ld: number, w: number): void {
  const we = cindElement(items[from], col0, ll, m, ind, lastDepth(from + 1 < items.length, ld), w);
  cindTail(items, from + 1, tail, col0, col0 + we, ll, m, ind, ld, w + we);
}

function cindTail(items: Node[], from: number, tail: Node | null, col0: number, col: number, ll: number, m: number, ind: number, ld: number, w: number): void {
  for (let i = from; i < items.length; i++) {
    const e = items[i];
    const ld1 = lastDepth(i + 1 < items.length, ld);
    const eLen = 1 + e.len;
    if (e.leaf && tailFits(eLen, ld1, col, ll, m, w)) {
      col += eLen;
      w += eLen;
    } else {
      const we = cindElement(e, col0, ll, m, ind, ld1, 0);
      col = col0 + we;
      w = we;
    }
  }
  if (tail !== null) {
    if (tail.len + 1 < ll - col - (ld + 1) && tail.len + 1 + w + (ld + 1) <= m && tail.leaf) return;
    cind(tail, col, ll, m, ind, ld + 1, 0);
  }
}

function cindElement(e: Node, col: number, ll: number, m: number, ind: number, ld: number, w: number): number {
  if (e.leaf && fits(e, col, ll, m, ld, w)) return e.len;
  cind(e, col, ll, m, ind, ld, w);
  return ll;
}

function cindMap(pairs: Node[], col: number, ll: number, m: number, ind: number, ld: number, w: number): void {
  const pw = cindPair(pairs[0], col, ll, m, ind, lastDepth(pairs.length > 1, ld), w);
  let c = col + pw;
  let ww = w + pw;
  for (let i = 1; i < pairs.length; i++) {
    const p = pairs[i];
    const ld1 = lastDepth(i + 1 < pairs.length, ld);
    const eLen = 1 + p.len;
    if (pairLeaf(p) && tailFits(eLen, ld1, c, ll, m, ww)) {
      c += eLen;
      ww += eLen;
    } else {
      const w2 = cindPair(p, col, ll, m, ind, ld1, 0);
      c = col + w2;
      ww = w2;
    }
  }
}

function cindPair(p: Node, col: number, ll: number, m: number, ind: number, ld: number, w: number): number {
  if (fits(p, col, ll, m, ld, w)) return pairLeaf(p) ? p.len : ll;
  cind(p.items[0], col, ll, m, ind, ld, w);
  cind(p.items[1], col + mapValueIndent(ind), ll, m, ind, ld, 0);
  return ll;
}

function mapValueIndent(tind: number): number {
  return tind > 0 ? tind : 4;
}

// ------------------------------------------------------------ layout

class Layout {
  out: string[] = [];
  constructor(
    readonly ll: number,
    readonly m: number,
    readonly tind: number,
  ) {}

  nl(ind: number): void {
    this.out.push('\n' + ' '.repeat(ind));
  }

  pp(n: Node, col: number, ind: number, ld: number, w: number): void {
    const { ll, m, out } = this;
    if (fits(n, col, ll, m, ld, w)) {
      out.push(write(n));
      return;
    }
    switch (n.kind) {
      case K.List:
        out.push('[');
        this.list(n.items, 0, n.tail, col + 1, ind + 1, ld, '|', w + 1);
        out.push(']');
        return;
      case K.Tuple:
        out.push('{');
        if (n.tagged) this.tagTuple(n.items, col, ind, ld, w + 1);
        else this.list(n.items, 0, null, col + 1, ind + 1, ld, ',', w + 1);
        out.push('}');
        return;
      case K.Map:
        out.push('#{');
        this.map(n.items, col + 2, ind + 2, ld, w + 1);
        out.push('}');
        return;
      case K.Bin:
        this.binary(n.binParts!, col + 2, ind + 2, ld, w);
        return;
      default:
        out.push(write(n));
    }
  }

  tagTuple(items: Node[], col: number, ind: number, ld: number, w: number): void {
    const tag = items[0];
    const tagInd = tag.len + 2;
    const tcol = col + tagInd;
    if (this.tind > 0 && tagInd > this.tind) {
      this.out.push(write(tag));
      this.tail(items, 1, null, col + this.tind, tcol, ind + this.tind, ld, ',', w + tag.len);
    } else {
      this.out.push(write(tag), ',');
      this.list(items, 1, null, tcol, ind + tagInd, ld, ',', w + tag.len + 1);
    }
  }

  list(items: Node[], from: number, tail: Node | null, col0: number, ind: number, ld: number, sep: string, w: number): void {
    const ld1 = from + 1 < items.length ? 0 : ld + 1;
    const we = this.element(items[from], col0, ind, ld1, w);
    this.tail(items, from + 1, tail, col0, col0 + we, ind, ld, sep, w + we);
  }

  tail(items: Node[], from: number, tail: Node | null, col0: number, col: number, ind: number, ld: number, sep: string, w: number): void {
    const { ll, m, out } = this;
    for (let i = from; i < items.length; i++) {
      const e = items[i];
      const ld1 = lastDepth(i + 1 < items.length, ld);
      const eLen = 1 + e.len;
      if (e.leaf && tailFits(eLen, ld1, col, ll, m, w)) {
        out.push(',', write(e));
        col += eLen;
        w += eLen;
      } else {
        out.push(',');
        this.nl(ind);
        const we = this.element(e, col0, ind, ld1, 0);
        col = col0 + we;
        w = we;
      }
    }
    if (tail !== null) {
      if (tail.len + 1 < ll - col - (ld + 1) && tail.len + 1 + w + (ld + 1) <= m && tail.leaf) {
        out.push(sep, write(tail));
      } else {
        out.push(sep);
        this.nl(ind);
        this.pp(tail, col0, ind, ld + 1, 0);
      }
    }
  }

  element(e: Node, col: number, ind: number, ld: number, w: number): number {
    if (e.leaf && fits(e, col, this.ll, this.m, ld, w)) {
      this.out.push(write(e));
      return e.len;
    }
    this.pp(e, col, ind, ld, w);
    return this.ll;
  }

  map(pairs: Node[], col: number, ind: number, ld: number, w: number): void {
    const { ll, m, out } = this;
    const pw = this.pair(pairs[0], col, ind, lastDepth(pairs.length > 1, ld), w);
    let c = col + pw;
    let ww = pw;
    for (let i = 1; i < pairs.length; i++) {
      const p = pairs[i];
      const ld1 = lastDepth(i + 1 < pairs.length, ld);
      const eLen = 1 + p.len;
      if (pairLeaf(p) && tailFits(eLen, ld1, c, ll, m, ww)) {
        out.push(',', write(p));
        c += eLen;
        ww += eLen;
      } else {
        out.push(',');
        this.nl(ind);
        const w2 = this.pair(p, col, ind, ld1, 0);
        c = col + w2;
        ww = w2;
      }
    }
  }

  pair(p: Node, col: number, ind: number, ld: number, w: number): number {
    if (fits(p, col, this.ll, this.m, ld, w)) {
      this.out.push(write(p));
      return pairLeaf(p) ? p.len : this.ll;
    }
    const i = mapValueIndent(this.tind);
    this.pp(p.items[0], col, ind, ld, w);
    this.out.push(' =>');
    this.nl(ind + i);
    this.pp(p.items[1], col + i, ind + i, ld, 0);
    return this.ll;
  }

  /** A binary's byte list, wrapped to the space left on the line. */
  binary(parts: string[], col: number, ind: number, ld: number, w: number): void {
    const out = this.out;
    const n0 = Math.max(8, Math.min(this.ll - col, this.m - 4 - w) - ld);
    let n = n0;
    out.push('<<');
    const last = parts.length - 1;
    for (let i = 0; i < last; i++) {
      const len = parts[i].length + 1;
      if (n - len < 0) {
        this.nl(ind);
        out.push(parts[i], ',');
        n = n0 - len;
      } else {
        out.push(parts[i], ',');
        n -= len;
      }
    }
    const lastPart = parts[last];
    // a trailing "Value:Size" counts its two numbers and the colon
    if (lastPart.length > n) this.nl(ind);
    out.push(lastPart, '>>');
  }
}

/**
 * io_lib:format("~p", [T]) as a string of code points, starting at column 1
 * (opts.column) with lines of opts.width (80) characters.
 */
export function formatPretty(t: Term, opts?: { width?: number; column?: number }): string {
  const ll = opts?.width ?? 80;
  const col = Math.max(1, opts?.column ?? 1);
  if (t instanceof Atom) return formatAtom(t);
  if (!(t instanceof Cons || t === NIL || Array.isArray(t) || t instanceof ErlMap || t instanceof Bitstring)) {
    return formatTerm(t);
  }
  const root = measure(t);
  const m = root.len;
  if (ll === 0 || (root.len < ll - col && root.len <= m)) return write(root);
  let tind = 1;
  for (const i of [-1, 4]) {
    try {
      cind(root, col, ll, m, i, 0, 0);
      tind = i;
      break;
    } catch (e) {
      if (e !== NO_GOOD) throw e;
    }
  }
  const lay = new Layout(ll, m, tind);
  lay.pp(root, col, col - 1, 0, 0);
  return lay.out.join('');
}
