// \X: an extended grapheme cluster as PCRE 8.44 finds it. PCRE 8 knows the
// Unicode grapheme break classes up to RegionalIndicator (no emoji rules, no
// Prepend characters in its data), so this is not today's UAX #29. The
// Extend/SpacingMark table below was measured from OTP 25's re (both classes
// behave the same in PCRE 8's rules, so they share one table).

import { decodeAt, seqLen } from './chars.js';

const CR = 0, LF = 1, CONTROL = 2, EXTEND = 3, L = 6, V = 7, T = 8, LV = 9, LVT = 10, RI = 11, OTHER = 12;

/** Extend or SpacingMark ranges: "gap.length-1" pairs in base 36, each gap from the previous range's end. */
const EXTEND_DATA =
  'lc.33,7n.6,7b.18,1.0,1.1,1.1,1.0,20.a,1c.k,g.0,2t.6,2.5,2.1,1.3,z.0,u.q,2j.a,1m.8,y.3,1.8,1.2,1.4,17' +
  '.2,3s.v,1i.2,1.h,1.6,a.1,t.2,1k.0,1.6,2.1,2.2,9.0,a.1,t.2,1k.0,1.4,4.1,2.2,3.0,u.1,3.0,b.2,1k.0,1.7,' +
  '1.2,1.2,k.1,t.2,1k.0,1.6,2.1,2.2,8.1,a.1,u.0,1n.4,3.2,1.3,9.0,14.3,1m.6,1.2,1.3,7.1,b.1,t.2,1k.0,1.6' +
  ',1.2,1.3,7.1,b.1,t.2,1m.6,1.2,1.3,9.0,a.1,u.1,1y.0,4.5,1.0,1.7,i.1,1p.0,1.7,c.7,2q.0,1.6,1.1,b.5,22.' +
  '1,r.0,1.0,1.0,4.1,1d.j,1.1,5.a,1.z,9.0,2u.a,1.5,n.3,4.2,g.3,d.0,1.2,6.0,f.0,jj.2,qa.2,t.2,t.1,u.1,1s' +
  '.v,9.0,19.2,4b.0,3a.b,4.b,3d.2,2.0,2k.4,1l.9,1.0,1.0,2.n,2.0,1c.e,1t.4,1b.g,12.8,c.2,u.c,1k.d,1c.j,4' +
  '8.2,1.k,4.0,4.2,3.1,5i.1h,6.3,ek.1,5e.w,2da.2,3x.0,2o.v,fe.5,2x.1,n9w.3,1.9,x.0,28.1,7k.0,3.0,4.0,n.' +
  '4,2g.1,1e.g,r.h,1g.7,p.c,18.3,1b.d,10.0,1v.d,c.0,8.1,1a.0,1f.0,1.2,2.1,5.1,1.0,15.4,5.1,6k.7,1.1,fn4' +
  '.0,kh.f,g.d,a8.1,gt.0,6a.0,45.4,1ae.2,1.1,5.3,14.2,4.0,4l.1,109.2,1h.e,1k.3,19.a,1x.2,10.d,1q.0,c.2,' +
  '1c.d,2z.b,4n.b,m.2,1k.0,1.6,2.1,2.2,9.0,a.1,2.6,3.4,8r.j,6j.6,2.8,33.g,2y.c,gmw.4,1n.6,t6.19,g.3,f7u' +
  '.1,43q.4,3.5,8.7,2.6,u.3,44.2,4gb.6,gzl5.6n';

/** Control ranges (besides C0, DEL and C1), as first, last pairs. */
const CONTROL_RANGES = [
  0xad, 0xad, 0x600, 0x605, 0x61c, 0x61c, 0x6dd, 0x6dd, 0x70f, 0x70f, 0x180e, 0x180e, 0x200b, 0x200b,
  0x200e, 0x200f, 0x2028, 0x202e, 0x2060, 0x206f, 0xd800, 0xdfff, 0xfeff, 0xfeff, 0xfff0, 0xfffb,
  0x110bd, 0x110bd, 0x1bca0, 0x1bca3, 0x1d173, 0x1d17a, 0xe0000, 0xe00ff, 0xe01f0, 0xe0fff,
];

let extend: Int32Array | null = null;

function extendTable(): Int32Array {
  const parts = EXTEND_DATA.split(',');
  const t = new Int32Array(parts.length * 2);
  let prev = 0;
  for (let i = 0; i < parts.length; i++) {
    const dot = parts[i].indexOf('.');
    const a = prev + parseInt(parts[i].slice(0, dot), 36);
    const z = a + parseInt(parts[i].slice(dot + 1), 36);
    t[i * 2] = a;
    t[i * 2 + 1] = z;
    prev = z + 1;
  }
  return t;
}

function inRanges(t: ArrayLike<number>, cp: number): boolean {
  let lo = 0, hi = (t.length >> 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < t[mid * 2]) hi = mid - 1;
    else if (cp > t[mid * 2 + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

/** PCRE 8.44's grapheme break class of a code point. */
export function graphemeClass(cp: number): number {
  if (cp < 0x7f) return cp === 10 ? LF : cp === 13 ? CR : cp < 32 ? CONTROL : OTHER;
  if (cp <= 0x9f) return CONTROL;
  if (cp >= 0xac00 && cp <= 0xd7a3) return (cp - 0xac00) % 28 === 0 ? LV : LVT;
  if (cp >= 0x1100 && cp <= 0x11ff) return cp < 0x1160 ? L : cp < 0x11a8 ? V : T;
  if (cp >= 0xa960 && cp <= 0xa97c) return L;
  if (cp >= 0xd7b0 && cp <= 0xd7c6) return V;
  if (cp >= 0xd7cb && cp <= 0xd7fb) return T;
  if (cp >= 0x1f1e6 && cp <= 0x1f1ff) return RI;
  if (extend === null) extend = extendTable();
  if (inRanges(extend, cp)) return EXTEND;
  if (inRanges(CONTROL_RANGES, cp)) return CONTROL;
  return OTHER;
}

/** Whether PCRE 8 keeps a `right` character in the same cluster as the `left` one before it. */
function joins(left: number, right: number): boolean {
  switch (left) {
    case CR: return right === LF;
    case LF: case CONTROL: return false;
    case RI: return right === RI;
  }
  if (right === EXTEND) return true;
  switch (left) {
    case L: return right === L || right === V || right === LV || right === LVT;
    case V: case LV: return right === V || right === T;
    case T: case LVT: return right === T;
  }
  return false;
}

/** The end of the extended grapheme cluster starting at pos (pos < s.length). */
export function extendedGrapheme(s: Uint8Array, pos: number, utf: boolean): number {
  const end = s.length;
  let left = graphemeClass(utf ? decodeAt(s, pos) : s[pos]);
  pos += utf ? seqLen(s[pos]) : 1;
  while (pos < end) {
    const right = graphemeClass(utf ? decodeAt(s, pos) : s[pos]);
    if (!joins(left, right)) break;
    left = right;
    pos += utf ? seqLen(s[pos]) : 1;
  }
  return pos;
}
