// Character classification for the regex engine. Code points below 256 use
// the ISO-8859-1 character tables OTP builds PCRE with (so é is a word
// character even without `ucp`); Unicode properties come from the host's
// Unicode data (one code point at a time, cached for the BMP).

/** ctype bits for bytes 0..255 (Latin-1 locale). */
export const C_SPACE = 1, C_DIGIT = 2, C_ALPHA = 4, C_UPPER = 8, C_LOWER = 16, C_PUNCT = 32,
  C_PRINT = 64, C_CNTRL = 128, C_XDIGIT = 256;

export const ctype = new Uint16Array(256);
/** Latin-1 other case (identity when none). */
export const latin1Flip = new Uint8Array(256);

for (let c = 0; c < 256; c++) {
  let f = 0;
  if ((c >= 9 && c <= 13) || c === 32) f |= C_SPACE;
  if (c >= 48 && c <= 57) f |= C_DIGIT | C_XDIGIT;
  if ((c >= 65 && c <= 70) || (c >= 97 && c <= 102)) f |= C_XDIGIT;
  const upper = (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
  const lower = (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7) || c === 0xaa || c === 0xb5 || c === 0xba;
  if (upper) f |= C_UPPER | C_ALPHA;
  if (lower) f |= C_LOWER | C_ALPHA;
  if (c < 32 || c === 127 || (c >= 0x80 && c < 0xa0)) f |= C_CNTRL;
  if ((c >= 32 && c < 127) || c >= 0xa0) f |= C_PRINT;
  if ((f & C_PRINT) && !(f & (C_ALPHA | C_DIGIT)) && c !== 32) f |= C_PUNCT;
  ctype[c] = f;
  let o = c;
  if (c >= 65 && c <= 90) o = c + 32;
  else if (c >= 97 && c <= 122) o = c - 32;
  else if (c >= 0xc0 && c <= 0xde && c !== 0xd7) o = c + 32;
  else if (c >= 0xe0 && c <= 0xfe && c !== 0xf7) o = c - 32;
  latin1Flip[c] = o;
}

export function isWordLatin1(c: number): boolean {
  return c < 256 && (c === 95 || (ctype[c] & (C_ALPHA | C_DIGIT)) !== 0);
}

// --- Unicode properties ---

/** A code point predicate with a BMP cache (0 unknown, 1 no, 2 yes). */
export class UProp {
  private cache = new Uint8Array(65536);
  constructor(private readonly rx: RegExp) {}
  has(cp: number): boolean {
    if (cp < 65536) {
      const v = this.cache[cp];
      if (v !== 0) return v === 2;
      const r = this.rx.test(String.fromCodePoint(cp));
      this.cache[cp] = r ? 2 : 1;
      return r;
    }
    return this.rx.test(String.fromCodePoint(cp));
  }
}

const props = new Map<string, UProp | null>();

// PCRE's special properties, built from general categories.
const SPECIAL: Record<string, string> = {
  Any: '[\\s\\S]',
  'L&': '[\\p{Lu}\\p{Ll}\\p{Lt}]',
  Xan: '[\\p{L}\\p{N}]',
  Xsp: '[\\p{Z}\\t\\n\\v\\f\\r]',
  Xps: '[\\p{Z}\\t\\n\\v\\f\\r]',
  Xwd: '[\\p{L}\\p{N}_]',
  Xuc: '[$@`\\u00a0-\\ud7ff\\ue000-\\uffff\\u{10000}-\\u{10ffff}]',
};

/** The predicate for a \p{Name} property, or null when the name is unknown. */
export function uprop(name: string): UProp | null {
  let p = props.get(name);
  if (p !== undefined) return p;
  p = null;
  const special = SPECIAL[name];
  try {
    if (special !== undefined) p = new UProp(new RegExp('^' + special + '$', 'u'));
    else if (/^[A-Z][a-z]?$/.test(name)) p = new UProp(new RegExp('^\\p{gc=' + name + '}$', 'u'));
    else if (/^[A-Z][A-Za-z_]+$/.test(name)) p = new UProp(new RegExp('^\\p{sc=' + name + '}$', 'u'));
  } catch {
    p = null;
  }
  props.set(name, p);
  return p;
}

export const P_L = uprop('L')!;
export const P_N = uprop('N')!;
export const P_ND = uprop('Nd')!;
export const P_Z = uprop('Z')!;

/** \w under ucp: letters, numbers, underscore. */
export function isWordUcp(cp: number): boolean {
  if (cp < 128) return cp === 95 || (ctype[cp] & (C_ALPHA | C_DIGIT)) !== 0;
  return P_L.has(cp) || P_N.has(cp);
}

/** \h: horizontal white space. */
export function isHSpace(cp: number): boolean {
  return cp === 9 || cp === 32 || cp === 0xa0 || cp === 0x1680 || cp === 0x180e ||
    (cp >= 0x2000 && cp <= 0x200a) || cp === 0x202f || cp === 0x205f || cp === 0x3000;
}

/** \v: vertical white space. */
export function isVSpace(cp: number): boolean {
  return (cp >= 10 && cp <= 13) || cp === 0x85 || cp === 0x2028 || cp === 0x2029;
}

/** \s under ucp. */
export function isSpaceUcp(cp: number): boolean {
  return (cp >= 9 && cp <= 13) || cp === 32 || P_Z.has(cp) || cp === 0x85 || cp === 0x180e;
}

// --- case ---

let caseClasses: Map<number, number[]> | null = null;
const NONE: number[] = [];

function single(t: string): number {
  const c = t.codePointAt(0)!;
  return t.length === (c > 0xffff ? 2 : 1) ? c : -1;
}

/** Groups code points equal under simple case folding (built once, on first use). */
function buildCaseClasses(): Map<number, number[]> {
  const byKey = new Map<number, number[]>();
  for (let cp = 0; cp < 0x20000; cp++) {
    if (cp === 0x3400) cp = 0xa640; // CJK, Yi: no case
    if (cp === 0xac00) cp = 0xf900; // Hangul, surrogates, private use
    const s = String.fromCodePoint(cp);
    const u = single(s.toUpperCase());
    const l = single(s.toLowerCase());
    let key = cp;
    if (u >= 0) { const k = single(String.fromCodePoint(u).toLowerCase()); if (k >= 0) key = k; }
    else if (l >= 0) key = l;
    if (key === cp && u === cp && l === cp) continue;
    let g = byKey.get(key);
    if (g === undefined) { g = [key]; byKey.set(key, g); }
    if (!g.includes(cp)) g.push(cp);
  }
  const m = new Map<number, number[]>();
  for (const g of byKey.values()) {
    if (g.length < 2) continue;
    for (const cp of g) m.set(cp, g.filter((x) => x !== cp));
  }
  return m;
}

/** The other code points equal to `cp` under Unicode simple case folding (maybe empty). */
export function caseVariants(cp: number): number[] {
  if (caseClasses === null) caseClasses = buildCaseClasses();
  return caseClasses.get(cp) ?? NONE;
}

// --- UTF-8 ---

/** Decodes the code point at `i` of valid UTF-8 `s` (caller knows i < end). */
export function decodeAt(s: Uint8Array, i: number): number {
  const b = s[i];
  if (b < 0x80) return b;
  if (b < 0xe0) return ((b & 0x1f) << 6) | (s[i + 1] & 0x3f);
  if (b < 0xf0) return ((b & 0x0f) << 12) | ((s[i + 1] & 0x3f) << 6) | (s[i + 2] & 0x3f);
  return ((b & 0x07) << 18) | ((s[i + 1] & 0x3f) << 12) | ((s[i + 2] & 0x3f) << 6) | (s[i + 3] & 0x3f);
}

/** Byte length of the UTF-8 sequence led by byte b. */
export function seqLen(b: number): number {
  return b < 0x80 ? 1 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
}

/** Offset of the first byte of the code point ending just before i. */
export function prevStart(s: Uint8Array, i: number): number {
  i--;
  while (i > 0 && (s[i] & 0xc0) === 0x80) i--;
  return i;
}

/** Index of the first invalid UTF-8 byte in s[from..to), or -1 when valid. */
export function utf8Invalid(s: Uint8Array, from: number, to: number): number {
  let i = from;
  while (i < to) {
    const b = s[i];
    if (b < 0x80) { i++; continue; }
    let n: number, min: number;
    if (b >= 0xc2 && b < 0xe0) { n = 1; min = 0x80; }
    else if (b >= 0xe0 && b < 0xf0) { n = 2; min = 0x800; }
    else if (b >= 0xf0 && b < 0xf5) { n = 3; min = 0x10000; }
    else return i;
    if (i + n >= to) return i;
    let cp = b & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const c = s[i + k];
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return -1;
}

/** UTF-8 bytes of cp. */
export function encodeCp(cp: number): number[] {
  if (cp < 0x80) return [cp];
  if (cp < 0x800) return [0xc0 | (cp >> 6), 0x80 | (cp & 0x3f)];
  if (cp < 0x10000) return [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
  return [0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
}
